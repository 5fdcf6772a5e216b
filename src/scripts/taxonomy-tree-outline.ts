/**
 * The outline list as an ARIA tree (tree / treeitem / group, roving
 * tabindex): the one view assistive technology and keyboards use. Arrow keys
 * move and fold, Enter follows the link (the treeitems are the links
 * themselves). Folding is the caller's: this module asks for it and reflects
 * the state it is given.
 */
import type { Item } from './taxonomy-tree-items';

export interface OutlineHandlers {
  /** Open or close a branch (both views, then refit). */
  toggle(item: Item, open?: boolean): void;
  /** Open every sibling of an item (the "*" key). */
  openSiblings(item: Item): void;
  /** An item took focus: mark and show it in the diagram. */
  focused(item: Item): void;
  blurred(item: Item): void;
  /** Items a keyboard can reach now: every ancestor open, not filtered out. */
  visible(): Item[];
  shown(item: Item): boolean;
}

export interface Outline {
  active(): Item;
  setActive(item: Item, options?: { focus?: boolean }): void;
  /** After folding or filtering, the roving item must still be reachable. */
  keepActiveVisible(): void;
  /**
   * aria-posinset and aria-setsize count what the filter leaves, as a screen
   * reader should announce it; run after the filter changes.
   */
  setPositions(): void;
  /** Reflect a branch's state: aria-expanded, the hidden group, the twisty. */
  showOpen(item: Item): void;
}

/**
 * Makes an item a treeitem. Branches are done at once (there are few, and
 * their <details> must go); a leaf waits until its branch first opens, since
 * a hidden group is out of the accessibility tree and there may be thousands.
 */
function enhanceItem(item: Item): void {
  item.li.setAttribute('role', 'none');
  item.a.setAttribute('role', 'treeitem');
  item.a.tabIndex = -1;
  item.a.setAttribute('aria-level', String(item.depth + 1));
}

/** Turns the nested list into an ARIA tree whose treeitems are the links; the <details> and their summaries go. */
function enhanceBranches(list: HTMLUListElement, items: Item[]): void {
  list.setAttribute('role', 'tree');
  let groups = 0;
  for (const item of items) {
    if (!item.children.length) continue;
    enhanceItem(item);
    const group = item.li.querySelector<HTMLUListElement>(':scope > details > ul')!;
    const twisty = document.createElement('span');
    twisty.className = 'tree-twisty';
    twisty.setAttribute('aria-hidden', 'true');
    group.setAttribute('role', 'group');
    group.id ||= `tree-group-${++groups}`;
    item.li.replaceChildren(twisty, item.a, group);
    item.group = group;
    item.twisty = twisty;
  }
}

export function createOutline(list: HTMLUListElement, items: Item[], handlers: OutlineHandlers): Outline {
  const top = items[0]!;
  enhanceBranches(list, items);
  if (!top.children.length) enhanceItem(top);
  /** Branches whose children carry their positions for the current filter. */
  const positioned = new Set<Item>();
  const byTreeitem = new Map<Element, Item>(items.map((i) => [i.a, i]));
  const byTwisty = new Map<Element, Item>(items.filter((i) => i.twisty).map((i) => [i.twisty!, i]));
  let active = top;
  const branch = (item: Item) => item.children.length > 0;

  /** The children's place in the tree as the filter leaves it, making leaves treeitems on the way. */
  function positionChildren(item: Item): void {
    positioned.add(item);
    const kids = item.children.filter(handlers.shown);
    for (const k of item.children) {
      if (!k.children.length && k.a.getAttribute('role') !== 'treeitem') enhanceItem(k);
      k.li.hidden = !handlers.shown(k);
    }
    kids.forEach((k, i) => {
      k.a.setAttribute('aria-posinset', String(i + 1));
      k.a.setAttribute('aria-setsize', String(kids.length));
    });
  }

  function setActive(item: Item, { focus = false } = {}): void {
    handlers.blurred(active);
    active.a.tabIndex = -1;
    active = item;
    item.a.tabIndex = 0;
    // The focusin handler marks the box and brings it into view.
    if (focus) item.a.focus();
  }

  list.addEventListener('keydown', (event) => {
    const current = byTreeitem.get(event.target as Element);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const order = handlers.visible();
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
        if (branch(current) && !current.open) handlers.toggle(current, true);
        else if (branch(current)) next = current.children.find(handlers.shown);
        break;
      case 'ArrowLeft':
        if (branch(current) && current.open) handlers.toggle(current, false);
        else next = current.parent;
        break;
      case ' ':
        if (branch(current)) handlers.toggle(current);
        break;
      case '*':
        handlers.openSiblings(current);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) setActive(next, { focus: true });
  });

  list.addEventListener('focusin', (event) => {
    const item = byTreeitem.get(event.target as Element);
    if (!item) return;
    if (item !== active) setActive(item);
    handlers.focused(item);
  });
  list.addEventListener('focusout', () => handlers.blurred(active));

  list.addEventListener('click', (event) => {
    const twisty = (event.target as Element).closest('.tree-twisty');
    const item = twisty && byTwisty.get(twisty);
    if (item) handlers.toggle(item);
  });

  return {
    active: () => active,
    setActive,
    keepActiveVisible() {
      const reachable = new Set(handlers.visible());
      let item: Item | undefined = active;
      while (item && !reachable.has(item)) item = item.parent;
      if (item && item !== active) setActive(item, { focus: list.contains(document.activeElement) });
    },
    setPositions() {
      top.a.setAttribute('aria-posinset', '1');
      top.a.setAttribute('aria-setsize', '1');
      // Folded branches are done when they open.
      positioned.clear();
      for (const item of items) if (item.open) positionChildren(item);
    },
    showOpen(item) {
      if (!item.group) return;
      if (item.open && !positioned.has(item)) positionChildren(item);
      item.a.setAttribute('aria-expanded', String(item.open));
      item.group.hidden = !item.open;
      item.twisty?.classList.toggle('is-collapsed', !item.open);
    },
  };
}
