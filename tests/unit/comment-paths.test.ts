/**
 * A comment that sends the reader to a file sends them somewhere real: every
 * source file named in a comment under src/ exists. A name with a folder is
 * found by its path (from the repository root, or any folder ending in it); a
 * bare file name, by a tracked file of that name.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);

/** Block comments, line comments (not the "//" of an address) and HTML comments. */
const COMMENT = /\/\*[\s\S]*?\*\/|(?<![:'"`\w])\/\/[^\n]*|<!--[\s\S]*?-->/g;
/** A source file's name, with or without folders. Built files (standards.json, llms.txt, …) are not sources and are not looked for. */
const SOURCE_PATH = /(?<![\w./-])((?:[\w.~@[\]-]+\/)*[\w.[\]-]+\.(?:ts|mjs|astro|css|md|mdx|yaml))(?![\w/])/g;

function exists(path: string, files: readonly string[]): boolean {
  return path.includes('/') ? files.some((f) => f === path || f.endsWith(`/${path}`)) : files.some((f) => f.split('/').pop() === path);
}

/** "file: name" for each source file a comment in `text` names that is not among `files`. */
function missingNames(file: string, text: string, files: readonly string[]): string[] {
  return [...text.matchAll(COMMENT)].flatMap(([comment]) =>
    [...comment.matchAll(SOURCE_PATH)].map((m) => m[1]!).flatMap((name) => (exists(name, files) ? [] : [`${file}: ${name}`])),
  );
}

describe('comments under src/', () => {
  const sources = tracked.filter((f) => f.startsWith('src/') && /\.(ts|mjs|js|astro|css)$/.test(f));

  it('are read from every source file', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toContain('src/lib/model/types.ts');
  });

  it('name only files that exist', () => {
    const missing = sources.flatMap((f) => missingNames(f, readFileSync(resolve(ROOT, f), 'utf8'), tracked));
    expect(missing).toEqual([]);
  });

  it('are caught naming a file that does not exist, and pass naming one that does', () => {
    const text = [
      '/** Shapes shared with the walks (taxonomy-walk.ts) and the model (src/lib/model/types.ts). */',
      "const feed = 'https://example.org/feed.ts'; // see lib/site/urls.ts",
      '<!-- drawn by TreeGone.astro -->',
    ].join('\n');
    expect(missingNames('x.astro', text, tracked)).toEqual(['x.astro: taxonomy-walk.ts', 'x.astro: TreeGone.astro']);
  });
});
