/**
 * Every page of both languages in a real browser: no serious or critical
 * accessibility violation, the page structure a screen reader user relies on,
 * and no Content Security Policy violation or console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { htmlFiles, pagePath } from '../helpers/html';
import { serve, type Served } from '../helpers/serve';
import { rootSite } from '../helpers/sites';

// Evaluated through the DevTools protocol: the page's own policy forbids injected script tags.
const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
const { dir, base } = rootSite();
const pages = htmlFiles(dir).map((f) => pagePath(base, f).replace(/404\.html$/, 'no-such-page/'));

let browser: Browser;
let server: Served;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await serve(dir, base);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Report {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  cspViolations: string[];
  lang: string;
  h1: number;
  main: number;
  skipTarget: boolean;
  nav: number;
}

async function inspect(path: string): Promise<Report> {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const skip = document.querySelector('a.skip-link') as HTMLAnchorElement | null;
    return {
      violations: result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) })),
      cspViolations: (window as any).__csp as string[],
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
    const serious = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(r.cspViolations).toEqual([]);
    const en = path.startsWith(`${base}en/`);
    expect(r.lang).toBe(en ? 'en' : 'zh-CN');
    expect(r.h1).toBe(1);
    expect(r.main).toBe(1);
    expect(r.nav).toBeGreaterThan(0);
    expect(r.skipTarget).toBe(true);
  });

  it('logged no console error and no script error anywhere', () => {
    // The 404 page is requested on purpose; the browser logs its status, which is not a page error.
    expect(problems.filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
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
