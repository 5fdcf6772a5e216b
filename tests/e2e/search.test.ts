/**
 * Search in Chromium on the built site, both languages: the queries policy
 * researchers bring (numbers however typed, Chinese and English phrases) land on
 * the right page; filters narrow; `?q=` round-trips; it works under a base path,
 * without requests elsewhere, inside the Content Security Policy, and shows a
 * hostile query as text.
 */
import { KIND_LABEL, type Locale, STATUS_LABEL } from '../../src/lib/vocabulary';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { serve, type Served } from '../helpers/serve';
import { baseSite, rootSite } from '../helpers/sites';
import { takeProblems, watch } from '../helpers/watch';
import { t } from '../../src/lib/i18n';
import { createUrls, type Route } from '../../src/lib/urls';

const LOCALES: Locale[] = ['zh', 'en'];

const std = (id: string): Route => ({ page: 'standard', id });
const node = (id: string): Route => ({ page: 'node', id });
const risk = (id: string): Route => ({ page: 'risk', id });

/**
 * [query, the page that must come up, within the first n results].
 * Every part A–E is reached, by number, by Chinese phrase and by English phrase;
 * each query runs on the Chinese and on the English search page.
 */
const QUERIES: [string, Route, 1 | 3][] = [
  // Numbers, however they are typed.
  ['GB/T 45654-2025', std('gb-t-45654-2025'), 1], // C
  ['gb/t45654', std('gb-t-45654-2025'), 1],
  ['GBT 45654', std('gb-t-45654-2025'), 1],
  ['45654-2025', std('gb-t-45654-2025'), 1],
  ['45654', std('gb-t-45654-2025'), 1],
  ['GB45438', std('gb-45438-2025'), 1],
  ['gb 45438-2025', std('gb-45438-2025'), 1],
  ['TC260-003', std('tc260-003'), 1],
  ['tc260-pg-20233a', std('tc260-pg-20233a'), 1],
  ['TC260-PG-20211A', std('tc260-pg-20211a'), 1], // B
  ['GB/T 42888', std('gb-t-42888-2023'), 1], // D
  ['GB/T 45958-2025', std('gb-t-45958-2025'), 1], // A
  ['41819', std('gb-t-41819-2022'), 1], // E
  ['ＧＢ／Ｔ ４１３８７', std('gb-t-41387-2022'), 1], // full-width, as a Chinese input method types it
  ['45674—2025', std('gb-t-45674-2025'), 1], // em dash
  // Chinese phrases.
  ['人脸识别', std('gb-t-41819-2022'), 3],
  ['训练数据', std('gb-t-45652-2025'), 1],
  ['数据标注', std('gb-t-45674-2025'), 1],
  ['计算平台', std('gb-t-45958-2025'), 1],
  ['机器学习', std('gb-t-42888-2023'), 1],
  ['智能家居', std('gb-t-41387-2022'), 1],
  ['深度合成', std('cand-deep-synthesis-spec'), 1],
  ['基础共性', node('a'), 1],
  ['安全管理', node('b'), 1],
  ['智能体', node('c-agent-security'), 1],
  ['测试评估', node('d'), 1],
  ['产品与应用', node('e'), 1],
  ['数据安全风险', risk('inherent-data'), 1],
  // English phrases.
  ['data labeling', std('gb-t-45674-2025'), 3],
  ['face recognition', std('gb-t-41819-2022'), 3],
  ['pre-training', std('gb-t-45652-2025'), 1],
  ['machine learning', std('gb-t-42888-2023'), 1],
  ['smart home', std('gb-t-41387-2022'), 1],
  ['computing platform', std('gb-t-45958-2025'), 1],
  ['iris recognition', std('gb-t-20979-2019'), 1],
  ['emergency response', std('cand-pg-genai-emergency-response'), 1],
  ['security management', node('b'), 1],
  ['Testing and evaluation', node('d'), 1],
  ['Data security risks', risk('inherent-data'), 3],
];

interface Outcome {
  count: number;
  /** Result links in order; null for a result not yet rendered. */
  hrefs: (string | null)[];
}

/** Wait until the search has answered and its first `n` results are rendered. */
async function settled(p: Page, n = 3): Promise<Outcome> {
  await p.waitForFunction((n) => {
    if (document.querySelector('[data-search]')?.getAttribute('data-state') !== 'done') return false;
    return [...document.querySelectorAll('.pf-results > li')].slice(0, n).every((li) => li.querySelector('a[href]'));
  }, n);
  return p.evaluate(() => ({
    count: Number(document.querySelector('[data-search-summary]')!.getAttribute('data-count')),
    hrefs: [...document.querySelectorAll('.pf-results > li')].map((li) => li.querySelector('a.search-result__link')?.getAttribute('href') ?? null),
  }));
}

interface Watched {
  page: Page;
  /** CSP violations, console errors and script errors seen so far. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
}

async function watchedPage(browser: Browser): Promise<Watched> {
  // Tall enough that Pagefind's lazy results are all in view.
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  return { page, ...(await watch(page)) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('search at the site root', () => {
  const { dir, base } = rootSite();
  const urls = createUrls(base);
  let server: Served;
  let w: Watched;
  const searchUrl = (locale: Locale, q?: string) => server.origin + urls.href(locale, { page: 'search', q });

  beforeAll(async () => {
    server = await serve(dir, base);
    w = await watchedPage(browser);
  });
  afterAll(async () => {
    await w?.page.close();
    await server?.close();
  });

  // Each test answers for what its pages did: no CSP violation, console or script error, no request elsewhere.
  afterEach(() => {
    expect(takeProblems(w)).toEqual([]);
    expect(w.requests.filter((r) => !r.startsWith(server.origin))).toEqual([]);
  });

  describe.each(LOCALES)('on the %s search page', (locale) => {
    it.each(QUERIES)('%j finds %o within the first %i', async (q, route, within) => {
      await w.page.goto(searchUrl(locale, q));
      const { hrefs } = await settled(w.page, within);
      expect(hrefs.slice(0, within)).toContain(urls.href(locale, route));
    });
  });

  it('shows each result with its number, title, kind, status and place', async () => {
    await w.page.goto(searchUrl('en', 'GB/T 45654-2025'));
    await settled(w.page, 1);
    const first = w.page.locator('.pf-results > li').first();
    await expect(first.locator('.search-result__link').innerText()).resolves.toMatch(/^GB\/T 45654-2025 Cybersecurity technology — Basic security requirements for generative AI services$/);
    await expect(first.locator('.search-result__kind').innerText()).resolves.toBe(KIND_LABEL['recommended-national'].en);
    await expect(first.locator('.badge').innerText()).resolves.toContain(STATUS_LABEL['in-development'].en);
    await expect(first.locator('.search-result__path').innerText()).resolves.toBe('C Key technologies › Generative AI security');
    await expect(w.page.locator('[data-search-note]').innerText()).resolves.toContain('GB/T 45654-2025');
  });

  it('keeps the two languages apart', async () => {
    for (const locale of LOCALES) {
      await w.page.goto(searchUrl(locale, 'security'));
      const { hrefs } = await settled(w.page);
      const loaded = hrefs.filter((h): h is string => h !== null);
      expect(loaded.length).toBeGreaterThan(0);
      for (const h of loaded) expect(h.startsWith(`${base}en/`), h).toBe(locale === 'en');
    }
  });

  describe.each(LOCALES)('filters on the %s page', (locale) => {
    /** Pick one value in a filter menu; returns the count the menu showed for it. */
    async function pick(filter: string, value: string): Promise<number> {
      const dropdown = w.page.locator(`pagefind-filter-dropdown[filter="${filter}"]`);
      await dropdown.locator('.pf-dropdown-trigger').click();
      const option = dropdown.locator('.pf-dropdown-option', { hasText: value }).first();
      const count = Number(await option.locator('.pf-dropdown-option-count').innerText());
      await option.click();
      await w.page.keyboard.press('Escape');
      await w.page.waitForFunction((n) => document.querySelector('[data-search-summary]')?.getAttribute('data-count') === String(n), count);
      return count;
    }

    const rendered = async (selector: string) => {
      const { count } = await settled(w.page, 50);
      const texts = await w.page.locator(`.pf-results > li ${selector}`).allInnerTexts();
      expect(texts).toHaveLength(count);
      return texts;
    };

    it('narrow by kind, then status, then part, each option showing its count', async () => {
      await w.page.goto(searchUrl(locale, locale === 'zh' ? '安全' : 'security'));
      const all = (await settled(w.page)).count;

      const guides = await pick('kind', KIND_LABEL['practice-guide'][locale]);
      expect(guides).toBeGreaterThan(1);
      expect(guides).toBeLessThan(all);
      for (const kind of await rendered('.search-result__kind')) expect(kind).toBe(KIND_LABEL['practice-guide'][locale]);

      const published = await pick('status', STATUS_LABEL.published[locale]);
      expect(published).toBeGreaterThan(0);
      expect(published).toBeLessThan(guides);
      for (const badge of await rendered('.badge')) expect(badge).toContain(STATUS_LABEL.published[locale]);

      const inC = await pick('part', locale === 'zh' ? 'C 关键技术' : 'C Key technologies');
      expect(inC).toBeGreaterThan(0);
      expect(inC).toBeLessThanOrEqual(published);
      for (const path of await rendered('.search-result__path')) expect(path.startsWith('C ')).toBe(true);
    });

    it('list the parts A–E in order', async () => {
      await w.page.goto(searchUrl(locale, locale === 'zh' ? '安全' : 'security'));
      await settled(w.page);
      const dropdown = w.page.locator('pagefind-filter-dropdown[filter="part"]');
      await dropdown.locator('.pf-dropdown-trigger').click();
      const labels = await dropdown.locator('.pf-dropdown-option-label').allInnerTexts();
      await w.page.keyboard.press('Escape');
      const letters = labels.map((l) => l.slice(0, 2)).filter((l) => /^[A-E] $/.test(l));
      expect(letters).toEqual(['A ', 'B ', 'C ', 'D ', 'E ']);
    });
  });

  it('reads ?q= into the box, and writes the box back into ?q=', async () => {
    await w.page.goto(searchUrl('zh', 'GB/T 45654-2025'));
    await expect(w.page.inputValue('#search-query')).resolves.toBe('GB/T 45654-2025');
    expect((await settled(w.page, 1)).hrefs[0]).toBe(urls.href('zh', std('gb-t-45654-2025')));

    await w.page.fill('#search-query', 'smart home');
    await w.page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'smart home');
    await w.page.waitForFunction(() => document.querySelector('.pf-results a')?.getAttribute('href')?.includes('gb-t-41387-2022'));
    const shared = w.page.url();
    expect(new URL(shared).pathname + new URL(shared).search).toBe(urls.href('zh', { page: 'search', q: 'smart home' }));

    // The address alone brings the same search back.
    await w.page.goto(shared);
    await expect(w.page.inputValue('#search-query')).resolves.toBe('smart home');
    expect((await settled(w.page, 1)).hrefs[0]).toBe(urls.href('zh', std('gb-t-41387-2022')));
  });

  it('runs a search typed in the header box of any page', async () => {
    await w.page.goto(server.origin + urls.href('en', std('gb-t-45654-2025')));
    await w.page.fill('#site-search', 'GB45438');
    await w.page.press('#site-search', 'Enter');
    await w.page.waitForURL((u) => u.pathname === urls.href('en', { page: 'search' }));
    await expect(w.page.inputValue('#search-query')).resolves.toBe('GB45438');
    expect((await settled(w.page, 1)).hrefs[0]).toBe(urls.href('en', std('gb-45438-2025')));
  });

  it('shows a query with markup as text and runs none of it', async () => {
    const hostile = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"\'&';
    await w.page.goto(searchUrl('en', hostile));
    await settled(w.page, 0);
    await expect(w.page.inputValue('#search-query')).resolves.toBe(hostile);
    const state = await w.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      injected: document.querySelectorAll('main script:not([src]):not([type="text/pagefind-template"]), main img').length,
    }));
    expect(state).toEqual({ pwned: undefined, injected: 0 });
    // Whatever it matched, the query reached the page only as the box's value.
    await expect(w.page.locator('[data-search-summary] *, [data-search-note] *').count()).resolves.toBe(0);
  });

  it('loads no search code on other pages, and on the search page only when it is used', async () => {
    const { page, requests } = await watchedPage(browser);
    const pagefindScripts = () => requests.filter((r) => /\/pagefind\/.*\.js/.test(r));
    await page.goto(server.origin + urls.href('zh', std('gb-t-45654-2025')));
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    await page.goto(searchUrl('zh'));
    await page.waitForLoadState('networkidle');
    expect(pagefindScripts()).toEqual([]);
    await page.focus('#search-query');
    await page.waitForFunction(() => 'PagefindComponents' in window);
    expect(pagefindScripts().some((r) => r.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
    await page.close();
  });

  it('passes the accessibility checks with results and filters showing', async () => {
    for (const locale of LOCALES) {
      await w.page.goto(searchUrl(locale, locale === 'zh' ? '人脸识别' : 'face recognition'));
      await settled(w.page);
      expect(await seriousViolations(w.page)).toEqual([]);
    }
  });

  it('without JavaScript, says so and links to the table of all standards', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    for (const locale of LOCALES) {
      await p.goto(searchUrl(locale, '45654'));
      const message = p.locator('noscript .search__message');
      await expect(message.innerText()).resolves.toContain(t(locale, 'searchNoScript'));
      await expect(message.locator('a').getAttribute('href')).resolves.toBe(urls.href(locale, { page: 'standards' }));
      await expect(p.locator('[data-search-ui]').isHidden()).resolves.toBe(true);
    }
    await ctx.close();
  });
});

describe('search under a base path', () => {
  const { dir, base } = baseSite();
  const urls = createUrls(base);
  let server: Served;
  let w: Watched;

  beforeAll(async () => {
    server = await serve(dir, base);
    w = await watchedPage(browser);
  });
  afterAll(async () => {
    await w?.page.close();
    await server?.close();
  });

  afterEach(() => {
    expect(takeProblems(w)).toEqual([]);
  });

  it.each(LOCALES)('finds standards and links to them under the base (%s)', async (locale) => {
    await w.page.goto(server.origin + urls.href(locale, { page: 'search', q: 'gb/t45654' }));
    const { hrefs } = await settled(w.page, 1);
    expect(hrefs[0]).toBe(urls.href(locale, std('gb-t-45654-2025')));
    expect(hrefs[0]!.startsWith(base)).toBe(true);
    for (const h of hrefs) if (h) expect(h.startsWith(base), h).toBe(true);

    await w.page.goto(server.origin + urls.href(locale, { page: 'search', q: locale === 'zh' ? '人脸识别' : 'face recognition' }));
    expect((await settled(w.page)).hrefs.slice(0, 3)).toContain(urls.href(locale, std('gb-t-41819-2022')));

    await w.page.click('.pf-results > li:first-child a');
    await w.page.waitForURL((u) => u.pathname.startsWith(`${base}${locale === 'en' ? 'en/' : ''}standards/`));
    await expect(w.page.locator('h1').innerText()).resolves.toMatch(/GB\/T \d+-\d{4}/);
  });

  it('fetched the bundle from under the base, and nothing else', () => {
    expect(w.requests.filter((r) => r.includes('/pagefind/')).every((r) => r.startsWith(`${server.origin}${base}pagefind/`))).toBe(true);
    expect(w.requests.some((r) => r.endsWith(`${base}pagefind/pagefind-component-ui.js`))).toBe(true);
    expect(w.requests.filter((r) => !r.startsWith(server.origin + base))).toEqual([]);
  });
});
