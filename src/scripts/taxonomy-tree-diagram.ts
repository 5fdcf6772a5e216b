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
import { isLocale } from '~/lib/base/vocabulary';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { SIZES, boundsOf, columnsOf, fitView, isSizeName, layoutTree, linkPath, type Box, type Layout, type TreeSize } from '~/lib/tree/layout';
import { dataValue } from './data-value';
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

/** Wheel zooms only with Ctrl/⌘ (and trackpad pinch, which sends Ctrl): a plain wheel scrolls the page. */
function zoomsOrPans(event: Event): boolean {
  if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
  return !(event instanceof MouseEvent) || !event.button;
}

/** A box on its way from where it is drawn to where the new layout puts it. */
interface Move {
  item: Item;
  from: { x: number; y: number };
  to: Box;
}

export interface RenderOptions {
  isOpen: (i: Item) => boolean;
  shown: (i: Item) => boolean;
  animated?: boolean;
}

export interface FitOptions {
  anchor?: Item | undefined;
  branch?: Item | undefined;
  animated?: boolean;
}

export class TreeDiagram {
  readonly #svg: SVGSVGElement;
  readonly #canvas: SVGGElement;
  readonly #links: SVGGElement;
  readonly #nodes: SVGGElement;
  readonly #items: Item[];
  readonly #size: TreeSize;
  readonly #columns: number[];
  readonly #draw: DrawContext;
  readonly #bySvg = new Map<Element, Item>();
  readonly #zoomer: ZoomBehavior<SVGSVGElement, unknown>;
  readonly #selection: Selection<SVGSVGElement, unknown, null, undefined>;
  #layout: Layout = { boxes: [], byKey: new Map(), width: 0, height: 0 };
  /** The panel is as tall as the open tree at full size, within the stylesheet's limits; it grows and never shrinks, so the page below does not jump back. */
  #panelHeight = 0;
  #transform: ZoomTransform = zoomIdentity;
  // A new move or zoom stops the one still running rather than fight it frame by frame.
  #stopMoves = () => {};
  #stopZoom = () => {};

  /** `toggle` is called when a box's round button is clicked. */
  constructor(svg: SVGSVGElement, items: Item[], toggle: (item: Item) => void) {
    this.#svg = svg;
    this.#canvas = svg.querySelector<SVGGElement>('[data-tree-canvas]')!;
    this.#links = svg.querySelector<SVGGElement>('[data-tree-links]')!;
    this.#nodes = svg.querySelector<SVGGElement>('[data-tree-nodes]')!;
    this.#items = items;
    this.#size = SIZES[dataValue(svg, 'size', isSizeName)];
    this.#columns = columnsOf(items[0]!, this.#size);
    this.#draw = { size: this.#size, locale: dataValue(svg, 'locale', isLocale), candidateLabel: svg.dataset.labelCandidate ?? '' };
    this.#attachDrawn();
    // The SVG now fills its panel and pans; user units are CSS pixels, so zoom 1 is full-size text.
    for (const attribute of ['viewBox', 'width', 'height']) svg.removeAttribute(attribute);
    this.#zoomer = this.#createZoom();
    this.#selection = select(svg);
    this.#selection.call(this.#zoomer).on('dblclick.zoom', null);
    svg.addEventListener('click', (event) => this.#onClick(event, toggle));
  }

  /** Lays the tree out again and moves the boxes there. */
  render({ isOpen, shown, animated = true }: RenderOptions): void {
    this.#layout = layoutTree(this.#items[0]!, { size: this.#size, columns: this.#columns, isOpen, include: shown });
    this.#growPanel();
    const moves = this.#place();
    this.#stopMoves();
    this.#stopMoves = animate(animated && moves.length <= ANIMATE_LIMIT ? DURATION : 0, (t) => this.#step(moves, t));
  }

  /**
   * Fits the open tree into the panel. When it cannot fit whole at a legible
   * scale, fits `branch` and its children instead, or keeps `anchor` in view.
   */
  fit({ anchor, branch, animated = true }: FitOptions = {}): void {
    const { w, h } = this.#panel();
    if (!w || !h) return;
    const anchorBox = anchor && this.#layout.byKey.get(anchor.key);
    let view = fitView(boundsOf(this.#layout.boxes), w, h, { minScale: MIN_FIT, ...(anchorBox ? { anchor: anchorBox } : {}) });
    const branchBox = branch && this.#layout.byKey.get(branch.key);
    if (branch && branchBox && view.k <= MIN_FIT) {
      // The whole tree is too big to read at once: show the branch that just opened.
      const family = [branchBox, ...branch.children.map((c) => this.#layout.byKey.get(c.key)).filter((b): b is Box => !!b)];
      view = fitView(boundsOf(family), w, h, { minScale: MIN_FIT, anchor: branchBox });
    }
    this.#zoomTo(view, animated);
  }

  /** Centres an item's box, or only when it is out of view. */
  reveal(item: Item, { always = false, animated = true } = {}): void {
    const box = this.#layout.byKey.get(item.key);
    const { w, h } = this.#panel();
    if (!box || !w || !h) return;
    const { k } = this.#transform;
    const x0 = this.#transform.applyX(box.x);
    const y0 = this.#transform.applyY(box.y);
    const inView = x0 >= 0 && y0 >= 0 && x0 + box.w * k <= w && y0 + box.h * k <= h;
    if (inView && !always) return;
    // Centre it, unless the box is wider than the panel (narrow screens): then show its start.
    const cx = box.w * k + 32 > w ? 16 - box.x * k : w / 2 - (box.x + box.w / 2) * k;
    this.#zoomTo({ x: cx, y: h / 2 - (box.y + box.h / 2) * k, k }, animated);
  }

  zoomBy(factor: number): void {
    const { w, h } = this.#panel();
    const t = this.#transform;
    const k = Math.max(SCALE_EXTENT[0], Math.min(SCALE_EXTENT[1], t.k * factor));
    // Zoom about the centre of the panel.
    const cx = (w / 2 - t.x) / t.k;
    const cy = (h / 2 - t.y) / t.k;
    this.#zoomTo({ x: w / 2 - cx * k, y: h / 2 - cy * k, k });
  }

  /** Whether the panel has a size (on a phone it waits behind a button). */
  hasRoom(): boolean {
    const { w, h } = this.#panel();
    return w > 0 && h > 0;
  }

  /** Attaches the boxes and links the build drew to their items; the others are drawn when their branch opens. */
  #attachDrawn(): void {
    const byKey = new Map(this.#items.map((i) => [i.key, i]));
    for (const g of this.#nodes.querySelectorAll<SVGGElement>('g.tree-node')) {
      const item = byKey.get(g.dataset.key ?? '');
      if (item) item.svg = g;
    }
    for (const path of this.#links.querySelectorAll<SVGPathElement>('path.tree-link')) {
      const item = byKey.get(path.dataset.key ?? '');
      if (item) item.link = path;
    }
    for (const i of this.#items) if (i.svg) this.#bySvg.set(i.svg, i);
  }

  #createZoom(): ZoomBehavior<SVGSVGElement, unknown> {
    return zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .extent(() => {
        const { w, h } = this.#panel();
        return [
          [0, 0],
          [w, h],
        ];
      })
      .filter(zoomsOrPans)
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        // The reader's own drag or wheel wins over an animation still under way.
        if (event.sourceEvent) this.#stopZoom();
        this.#transform = event.transform;
        this.#canvas.setAttribute('transform', event.transform.toString());
      });
  }

  #panel(): { w: number; h: number } {
    const r = this.#svg.getBoundingClientRect();
    return { w: r.width, h: r.height };
  }

  #growPanel(): void {
    if (this.#layout.height + 24 <= this.#panelHeight) return;
    this.#panelHeight = Math.ceil(this.#layout.height + 24);
    this.#svg.setAttribute('height', String(this.#panelHeight));
  }

  /** Shows the boxes the layout places and hides the others; returns where each shown box moves. */
  #place(): Move[] {
    const moves: Move[] = [];
    for (const item of this.#items) {
      const box = this.#layout.byKey.get(item.key);
      if (box) this.#ensureDrawn(item);
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
    return moves;
  }

  /** One frame of the moves, `t` of the way: boxes first, then the links between their new places. */
  #step(moves: Move[], t: number): void {
    const pos = new Map<string, Box>();
    for (const { item, from, to } of moves) {
      const x = from.x + (to.x - from.x) * t;
      const y = from.y + (to.y - from.y) * t;
      pos.set(item.key, { ...to, x, y });
      item.at = { x, y };
      item.svg?.setAttribute('transform', `translate(${x},${y})`);
    }
    for (const { item } of moves) {
      const p = item.parent && pos.get(item.parent.key);
      const at = pos.get(item.key);
      if (p && at && item.link) item.link.setAttribute('d', linkPath(p, at, this.#size.columnGap));
    }
  }

  #zoomTo(target: { x: number; y: number; k: number }, animated = true): void {
    const from = this.#transform;
    this.#stopZoom();
    this.#stopZoom = animate(animated ? DURATION : 0, (t) => {
      const k = from.k + (target.k - from.k) * t;
      const view = zoomIdentity.translate(from.x + (target.x - from.x) * t, from.y + (target.y - from.y) * t).scale(k);
      this.#zoomer.transform(this.#selection, view);
    });
  }

  #ensureDrawn(item: Item): void {
    if (item.svg || item.kind !== 'standard') return;
    item.svg = drawStandard(item, this.#draw);
    this.#bySvg.set(item.svg, item);
    this.#nodes.append(item.svg);
    if (item.parent) {
      item.link = drawLink(item);
      this.#links.append(item.link);
    }
  }

  #onClick(event: MouseEvent, toggle: (item: Item) => void): void {
    const button = (event.target as Element).closest('[data-toggle]');
    const item = button?.parentElement && this.#bySvg.get(button.parentElement);
    if (!item) return;
    event.preventDefault();
    toggle(item);
  }
}
