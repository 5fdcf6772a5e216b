/**
 * <taxonomy-tree>: the framework tree (TaxonomyTree.astro) made interactive.
 * The page already holds the tree twice — a nested list of every link, and a
 * static SVG of the framework laid out at build time — so the element builds
 * nothing from data: it reads the tree back from the list and adds behaviour.
 * It holds the shared state (which branches are open, the filter) and the
 * controls; the outline (keyboard and ARIA) and the diagram (SVG, pan, zoom
 * and fit) live in their own modules and only follow that state. Until it
 * upgrades, or without JavaScript, the list and the picture work as served.
 *
 * - The tree opens as the page drew it: the parts and C's sub-areas, with the
 *   standards folded, fitted into the panel.
 * - Opening, closing, filtering and reset refit the view.
 * - ?focus=<node or standard id> opens the path to every place that id sits,
 *   marks them and keeps the first in view.
 * - On a phone the list comes first, and the diagram opens from a button.
 */
import { isOneOf, isTodayStatus, type TodayStatus } from '~/lib/base/vocabulary';
import { openAtStart } from '~/lib/tree/layout';
import { TreeDiagram, type FitOptions } from './taxonomy-tree-diagram';
import { isBranch, readItems, type Item } from './taxonomy-tree-items';
import { TreeOutline, type OutlineHandlers } from './taxonomy-tree-outline';

performance.mark('tree:start');

/** The buttons of TreeControls.astro, by their data-tree-action. */
const isAction = isOneOf(['diagram', 'expand-all', 'collapse-all', 'zoom-in', 'zoom-out', 'reset'] as const);

class TaxonomyTree extends HTMLElement {
  #items: Item[] = [];
  #top!: Item;
  #diagram!: TreeDiagram;
  #outline!: TreeOutline;
  #filter: TodayStatus | '' = '';
  /** Where ?focus= points: every place its id sits in the tree. */
  #targets: Item[] = [];
  #ready = false;
  #lastWidth = -1;

  connectedCallback(): void {
    // Set up once: a move in the page must not read and enhance the list twice.
    if (this.#items.length) return;
    const svg = this.querySelector<SVGSVGElement>('svg[data-tree-svg]');
    const list = this.querySelector<HTMLUListElement>('[data-tree-list]');
    if (!svg || !list) return;
    this.#items = readItems(list);
    const top = this.#items[0];
    if (!top) return;
    this.#top = top;
    this.#diagram = new TreeDiagram(svg, this.#items, (item) => this.#toggle(item));
    this.#outline = new TreeOutline(list, this.#items, this.#outlineHandlers());
    this.#enhance(list);
    this.#start();
    performance.mark('tree:interactive');
    performance.measure('tree:interactive', 'tree:start', 'tree:interactive');
    // Fitting needs the panel's size, so it waits for the browser's own layout
    // (a resize observer reports right after it) instead of forcing one in the
    // middle of setup; it also refits when the panel changes size or appears.
    new ResizeObserver(([entry]) => this.#resized(entry?.contentRect.width ?? 0)).observe(svg);
  }

  /** Opens or closes a branch in both views, then refits around it. */
  #toggle(item: Item, open = !item.open): void {
    if (!isBranch(item)) return;
    this.#setOpen(item, open);
    this.#update(open ? { branch: item, anchor: item } : { anchor: item });
    this.#outline.keepActiveVisible();
  }

  #shown = (item: Item): boolean => !this.#filter || item.kind !== 'standard' || item.status === this.#filter;

  /** Items a keyboard can reach now: every ancestor open, not filtered out. */
  #visible(): Item[] {
    const out: Item[] = [];
    const walk = (i: Item) => {
      if (!this.#shown(i)) return;
      out.push(i);
      if (i.open) i.children.forEach(walk);
    };
    walk(this.#top);
    return out;
  }

  #outlineHandlers(): OutlineHandlers {
    return {
      toggle: (item, open) => this.#toggle(item, open),
      openSiblings: (item) => {
        (item.parent?.children ?? [item]).forEach((s) => this.#setOpen(s, true));
        this.#update({ anchor: item });
      },
      focused: (item) => {
        item.svg?.classList.add('is-active');
        this.#diagram.reveal(item);
      },
      blurred: (item) => item.svg?.classList.remove('is-active'),
      visible: () => this.#visible(),
      shown: this.#shown,
    };
  }

  /** The page's own parts that change once the element runs: labels, the static picture's region, the controls. */
  #enhance(list: HTMLUListElement): void {
    const heading = this.querySelector('.tree-outline h2');
    if (heading?.id) list.setAttribute('aria-labelledby', heading.id);
    // The diagram region was focusable only to scroll the static picture.
    const viewport = this.querySelector('[data-tree-viewport]');
    for (const attribute of ['tabindex', 'role', 'aria-label']) viewport?.removeAttribute(attribute);
    this.classList.add('is-enhanced');
    const controls = this.querySelector<HTMLElement>('[data-tree-controls]');
    controls?.addEventListener('click', (event) => this.#onControl(event));
    controls?.addEventListener('change', (event) => this.#onFilter(event));
    if (controls) controls.hidden = false;
    const hint = this.querySelector<HTMLElement>('[data-tree-hint]');
    if (hint) hint.hidden = false;
  }

  /** The starting state: as the page drew it, plus the path to ?focus=. */
  #start(): void {
    const startOpen = openAtStart(this.#top);
    this.#items.forEach((i) => this.#setOpen(i, startOpen.has(i.key)));
    const focusId = new URLSearchParams(location.search).get('focus');
    this.#targets = focusId ? this.#items.filter((i) => i.id === focusId) : [];
    for (const t of this.#targets) for (let p = t.parent; p; p = p.parent) this.#setOpen(p, true);
    this.#outline.setPositions();
    this.#updateCounts();
    this.#diagram.render({ isOpen: (i) => i.open, shown: this.#shown, animated: false });
    for (const t of this.#targets) {
      t.svg?.classList.add('is-target');
      t.a.classList.add('is-target');
    }
    this.#outline.setActive(this.#targets[0] ?? this.#top);
  }

  #setOpen(item: Item, open: boolean): void {
    if (!isBranch(item)) return;
    item.open = open;
    this.#outline.showOpen(item);
    item.svg?.classList.toggle('is-collapsed', !open);
  }

  /** Lays out, moves and refits after any change of what is open or shown. */
  #update(fit: Omit<FitOptions, 'animated'> = {}, animated = true): void {
    this.#diagram.render({ isOpen: (i) => i.open, shown: this.#shown, animated });
    this.#diagram.fit({ ...fit, animated });
  }

  /** The counts of every branch for the filter: "3/12" while filtering, "12" otherwise. */
  #updateCounts(): void {
    const filter = this.#filter;
    for (const item of this.#items) {
      if (item.kind === 'standard') continue;
      const n = filter ? (item.countBy[filter] ?? 0) : item.count;
      const counters = [...item.counters, ...(item.svg?.querySelectorAll('.tree-count-n') ?? [])];
      counters.forEach((c) => (c.textContent = filter ? `${n}/${item.count}` : String(n)));
      item.svg?.classList.toggle('is-empty', n === 0);
      // In the list an empty branch is muted only while filtering: unfiltered, it is simply a link with "(0)".
      item.a.classList.toggle('is-empty', !!filter && n === 0);
    }
  }

  #onControl(event: MouseEvent): void {
    const action = (event.target as Element).closest<HTMLElement>('[data-tree-action]')?.dataset.treeAction;
    if (!isAction(action)) return;
    const outline = this.#outline;
    const actions = {
      diagram: () => this.#showDiagram(!this.classList.contains('is-diagram-open')),
      'expand-all': () => {
        this.#items.forEach((i) => this.#setOpen(i, true));
        this.#update({ anchor: outline.active });
      },
      'collapse-all': () => {
        // Everything but the root: the parts stay in view, so the panel is never empty.
        this.#items.forEach((i) => this.#setOpen(i, i === this.#top));
        this.#update({ anchor: this.#top });
        outline.keepActiveVisible();
      },
      'zoom-in': () => this.#diagram.zoomBy(1.25),
      'zoom-out': () => this.#diagram.zoomBy(0.8),
      reset: () => this.#diagram.fit({ anchor: this.#top }),
    };
    actions[action]();
  }

  /** On a phone the diagram waits behind a button; shown, it fits around the active item and scrolls into view. */
  #showDiagram(open: boolean): void {
    this.classList.toggle('is-diagram-open', open);
    this.querySelector('[data-tree-action="diagram"]')?.setAttribute('aria-expanded', String(open));
    if (!open) return;
    this.#diagram.fit({ anchor: this.#outline.active, animated: false });
    const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    this.querySelector('[data-tree-viewport]')?.scrollIntoView({ block: 'nearest', behavior });
  }

  #onFilter(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches('[data-tree-filter]')) return;
    const value = input.value;
    // The radio for every status has the value "".
    if (value !== '' && !isTodayStatus(value)) throw new Error(`tree filter: value is "${value}"; expected "" or one of ${isTodayStatus.values.join(', ')}`);
    this.#filter = value;
    this.#updateCounts();
    this.#outline.setPositions();
    this.#update({ anchor: this.#outline.active });
    this.#outline.keepActiveVisible();
  }

  /** After each layout of the panel: refit when its width changed; the first time, show the ?focus= target and say the tree is ready. */
  #resized(width: number): void {
    const w = Math.round(width);
    if (w !== this.#lastWidth) {
      this.#lastWidth = w;
      if (w) this.#diagram.fit({ anchor: this.#targets[0] ?? this.#top, animated: false });
    }
    if (this.#ready) return;
    this.#ready = true;
    this.#scrollToTarget();
    this.dataset.treeReady = 'true';
    performance.mark('tree:ready');
    performance.measure('tree:ready', 'tree:start', 'tree:ready');
  }

  /** Scrolls only the outline panel, not the page, to the marked item. */
  #scrollToTarget(): void {
    const target = this.#targets[0];
    const panel = this.querySelector<HTMLElement>('.tree-outline');
    if (!target || !panel || panel.scrollHeight <= panel.clientHeight) return;
    panel.scrollTop += target.a.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientHeight / 3;
  }
}

customElements.define('taxonomy-tree', TaxonomyTree);
