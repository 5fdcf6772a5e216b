/**
 * The rules that let the all-standards table filter and sort without
 * JavaScript: a checked option hides the rows that do not match it, and an
 * order other than "grouped by part" lays the rows out as one list in that
 * order. Written from the vocabulary, the framework's parts, its risks and the
 * sort orders, so no value is listed by hand, and served as a file because the
 * Content Security Policy forbids inline styles.
 *
 * Every rule holds only while <standard-filters> is undefined: once its script
 * runs, it filters and moves the rows itself, so what is read aloud follows
 * the order shown. Without it, the order is visual only (CSS `order`), the one
 * way a static page can reorder without a script.
 */
import type { APIRoute } from 'astro';
import { KINDS, TODAY_STATUSES } from '~/lib/base/vocabulary';
import { getTaxonomy } from '~/lib/astro/load';
import { CHANGED, DEFAULT_SORT, SORTS } from '~/lib/site/table-filter';

const scope = 'standard-filters:not(:defined) .filterable';
const when = (control: string, value: string) => `body:has(#f-${control}-${value}:checked) ${scope}`;

export const GET: APIRoute = async () => {
  const tax = await getTaxonomy();
  const rows = tax.standards.length;
  const choices: [name: string, match: (v: string) => string, values: readonly string[]][] = [
    ['part', (v) => `tr[data-part]:not([data-part='${v}'])`, [...tax.parts.map((p) => p.id), 'unplaced']],
    ['kind', (v) => `tr[data-kind]:not([data-kind='${v}'])`, KINDS],
    ['status', (v) => `tr[data-status-today]:not([data-status-today='${v}'])`, TODAY_STATUSES],
    ['risk', (v) => `tr[data-risks]:not([data-risks~='${v}'])`, tax.risks.map((r) => r.id)],
    ['changed', (v) => `tr[data-changed]:not([data-changed='${v}'])`, [CHANGED]],
  ];
  const hidden = choices.flatMap(([name, match, values]) => values.map((v) => `${when(name, v)} ${match(v)}`));
  // A part chosen hides the other parts' header rows as well.
  const groups = tax.parts
    .map((p) => p.id)
    .concat('unplaced')
    .map((v) => `${when('part', v)} tbody[data-group]:not([data-group='${v}'])`);
  const sorts = SORTS.filter((s) => s !== DEFAULT_SORT);
  const flat = (suffix: string) => sorts.map((s) => `${when('sort', s)} ${suffix}`).join(',\n');
  // A row's place in an order is written on it (data-order-<sort>); one rule per place.
  const places = sorts.flatMap((s) => Array.from({ length: rows }, (_, i) => `${when('sort', s)} tr[data-order-${s}='${i}'] {\n  order: ${i + 1};\n}`));
  const css = `/* Generated at build time from the vocabulary, the framework, its risks and the sort orders. */
${[...hidden, ...groups].join(',\n')} {
  display: none;
}
/* One list: the table becomes a grid whose rows share its columns, so they can be ordered across the groups. */
${flat('table')} {
  display: grid;
  grid-template-columns: auto minmax(15rem, 1fr) repeat(6, auto);
}
${flat(':is(thead, tbody)')} {
  display: contents;
}
${flat('tr')} {
  display: grid;
  grid-column: 1 / -1;
  grid-template-columns: subgrid;
}
${flat('caption')} {
  grid-column: 1 / -1;
  order: -1;
}
${flat('tr.group-row')} {
  display: none;
}
@media (max-width: 40rem) {
  ${flat('table')} {
    display: flex;
    flex-direction: column;
  }
  ${flat('tr')} {
    display: block;
  }
}
${places.join('\n')}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
