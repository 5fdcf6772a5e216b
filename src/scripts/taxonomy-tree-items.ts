/**
 * The tree as the browser script knows it, read back from the outline list
 * the page already holds (TreeList.astro): one item per position, with its
 * kind, status today, counts by status, and its elements in both views.
 */
import { isTodayStatus, isTreeKind, type TodayStatus, type TreeKind } from '~/lib/base/vocabulary';
import { dataValue } from './data-value';

const COUNT_PREFIX = 'data-count-';

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

/** A branch has children to fold: the root, parts, sub-areas and the unplaced group, when not empty. */
export const isBranch = (item: Item): boolean => item.children.length > 0;

/** Counts by status today of a branch, from its data-count-<status> attributes. */
function countsOf(li: HTMLLIElement): Partial<Record<TodayStatus, number>> {
  const countBy: Partial<Record<TodayStatus, number>> = {};
  for (const name of li.getAttributeNames()) {
    if (!name.startsWith(COUNT_PREFIX)) continue;
    const status = name.slice(COUNT_PREFIX.length);
    if (!isTodayStatus(status)) throw new Error(`<li> "${li.dataset.key}": ${name}; expected a status today after ${COUNT_PREFIX}`);
    countBy[status] = Number(li.getAttribute(name));
  }
  return countBy;
}

/** One position, from its <li> (data-key, data-kind, data-status, data-candidate, data-count…) and its link. */
function itemOf(li: HTMLLIElement, parent: Item | undefined): Item {
  const key = li.dataset.key ?? '';
  const kind = dataValue(li, 'kind', isTreeKind);
  const standard = kind === 'standard';
  const a = li.firstElementChild as HTMLAnchorElement;
  return {
    key,
    id: kind === 'root' || kind === 'unplaced' ? '' : key.slice(key.lastIndexOf('/') + 1).replace(/^~/, ''),
    kind,
    ...(li.dataset.status === undefined ? {} : { status: dataValue(li, 'status', isTodayStatus) }),
    candidate: li.hasAttribute('data-candidate'),
    count: standard ? 1 : Number(li.dataset.count ?? 0),
    countBy: standard ? {} : countsOf(li),
    depth: parent ? parent.depth + 1 : 0,
    ...(parent ? { parent } : {}),
    children: [],
    open: false,
    li,
    a,
    counters: standard ? [] : [...a.querySelectorAll('.tree-count-n')],
  };
}

/**
 * Every position in document order (pre-order): the root first. It walks the
 * list's own nesting (li > a, details > ul > li) rather than querying each
 * entry: the list may hold thousands.
 */
export function readItems(list: HTMLUListElement): Item[] {
  const items: Item[] = [];
  const read = (li: Element, parent: Item | undefined) => {
    if (!(li instanceof HTMLLIElement)) return;
    const item = itemOf(li, parent);
    parent?.children.push(item);
    items.push(item);
    const details = li.lastElementChild;
    if (details?.tagName === 'DETAILS') for (const child of details.lastElementChild?.children ?? []) read(child, item);
  };
  for (const li of list.children) read(li, undefined);
  return items;
}
