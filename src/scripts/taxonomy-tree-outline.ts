/**
 * The outline list as an ARIA tree (tree / treeitem / group, roving
 * tabindex): the one view assistive technology and keyboards use. Arrow keys
 * move and fold, Enter follows the link (the treeitems are the links
 * themselves). Folding is the caller's: the outline asks for it and reflects
 * the state it is given.
 */
import { isBranch, type Item } from './taxonomy-tree-items';

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

/** A branch's <details> and summary give way to a group and a twisty; its link becomes the treeitem. */
function enhanceBranch(item: Item, index: number): void {
  enhanceItem(item);
  const group = item.li.querySelector<HTMLUListElement>(':scope > details > ul')!;
  const twisty = document.createElement('span');
  twisty.className = 'tree-twisty';
  twisty.setAttribute('aria-hidden', 'true');
  group.setAttribute('role', 'group');
  group.id ||= `tree-group-${index}`;
  item.li.replaceChildren(twisty, item.a, group);
  item.group = group;
  item.twisty = twisty;
}

export class TreeOutline {
  readonly #list: HTMLUListElement;
  readonly #items: Item[];
  readonly #top: Item;
  readonly #on: OutlineHandlers;
  /** Branches whose children carry their positions for the current filter. */
  readonly #positioned = new Set<Item>();
  readonly #byTreeitem: Map<Element, Item>;
  readonly #byTwisty = new Map<Element, Item>();
  #active: Item;

  /** Turns the nested list into an ARIA tree whose treeitems are the links; the <details> and their summaries go. */
  constructor(list: HTMLUListElement, items: Item[], handlers: OutlineHandlers) {
    const top = items[0];
    if (!top) throw new Error('The tree list holds no entries');
    this.#list = list;
    this.#items = items;
    this.#top = this.#active = top;
    this.#on = handlers;
    this.#byTreeitem = new Map(items.map((i) => [i.a, i]));
    list.setAttribute('role', 'tree');
    items.filter(isBranch).forEach((item, i) => {
      enhanceBranch(item, i + 1);
      this.#byTwisty.set(item.twisty!, item);
    });
    if (!isBranch(top)) enhanceItem(top);
    list.addEventListener('keydown', (event) => this.#onKey(event));
    list.addEventListener('focusin', (event) => this.#onFocus(event));
    list.addEventListener('focusout', () => handlers.blurred(this.#active));
    list.addEventListener('click', (event) => this.#onClick(event));
  }

  get active(): Item {
    return this.#active;
  }

  setActive(item: Item, { focus = false } = {}): void {
    this.#on.blurred(this.#active);
    this.#active.a.tabIndex = -1;
    this.#active = item;
    item.a.tabIndex = 0;
    // The focusin handler marks the box and brings it into view.
    if (focus) item.a.focus();
  }

  /** After folding or filtering, the roving item must still be reachable. */
  keepActiveVisible(): void {
    const reachable = new Set(this.#on.visible());
    let item: Item | undefined = this.#active;
    while (item && !reachable.has(item)) item = item.parent;
    if (item && item !== this.#active) this.setActive(item, { focus: this.#list.contains(document.activeElement) });
  }

  /**
   * aria-posinset and aria-setsize count what the filter leaves, as a screen
   * reader should announce it; run after the filter changes.
   */
  setPositions(): void {
    this.#top.a.setAttribute('aria-posinset', '1');
    this.#top.a.setAttribute('aria-setsize', '1');
    // Folded branches are done when they open.
    this.#positioned.clear();
    for (const item of this.#items) if (item.open) this.#positionChildren(item);
  }

  /** Reflects a branch's state: aria-expanded, the hidden group, the twisty. */
  showOpen(item: Item): void {
    if (!item.group) return;
    if (item.open && !this.#positioned.has(item)) this.#positionChildren(item);
    item.a.setAttribute('aria-expanded', String(item.open));
    item.group.hidden = !item.open;
    item.twisty?.classList.toggle('is-collapsed', !item.open);
  }

  /** The children's place in the tree as the filter leaves it, making leaves treeitems on the way. */
  #positionChildren(item: Item): void {
    this.#positioned.add(item);
    const shown = item.children.filter(this.#on.shown);
    for (const child of item.children) {
      if (!isBranch(child) && child.a.getAttribute('role') !== 'treeitem') enhanceItem(child);
      child.li.hidden = !this.#on.shown(child);
    }
    shown.forEach((child, i) => {
      child.a.setAttribute('aria-posinset', String(i + 1));
      child.a.setAttribute('aria-setsize', String(shown.length));
    });
  }

  #onKey(event: KeyboardEvent): void {
    const current = this.#byTreeitem.get(event.target as Element);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = this.#keyTarget(event.key, current);
    if (next === null) return;
    event.preventDefault();
    if (next) this.setActive(next, { focus: true });
  }

  /**
   * What a key does on the current item: the item to move to, undefined when
   * the key acted in place (folding) or leads nowhere, null when the key is
   * not the tree's.
   */
  #keyTarget(key: string, current: Item): Item | undefined | null {
    const order = this.#on.visible();
    const at = order.indexOf(current);
    switch (key) {
      case 'ArrowDown':
        return order[at + 1];
      case 'ArrowUp':
        return order[at - 1];
      case 'Home':
        return order[0];
      case 'End':
        return order.at(-1);
      case 'ArrowRight':
        return this.#right(current);
      case 'ArrowLeft':
        return this.#left(current);
      case ' ':
        if (isBranch(current)) this.#on.toggle(current);
        return undefined;
      case '*':
        this.#on.openSiblings(current);
        return undefined;
      default:
        return null;
    }
  }

  /** → opens a folded branch, or moves into an open one. */
  #right(current: Item): Item | undefined {
    if (!isBranch(current)) return undefined;
    if (current.open) return current.children.find(this.#on.shown);
    this.#on.toggle(current, true);
    return undefined;
  }

  /** ← folds an open branch, or moves up to the parent. */
  #left(current: Item): Item | undefined {
    if (!isBranch(current) || !current.open) return current.parent;
    this.#on.toggle(current, false);
    return undefined;
  }

  #onFocus(event: FocusEvent): void {
    const item = this.#byTreeitem.get(event.target as Element);
    if (!item) return;
    if (item !== this.#active) this.setActive(item);
    this.#on.focused(item);
  }

  #onClick(event: MouseEvent): void {
    const twisty = (event.target as Element).closest('.tree-twisty');
    const item = twisty && this.#byTwisty.get(twisty);
    if (item) this.#on.toggle(item);
  }
}
