/**
 * Draws a standard's box in the diagram when its branch first opens. The
 * build draws only the boxes the tree starts with (TreeDiagram.astro); the
 * text of a standard's box comes from its entry in the outline list and is
 * placed by the same src/lib/tree/box.ts, so both read alike.
 */
import { type Locale, TODAY_STATUS_GLYPH, TODAY_STATUS_LABEL } from '~/lib/base/vocabulary';
import { boxText, tagBox } from '~/lib/tree/box';
import { TEXT_INSET, type TreeSize } from '~/lib/tree/layout';
import type { Item } from './taxonomy-tree-items';

const NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface DrawContext {
  size: TreeSize;
  locale: Locale;
  candidateLabel: string;
}

/** The box of a standard, not yet placed: the caller moves it and puts it in the diagram. */
export function drawStandard(item: Item, { size, locale, candidateLabel }: DrawContext): SVGGElement {
  const status = item.status ?? 'unknown';
  const code = item.a.querySelector('.tree-item__code')?.textContent?.trim() ?? '';
  const title = item.a.querySelector('.tree-item__title')?.textContent?.trim() ?? '';
  // The outline already says the status in words, with its basis where it is less than a record.
  const meta = item.a.querySelector('.tree-item__status')?.textContent?.trim() || TODAY_STATUS_LABEL[status][locale];
  const w = size.width.standard;
  const text = boxText({ kind: 'standard', code, title, status, count: 1, branch: false }, w, size, { part: () => '', area: '', noNumber: code, meta });
  const g = el('g', { class: `tree-node tree-node--standard tree-node--${status}${item.candidate ? ' is-candidate' : ''}`, 'data-key': item.key });
  const a = el('a', { href: item.a.getAttribute('href') ?? '', tabindex: -1 });
  a.append(
    el('title', {}, `${code} ${title} (${meta})`),
    el('rect', { class: 'tree-box', width: w, height: size.boxHeight, rx: 6 }),
    el('text', { class: 'tree-mark', x: text.mark!.x, y: text.mark!.y }, TODAY_STATUS_GLYPH[status]),
    el('text', { class: 'tree-code', x: text.left, y: size.lines[0]! }, text.line1),
    el('text', { class: 'tree-meta', x: text.right, y: size.lines[0]!, 'text-anchor': 'end' }, meta),
    ...text.title.map((line, i) => el('text', { class: 'tree-title', x: TEXT_INSET, y: size.lines[i + 1]! }, line)),
  );
  if (item.candidate) {
    const tag = tagBox(candidateLabel, w);
    const t = el('g', { class: 'tree-tag' });
    t.append(
      el('rect', { x: tag.x, y: tag.y, width: tag.w, height: tag.h, rx: 8 }),
      el('text', { x: tag.textX, y: tag.textY, 'text-anchor': 'middle' }, candidateLabel),
    );
    a.append(t);
  }
  g.append(a);
  return g;
}

export function drawLink(item: Item): SVGPathElement {
  return el('path', { class: 'tree-link', 'data-key': item.key });
}
