/**
 * Makes the framework tree (TaxonomyTree.astro) interactive. The page already
 * holds the tree twice — a nested list of every link, and a static SVG of the
 * framework laid out at build time — so this script builds nothing from data:
 * it reads the tree back from the list and adds behaviour. This file holds
 * the shared state (which branches are open, the filter) and the controls;
 * the outline (keyboard and ARIA) and the diagram (SVG, pan, zoom and fit)
 * live in their own modules and only follow that state.
 *
 * - The tree opens as the page drew it: the parts and C's sub-areas, with the
 *   standards folded, fitted into the panel.
 * - Opening, closing, filtering and reset refit the view.
 * - ?focus=<node or standard id> opens the path to every place that id sits,
 *   marks them and keeps the first in view.
 * - On a phone the list comes first, and the diagram opens from a button.
 */
import type { TodayStatus } from '~/lib/model/vocabulary';
import { openAtStart } from '~/lib/tree/layout';
import { createDiagram } from './taxonomy-tree-diagram';
import { readItems, type Item } from './taxonomy-tree-items';
import { createOutline } from './taxonomy-tree-outline';

performance.mark('tree:start');

function enhance(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('svg[data-tree-svg]');
  const list = root.querySelector<HTMLUListElement>('[data-tree-list]');
  const viewport = root.querySelector<HTMLElement>('[data-tree-viewport]');
  const outlinePanel = list?.closest<HTMLElement>('.tree-outline');
  if (!svg || !list || !viewport) return;

  const items = readItems(list);
  const top = items[0];
  if (!top) return;

  let filter: TodayStatus | '' = '';
  const shown = (item: Item) => !filter || item.kind !== 'standard' || item.status === filter;
  const branch = (item: Item) => item.children.length > 0;
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

  const diagram = createDiagram(svg, items);
  const outline = createOutline(list, items, {
    toggle: (item, open) => toggle(item, open),
    openSiblings(item) {
      (item.parent?.children ?? [item]).forEach((s) => setOpen(s, true));
      update({ anchor: item });
    },
    focused(item) {
      item.svg?.classList.add('is-active');
      diagram.reveal(item);
    },
    blurred: (item) => item.svg?.classList.remove('is-active'),
    visible,
    shown,
  });
  const heading = root.querySelector('.tree-outline h2');
  if (heading?.id) list.setAttribute('aria-labelledby', heading.id);

  // The diagram region was focusable only to scroll the static picture.
  viewport.removeAttribute('tabindex');
  viewport.removeAttribute('role');
  viewport.removeAttribute('aria-label');
  root.classList.add('is-enhanced');

  function setOpen(item: Item, open: boolean): void {
    if (!branch(item)) return;
    item.open = open;
    outline.showOpen(item);
    item.svg?.classList.toggle('is-collapsed', !open);
  }

  /** Lays out, moves and refits after any change of what is open or shown. */
  function update(fit: { anchor?: Item | undefined; branch?: Item | undefined } = {}, animated = true): void {
    diagram.render({ isOpen: (i) => i.open, shown, animated });
    diagram.fit({ ...fit, animated });
  }

  function toggle(item: Item, open = !item.open): void {
    if (!branch(item)) return;
    setOpen(item, open);
    update(open ? { branch: item, anchor: item } : { anchor: item });
    outline.keepActiveVisible();
  }

  svg.addEventListener('tree-toggle', (event) => toggle((event as CustomEvent<Item>).detail));

  function updateCounts(): void {
    for (const item of items) {
      if (item.kind === 'standard') continue;
      const n = filter ? (item.countBy[filter] ?? 0) : item.count;
      const counters = [...item.counters, ...(item.svg?.querySelectorAll('.tree-count-n') ?? [])];
      counters.forEach((c) => (c.textContent = filter ? `${n}/${item.count}` : String(n)));
      item.svg?.classList.toggle('is-empty', n === 0);
      // In the list an empty branch is muted only while filtering: unfiltered, it is simply a link with "(0)".
      item.a.classList.toggle('is-empty', !!filter && n === 0);
    }
  }

  // --- Controls ---
  const controls = root.querySelector<HTMLElement>('[data-tree-controls]');
  const showButton = controls?.querySelector<HTMLButtonElement>('[data-tree-action="diagram"]');
  controls?.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-tree-action]')?.dataset.treeAction;
    switch (action) {
      case 'diagram': {
        const open = !root.classList.contains('is-diagram-open');
        root.classList.toggle('is-diagram-open', open);
        showButton?.setAttribute('aria-expanded', String(open));
        if (open) {
          diagram.fit({ anchor: outline.active(), animated: false });
          viewport.scrollIntoView({ block: 'nearest', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        }
        break;
      }
      case 'expand-all':
        items.forEach((i) => setOpen(i, true));
        update({ anchor: outline.active() });
        break;
      case 'collapse-all':
        // Everything but the root: the parts stay in view, so the panel is never empty.
        items.forEach((i) => setOpen(i, i === top));
        update({ anchor: top });
        outline.keepActiveVisible();
        break;
      case 'zoom-in':
        diagram.zoomBy(1.25);
        break;
      case 'zoom-out':
        diagram.zoomBy(0.8);
        break;
      case 'reset':
        diagram.fit({ anchor: top });
        break;
    }
  });
  controls?.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (!input.matches('[data-tree-filter]')) return;
    filter = input.value as TodayStatus | '';
    updateCounts();
    outline.setPositions();
    update({ anchor: outline.active() });
    outline.keepActiveVisible();
  });
  if (controls) controls.hidden = false;
  const hint = root.querySelector<HTMLElement>('[data-tree-hint]');
  if (hint) hint.hidden = false;

  // --- Starting state: as the page drew it, plus the path to ?focus= ---
  const startOpen = openAtStart(top);
  items.forEach((i) => setOpen(i, startOpen.has(i.key)));
  const focusId = new URLSearchParams(location.search).get('focus');
  const targets = focusId ? items.filter((i) => i.id === focusId) : [];
  for (const t of targets) for (let p = t.parent; p; p = p.parent) setOpen(p, true);
  outline.setPositions();
  updateCounts();
  diagram.render({ isOpen: (i) => i.open, shown, animated: false });
  for (const t of targets) {
    t.svg?.classList.add('is-target');
    t.a.classList.add('is-target');
  }
  outline.setActive(targets[0] ?? top);
  performance.mark('tree:interactive');
  performance.measure('tree:interactive', 'tree:start', 'tree:interactive');

  // Fitting needs the panel's size, so it waits for the browser's own layout
  // (a resize observer reports right after it) instead of forcing one in the
  // middle of setup; it also refits when the panel changes size or appears.
  let ready = false;
  let lastWidth = -1;
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width !== lastWidth) {
      lastWidth = width;
      if (width) diagram.fit({ anchor: targets[0] ?? top, animated: false });
    }
    if (ready) return;
    ready = true;
    const target = targets[0];
    // Scroll only the outline panel, not the page, to the marked item.
    if (target && outlinePanel && outlinePanel.scrollHeight > outlinePanel.clientHeight) {
      outlinePanel.scrollTop += target.a.getBoundingClientRect().top - outlinePanel.getBoundingClientRect().top - outlinePanel.clientHeight / 3;
    }
    root.dataset.treeReady = 'true';
    performance.mark('tree:ready');
    performance.measure('tree:ready', 'tree:start', 'tree:ready');
  }).observe(svg);
}

document.querySelectorAll<HTMLElement>('[data-tree]').forEach(enhance);
