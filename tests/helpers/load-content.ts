/**
 * Reads a content folder the way the site's glob and file loaders see it, so
 * the model can be tested on fixture files without running Astro.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { RawContent, RawEntry } from '../../src/lib/taxonomy';

function mdxEntries(dir: string, root: string): RawEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${f}: no front matter`);
      return { id: f.replace(/\.mdx$/, ''), filePath: relative(root, join(dir, f)), data: parseYaml(m[1]!), body: m[2]! };
    });
}

function yamlEntries(file: string, root: string): RawEntry[] {
  if (!existsSync(file)) return [];
  const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.entries(data).map(([id, value]) => ({ id, filePath: relative(root, file), data: value }));
}

export function loadContent(dir: string): RawContent {
  const root = join(dir, '..');
  return {
    framework: mdxEntries(join(dir, 'framework'), root),
    standards: mdxEntries(join(dir, 'standards'), root),
    risks: mdxEntries(join(dir, 'risks'), root),
    pages: mdxEntries(join(dir, 'pages'), root),
    sources: yamlEntries(join(dir, 'sources.yaml'), root),
    document: yamlEntries(join(dir, 'document.yaml'), root),
    later: mdxEntries(join(dir, 'later'), root),
  };
}

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content-minimal');
/** The content the site under test was built from (CONTENT_DIR, as for the build, or content/). */
export const REAL_CONTENT = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : join(import.meta.dirname, '..', '..', 'content');
