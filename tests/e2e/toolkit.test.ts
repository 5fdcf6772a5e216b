/**
 * In a real browser: a feed opened from a standard's page reads as a page
 * that says how to subscribe and lists its entries, styled from the site
 * alone; and on paper the framework tree is open with its standards, the
 * table's columns hold their words, the print edition starts each part on a
 * new page, and no navigation is printed.
 */
import { describe, expect } from 'vitest';
import { it } from '../helpers/fixtures';

it.override({ site: 'base' });
/** The width A4 leaves for content between the print stylesheet's margins (182 mm), in CSS pixels. */
const A4_CONTENT = Math.round((182 / 25.4) * 96);

describe('a feed opened in the browser', () => {
  it('reads as a page: what the feed is, its address to copy, and its entries', async ({ page, server, watched }) => {
    await page.goto(`${server.url}standards/gb-t-45654-2025/`);
    const feedHref = await page.locator('[data-follow-feed]').getAttribute('href');
    expect(feedHref).toBe('/ai-safety-standards/standards/gb-t-45654-2025/feed.xml');
    // A document that is not HTML makes the browser ask for the origin's own icon, which a project site does not own.
    // The stand-in stays for the page's life: the browser may ask once the feed is shown, after the checks below.
    await page.route(`${server.origin}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
    await page.goto(`${server.origin}${feedHref}`);
    // What the reader sees, read from the rendered boxes: the styled title, the box that says how to subscribe, the entries.
    const shown = await page.evaluate(() => {
      const feed = document.documentElement;
      const style = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo);
      const visible = (el: Element) => style(el).display !== 'none';
      const title = feed.querySelector(':scope > title')!;
      const self = feed.querySelector(":scope > link[rel='self']")!;
      return {
        display: style(feed).display,
        titleSize: parseFloat(style(title).fontSize),
        title: title.textContent,
        intro: style(feed, '::before').content,
        address: style(self, '::before').content,
        entries: [...feed.querySelectorAll(':scope > entry')].filter(visible).length,
        hidden: [...feed.querySelectorAll(':scope > id, :scope > author, entry > id')].every((el) => !visible(el)),
      };
    });
    expect(shown.display).toBe('flex');
    expect(shown.titleSize).toBeGreaterThan(20);
    expect(shown.title).toContain('GB/T 45654-2025');
    expect(shown.intro).toContain('Atom');
    expect(shown.address).toContain('example.github.io/ai-safety-standards/standards/gb-t-45654-2025/feed.xml');
    expect(shown.entries).toBeGreaterThan(1);
    expect(shown.hidden).toBe(true);
    expect(watched.requests.every((u) => u.startsWith(server.origin))).toBe(true);
  });
});

describe('on paper', () => {
  it('prints the framework tree open, standards and all, without the site’s header, navigation or footer', async ({ newPage, server }) => {
    const page = await newPage({ viewport: { width: A4_CONTENT, height: 1000 } });
    await page.goto(`${server.url}framework/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.tree-outline a[href="/ai-safety-standards/standards/gb-t-45654-2025/"]').isVisible()).toBe(true);
    for (const selector of ['.site-header', '.site-footer', '.tree-controls']) expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    await page.emulateMedia({ media: null });
  });

  it('gives the table of standards columns that hold their longest words, in both languages', async ({ newPage, server }) => {
    const page = await newPage({ viewport: { width: A4_CONTENT, height: 1000 } });
    for (const path of ['standards/', 'en/standards/']) {
      await page.goto(`${server.url}${path}`);
      await page.emulateMedia({ media: 'print' });
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.standard-table th, .standard-table td')]
          .filter((cell) => cell.getClientRects().length > 0 && cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent!.trim()),
      );
      expect(cut, path).toEqual([]);
    }
    // The Chinese kind fits on one line, not one character per line.
    await page.goto(`${server.url}standards/`);
    await page.emulateMedia({ media: 'print' });
    const lines = await page.evaluate(() => {
      const cell = [...document.querySelectorAll<HTMLElement>('.standard-table td')].find((c) => c.textContent!.trim() === '推荐性国家标准')!;
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    await page.emulateMedia({ media: null });
  });

  it('starts each part of the print edition after the first on a new page', async ({ newPage, server }) => {
    const page = await newPage({ viewport: { width: A4_CONTENT, height: 1000 } });
    await page.goto(`${server.url}en/print/`);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('[data-print-part]').evaluateAll((parts) => parts.map((p) => getComputedStyle(p).breakBefore));
    expect(breaks.length).toBeGreaterThanOrEqual(5);
    // The first part follows the contents on the first sheet, so the first page is not left half empty.
    expect(breaks[0]).toBe('auto');
    expect(new Set(breaks.slice(1))).toEqual(new Set(['page']));
    await page.emulateMedia({ media: null });
  });
});
