/**
 * Reads a content folder the way the site's build does (src/lib/content/files.ts),
 * so the model can be tested on fixture files without running Astro.
 */
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { ContentError } from '~/lib/content/error';
import { readContent } from '~/lib/content/files';
import { buildTaxonomy, type RawContent } from '~/lib/model/taxonomy';

export function loadContent(dir: string): RawContent {
  return readContent(dir);
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const FIXTURE = join(FIXTURES, 'content-minimal');
/** The content the site under test was built from (CONTENT_DIR, as for the build, or content/). */
export const REAL_CONTENT = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : join(import.meta.dirname, '..', '..', 'content');

/** The message a content set is rejected with; fails the test if it builds. */
export function errorOf(content: RawContent): string {
  try {
    buildTaxonomy(content);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected the content to be rejected, but it built');
}
