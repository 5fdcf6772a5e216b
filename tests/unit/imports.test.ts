/**
 * The core is in layers, and each imports only downward, type imports
 * included: a folder never imports a folder above it, so the words everyone
 * uses (base/) know nothing of files, reading (content/) knows nothing of what
 * is derived from it (model/), and only the Astro adapters (astro/) touch
 * Astro's content APIs. Nor is there an import circle: a circle makes the
 * order modules load in matter, and hides which module owns a shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(import.meta.dirname, '../../src/lib');
const SRC = resolve(LIB, '..');

/**
 * The folders of src/lib from the bottom up. A folder may import its own
 * modules and those of any folder in a lower layer; folders in one layer do
 * not import each other.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['base'], // the vocabulary, dates, standard numbers, route types
  ['content'], // reading and parsing content/, the raw types
  ['model'], // what is derived and checked
  ['i18n'], // words on the page
  ['site'], // URLs and page helpers
  ['search', 'timeline', 'tree', 'exports'], // what each part of the site makes from the model
  ['astro'], // the adapters: the loader, the model's one load, the clock
];

/** "from → to" for each import that goes to a folder not below its own (or to a folder no layer names). */
export function upwardImports(graph: Map<string, string[]>, layers: readonly (readonly string[])[] = LAYERS): string[] {
  const rank = new Map(layers.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const folderOf = (m: string) => relative(LIB, m).split(sep)[0]!;
  const found: string[] = [];
  for (const [from, tos] of graph) {
    const a = folderOf(from);
    for (const to of tos) {
      const b = folderOf(to);
      if (a === b) continue;
      const ra = rank.get(a);
      const rb = rank.get(b);
      if (ra === undefined || rb === undefined || rb >= ra) found.push(`${relative(LIB, from)} → ${relative(LIB, to)}`);
    }
  }
  return found;
}

function modules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
}

/** The modules of src/lib a file imports, by any kind of import or re-export. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function importsOf(file: string): string[] {
  const specs = specifiers(file);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const base = resolve(dirname(file), s);
      return base.endsWith('.ts') ? base : `${base}.ts`;
    })
    .filter((p) => p.startsWith(LIB));
}

/** Every circle in the import graph, each named once by the modules it runs through. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (m: string) => {
    state.set(m, 'open');
    stack.push(m);
    for (const next of graph.get(m) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(m, 'done');
  };
  for (const m of graph.keys()) if (!state.has(m)) visit(m);
  return found;
}

describe('src/lib', () => {
  const graph = new Map(modules(LIB).map((m) => [m, importsOf(m)]));

  it('is read: every module and its imports', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get(join(LIB, 'model/taxonomy.ts'))).toContain(join(LIB, 'model/events.ts'));
    expect(graph.get(join(LIB, 'astro/load.ts'))).toContain(join(LIB, 'model/taxonomy.ts'));
  });

  it('has a layer for every folder', () => {
    const folders = readdirSync(LIB, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !LAYERS.flat().includes(f))).toEqual([]);
  });

  it('imports downward only: no folder imports a folder above it or beside it', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('finds an upward import when there is one', () => {
    const m = (path: string) => join(LIB, path);
    const fixture = new Map([
      [m('base/dates.ts'), [m('model/taxonomy.ts')]], // the base reaching into the model
      [m('model/taxonomy.ts'), [m('base/dates.ts'), m('model/events.ts')]],
      [m('exports/feed.ts'), [m('tree/data.ts')]], // beside it, in the same layer
    ]);
    expect(upwardImports(fixture)).toEqual(['base/dates.ts → model/taxonomy.ts', 'exports/feed.ts → tree/data.ts']);
  });

  it('leaves Astro’s content APIs to the adapters', () => {
    const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(ts|mjs|astro)$/.test(d.name))
      .map((d) => join(d.parentPath, d.name));
    const touching = sources.filter((f) => specifiers(f).some((s) => s === 'astro:content' || s === 'astro/loaders')).map((f) => relative(SRC, f));
    expect(touching).toContain('lib/astro/loader.ts');
    expect(touching.filter((f) => f !== 'content.config.ts' && !f.startsWith('lib/astro/'))).toEqual([]);
  });

  it('has no import circle, type imports included', () => {
    const named = circles(graph).map((c) => c.map((m) => relative(LIB, m)).join(' → '));
    expect(named).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
  });
});
