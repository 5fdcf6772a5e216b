/**
 * The diagram side of the interactive tree: the SVG mirrors the outline's
 * state. Folding or filtering re-runs the same d3-hierarchy layout the build
 * used (src/lib/tree/layout.ts), so the picture stays a tidy tree, then the
 * view refits the panel. A mouse pans by dragging and zooms with Ctrl + wheel
 * or the buttons; a plain wheel keeps scrolling the page.
 *
 * Boxes glide to their new places and the view to its new position, unless
 * the reader prefers reduced motion: then every change lands at once.
 * Everything visible is changed through classes and SVG attributes
 * (`transform`, `d`), never style attributes: the Content Security Policy has
 * no 'unsafe-inline' for styles.
 */
import type { Locale } from '~/lib/model/vocabulary';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { SIZES, boundsOf, columnsOf, fitView, layoutTree, linkPath, type Box, type Layout, type SizeName } from '~/lib/tree/layout';
import { drawLink, drawStandard, type DrawContext } from './taxonomy-tree-draw';
import type { Item } from './taxonomy-tree-items';

const DURATION = 250;
/** Beyond this many moving boxes an animation costs more than it explains: they jump. */
const ANIMATE_LIMIT = 300;
/** How far the reader may zoom out and in, by wheel, pinch or buttons alike. */
const SCALE_EXTENT: [number, number] = [0.25, 2.5];
/** Fitting never shrinks text below this scale (14 px titles stay about 8 px or more); beyond it the view pans. */
const MIN_FIT = 0.6;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Runs `step` from 0 to 1 over `ms` (eased), or once at 1 when motion is
 * reduced. Returns a function that stops it where it is.
 */
function animate(ms: number, step: (t: number) => void): () => void {
  if (ms <= 0 || reducedMotion()) {
    step(1);
    return () => {};
  }
  let frame = 0;
  const start = performance.now();
  const tick = (now: number) => {
    const t = Math.min(1, (now - start) / ms);
    step(t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
    if (t < 1) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

export interface Diagram {
  /** Lays the tree out again and moves the boxes there. */
  render(options: { isOpen: (i: Item) => boolean; shown: (i: Item) => boolean; animated?: boolean }): void;
  /**
   * Fits the open tree into the panel. When it cannot fit whole at a legible
   * scale, fits `branch` and its children instead, or keeps `anchor` in view.
   */
  fit(options?: { anchor?: Item | undefined; branch?: Item | undefined; animated?: boolean }): void;
  /** Centres an item's box, or only when it is out of view. */
  reveal(item: Item, options?: { always?: boolean; animated?: boolean }): void;
  zoomBy(factor: number): void;
  /** Whether the panel has a size (on a phone it waits behind a button). */
  hasRoom(): boolean;
}

export function createDiagram(svg: SVGSVGElement, items: Item[]): Diagram {
  const canvas = svg.querySelector<SVGGElement>('[data-tree-canvas]')!;
  const linksLayer = svg.querySelector<SVGGElement>('[data-tree-links]')!;
  const nodesLayer = svg.querySelector<SVGGElement>('[data-tree-nodes]')!;
  const top = items[0]!;
  const size = SIZES[(svg.dataset.size as SizeName) ?? 'full'];
  const columns = columnsOf(top, size);
  const draw: DrawContext = { size, locale: (svg.dataset.locale as Locale) ?? 'zh', candidateLabel: svg.dataset.labelCandidate ?? '' };

  // Attach the boxes the build drew; the others are drawn when their branch opens.
  const byKey = new Map(items.map((i) => [i.key, i]));
  for (const g of nodesLayer.querySelectorAll<SVGGElement>('g.tree-node')) {
    const item = byKey.get(g.dataset.key!);
    if (item) item.svg = g;
  }
  for (const path of linksLayer.querySelectorAll<SVGPathElement>('path.tree-link')) {
    const item = byKey.get(path.dataset.key!);
    if (item) item.link = path;
  }
  const bySvg = new Map<Element, Item>();
  for (const i of items) if (i.svg) bySvg.set(i.svg, i);

  // The SVG now fills its panel and pans; user units are CSS pixels, so zoom 1 is full-size text.
  svg.removeAttribute('viewBox');
  svg.removeAttribute('width');
  svg.removeAttribute('height');

  let layout: Layout = { boxes: [], byKey: new Map(), width: 0, height: 0 };
  // The panel is as tall as the open tree at full size, within the stylesheet's limits; it grows and never shrinks, so the page below does not jump back.
  let panelHeight = 0;
  let transform: ZoomTransform = zoomIdentity;
  // A new move or zoom stops the one still running rather than fight it frame by frame.
  let stopMoves = () => {};
  let stopZoom = () => {};

  const panel = () => {
    const r = svg.getBoundingClientRect();
    return { w: r.width, h: r.height };
  };
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .extent(() => {
      const { w, h } = panel();
      return [
        [0, 0],
        [w, h],
      ];
    })
    // Wheel zooms only with Ctrl/⌘ (and trackpad pinch, which sends Ctrl): a plain wheel scrolls the page.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      // The reader's own drag or wheel wins over an animation still under way.
      if (event.sourceEvent) stopZoom();
      transform = event.transform;
      canvas.setAttribute('transform', transform.toString());
    });
  const svgSel = select(svg);
  svgSel.call(zoomer).on('dblclick.zoom', null);

  function zoomTo(target: { x: number; y: number; k: number }, animated = true): void {
    const from = transform;
    stopZoom();
    stopZoom = animate(animated ? DURATION : 0, (t) => {
      const k = from.k + (target.k - from.k) * t;
      zoomer.transform(svgSel, zoomIdentity.translate(from.x + (target.x - from.x) * t, from.y + (target.y - from.y) * t).scale(k));
    });
  }

  function ensureDrawn(item: Item): void {
    if (item.svg || item.kind !== 'standard') return;
    item.svg = drawStandard(item, draw);
    bySvg.set(item.svg, item);
    nodesLayer.append(item.svg);
    if (item.parent) {
      item.link = drawLink(item);
      linksLayer.append(item.link);
    }
  }

  svg.addEventListener('click', (event) => {
    const toggleEl = (event.target as Element).closest('[data-toggle]');
    const item = toggleEl?.parentElement && bySvg.get(toggleEl.parentElement);
    if (!item) return;
    event.preventDefault();
    svg.dispatchEvent(new CustomEvent('tree-toggle', { detail: item }));
  });

  return {
    render({ isOpen, shown, animated = true }) {
      layout = layoutTree(top, { size, columns, isOpen, include: shown });
      if (layout.height + 24 > panelHeight) {
        panelHeight = Math.ceil(layout.height + 24);
        svg.setAttribute('height', String(panelHeight));
      }
      const moves: { item: Item; from: { x: number; y: number }; to: Box }[] = [];
      for (const item of items) {
        const box = layout.byKey.get(item.key);
        if (box) ensureDrawn(item);
        if (!item.svg) continue;
        item.svg.classList.toggle('is-hidden', !box);
        item.link?.classList.toggle('is-hidden', !box);
        if (!box) {
          delete item.at;
          continue;
        }
        // Boxes that were hidden grow out of their parent's place.
        const from = item.at ?? item.parent?.at ?? { x: box.x, y: box.y };
        moves.push({ item, from: { ...from }, to: box });
      }
      const step = (t: number) => {
        const pos = new Map<string, Box>();
        for (const { item, from, to } of moves) {
          const x = from.x + (to.x - from.x) * t;
          const y = from.y + (to.y - from.y) * t;
          pos.set(item.key, { ...to, x, y });
          item.at = { x, y };
          item.svg!.setAttribute('transform', `translate(${x},${y})`);
        }
        for (const { item } of moves) {
          const p = item.parent && pos.get(item.parent.key);
          if (p && item.link) item.link.setAttribute('d', linkPath(p, pos.get(item.key)!, size.columnGap));
        }
      };
      stopMoves();
      stopMoves = animate(animated && moves.length <= ANIMATE_LIMIT ? DURATION : 0, step);
    },

    fit({ anchor, branch, animated = true } = {}) {
      const { w, h } = panel();
      if (!w || !h) return;
      const anchorBox = anchor && layout.byKey.get(anchor.key);
      let view = fitView(boundsOf(layout.boxes), w, h, { minScale: MIN_FIT, ...(anchorBox ? { anchor: anchorBox } : {}) });
      const branchBox = branch && layout.byKey.get(branch.key);
      if (branchBox && view.k <= MIN_FIT) {
        // The whole tree is too big to read at once: show the branch that just opened.
        const family = [branchBox, ...branch!.children.map((c) => layout.byKey.get(c.key)).filter((b): b is Box => !!b)];
        view = fitView(boundsOf(family), w, h, { minScale: MIN_FIT, anchor: branchBox });
      }
      zoomTo(view, animated);
    },

    reveal(item, { always = false, animated = true } = {}) {
      const box = layout.byKey.get(item.key);
      if (!box) return;
      const { w, h } = panel();
      if (!w || !h) return;
      const x0 = transform.applyX(box.x);
      const y0 = transform.applyY(box.y);
      const inView = x0 >= 0 && y0 >= 0 && x0 + box.w * transform.k <= w && y0 + box.h * transform.k <= h;
      if (inView && !always) return;
      const k = transform.k;
      // Centre it, unless the box is wider than the panel (narrow screens): then show its start.
      const cx = box.w * k + 32 > w ? 16 - box.x * k : w / 2 - (box.x + box.w / 2) * k;
      zoomTo({ x: cx, y: h / 2 - (box.y + box.h / 2) * k, k }, animated);
    },

    zoomBy(factor) {
      const { w, h } = panel();
      const k = Math.max(SCALE_EXTENT[0], Math.min(SCALE_EXTENT[1], transform.k * factor));
      // Zoom about the centre of the panel.
      const cx = (w / 2 - transform.x) / transform.k;
      const cy = (h / 2 - transform.y) / transform.k;
      zoomTo({ x: w / 2 - cx * k, y: h / 2 - cy * k, k });
    },

    hasRoom() {
      const { w, h } = panel();
      return w > 0 && h > 0;
    },
  };
}
