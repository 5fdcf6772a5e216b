/**
 * Makes the framework tree (TaxonomyTree.astro) interactive. The page already
 * holds the whole tree twice — a nested list of links and a static SVG laid
 * out at build time — so this script builds nothing from data: it reads the
 * tree back from the SVG's data attributes and adds behaviour.
 *
 * - The list becomes an ARIA tree (tree / treeitem / group, roving tabindex):
 *   it is the one view assistive technology and keyboards use. Arrow keys move
 *   and fold, Enter follows the link (the treeitems are the links themselves).
 * - The SVG mirrors the list: the same branches open, the focused item
 *   highlighted and brought into view; a mouse can fold branches with the
 *   round toggles, pan by dragging and zoom with Ctrl + wheel or the buttons.
 *   A plain wheel keeps scrolling the page rather than being captured.
 * - Folding or filtering re-runs the same d3-hierarchy layout the build used
 *   (src/lib/tree.ts), so the picture stays a tidy tree, not one with holes.
 * - ?focus=<node or standard id> opens the path to every place that id sits,
 *   marks them and centres the first.
 * - Boxes glide to their new places and the view to its new position, unless
 *   the reader prefers reduced motion: then every change lands at once.
 *
 * Everything visible is changed through classes and SVG attributes (the
 * `transform` and `d` attributes), never style attributes: the Content
 * Security Policy has no 'unsafe-inline' for styles.
 */
import type { Status } from '../lib/vocabulary';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { SIZES, TREE_STATUSES, columnsOf, initialOpenDepth, layoutTree, linkPath, type Box, type Layout, type SizeName, type TreeKind } from '../lib/tree';

performance.mark('tree:start');

/** Above this many visible boxes the tree starts with its deeper levels folded. */
const OPEN_LIMIT = 400;
const DURATION = 250;
/** Beyond this many moving boxes an animation costs more than it explains: they jump. */
const ANIMATE_LIMIT = 300;
/** How far the reader may zoom out and in, by wheel, pinch or buttons alike. */
const SCALE_EXTENT: [number, number] = [0.25, 2.5];


interface Item {
  key: string;
  id: string;
  kind: TreeKind;
  status?: Status;
  count: number;
  countBy: Record<Status, number>;
  depth: number;
  parent?: Item;
  children: Item[];
  open: boolean;
  svg: SVGGElement;
  link?: SVGPathElement;
  /** The treeitem (a link) in the outline, its <li> and the group of its children. */
  a?: HTMLAnchorElement;
  li?: HTMLLIElement;
  group?: HTMLUListElement;
  twisty?: HTMLSpanElement;
  counters: Element[];
  /** Where the box is drawn now (mid-animation too), to animate from. */
  at?: { x: number; y: number };
}

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

function readItems(svg: SVGSVGElement): Item[] {
  const byKey = new Map<string, Item>();
  const items: Item[] = [];
  const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);
  for (const g of svg.querySelectorAll<SVGGElement>('g.tree-node')) {
    const key = g.dataset.key!;
    const parent = g.dataset.parent ? byKey.get(g.dataset.parent) : undefined;
    const item: Item = {
      key,
      id: g.dataset.id ?? '',
      kind: g.dataset.kind as TreeKind,
      ...(g.dataset.status ? { status: g.dataset.status as Status } : {}),
      count: num(g, 'data-count'),
      countBy: Object.fromEntries(TREE_STATUSES.map((s) => [s, num(g, `data-count-${s}`)])) as Record<Status, number>,
      depth: parent ? parent.depth + 1 : 0,
      ...(parent ? { parent } : {}),
      children: [],
      open: true,
      svg: g,
      counters: [...g.querySelectorAll('.tree-count-n')],
    };
    parent?.children.push(item);
    byKey.set(key, item);
    items.push(item);
  }
  for (const path of svg.querySelectorAll<SVGPathElement>('path.tree-link')) {
    const item = byKey.get(path.dataset.key!);
    if (item) item.link = path;
  }
  return items;
}

/** Turns the nested list into an ARIA tree whose treeitems are the links; the <details> and their summaries go. */
function enhanceList(list: HTMLUListElement, items: Item[]): void {
  const byKey = new Map(items.map((i) => [i.key, i]));
  list.setAttribute('role', 'tree');
  let groups = 0;
  for (const li of list.querySelectorAll<HTMLLIElement>('li[data-key]')) {
    const item = byKey.get(li.dataset.key!);
    if (!item) continue;
    const a = li.querySelector<HTMLAnchorElement>(':scope > a')!;
    const group = li.querySelector<HTMLUListElement>(':scope > details > ul');
    const twisty = document.createElement('span');
    twisty.className = 'tree-twisty';
    twisty.setAttribute('aria-hidden', 'true');
    li.setAttribute('role', 'none');
    a.setAttribute('role', 'treeitem');
    a.tabIndex = -1;
    // aria-setsize and aria-posinset are set by render(), as the filter changes them.
    a.setAttribute('aria-level', String(item.depth + 1));
    if (group && item.children.length) {
      group.setAttribute('role', 'group');
      group.id ||= `tree-group-${++groups}`;
      a.setAttribute('aria-expanded', 'true');
      li.replaceChildren(twisty, a, group);
      item.group = group;
    } else {
      twisty.classList.add('tree-twisty--leaf');
      li.replaceChildren(twisty, a);
    }
    item.a = a;
    item.li = li;
    item.twisty = twisty;
    item.counters.push(...a.querySelectorAll('.tree-count-n'));
  }
}

function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('svg[data-tree-svg]');
  const canvas = root.querySelector<SVGGElement>('[data-tree-canvas]');
  const list = root.querySelector<HTMLUListElement>('[data-tree-list]');
  const viewport = root.querySelector<HTMLElement>('[data-tree-viewport]');
  const outline = list?.closest<HTMLElement>('.tree-outline');
  if (!svg || !canvas || !list || !viewport) return;

  const items = readItems(svg);
  const top = items[0];
  if (!top) return;
  const size = SIZES[(svg.dataset.size as SizeName) ?? 'full'];
  const columns = columnsOf(top, size);
  enhanceList(list, items);
  const heading = root.querySelector('.tree-outline h2');
  if (heading?.id) list.setAttribute('aria-labelledby', heading.id);

  // The SVG now fills its panel and pans; user units are CSS pixels, so zoom 1 is full-size text.
  svg.removeAttribute('viewBox');
  svg.removeAttribute('width');
  viewport.removeAttribute('tabindex');
  viewport.removeAttribute('role');
  viewport.removeAttribute('aria-label');
  root.classList.add('is-enhanced');

  let filter: Status | '' = '';
  let active: Item = top;
  let transform: ZoomTransform = zoomIdentity;
  // A new move or zoom stops the one still running rather than fight it frame by frame.
  let stopMoves = () => {};
  let stopZoom = () => {};
  // Set by render(), which runs before anything reads it.
  let layout: Layout = { boxes: [], byKey: new Map(), width: 0, height: 0 };
  const byTreeitem = new Map(items.filter((i) => i.a).map((i) => [i.a as Element, i]));
  const byTwisty = new Map(items.filter((i) => i.twisty).map((i) => [i.twisty as Element, i]));
  const bySvg = new Map(items.map((i) => [i.svg as Element, i]));

  const shown = (item: Item) => !filter || item.kind !== 'standard' || item.status === filter;
  const branch = (item: Item) => item.children.length > 0;

  /** Items a keyboard can reach now: every ancestor open, not filtered out. */
  const visible = (): Item[] => {
    const out: Item[] = [];
    const walk = (i: Item) => {
      if (!shown(i)) return;
      out.push(i);
      if (i.open) i.children.forEach(walk);
    };
    walk(top);
    return out;
  };

  function setOpen(item: Item, open: boolean): void {
    if (!branch(item)) return;
    item.open = open;
    item.a?.setAttribute('aria-expanded', String(open));
    if (item.group) item.group.hidden = !open;
    item.twisty?.classList.toggle('is-collapsed', !open);
    item.svg.classList.toggle('is-collapsed', !open);
  }

  /** Lays the tree out again and moves the boxes there, animated unless motion is reduced. */
  function render(animated = true): void {
    layout = layoutTree(top!, { size, columns, isOpen: (i) => i.open, include: shown });
    svg!.setAttribute('height', String(layout.height));
    const moves: { item: Item; from: { x: number; y: number }; to: Box }[] = [];
    for (const item of items) {
      const box = layout.byKey.get(item.key);
      item.svg.classList.toggle('is-hidden', !box);
      item.link?.classList.toggle('is-hidden', !box);
      if (item.li) item.li.hidden = !shown(item);
      if (!box) {
        delete item.at;
        continue;
      }
      // Boxes that were hidden grow out of their parent's place.
      const from = item.at ?? item.parent?.at ?? { x: box.x, y: box.y };
      moves.push({ item, from: { ...from }, to: box });
    }
    const draw = (t: number) => {
      const pos = new Map<string, { x: number; y: number; w: number; h: number }>();
      for (const { item, from, to } of moves) {
        const x = from.x + (to.x - from.x) * t;
        const y = from.y + (to.y - from.y) * t;
        pos.set(item.key, { x, y, w: to.w, h: to.h });
        item.at = { x, y };
        item.svg.setAttribute('transform', `translate(${x},${y})`);
      }
      for (const { item } of moves) {
        const p = item.parent && pos.get(item.parent.key);
        if (p && item.link) item.link.setAttribute('d', linkPath(p, pos.get(item.key)!, size.columnGap));
      }
    };
    // Position in set counts what the filter leaves, as a screen reader should announce it.
    top!.a?.setAttribute('aria-posinset', '1');
    top!.a?.setAttribute('aria-setsize', '1');
    for (const item of items) {
      const kids = item.children.filter(shown);
      kids.forEach((k, i) => {
        k.a?.setAttribute('aria-posinset', String(i + 1));
        k.a?.setAttribute('aria-setsize', String(kids.length));
      });
    }
    stopMoves();
    stopMoves = animate(animated && moves.length <= ANIMATE_LIMIT ? DURATION : 0, draw);
  }

  function updateCounts(): void {
    for (const item of items) {
      if (item.kind === 'standard') continue;
      const n = filter ? item.countBy[filter] : item.count;
      item.counters.forEach((c) => (c.textContent = filter ? `${n}/${item.count}` : String(n)));
      item.svg.classList.toggle('is-empty', n === 0);
      item.a?.classList.toggle('is-empty', n === 0);
    }
  }

  // --- Pan and zoom ---
  const extent = (): [[number, number], [number, number]] => {
    const r = svg.getBoundingClientRect();
    return [[0, 0], [r.width, r.height]];
  };
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .extent(extent)
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

  /** The resting view: zoom 1, the root at the left, as near the middle as the tree allows. */
  function home(): ZoomTransform {
    const [, [, h]] = extent();
    const rootBox = layout.byKey.get(top!.key)!;
    const y = h >= layout.height ? 0 : Math.min(0, Math.max(h - layout.height, h / 2 - (rootBox.y + rootBox.h / 2)));
    return zoomIdentity.translate(0, y);
  }

  function zoomTo(target: ZoomTransform, animated = true): void {
    const from = transform;
    stopZoom();
    stopZoom = animate(animated ? DURATION : 0, (t) => {
      const k = from.k + (target.k - from.k) * t;
      zoomer.transform(svgSel, zoomIdentity.translate(from.x + (target.x - from.x) * t, from.y + (target.y - from.y) * t).scale(k));
    });
  }

  /** Centres an item's box in the diagram, or only when it is out of view. */
  function reveal(item: Item, { always = false, animated = true } = {}): void {
    const box = layout.byKey.get(item.key);
    if (!box) return;
    const [, [w, h]] = extent();
    const x0 = transform.applyX(box.x);
    const y0 = transform.applyY(box.y);
    const inView = x0 >= 0 && y0 >= 0 && x0 + box.w * transform.k <= w && y0 + box.h * transform.k <= h;
    if (inView && !always) return;
    const k = transform.k;
    // Centre it, unless the box is wider than the panel (narrow screens): then show its start.
    const cx = box.w * k + 32 > w ? 16 - box.x * k : w / 2 - (box.x + box.w / 2) * k;
    zoomTo(zoomIdentity.translate(cx, h / 2 - (box.y + box.h / 2) * k).scale(k), animated);
  }

  // --- Focus (roving tabindex) ---
  function setActive(item: Item, { focus = false } = {}): void {
    active.a && (active.a.tabIndex = -1);
    active.svg.classList.remove('is-active');
    active = item;
    if (item.a) item.a.tabIndex = 0;
    // The focusin handler marks the box and brings it into view.
    if (focus) item.a?.focus();
  }

  /** After folding or filtering, the roving item must still be reachable. */
  function keepActiveVisible(): void {
    const reachable = new Set(visible());
    let item: Item | undefined = active;
    while (item && !reachable.has(item)) item = item.parent;
    if (item && item !== active) setActive(item, { focus: list!.contains(document.activeElement) });
  }

  function toggle(item: Item, open = !item.open): void {
    setOpen(item, open);
    render();
    keepActiveVisible();
  }

  list.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const current = byTreeitem.get(target);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const order = visible();
    const at = order.indexOf(current);
    let next: Item | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = order[at + 1];
        break;
      case 'ArrowUp':
        next = order[at - 1];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      case 'ArrowRight':
        if (branch(current) && !current.open) toggle(current, true);
        else if (branch(current)) next = current.children.find(shown);
        break;
      case 'ArrowLeft':
        if (branch(current) && current.open) toggle(current, false);
        else next = current.parent;
        break;
      case ' ':
        if (branch(current)) toggle(current);
        break;
      case '*':
        (current.parent?.children ?? [current]).forEach((s) => setOpen(s, true));
        render();
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) setActive(next, { focus: true });
  });

  list.addEventListener('focusin', (event) => {
    const item = byTreeitem.get(event.target as Element);
    if (item && item !== active) setActive(item);
    if (item) {
      item.svg.classList.add('is-active');
      reveal(item);
    }
  });
  list.addEventListener('focusout', () => active.svg.classList.remove('is-active'));

  list.addEventListener('click', (event) => {
    const twisty = (event.target as Element).closest('.tree-twisty');
    const item = twisty && byTwisty.get(twisty);
    if (item && branch(item)) toggle(item);
  });

  svg.addEventListener('click', (event) => {
    const toggleEl = (event.target as Element).closest('[data-toggle]');
    const item = toggleEl?.parentElement && bySvg.get(toggleEl.parentElement);
    if (!item) return;
    event.preventDefault();
    toggle(item);
  });

  // --- Controls ---
  const controls = root.querySelector<HTMLElement>('[data-tree-controls]');
  controls?.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-tree-action]')?.dataset.treeAction;
    switch (action) {
      case 'expand-all':
        items.forEach((i) => setOpen(i, true));
        render();
        break;
      case 'collapse-all':
        items.forEach((i) => setOpen(i, i === top));
        render();
        keepActiveVisible();
        break;
      case 'zoom-in':
      case 'zoom-out': {
        const [, [w, h]] = extent();
        const k = Math.max(SCALE_EXTENT[0], Math.min(SCALE_EXTENT[1], transform.k * (action === 'zoom-in' ? 1.25 : 0.8)));
        // Zoom about the centre of the panel.
        const cx = (w / 2 - transform.x) / transform.k;
        const cy = (h / 2 - transform.y) / transform.k;
        zoomTo(zoomIdentity.translate(w / 2 - cx * k, h / 2 - cy * k).scale(k));
        break;
      }
      case 'reset':
        zoomTo(home());
        break;
    }
  });
  controls?.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (!input.matches('[data-tree-filter]')) return;
    filter = input.value as Status | '';
    updateCounts();
    render();
    keepActiveVisible();
  });
  if (controls) controls.hidden = false;

  // --- Starting state ---
  const openDepth = initialOpenDepth(top, OPEN_LIMIT);
  items.forEach((i) => setOpen(i, i.depth <= openDepth));
  const focusId = new URLSearchParams(location.search).get('focus');
  const targets = focusId ? items.filter((i) => i.id === focusId) : [];
  for (const t of targets) {
    for (let p = t.parent; p; p = p.parent) setOpen(p, true);
    t.svg.classList.add('is-target');
    t.a?.classList.add('is-target');
  }
  render(false);
  setActive(targets[0] ?? top);
  performance.mark('tree:interactive');
  performance.measure('tree:interactive', 'tree:start', 'tree:interactive');

  // Placing the view needs the panel's size, so it waits for the first frame's
  // layout instead of forcing the whole page's layout in the middle of setup.
  requestAnimationFrame(() => {
    zoomTo(home(), false);
    const target = targets[0];
    if (target) {
      reveal(target, { always: true, animated: false });
      // Scroll only the outline panel, not the page, to the marked item.
      const a = target.a;
      if (outline && a && outline.scrollHeight > outline.clientHeight) {
        outline.scrollTop += a.getBoundingClientRect().top - outline.getBoundingClientRect().top - outline.clientHeight / 3;
      }
    }
    root.dataset.treeReady = 'true';
    performance.mark('tree:ready');
    performance.measure('tree:ready', 'tree:start', 'tree:ready');
  });
}

document.querySelectorAll<HTMLElement>('[data-tree]').forEach(enhance);
