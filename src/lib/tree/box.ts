/**
 * What one box of the tree diagram says, and where: the first line (a part's
 * letter, a standard's number) with its count or status on the right, then the
 * title in as many lines as the size allows. The build draws the starting
 * diagram from this (TreeDiagram.astro) and the browser the standards' boxes
 * that open later (src/scripts/taxonomy-tree-draw.ts), so both read alike.
 */
import type { TodayStatus } from '../base/vocabulary';
import type { TreeKind } from './data';
import { FONT, TEXT_INSET, type TreeSize } from './layout';
import { fitText, textWidth, wrapText } from './text';

export interface BoxFacts {
  kind: TreeKind;
  code?: string | undefined;
  title: string;
  status?: TodayStatus | undefined;
  count: number;
  branch: boolean;
}

export interface BoxLabels {
  /** The first line of a part ("A · 部分"), a sub-area, a standard without a number. */
  part: (code: string) => string;
  area: string;
  noNumber: string;
  /** The count or status shown on the right of the first line. */
  meta: string;
}

export interface BoxText {
  line1: string;
  meta: string;
  title: string[];
  /** Left edge of the first line (after a standard's status mark) and right edge of the text. */
  left: number;
  right: number;
  /** Where a standard's status mark (its glyph) starts, on the first line's baseline. */
  mark?: { x: number; y: number };
}

/** Room for a standard's status mark before its number. */
const MARK_ROOM = 16;

export function boxText(d: BoxFacts, width: number, size: TreeSize, labels: BoxLabels): BoxText {
  const code = ((): string => {
    switch (d.kind) {
      case 'root':
        return d.code ?? '';
      case 'part':
        return labels.part(d.code ?? '');
      case 'area':
        return labels.area;
      case 'unplaced':
        return '';
      case 'standard':
        return d.code ?? labels.noNumber;
    }
  })();
  const left = TEXT_INSET + (d.kind === 'standard' ? MARK_ROOM : 0);
  // Room on the right for the toggle, which sits on the box's right edge.
  const right = width - TEXT_INSET - (d.branch ? 8 : 0);
  const metaW = textWidth(labels.meta, FONT.code);
  const [first, ...titleLines] = size.lines;
  return {
    line1: fitText(code, right - left - metaW - 8, FONT.code),
    meta: labels.meta,
    title: wrapText(d.title, right - TEXT_INSET, FONT.title, titleLines.length),
    left,
    right,
    ...(d.kind === 'standard' ? { mark: { x: TEXT_INSET, y: first! } } : {}),
  };
}

/** The "候选 / Candidate" tag on a candidate's box: a pill straddling the box's top edge at the right. */
export function tagBox(label: string, width: number): { x: number; y: number; w: number; h: number; textX: number; textY: number } {
  const w = Math.ceil(textWidth(label, FONT.tag)) + 10;
  return { x: width - TEXT_INSET - w, y: -8, w, h: 16, textX: width - TEXT_INSET - w / 2, textY: 4 };
}
