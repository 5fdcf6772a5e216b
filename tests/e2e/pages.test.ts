/**
 * Every page of both languages in a real browser: no serious or critical
 * accessibility violation, the page structure a screen reader user relies on,
 * and no Content Security Policy violation or console error.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { htmlFiles, pagePath } from '../helpers/html';
import { serve, type Served } from '../helpers/serve';
import { rootSite } from '../helpers/sites';
import { takeProblems, watch, type Watched } from '../helpers/watch';

const { dir, base } = rootSite();
const pages = htmlFiles(dir).map((f) => pagePath(base, f).replace(/404\.html$/, 'no-such-page/'));

let browser: Browser;
let server: Served;
let page: Page;
let watched: Watched;

beforeAll(async () => {
  server = await serve(dir, base);
  browser = await launchBrowser();
  page = await browser.newPage();
  // The 404 page is requested on purpose; the browser logs its status, which is not a page error.
  watched = await watch(page, { ignore: /404 \(Not Found\)/ });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every test answers for the console errors, script errors and CSP violations of the pages it loaded.
afterEach(() => {
  expect(takeProblems(watched)).toEqual([]);
});

interface Report {
  lang: string;
  h1: number;
  main: number;
  skipTarget: boolean;
  nav: number;
}

async function inspect(path: string): Promise<Report> {
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return page.evaluate(() => {
    const skip = document.querySelector('a.skip-link') as HTMLAnchorElement | null;
    return {
      lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length,
      main: document.querySelectorAll('main').length,
      skipTarget: !!skip && !!document.querySelector(skip.hash),
      nav: document.querySelectorAll('nav').length,
    };
  });
}

describe('every page', () => {
  it('was found in the build', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages)('%s is accessible, well-formed and within its security policy', async (path) => {
    const r = await inspect(path);
    expect(await seriousViolations(page)).toEqual([]);
    const en = path.startsWith(`${base}en/`);
    expect(r.lang).toBe(en ? 'en' : 'zh-CN');
    expect(r.h1).toBe(1);
    expect(r.main).toBe(1);
    expect(r.nav).toBeGreaterThan(0);
    expect(r.skipTarget).toBe(true);
  });
});

describe('keyboard path', () => {
  it('reaches the skip link first and lands on the main content', async () => {
    await page.goto(server.url + 'standards/gb-t-45654-2025/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className);
    expect(first).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a visible focus outline on links', async () => {
    await page.goto(server.url + 'en/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('language switch', () => {
  it('leads to the same standard in the other language and back', async () => {
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
  it('lists every standard and narrows by kind and status with the radio filters', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(server.url + 'en/standards/');
    const visibleRows = () => p.locator('.filterable tbody tr:visible').count();
    const total = await visibleRows();
    expect(total).toBeGreaterThanOrEqual(24);
    await p.check('#f-kind-practice-guide');
    const guides = await visibleRows();
    expect(guides).toBeGreaterThan(0);
    expect(guides).toBeLessThan(total);
    for (const kind of await p.locator('.filterable tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))) {
      expect(kind).toBe('practice-guide');
    }
    await p.check('#f-status-published');
    const publishedGuides = await p.locator('.filterable tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(publishedGuides.every((s) => s === 'published')).toBe(true);
    await ctx.close();
  });
});

describe('all-standards table with JavaScript', () => {
  it('sorts by a column when its header button is pressed, and says so', async () => {
    await page.goto(server.url + 'en/standards/');
    const table = page.locator('table.standard-table').first();
    const numbers = () => table.locator('tbody tr td:first-child').allInnerTexts();
    const header = table.locator('thead th').first();
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const asc = await numbers();
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await numbers()).toEqual([...asc].reverse());
  });
});
