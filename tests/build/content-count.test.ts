/**
 * Nothing in content/ vanishes on the way to the site: every file in the
 * standards folder is one standard in the published data.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from '../helpers/html';
import { REAL_CONTENT } from '../helpers/load-content';
import { rootSite } from '../helpers/sites';

describe('published data', () => {
  it('standards.json holds one standard per file in the standards folder', () => {
    const files = readdirSync(join(REAL_CONTENT, 'standards')).filter((f) => !f.startsWith('.'));
    const published = (JSON.parse(read(rootSite().dir, 'data/standards.json')) as { standards: { id: string }[] }).standards;
    expect(published.length).toBe(files.length);
    expect(published.map((s) => `${s.id}.mdx`).sort()).toEqual(files.sort());
  });
});
