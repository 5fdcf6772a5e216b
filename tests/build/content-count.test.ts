/**
 * Nothing in content/ vanishes on the way to the site: every file in the
 * standards folder is one standard in the published data, and a source kept
 * without an https address is still listed, as text.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from '../helpers/html';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { rootSite } from '../helpers/sites';

describe('published data', () => {
  it('standards.json holds one standard per file in the standards folder', () => {
    const files = readdirSync(join(REAL_CONTENT, 'standards')).filter((f) => !f.startsWith('.'));
    const published = (JSON.parse(read(rootSite().dir, 'data/standards.json')) as { standards: { id: string }[] }).standards;
    expect(published.length).toBe(files.length);
    expect(published.map((s) => `${s.id}.mdx`).sort()).toEqual(files.sort());
  });

  it('lists a source served only over http with its address as text, never as a link', () => {
    const tax = modelOf(loadContent(REAL_CONTENT));
    const cited = tax.sources
      .filter((s) => s.httpOnlyAddress)
      .flatMap((source) => tax.standards.filter((s) => s.sources.includes(source.id)).map((citing) => ({ source, citing })));
    // The content does cite such a source; without one this test would check nothing.
    expect(cited.length).toBeGreaterThan(0);
    for (const { source, citing } of cited) {
      const html = read(rootSite().dir, `en/standards/${citing.id}/index.html`);
      expect(html).toContain(`<code class="url">${source.httpOnlyAddress}</code>`);
      expect(html).not.toContain(`href="${source.httpOnlyAddress}"`);
    }
  });
});
