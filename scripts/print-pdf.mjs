/**
 * The print edition as Chromium prints it: /print/ and /en/print/ to PDF
 * (A4, the print stylesheet), and, where poppler's pdftoppm is installed, its
 * first pages as PNGs, for looking at before shipping. Writes to screenshots/
 * (git-ignored). Builds the site first unless dist/ exists (--build rebuilds).
 *
 *   npm run print-pdf
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';
import { localePrefix } from '../src/lib/i18n/locale.ts';
import { LOCALES } from '../src/lib/base/vocabulary.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const OUT = resolve(ROOT, 'screenshots');
const PAGES = 4;

if (process.argv.includes('--build') || !existsSync(resolve(DIST, 'index.html'))) {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });
}

mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);
const browser = await launchBrowser();
const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;
try {
  const page = await browser.newPage();
  for (const locale of LOCALES) {
    await page.goto(`${server.url}${localePrefix(locale)}print/`, { waitUntil: 'load' });
    const pdf = resolve(OUT, `print-${locale}.pdf`);
    // The page's own @page rule sets A4 and its margins.
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    console.log(`wrote ${pdf}`);
    if (hasPdftoppm) {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', String(PAGES), pdf, resolve(OUT, `print-${locale}`)]);
      console.log(`  and its first ${PAGES} pages as print-${locale}-<n>.png`);
    }
  }
  if (!hasPdftoppm) console.log('pdftoppm (Debian: poppler-utils) is not installed: open the PDFs to look at them.');
} finally {
  await browser.close();
  await server.close();
}
