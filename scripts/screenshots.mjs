/**
 * Screenshots of every page type, in both languages, at desktop and phone width,
 * light and dark, for looking at what the site looks like before shipping it.
 * Writes PNGs to screenshots/ (git-ignored) and prints any page wider than its
 * screen. Builds the site first unless dist/ exists (pass --build to rebuild).
 *
 *   npm run screenshots                 every page type
 *   npm run screenshots -- standard     only the page types whose name contains "standard"
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';
import { localePrefix } from '../src/lib/i18n/locale.ts';
import { LOCALES } from '../src/lib/base/vocabulary.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const OUT = resolve(ROOT, 'screenshots');
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));

if (args.includes('--build') || !existsSync(resolve(DIST, 'index.html'))) {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** One page of each type, by its path below the locale prefix. */
const PAGE_TYPES = {
  home: '',
  framework: 'framework/',
  // A standard whose status today is inferred, drawn in its opened branch.
  'framework-focus': 'framework/?focus=tc260-003',
  part: 'framework/c/',
  area: 'framework/c-generative-ai-security/',
  standard: 'standards/gb-t-45654-2025/',
  'standard-candidate': 'standards/cand-code-generation-spec/',
  // Status today resting on an inference, on one source, and an issue date the sources disagree on.
  'standard-inferred': 'standards/tc260-003/',
  'standard-one-source': 'standards/gb-t-41387-2022/',
  'standard-disputed': 'standards/gb-t-41773-2022/',
  // A national standard whose official record no source gives.
  'standard-no-record': 'standards/gb-t-42888-2023/',
  standards: 'standards/',
  'standards-filtered': 'standards/?part=c&kind=recommended-national',
  'standards-text': 'standards/?q=%E4%BA%BA%E8%84%B8',
  'standards-sorted': 'standards/?sort=effective&status=in-force',
  'standards-bad-url': 'standards/?part=z&kind=a&kind=b',
  risks: 'risks/',
  risk: 'risks/inherent-data/',
  about: 'about/',
  'about-site': 'about/site/',
  search: 'search/?q=45654',
  'search-empty': 'search/?q=%E5%8C%BA%E5%9D%97%E9%93%BE',
  timeline: 'timeline/',
  later: 'later/',
  'later-document': 'later/aigf-3/',
  regulations: 'regulations/',
  // A regulation with sourced links and the site's own readings.
  regulation: 'regulations/genai-interim-measures/',
  // A standard with a confirmed regulation, an analysis link and international comparisons.
  'standard-regulation': 'standards/gb-45438-2025/',
  data: 'about/data/',
  print: 'print/',
  'not-found': 'no-such-page/',
};
const WIDTHS = [1280, 360];
const SCHEMES = ['light', 'dark'];

mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);
const browser = await launchBrowser();
const wide = [];
let count = 0;
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 760 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        if (only.length && !only.some((o) => type.includes(o))) continue;
        for (const locale of LOCALES) {
          const url = `${server.url}${localePrefix(locale)}${path}`;
          await page.goto(url, { waitUntil: 'load' });
          // Let enhancements (search results, the tree's first fit) settle.
          await page.waitForTimeout(type === 'search' || type.startsWith('framework') ? 1200 : 150);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) wide.push(`${locale} ${type} at ${width} px (${scheme}): ${overflow} px wider than the screen`);
          await page.screenshot({ path: resolve(OUT, `${type}-${locale}-${width}-${scheme}.png`), fullPage: true });
          count++;
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${OUT}`);
if (wide.length) console.log(`Wider than the screen:\n  ${wide.join('\n  ')}`);
else console.log('No page is wider than its screen.');
