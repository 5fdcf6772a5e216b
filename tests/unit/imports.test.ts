/**
 * The core has no import circle, type imports included: a circle makes the
 * order modules load in matter, and hides which module owns a shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(import.meta.dirname, '../../src/lib');

function modules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
}

/** The modules of src/lib a file imports, by any kind of import or re-export. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
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
