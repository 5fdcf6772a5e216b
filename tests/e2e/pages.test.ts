/**
 * Every page of both languages in a real browser: no serious or critical
 * accessibility violation, the page structure a screen reader user relies on,
 * no Content Security Policy violation or console error, and nothing wider
 * than a 360 px phone screen.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { it } from '../helpers/fixtures';
import { htmlFiles, pagePath } from '../helpers/html';
import type { Served } from '../helpers/serve';
import { rootSite } from '../helpers/sites';

const { dir, base } = rootSite();
const pages = htmlFiles(dir).map((f) => pagePath(base, f).replace(/404\.html$/, 'no-such-page/'));

// The 404 page is requested on purpose; the browser logs its status, which is not a page error.
it.override({ consoleIgnore: /404 \(Not Found\)/ });

interface Report {
  lang: string;
  h1: number;
  main: number;
  skipTarget: boolean;
  nav: number;
  /** How far the page reaches past the right edge of a 360 px screen. */
  phoneOverflow: number;
}

async function inspect(page: Page, server: Served, path: string): Promise<Report> {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  const phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1280, height: 720 });
  const report = await page.evaluate(() => {
    const skip = document.querySelector('a.skip-link') as HTMLAnchorElement | null;
    return {
      lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length,
      main: document.querySelectorAll('main').length,
      skipTarget: !!skip && !!document.querySelector(skip.hash),
      nav: document.querySelectorAll('nav').length,
    };
  });
  return { ...report, phoneOverflow };
}

describe('every page', () => {
  it('was found in the build', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.for(pages)('%s is accessible, well-formed and within its security policy', async (path, { page, server }) => {
    const r = await inspect(page, server, path);
    expect(await seriousViolations(page)).toEqual([]);
    const en = path.startsWith(`${base}en/`);
    expect(r.lang).toBe(en ? 'en' : 'zh-CN');
    expect(r.h1).toBe(1);
    expect(r.main).toBe(1);
    expect(r.nav).toBeGreaterThan(0);
    expect(r.skipTarget).toBe(true);
    expect(r.phoneOverflow, 'pixels wider than a 360 px screen').toBeLessThanOrEqual(0);
  });
});

describe('keyboard path', () => {
  it('reaches the skip link first and lands on the main content', async ({ page, server }) => {
    await page.goto(server.url + 'standards/gb-t-45654-2025/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className);
    expect(first).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a visible focus outline on links', async ({ page, server }) => {
    await page.goto(server.url + 'en/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('language switch', () => {
  it('leads to the same standard in the other language and back', async ({ page, server }) => {
    await page.goto(server.url + 'standards/gb-t-45654-2025/');
    await page.click('[data-language-switch]');
    expect(new URL(page.url()).pathname).toBe(`${base}en/standards/gb-t-45654-2025/`);
    expect(await page.locator('h1').innerText()).toContain('Basic security requirements for generative AI services');
    await page.click('[data-language-switch]');
    expect(new URL(page.url()).pathname).toBe(`${base}standards/gb-t-45654-2025/`);
    expect(await page.locator('h1').innerText()).toContain('生成式人工智能服务安全基本要求');
  });
});

describe('all-standards table without JavaScript', () => {
  it('lists every standard and narrows by part, kind and status today with the radio filters', async ({ newPage, server }) => {
    const p = await newPage({ javaScriptEnabled: false });
    await p.goto(server.url + 'en/standards/');
    const rows = p.locator('.filterable tbody tr[data-kind]:visible');
    const total = await rows.count();
    expect(total).toBeGreaterThanOrEqual(24);
    await p.check('#f-kind-practice-guide');
    const guides = await rows.count();
    expect(guides).toBeGreaterThan(0);
    expect(guides).toBeLessThan(total);
    expect(new Set(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-kind'))))).toEqual(new Set(['practice-guide']));
    await p.check('#f-status-published');
    expect(new Set(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-status-today'))))).toEqual(new Set(['published']));
    await p.check('#f-kind-all');
    await p.check('#f-status-all');
    await p.check('#f-part-c');
    const partC = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-part')));
    expect(partC.length).toBeGreaterThan(0);
    expect(new Set(partC)).toEqual(new Set(['c']));
    // The other parts' header rows go with their rows.
    expect(await p.locator('.filterable tbody[data-group]:visible').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-group')))).toEqual(['c']);
  });

  it('marks every candidate row with a tag', async ({ newPage, server }) => {
    const p = await newPage({ javaScriptEnabled: false });
    await p.goto(server.url + 'standards/');
    const candidates = p.locator('.filterable tr[data-membership="candidate"]');
    expect(await candidates.count()).toBeGreaterThan(0);
    expect(await candidates.evaluateAll((rs) => rs.filter((r) => !r.querySelector('[data-candidate]') || !r.classList.contains('is-candidate')).length)).toBe(
      0,
    );
    expect(await p.locator('.filterable tr[data-membership]:not([data-membership="candidate"]) [data-candidate]').count()).toBe(0);
  });
});

describe('all-standards table with JavaScript', () => {
  it.for(['standards/', 'en/standards/'])('/%s shows all eight columns on a 1 280 px screen, without scrolling sideways', async (path, { newPage, server }) => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + path);
    const fit = await page
      .locator('table.standard-table')
      .first()
      .evaluate((table) => {
        const box = table.closest('.table-scroll') ?? table.parentElement!;
        return { columns: table.querySelectorAll('thead th').length, scroll: box.scrollWidth, client: box.clientWidth };
      });
    expect(fit.columns).toBe(8);
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
  });

  it('restores the filters from the URL, and writes them back as they change', async ({ page, server }) => {
    await page.goto(server.url + 'en/standards/?part=c&kind=recommended-national&q=generative');
    const rows = page.locator('.filterable tbody tr[data-kind]:visible');
    expect(await page.isChecked('#f-part-c')).toBe(true);
    expect(await page.isChecked('#f-kind-recommended-national')).toBe(true);
    expect(await page.inputValue('#f-q')).toBe('generative');
    const shown = await rows.evaluateAll((rs) =>
      rs.map((r) => ({ part: r.getAttribute('data-part'), kind: r.getAttribute('data-kind'), title: r.querySelector('th')!.textContent! })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) {
      expect(r.part).toBe('c');
      expect(r.kind).toBe('recommended-national');
      expect(r.title.toLowerCase()).toContain('generative');
    }
    await page.fill('#f-q', '45654');
    await page.check('#f-status-in-force');
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ part: 'c', kind: 'recommended-national', status: 'in-force', q: '45654' });
    await page.reload();
    expect(await page.isChecked('#f-status-in-force')).toBe(true);
    expect(await page.inputValue('#f-q')).toBe('45654');
    expect(await rows.locator('td:first-child').allInnerTexts()).toEqual(['GB/T 45654-2025']);
    await page.check('#f-part-all');
    await page.check('#f-kind-all');
    await page.check('#f-status-all');
    await page.fill('#f-q', '');
    // The page's history.replaceState reaches page.url() a moment later, as Playwright learns of it by an event.
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await rows.count()).toBeGreaterThanOrEqual(24);
  });
});

describe('language switch keeps the page’s state', () => {
  it.for([
    ['search/?q=45654', 'en/search/?q=45654'],
    ['en/framework/?focus=c-generative-ai-security', 'framework/?focus=c-generative-ai-security'],
    ['standards/?part=c&status=in-force', 'en/standards/?part=c&status=in-force'],
  ])('from %s to %s', async ([from, to], { page, server }) => {
    await page.goto(server.url + from);
    await page.click('[data-language-switch]');
    await page.waitForURL((u) => u.pathname === new URL(server.url + to).pathname);
    const url = new URL(page.url());
    const expected = new URL(server.url + to);
    for (const [key, value] of expected.searchParams) expect(url.searchParams.get(key), key).toBe(value);
  });
});

describe('the 404 page', () => {
  it('speaks English first on an English path, and Chinese first elsewhere', async ({ page, server }) => {
    await page.goto(server.url + 'en/no-such-page/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').innerText()).toMatch(/^Page not found/);
    expect(await page.locator('.site-nav').innerText()).toContain('All standards');
    expect(await page.locator('[data-language-switch]').getAttribute('href')).toBe(new URL(server.url).pathname);
    expect(await page.title()).toBe('Page not found / 页面不存在 · AI Safety Standards System (V1.0) Reference');
    expect(await page.locator('.skip-link').textContent()).toBe('Skip to content');
    await page.goto(server.url + 'no-such-page/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('h1').innerText()).toMatch(/^页面不存在/);
  });
});
