/**
 * The rules that let the all-standards table filter without JavaScript: a
 * checked radio hides the rows that do not match it. Written from the
 * vocabulary and the framework's parts, so no value is listed by hand, and
 * served as a file because the Content Security Policy forbids inline styles.
 */
import type { APIRoute } from 'astro';
import { KINDS, TODAY_STATUSES } from '~/lib/model/vocabulary';
import { getTaxonomy } from '~/lib/model/load';

export const GET: APIRoute = async () => {
  const tax = await getTaxonomy();
  const choices: [name: string, attribute: string, values: readonly string[]][] = [
    ['part', 'data-part', [...tax.parts.map((p) => p.id), 'unplaced']],
    ['kind', 'data-kind', KINDS],
    ['status', 'data-status-today', TODAY_STATUSES],
  ];
  const selectors = choices.flatMap(([name, attribute, values]) =>
    values.map((v) => `body:has(#f-${name}-${v}:checked) .filterable tr[${attribute}]:not([${attribute}='${v}'])`),
  );
  // A part chosen hides the other parts' header rows as well.
  const groups = tax.parts
    .map((p) => p.id)
    .concat('unplaced')
    .map((v) => `body:has(#f-part-${v}:checked) .filterable tbody[data-group]:not([data-group='${v}'])`);
  const css = `/* Generated at build time from the vocabulary and the framework. */\n${[...selectors, ...groups].join(',\n')} {\n  display: none;\n}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
