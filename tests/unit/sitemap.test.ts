/**
 * The sitemap's language links are found by path in one pass
 * (src/lib/site/sitemap.ts) instead of by @astrojs/sitemap's own `i18n`
 * option. Search engines read them, so the file must not change: each case
 * runs the integration both ways on the same pages and compares what it wrote.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { sitemapLanguageLinks } from '~/lib/site/sitemap';
import { DEFAULT_LOCALE, HTML_LANG } from '~/lib/base/vocabulary';

const SITE = 'https://example.org';
const logger = {
  info() {},
  warn(m: string) {
    throw new Error(m);
  },
  error(m: string) {
    throw new Error(m);
  },
};

/** Runs the integration's hooks as a build would and returns the sitemap it wrote. */
async function writtenSitemap(options: Parameters<typeof sitemap>[0], base: string, pathnames: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-test-'));
  try {
    const hooks = sitemap(options).hooks as Record<string, (arg: unknown) => unknown>;
    await hooks['astro:routes:resolved']!({ routes: [] });
    await hooks['astro:config:done']!({ config: { site: SITE, base, trailingSlash: 'always', build: { format: 'directory' } } });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pathnames.map((pathname) => ({ pathname })), logger });
    return readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Both languages of most pages; numbers that sort differently as text and as numbers; a page in one language only; the 404.
const PAGES = [
  '',
  'en/',
  'about/',
  'en/about/',
  'standards/gb-t-9-2020/',
  'standards/gb-t-10-2020/',
  'en/standards/gb-t-9-2020/',
  'en/standards/gb-t-10-2020/',
  'framework/c/',
  'en/framework/c/',
  'timeline/2025/',
  'en/timeline/2025/',
  'only-in-chinese/',
  '404/',
];

describe.each(['/', '/ai-safety-standards/'])('sitemap language links under base %s', (base) => {
  const siteUrl = new URL(base, SITE).href;

  it('writes the same sitemap as the integration’s own i18n option', async () => {
    const theirs = await writtenSitemap({ i18n: { defaultLocale: DEFAULT_LOCALE, locales: HTML_LANG } }, base, PAGES);
    const ours = await writtenSitemap(sitemapLanguageLinks(siteUrl, DEFAULT_LOCALE, HTML_LANG), base, PAGES);
    expect(ours).toBe(theirs);
    // What the comparison rests on: pages link their other-language version, and a page in one language links none.
    expect(ours).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${siteUrl}en/standards/gb-t-10-2020/"/>`);
    expect(ours).toMatch(new RegExp(`<loc>${siteUrl}only-in-chinese/</loc></url>`));
  });

  it('says so when it is given only half of what it needs', () => {
    const links = sitemapLanguageLinks(siteUrl, DEFAULT_LOCALE, HTML_LANG);
    expect(() => links.serialize({ url: `${siteUrl}about/` })).toThrow(/filter/);
  });
});
