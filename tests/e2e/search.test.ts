/**
 * Search in Chromium on the built site, through the search page itself, in both
 * languages: the queries researchers bring (numbers however typed, Chinese and
 * English words, their own words for a topic) land on the right page; a number
 * leads as the exact match; words the site does not hold find nothing, not
 * pieces of themselves; facets narrow with counts; `?q=` round-trips; bad input
 * stays text; it works under a base path, without requests elsewhere, inside
 * the Content Security Policy, and says so when the index cannot load.
 */
import { statusFacts } from '~/lib/model/certainty';
import { KIND_LABEL, type Locale, TODAY_STATUS_LABEL, TODAY_STATUS_GLYPH } from '~/lib/model/vocabulary';
import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { it } from '../helpers/fixtures';
import type { Served } from '../helpers/serve';
import { baseSite, rootSite } from '../helpers/sites';
import { loadContent, modelOf } from '../helpers/load-content';
import { t } from '~/lib/i18n/ui';
import { buildDate } from '~/lib/model/build-date';
import { statusToday } from '~/lib/model/status-today';
import { createUrls, type Route } from '~/lib/site/urls';

const LOCALES: Locale[] = ['zh', 'en'];
const tax = modelOf(loadContent(process.env.CONTENT_DIR ?? resolve(import.meta.dirname, '../../content')));

const std = (id: string): Route => ({ page: 'standard', id });
const node = (id: string): Route => ({ page: 'node', id });
const risk = (id: string): Route => ({ page: 'risk', id });

/**
 * [query, the page that must come up, within the first n results]. Each query
 * runs on the Chinese and on the English search page. Every part A–E and every
 * risk is reached; numbers come in many spellings, words in both languages,
 * and a reader's own words (keywords in the content) reach the entries they mean.
 */
const QUERIES: [string, Route, 1 | 3 | 5][] = [
  // Numbers, however they are typed.
  ['GB/T 45654-2025', std('gb-t-45654-2025'), 1], // C
  ['gb/t45654', std('gb-t-45654-2025'), 1],
  ['GBT 45654', std('gb-t-45654-2025'), 1],
  ['GB/T45654—2025', std('gb-t-45654-2025'), 1], // em dash
  ['45654-2025', std('gb-t-45654-2025'), 1],
  ['45654', std('gb-t-45654-2025'), 1],
  ['ＧＢ／Ｔ　４５６５４－２０２５', std('gb-t-45654-2025'), 1], // full width, as a Chinese input method types it
  ['GB 45654', std('gb-t-45654-2025'), 1], // wrong prefix
  ['GB45438', std('gb-45438-2025'), 1],
  ['gb 45438-2025', std('gb-45438-2025'), 1],
  ['ＧＢ４５４３８', std('gb-45438-2025'), 1],
  ['TC260-003', std('tc260-003'), 1],
  ['tc260 003', std('tc260-003'), 1],
  ['ＴＣ２６０－００３', std('tc260-003'), 1],
  ['tc260-pg-20233a', std('tc260-pg-20233a'), 1],
  ['TC260PG20233A', std('tc260-pg-20233a'), 1],
  ['TC260-PG-20211A', std('tc260-pg-20211a'), 1], // B
  ['GB/T 42888', std('gb-t-42888-2023'), 1], // D
  ['GB/T 45958-2025', std('gb-t-45958-2025'), 1], // A
  ['41819', std('gb-t-41819-2022'), 1], // E
  ['ＧＢ／Ｔ ４１３８７', std('gb-t-41387-2022'), 1],
  ['45674—2025', std('gb-t-45674-2025'), 1],
  ['GB/T 20979-2019', std('gb-t-20979-2019'), 1],
  ['gbt41871', std('gb-t-41871-2022'), 1],
  ['45652', std('gb-t-45652-2025'), 1],
  // Chinese words.
  ['人脸识别', std('gb-t-41819-2022'), 3],
  ['训练数据', std('gb-t-45652-2025'), 1],
  ['数据标注', std('gb-t-45674-2025'), 1],
  ['计算平台', std('gb-t-45958-2025'), 1],
  ['机器学习', std('gb-t-42888-2023'), 1],
  ['智能家居', std('gb-t-41387-2022'), 1],
  ['深度合成', std('cand-deep-synthesis-spec'), 3],
  ['虹膜识别', std('gb-t-20979-2019'), 1],
  ['声纹', std('gb-t-41807-2022'), 1],
  ['步态识别', std('gb-t-41773-2022'), 1],
  ['伦理', std('tc260-pg-20211a'), 3],
  ['应急响应', std('cand-pg-genai-emergency-response'), 1],
  // Parts and sub-areas.
  ['基础共性', node('a'), 1],
  ['安全管理', node('b'), 1],
  ['关键技术', node('c'), 1],
  ['智能体', node('c-agent-security'), 1],
  ['测试评估', node('d'), 1],
  ['产品与应用', node('e'), 1],
  ['具身智能', node('c-embodied-ai-security'), 1],
  ['安全对齐', node('c-safety-alignment'), 1],
  // Risks, each one.
  ['数据安全风险', risk('inherent-data'), 1],
  ['模型算法安全风险', risk('inherent-model-algorithm'), 1],
  ['系统安全风险', risk('inherent-system'), 1],
  ['网络域安全风险', risk('application-cyberspace'), 1],
  ['现实域安全风险', risk('application-real-world'), 1],
  ['认知域安全风险', risk('application-cognitive'), 1],
  ['伦理域安全风险', risk('application-ethical'), 1],
  // English words.
  ['data labeling', std('gb-t-45674-2025'), 3],
  ['face recognition', std('gb-t-41819-2022'), 3],
  ['pre-training', std('gb-t-45652-2025'), 1],
  ['machine learning', std('gb-t-42888-2023'), 1],
  ['smart home', std('gb-t-41387-2022'), 1],
  ['computing platform', std('gb-t-45958-2025'), 1],
  ['iris recognition', std('gb-t-20979-2019'), 1],
  ['fingerprint', std('gb-t-37076-2018'), 1],
  ['emergency response', std('cand-pg-genai-emergency-response'), 1],
  ['security management', node('b'), 1],
  ['Testing and evaluation', node('d'), 1],
  ['Data security risks', risk('inherent-data'), 3],
  ['Cognitive risks', risk('application-cognitive'), 1],
  ['Real-world risks', risk('application-real-world'), 1],
  // A reader's own words (keywords), in both languages.
  ['automobile data', std('gb-t-41871-2022'), 1],
  ['car', std('gb-t-41871-2022'), 3],
  ['自动驾驶', std('gb-t-41871-2022'), 1],
  ['watermark', std('gb-45438-2025'), 3],
  ['水印', std('gb-45438-2025'), 3],
  ['implicit label', std('gb-45438-2025'), 3],
  ['隐式标识', std('gb-45438-2025'), 3],
  ['deepfake', std('cand-deep-synthesis-spec'), 3],
  ['深度伪造', std('cand-deep-synthesis-spec'), 3],
  ['大模型', std('gb-t-45654-2025'), 5],
  ['LLM', std('gb-t-45654-2025'), 5],
  ['面部识别', std('gb-t-41819-2022'), 3],
  ['DNA', std('gb-t-41806-2022'), 1],
  ['guardrails', node('c-safety-guardrails'), 1],
  ['hallucination', risk('inherent-model-algorithm'), 1],
  ['信息茧房', risk('application-cognitive'), 1],
];

/** Words the site does not hold, whose pieces it does: each must find nothing, on both pages. */
const NOTHING = [
  '区块链',
  'cryptocurrency',
  'blockchain',
  '量子计算',
  'quantum computing',
  '元宇宙',
  'metaverse',
  '天气预报',
  'xyzzy',
  '车联网 区块链',
  'GB/T 99999',
];

interface Outcome {
  state: string;
  /** Result links in order, the exact match first. */
  hrefs: string[];
  exact: string | null;
  empty: boolean;
}

/** Wait until the search has answered, then read what it shows. */
async function settled(p: Page): Promise<Outcome> {
  await p.waitForFunction(() => ['done', 'failed', 'idle'].includes(document.querySelector('[data-search]')?.getAttribute('data-state') ?? ''));
  return p.evaluate(() => ({
    state: document.querySelector('[data-search]')!.getAttribute('data-state')!,
    hrefs: [...document.querySelectorAll('[data-search-result]')].map((r) => r.querySelector('a.search-result__link')!.getAttribute('href')!),
    exact: document.querySelector('[data-search-exact]:not([hidden]) [data-search-result] a')?.getAttribute('href') ?? null,
    empty: !document.querySelector<HTMLElement>('[data-search-empty]')!.hidden,
  }));
}

interface Watched {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
}

// Each test answers for what its pages did (the fixtures check it): no CSP violation, console or script error, no request elsewhere.
it.override({ contextOptions: { viewport: { width: 1280, height: 1600 } } });

describe('search at the site root', () => {
  const { base } = rootSite();
  const urls = createUrls(base);
  // The page and server of the test running.
  let server: Served;
  let w: Watched;
  const searchUrl = (locale: Locale, q?: string) => server.origin + urls.href(locale, { page: 'search', q });

  it.beforeEach(({ page, watched, server: s }) => {
    server = s;
    w = { page, requests: watched.requests };
  });

  describe.each(LOCALES)('on the %s search page', (locale) => {
    it.each(QUERIES)('%j finds %o within the first %i', async (q, route, within) => {
      await w.page.goto(searchUrl(locale, q));
      const { hrefs } = await settled(w.page);
      expect(hrefs.slice(0, within)).toContain(urls.href(locale, route));
    });

    it.each(NOTHING)('%j finds nothing, and the page says what to try', async (q) => {
      await w.page.goto(searchUrl(locale, q));
      const outcome = await settled(w.page);
      expect(outcome).toMatchObject({ state: 'done', hrefs: [], empty: true });
      const empty = w.page.locator('[data-search-empty]');
      await expect(empty.innerText()).resolves.toContain(q);
      await expect(empty.innerText()).resolves.toContain(t(locale, 'searchEmptyNumber'));
      await expect(empty.locator('a').getAttribute('href')).resolves.toBe(urls.href(locale, { page: 'standards' }));
    });
  });

  it('lists the query table with enough queries of every sort', () => {
    expect(QUERIES.length + NOTHING.length).toBeGreaterThanOrEqual(70);
    expect(NOTHING.length).toBeGreaterThanOrEqual(8);
    const reached = new Set(QUERIES.map(([, r]) => JSON.stringify(r)));
    for (const r of tax.risks) expect(reached.has(JSON.stringify(risk(r.id))), r.id).toBe(true);
    for (const p of tax.parts) expect(reached.has(JSON.stringify(node(p.id))), p.id).toBe(true);
  });

  it.each(LOCALES)('puts the standard a number names first, as the exact match (%s)', async (locale) => {
    for (const q of ['45654', 'GB/T 45654-2025', 'ＧＢ／Ｔ　４５６５４', 'tc260-003']) {
      await w.page.goto(searchUrl(locale, q));
      const { exact, hrefs } = await settled(w.page);
      const id = q.toLowerCase().includes('tc260') ? 'tc260-003' : 'gb-t-45654-2025';
      expect(exact, q).toBe(urls.href(locale, std(id)));
      expect(
        hrefs.filter((h) => h === exact),
        q,
      ).toHaveLength(1);
      await expect(w.page.locator('[data-search-exact] h2').innerText()).resolves.toBe(t(locale, 'searchExact'));
    }
    await w.page.goto(searchUrl(locale, locale === 'zh' ? '人脸识别' : 'face recognition'));
    expect((await settled(w.page)).exact).toBeNull();
  });

  it("shows each result with its number, title, kind, today's status and place", async () => {
    const s = tax.standard('gb-t-45654-2025');
    const today = statusToday(statusFacts(s), buildDate());
    await w.page.goto(searchUrl('en', 'GB/T 45654-2025'));
    await settled(w.page);
    const first = w.page.locator('[data-search-result]').first();
    await expect(first.locator('.search-result__link').innerText()).resolves.toBe(`GB/T 45654-2025 ${s.title.en}`);
    await expect(first.locator('.search-result__kind').innerText()).resolves.toBe(KIND_LABEL[s.kind].en);
    await expect(first.locator('.badge').innerText()).resolves.toBe(`${TODAY_STATUS_GLYPH[today]} ${TODAY_STATUS_LABEL[today].en}`);
    await expect(first.locator('.search-result__path').innerText()).resolves.toBe('C Key technologies › Generative AI security');
    await expect(w.page.locator('[data-search-note]').innerText()).resolves.toContain('GB/T 45654-2025');
  });

  it('quotes the description in excerpts and marks whole terms, never single characters or fragments', async () => {
    await w.page.goto(searchUrl('zh', '生成式'));
    await settled(w.page);
    const zhMarks = await w.page.locator('[data-search-result] mark').allInnerTexts();
    expect(zhMarks.length).toBeGreaterThan(3);
    for (const m of zhMarks) expect(m).toBe('生成式');

    await w.page.goto(searchUrl('en', 'data labeling'));
    await settled(w.page);
    const enMarks = await w.page.locator('.search-result__excerpt mark').allInnerTexts();
    expect(enMarks.length).toBeGreaterThan(0);
    for (const m of enMarks) expect(m.toLowerCase()).toMatch(/^(data|label\w*)$/);

    const s = tax.standard('gb-t-45654-2025');
    for (const locale of LOCALES) {
      await w.page.goto(searchUrl(locale, locale === 'zh' ? '服务' : 'services'));
      await settled(w.page);
      const excerpts = (await w.page.locator('.search-result__excerpt').allInnerTexts()).join('\n');
      expect(excerpts.length).toBeGreaterThan(0);
      // Never the record table, the inference boilerplate, the citation or a hidden key.
      for (const leak of [
        tax.document.confidence.placement[locale],
        tax.document.confidence.risks[locale],
        t(locale, 'number'),
        'c-generative-ai-security',
        `${s.number} ${s.title[locale === 'zh' ? 'en' : 'zh']}`,
      ]) {
        expect(excerpts).not.toContain(leak);
      }
    }
  });

  it('says which other name a result was found by', async () => {
    await w.page.goto(searchUrl('en', 'automobile'));
    await settled(w.page);
    const first = w.page.locator('[data-search-result]').first();
    await expect(first.locator('a').getAttribute('href')).resolves.toBe(urls.href('en', std('gb-t-41871-2022')));
    await expect(first.locator('.search-result__aka').innerText()).resolves.toBe(`${t('en', 'searchAlsoKnownAs')}${t('en', 'colon')}automobile`);
  });

  it('keeps the two languages apart', async () => {
    for (const locale of LOCALES) {
      await w.page.goto(searchUrl(locale, 'security'));
      const { hrefs } = await settled(w.page);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h.startsWith(`${base}en/`), h).toBe(locale === 'en');
    }
  });

  describe.each(LOCALES)('facets on the %s page', (locale) => {
    /** The menu's options as [value, count]; the first is "all". */
    const options = (facet: string) =>
      w.page
        .locator(`select[data-facet="${facet}"] option`)
        .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, Number(/\((\d+)\)$/.exec(o.textContent ?? '')?.[1])] as const));
    const shown = () => w.page.locator('[data-search-result]').count();
    const texts = (selector: string) => w.page.locator(`[data-search-result] ${selector}`).allInnerTexts();

    it("narrow by kind, then today's status, then part, each value showing its count", async () => {
      await w.page.goto(searchUrl(locale, locale === 'zh' ? '安全' : 'security'));
      await settled(w.page);
      const all = Number(await w.page.locator('[data-search-summary]').getAttribute('data-count'));
      expect((await options('kind'))[0]).toEqual(['', all]);

      const guide = KIND_LABEL['practice-guide'][locale];
      const guides = (await options('kind')).find(([v]) => v === guide)![1];
      expect(guides).toBeGreaterThan(1);
      await w.page.selectOption('select[data-facet="kind"]', guide);
      await expect(shown()).resolves.toBe(guides);
      for (const kind of await texts('.search-result__kind')) expect(kind).toBe(guide);

      const published = TODAY_STATUS_LABEL.published[locale];
      const count = (await options('status')).find(([v]) => v === published)![1];
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(guides);
      await w.page.selectOption('select[data-facet="status"]', published);
      await expect(shown()).resolves.toBe(count);
      for (const badge of await texts('.badge')) expect(badge).toContain(published);
      // The status menu offers today's statuses only.
      const labels = Object.values(TODAY_STATUS_LABEL).map((l) => l[locale]);
      for (const [v] of (await options('status')).slice(1)) expect(labels).toContain(v);

      const c = locale === 'zh' ? 'C 关键技术' : 'C Key technologies';
      const inC = (await options('part')).find(([v]) => v === c)![1];
      await w.page.selectOption('select[data-facet="part"]', c);
      await expect(shown()).resolves.toBe(inC);
      for (const path of await texts('.search-result__path')) expect(path.startsWith('C ')).toBe(true);

      await w.page.selectOption('select[data-facet="kind"]', '');
      await expect(shown()).resolves.toBeGreaterThanOrEqual(inC);
    });

    it('list the parts A–E in order', async () => {
      await w.page.goto(searchUrl(locale, locale === 'zh' ? '安全' : 'security'));
      await settled(w.page);
      const letters = (await options('part')).map(([v]) => v.slice(0, 2)).filter((l) => /^[A-E] $/.test(l));
      expect(letters).toEqual(['A ', 'B ', 'C ', 'D ', 'E ']);
    });
  });

  it('reads ?q= into the box, and writes the box back into ?q=', async () => {
    await w.page.goto(searchUrl('zh', 'GB/T 45654-2025'));
    await expect(w.page.inputValue('#search-query')).resolves.toBe('GB/T 45654-2025');
    expect((await settled(w.page)).hrefs[0]).toBe(urls.href('zh', std('gb-t-45654-2025')));

    await w.page.fill('#search-query', 'smart home');
    await w.page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'smart home');
    await w.page.waitForFunction(() => document.querySelector('[data-search-result] a')?.getAttribute('href')?.includes('gb-t-41387-2022'));
    const shared = w.page.url();
    expect(new URL(shared).pathname + new URL(shared).search).toBe(urls.href('zh', { page: 'search', q: 'smart home' }));

    // The address alone brings the same search back.
    await w.page.goto(shared);
    await expect(w.page.inputValue('#search-query')).resolves.toBe('smart home');
    expect((await settled(w.page)).hrefs[0]).toBe(urls.href('zh', std('gb-t-41387-2022')));
  });

  it('runs a search typed in the header box of any page on the search page', async () => {
    await w.page.goto(server.origin + urls.href('en', std('gb-t-45654-2025')));
    await w.page.fill('#site-search', 'GB45438');
    await w.page.press('#site-search', 'Enter');
    await w.page.waitForURL((u) => u.pathname === urls.href('en', { page: 'search' }) && u.searchParams.get('q') === 'GB45438');
    await expect(w.page.inputValue('#search-query')).resolves.toBe('GB45438');
    expect((await settled(w.page)).hrefs[0]).toBe(urls.href('en', std('gb-45438-2025')));
  });

  describe('bad input', () => {
    /** Nothing from the query ran, and it reached the page only as text. */
    async function harmless(p: Page) {
      const state = await p.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        injected: document.querySelectorAll('main script:not([src]), main img, main iframe, main [onerror], main b').length,
      }));
      expect(state).toEqual({ pwned: undefined, injected: 0 });
    }

    it('shows markup in ?q= as text and runs none of it', async () => {
      const hostile = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><b>安全</b>"\'&';
      for (const locale of LOCALES) {
        await w.page.goto(searchUrl(locale, hostile));
        await settled(w.page);
        await expect(w.page.inputValue('#search-query')).resolves.toBe(hostile);
        await harmless(w.page);
        const empty = w.page.locator('[data-search-empty-title]');
        if (await empty.isVisible()) await expect(empty.innerText()).resolves.toContain(hostile);
      }
    });

    it('cuts a 10 000-character query to a length it can search, without hanging', async () => {
      await w.page.goto(searchUrl('en', 'security '.repeat(1112).slice(0, 10_000)));
      const outcome = await settled(w.page);
      expect(outcome.state).toBe('done');
      expect((await w.page.inputValue('#search-query')).length).toBeLessThanOrEqual(200);
      await harmless(w.page);
    });

    it('treats a query of punctuation alone as finding nothing', async () => {
      for (const q of ['?!…——', '"""', '<>']) {
        await w.page.goto(searchUrl('zh', q));
        const outcome = await settled(w.page);
        expect(outcome, q).toMatchObject({ hrefs: [], empty: true });
        await harmless(w.page);
      }
    });

    it('reads broken percent-encoding in ?q= as text', async () => {
      for (const raw of ['%E4%BA%BA%E8%84%B8%E8%AF%86%E5', '%', '%ZZ%3Cscript%3E', '45654%']) {
        await w.page.goto(`${searchUrl('zh')}?q=${raw}`);
        const outcome = await settled(w.page);
        expect(['done', 'idle'], raw).toContain(outcome.state);
        await harmless(w.page);
      }
    });
  });

  it('loads no search code on other pages, and on the search page only pagefind.js and the index, once asked', async () => {
    const { page, requests } = w;
    const pagefind = () => requests.filter((r) => r.includes('/pagefind/'));
    await page.goto(server.origin + urls.href('zh', std('gb-t-45654-2025')));
    expect(pagefind()).toEqual([]);
    await page.goto(searchUrl('zh'));
    await page.waitForLoadState('networkidle');
    expect(pagefind()).toEqual([]);
    await page.focus('#search-query');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('.pf_meta')));
    await page.fill('#search-query', '45654');
    await settled(page);
    const names = pagefind().map((r) => new URL(r).pathname.split('/pagefind/')[1]!);
    expect(names).toContain('pagefind.js');
    for (const n of names)
      expect(n, n).toMatch(
        /^(pagefind\.js|pagefind-entry\.json(\?.*)?|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind|(index|fragment|filter)\/[\w-]+\.pf_\w+)$/,
      );
  });

  it('says so, and links to the table, when the index cannot load', async ({ ignoreConsole }) => {
    // The browser logs the blocked request as a failed load.
    ignoreConsole(/Failed to load resource: net::ERR_FAILED/);
    const { page } = w;
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    for (const locale of LOCALES) {
      await page.goto(searchUrl(locale, '45654'));
      await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-state') === 'failed');
      const message = page.locator('[data-search-failed]');
      await expect(message.innerText()).resolves.toContain(t(locale, 'searchFailed'));
      await expect(message.locator('a').getAttribute('href')).resolves.toBe(urls.href(locale, { page: 'standards' }));
    }
  });

  it('passes the accessibility checks with results, facets and the empty state showing', async () => {
    for (const [locale, q] of [
      ['zh', '人脸识别'],
      ['en', '45654'],
      ['en', 'blockchain'],
    ] as const) {
      await w.page.goto(searchUrl(locale, q));
      await settled(w.page);
      expect(await seriousViolations(w.page), `${locale} ${q}`).toEqual([]);
    }
  });

  it('without JavaScript, says so and links to the table of all standards', async ({ newPage }) => {
    const p = await newPage({ javaScriptEnabled: false });
    for (const locale of LOCALES) {
      await p.goto(searchUrl(locale, '45654'));
      const message = p.locator('noscript .search__message');
      await expect(message.innerText()).resolves.toContain(t(locale, 'searchNoScript'));
      await expect(message.locator('a').getAttribute('href')).resolves.toBe(urls.href(locale, { page: 'standards' }));
      await expect(p.locator('[data-search-ui]').isHidden()).resolves.toBe(true);
    }
  });
});

describe('the search index', () => {
  const { dir } = rootSite();
  it('holds no Pagefind interface files, only the engine and the index', () => {
    for (const f of ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-ui.js', 'pagefind-worker.js'])
      expect(() => readFileSync(join(dir, 'pagefind', f))).toThrow();
    expect(readFileSync(join(dir, 'pagefind', 'pagefind.js')).length).toBeGreaterThan(0);
  });
});

describe('search under a base path', () => {
  const { base } = baseSite();
  const urls = createUrls(base);
  it.override({ site: 'base' });
  // The page and server of the test running; the requests of every page the suite opened, in order.
  let server: Served;
  let w: Watched;
  const requests: string[] = [];

  it.beforeEach(({ page, server: s }) => {
    server = s;
    w = { page, requests };
  });
  it.afterEach(({ watched }) => {
    requests.push(...watched.requests);
  });

  it.each(LOCALES)('finds standards and links to them under the base (%s)', async (locale) => {
    await w.page.goto(server.origin + urls.href(locale, { page: 'search', q: 'gb/t45654' }));
    const { hrefs, exact } = await settled(w.page);
    expect(exact).toBe(urls.href(locale, std('gb-t-45654-2025')));
    for (const h of hrefs) expect(h.startsWith(base), h).toBe(true);

    await w.page.goto(server.origin + urls.href(locale, { page: 'search', q: locale === 'zh' ? '人脸识别' : 'face recognition' }));
    expect((await settled(w.page)).hrefs.slice(0, 3)).toContain(urls.href(locale, std('gb-t-41819-2022')));

    await w.page.click('[data-search-result] a');
    await w.page.waitForURL((u) => u.pathname.startsWith(`${base}${locale === 'en' ? 'en/' : ''}standards/`));
    await expect(w.page.locator('h1').innerText()).resolves.toMatch(/GB\/T \d+-\d{4}/);
  });

  it('fetched the engine and index from under the base, and nothing else', () => {
    expect(w.requests.filter((r) => r.includes('/pagefind/')).every((r) => r.startsWith(`${server.origin}${base}pagefind/`))).toBe(true);
    expect(w.requests.some((r) => r.endsWith(`${base}pagefind/pagefind.js`))).toBe(true);
    expect(w.requests.filter((r) => !r.startsWith(server.origin + base))).toEqual([]);
  });
});
