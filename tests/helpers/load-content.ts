/**
 * Reaches content the way the site's loader does (src/lib/astro/loader.ts):
 * the same reader, the same checks, then the same model, so the model can be
 * tested on fixture files without running Astro.
 */
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { ContentError } from '~/lib/content/error';
import { readContent } from '~/lib/content/files';
import { buildDate } from '~/lib/astro/build-date';
import { buildTaxonomy, type RawContent, type Taxonomy } from '~/lib/model/taxonomy';
import { validateContent } from '~/lib/model/validate';

export function loadContent(dir: string): RawContent {
  return readContent(dir);
}

/** The model of a content set as the site builds it, on the build date unless a test names another day. */
export function modelOf(content: RawContent, today = buildDate()): Taxonomy {
  return buildTaxonomy(validateContent(content, { today }), { today });
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const FIXTURE = join(FIXTURES, 'content-minimal');
/** The content the site under test was built from (CONTENT_DIR, as for the build, or content/). */
export const REAL_CONTENT = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : join(import.meta.dirname, '..', '..', 'content');

/** The message a content set is rejected with; fails the test if it passes the checks. */
export function errorOf(content: RawContent, today = buildDate()): string {
  try {
    validateContent(content, { today });
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected the content to be rejected, but it passed');
}
