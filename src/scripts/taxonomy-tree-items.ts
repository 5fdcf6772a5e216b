/**
 * The tree as the browser script knows it, read back from the outline list
 * the page already holds (TreeList.astro): one item per position, with its
 * kind, status today, counts by status, and its elements in both views.
 */
import type { TodayStatus } from '~/lib/model/vocabulary';
import type { TreeKind } from '~/lib/tree/data';

export interface Item {
  key: string;
  /** The entry's id (node or standard); empty for the root and the unplaced group. */
  id: string;
  kind: TreeKind;
  status?: TodayStatus;
  candidate: boolean;
  count: number;
  countBy: Partial<Record<TodayStatus, number>>;
  depth: number;
  parent?: Item;
  children: Item[];
  open: boolean;
  /** The outline: its <li>, the link (the treeitem), the group of its children and the twisty. */
  li: HTMLLIElement;
  a: HTMLAnchorElement;
  group?: HTMLUListElement;
  twisty?: HTMLSpanElement;
  /** Count figures to rewrite when the filter changes, in both views. */
  counters: Element[];
  /** The diagram: its box and the link from its parent, once drawn. */
  svg?: SVGGElement;
  link?: SVGPathElement;
  /** Where the box is drawn now (mid-animation too), to animate from. */
  at?: { x: number; y: number };
}

/**
 * Every position in document order (pre-order): the root first. It walks the
 * list's own nesting (li > a, details > ul > li) rather than querying each
 * entry: the list may hold thousands.
 */
export function readItems(list: HTMLUListElement): Item[] {
  const items: Item[] = [];
  const read = (li: HTMLLIElement, parent: Item | undefined) => {
    const key = li.dataset.key!;
    const kind = li.dataset.kind as TreeKind;
    const countBy: Partial<Record<TodayStatus, number>> = {};
    if (kind !== 'standard') {
      for (const name of li.getAttributeNames()) {
        if (name.startsWith('data-count-')) countBy[name.slice(11) as TodayStatus] = Number(li.getAttribute(name));
      }
    }
    const a = li.firstElementChild as HTMLAnchorElement;
    const item: Item = {
      key,
      id: kind === 'root' || kind === 'unplaced' ? '' : key.slice(key.lastIndexOf('/') + 1).replace(/^~/, ''),
      kind,
      ...(li.dataset.status ? { status: li.dataset.status as TodayStatus } : {}),
      candidate: li.hasAttribute('data-candidate'),
      count: kind === 'standard' ? 1 : Number(li.dataset.count ?? 0),
      countBy,
      depth: parent ? parent.depth + 1 : 0,
      ...(parent ? { parent } : {}),
      children: [],
      open: false,
      li,
      a,
      counters: kind === 'standard' ? [] : [...a.querySelectorAll('.tree-count-n')],
    };
    parent?.children.push(item);
    items.push(item);
    const details = li.lastElementChild;
    if (details?.tagName === 'DETAILS') {
      for (const child of details.lastElementChild!.children) read(child as HTMLLIElement, item);
    }
  };
  for (const li of list.children) read(li as HTMLLIElement, undefined);
  return items;
}
