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
import { KIND_LABEL, LOCALES, type Locale, TODAY_STATUS_LABEL, TODAY_STATUS_GLYPH } from '~/lib/base/vocabulary';
import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { it } from '../helpers/fixtures';
import type { Served } from '../helpers/serve';
import { baseSite, rootSite } from '../helpers/sites';
import { loadContent, modelOf } from '../helpers/load-content';
import { t, tf } from '~/lib/i18n/ui';
import { buildDate } from '~/lib/astro/build-date';
import { statusToday } from '~/lib/model/status-today';
import { createUrls, type Route } from '~/lib/site/urls';
import { TERM_CHUNKS, type TermTable } from '~/lib/search/terms';
import { readFragments } from '../../src/integrations/search-terms.mjs';

const tax = modelOf(loadContent(process.env.CONTENT_DIR ?? resolve(import.meta.dirname, '../../content')));

const std = (id: string): Route => ({ page: 'standard', id });
const node = (id: string): Route => ({ page: 'node', id });
const risk = (id: string): Route => ({ page: 'risk', id });
const regulation = (id: string): Route => ({ page: 'regulation', id });

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
  // Words for the kind of standard around a number, joined to it or not.
  ['国标45438', std('gb-45438-2025'), 1],
  ['国标 45438', std('gb-45438-2025'), 1],
  ['国家标准GB/T 45654', std('gb-t-45654-2025'), 1],
  ['推荐性国家标准 GB/T 45654-2025', std('gb-t-45654-2025'), 1],
  ['强制性国家标准GB 45438', std('gb-45438-2025'), 1],
  ['GB/T 41819 国家标准', std('gb-t-41819-2022'), 1],
  ['45654国标', std('gb-t-45654-2025'), 1],
  ['标准号：GB/T 45652', std('gb-t-45652-2025'), 1],
  ['國標45438', std('gb-45438-2025'), 1],
  ['national standard GB/T 45654', std('gb-t-45654-2025'), 1],
  ['GB 45438 national standard', std('gb-45438-2025'), 1],
  ['std 41819', std('gb-t-41819-2022'), 1],
  ['standard no. 45674', std('gb-t-45674-2025'), 1],
  ['TC260-003 技术文件', std('tc260-003'), 1],
  ['实践指南 TC260-PG-20233A', std('tc260-pg-20233a'), 1],
  // Traditional characters, and the regional words of Taiwan and Hong Kong.
  ['人臉識別', std('gb-t-41819-2022'), 3],
  ['生成式人工智慧服務安全基本要求', std('tc260-003'), 1],
  ['網絡安全技術 生成式人工智慧服務安全基本要求', std('gb-t-45654-2025'), 1],
  ['資料標註', std('gb-t-45674-2025'), 1],
  ['訓練資料', std('gb-t-45652-2025'), 1],
  ['機器學習', std('gb-t-42888-2023'), 1],
  ['智慧家居', std('gb-t-41387-2022'), 1],
  ['聲紋', std('gb-t-41807-2022'), 1],
  ['虹膜識別', std('gb-t-20979-2019'), 1],
  ['深度偽造', std('cand-deep-synthesis-spec'), 3],
  // A title that holds the whole (converted) query leads; an English word for a Chinese term reaches it by keywords.
  ['內容標識', std('gb-45438-2025'), 1],
  ['deepfake labeling', std('gb-45438-2025'), 1],
  // A regulation's short name finds its page and the standards that support it (in the other language's index, the
  // three standards supporting the Interim Measures carry the same short name, so the regulation comes among them).
  ['标识办法', regulation('ai-content-labeling-measures'), 3],
  ['标识办法', std('gb-45438-2025'), 3],
  ['Labeling Measures', regulation('ai-content-labeling-measures'), 3],
  ['Labeling Measures', std('gb-45438-2025'), 3],
  ['暂行办法', regulation('genai-interim-measures'), 5],
  ['暂行办法', std('tc260-003'), 5],
  ['暂行办法', std('gb-t-45654-2025'), 5],
  ['暂行办法', std('gb-t-45652-2025'), 5],
  ['interim measures', regulation('genai-interim-measures'), 3],
  ['interim measures', std('tc260-003'), 5],
  ['interim measures', std('gb-t-45654-2025'), 5],
  ['interim measures', std('gb-t-45652-2025'), 5],
];

/**
 * Every node, risk and later document, by its title in each language: on both
 * search pages, the entry itself comes within the first three, before pages
 * that only mention it.
 */
const later = (id: string): Route => ({ page: 'later-document', id });
const TITLES: [string, Route][] = [
  ...tax.nodes.flatMap((n) => LOCALES.map((l): [string, Route] => [n.title[l], node(n.id)])),
  ...tax.risks.flatMap((r) => LOCALES.map((l): [string, Route] => [r.title[l], risk(r.id)])),
  ...tax.later.flatMap((d) => LOCALES.map((l): [string, Route] => [d.title[l], later(d.id)])),
  ...tax.regulations.flatMap((r) => LOCALES.map((l): [string, Route] => [r.title[l], regulation(r.id)])),
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
  '国家标准 GB/T 99999',
  '国标12345',
  'national standard 99999',
  '區塊鏈',
  '人工智慧 區塊鏈',
  'xyzzy 45654',
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

    it.each(TITLES)('%j, a title, finds its entry within the first three', async (q, route) => {
      await w.page.goto(searchUrl(locale, q));
      const { hrefs } = await settled(w.page);
      expect(hrefs.slice(0, 3)).toContain(urls.href(locale, route));
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
    expect(QUERIES.length + NOTHING.length).toBeGreaterThanOrEqual(110);
    expect(NOTHING.length).toBeGreaterThanOrEqual(10);
    const reached = new Set(QUERIES.map(([, r]) => JSON.stringify(r)));
    for (const r of tax.risks) expect(reached.has(JSON.stringify(risk(r.id))), r.id).toBe(true);
    for (const p of tax.parts) expect(reached.has(JSON.stringify(node(p.id))), p.id).toBe(true);
    // By title, in both languages: every node, risk, later document and regulation.
    expect(TITLES).toHaveLength(2 * (tax.nodes.length + tax.risks.length + tax.later.length + tax.regulations.length));
    expect(tax.regulations.length).toBeGreaterThan(0);
    expect(tax.later.length).toBeGreaterThan(0);
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
    /** The results shown once the page has shown them: narrowing may load more records first. */
    const shown = async () => (await settled(w.page)).hrefs.length;
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

      // A status resting on one source or an inference is its own value, in words: "Published (one source)".
      const [published, count] = (await options('status')).find(([v]) => v.startsWith(TODAY_STATUS_LABEL.published[locale]))!;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(guides);
      await w.page.selectOption('select[data-facet="status"]', published);
      await expect(shown()).resolves.toBe(count);
      for (const badge of await texts('.badge')) expect(badge).toContain(published);
      // The status menu offers today's statuses only, each with what it rests on where that is less than a record.
      const labels = Object.values(TODAY_STATUS_LABEL).map((l) => l[locale]);
      for (const [v] of (await options('status')).slice(1))
        expect(
          labels.some((l) => v === l || v.startsWith(`${l}${locale === 'zh' ? '（' : ' ('}`)),
          v,
        ).toBe(true);

      // A part of the framework, whichever the guides shown are in.
      const [c, inC] = (await options('part')).find(([v]) => /^[A-E] /.test(v))!;
      await w.page.selectOption('select[data-facet="part"]', c);
      await expect(shown()).resolves.toBe(inC);
      for (const path of await texts('.search-result__path')) expect(path.startsWith(c.slice(0, 2))).toBe(true);

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

    it('takes mixed scripts and unpaired surrogates, typed or in ?q=', async () => {
      for (const q of ['GB/T人脸45654データ검색', 'AI安全 ИИ 45654']) {
        await w.page.goto(searchUrl('zh', q));
        expect(['done', 'idle']).toContain((await settled(w.page)).state);
        await harmless(w.page);
      }
      // A lone surrogate cannot be percent-encoded; it reaches the page typed, or as a broken sequence.
      await w.page.goto(`${searchUrl('zh')}?q=%ED%A0%80%E4%BA%BA%E8%84%B8`);
      expect(['done', 'idle']).toContain((await settled(w.page)).state);
      await w.page.fill('#search-query', '\uD800人脸识别\uDC00');
      await w.page.press('#search-query', 'Enter');
      await w.page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-state') === 'done');
      await harmless(w.page);
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

  it('loads no search code on other pages, and on the search page only pagefind.js and the index, each file once', async () => {
    const { page, requests } = w;
    const pagefind = () => requests.filter((r) => r.includes('/pagefind/'));
    await page.goto(server.origin + urls.href('zh', std('gb-t-45654-2025')));
    expect(pagefind()).toEqual([]);
    // The search page starts the engine once it has loaded, asking for the index's first files by name at once.
    await page.goto(searchUrl('zh'));
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('.pf_meta')));
    await page.fill('#search-query', '45654');
    await settled(page);
    await page.waitForLoadState('networkidle');
    const names = pagefind().map((r) => new URL(r).pathname.split('/pagefind/')[1]!);
    expect(names).toContain('pagefind.js');
    for (const n of names)
      expect(n, n).toMatch(
        /^(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind|(index|fragment|filter)\/[\w-]+\.pf_\w+|site-terms\/[\w-]+(\.\d+)?\.json)$/,
      );
    // Preloaded and then used: nothing is fetched twice, the entry file included.
    expect(pagefind().filter((r, i, all) => all.indexOf(r) !== i)).toEqual([]);
    expect(names.filter((n) => n === 'pagefind-entry.json')).toHaveLength(1);
    const downloads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/pagefind/')),
    );
    expect(downloads.filter((n, i) => downloads.indexOf(n) !== i)).toEqual([]);

    // A search from the address asks for the engine's files by name once its first answer is painted: each once too.
    await page.goto(searchUrl('en', 'data labeling'));
    await settled(page);
    await page.waitForLoadState('networkidle');
    const fromAddress = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/pagefind/')),
    );
    expect(fromAddress.some((n) => n.includes('pagefind-entry.json'))).toBe(true);
    expect(fromAddress.filter((n, i) => fromAddress.indexOf(n) !== i)).toEqual([]);
  });

  it('answers a number from the page when the index cannot load, and says full-text search is unavailable', async ({ ignoreConsole }) => {
    // The browser logs the blocked requests as failed loads.
    ignoreConsole(/Failed to load resource: net::ERR_FAILED/);
    const { page } = w;
    await page.route('**/pagefind/**', (route) => route.abort());
    for (const locale of LOCALES) {
      await page.goto(searchUrl(locale, '国标 45654'));
      const outcome = await settled(page);
      expect(outcome).toMatchObject({ state: 'failed', exact: urls.href(locale, std('gb-t-45654-2025')), empty: false });
      await expect(page.locator('[data-search-summary]').innerText()).resolves.toBe(t(locale, 'searchCountOne'));
      const message = page.locator('[data-search-failed]');
      await expect(message.innerText()).resolves.toContain(t(locale, 'searchUnavailable'));
      await expect(message.locator('a').getAttribute('href')).resolves.toBe(urls.href(locale, { page: 'standards' }));

      // Words need the index: the page says so, lists only the titles that hold them, and does not claim
      // that nothing else does.
      await page.goto(searchUrl(locale, locale === 'zh' ? '人脸识别' : 'face recognition'));
      const words = await settled(page);
      expect(words).toMatchObject({ state: 'failed', empty: false });
      expect(words.hrefs[0]).toBe(urls.href(locale, std('gb-t-41819-2022')));
      await expect(page.locator('[data-search-failed]').isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-search-summary]').innerText()).resolves.toBe('');
      // Words no title holds: nothing listed.
      await page.goto(searchUrl(locale, '数据标注 评估'));
      expect(await settled(page)).toMatchObject({ state: 'failed', hrefs: [], empty: false });
    }
  });

  it('shows the exact match from the page before the index has loaded', async () => {
    const { page } = w;
    // Hold the index back: the number's card must not wait for it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(searchUrl('en', 'GB/T 45654-2025'));
    await page.waitForSelector('[data-search-exact] [data-search-result] a');
    await expect(page.locator('[data-search]').getAttribute('data-state')).resolves.toBe('loading');
    await expect(page.locator('[data-search-exact] a').getAttribute('href')).resolves.toBe(urls.href('en', std('gb-t-45654-2025')));
    // A keyboard reader already on the card stays there when the other results arrive.
    await page.keyboard.press('Tab');
    const onCard = () => page.evaluate(() => document.activeElement?.closest('[data-search-exact]') !== null && document.activeElement?.tagName === 'A');
    await expect(onCard()).resolves.toBe(true);
    release();
    expect((await settled(page)).state).toBe('done');
    await expect(onCard()).resolves.toBe(true);
  });

  it.each([
    ['zh', '人脸识别', '人脸识别'],
    ['zh', '人臉識別', '人脸识别'],
    ['en', 'face recognition', 'face recognition'],
  ] as const)(
    'on the %s page, lists the entries whose titles hold %j before the index has loaded, in the order the results keep',
    async (locale, q, asSimplified) => {
      const { page } = w;
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      // Pagefind itself held back; the term table, which converts traditional Chinese, let through.
      await page.route('**/pagefind/**', async (route) => {
        if (!route.request().url().includes('/site-terms/')) await held;
        await route.continue();
      });
      await page.goto(searchUrl(locale, q));
      await page.waitForSelector('[data-search-results] a.search-result__link');
      await expect(page.locator('[data-search]').getAttribute('data-state')).resolves.toBe('loading');
      const early = await page.locator('[data-search-results] a.search-result__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(early[0]).toBe(urls.href(locale, std('gb-t-41819-2022')));
      // Each lists a title that holds the words, in the page's language or, said so, in the other.
      const cards = await page.locator('[data-search-results] [data-search-result]').evaluateAll((cards) => cards.map((c) => c.textContent ?? ''));
      const fold = (text: string) => text.toLowerCase().replace(/\s+/g, '');
      for (const text of cards) expect(fold(text)).toContain(fold(asSimplified));
      const first = page.locator('[data-search-results] a.search-result__link').first();
      const before = await first.boundingBox();
      release();
      const { state, hrefs } = await settled(page);
      expect(state).toBe('done');
      expect(hrefs.slice(0, early.length)).toEqual(early);
      // Nothing above the list moved it down when the results came.
      expect((await first.boundingBox())?.y).toBe(before?.y);
    },
  );

  it('offers the standard a number one slip away was meant for, before the index has loaded', async () => {
    const { page } = w;
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    for (const [locale, q] of [
      ['zh', 'GB/T 45645'], // two digits swapped
      ['en', 'GB/T 45564-2025'], // two other digits swapped
    ] as const) {
      await page.goto(searchUrl(locale, q));
      const offer = page.locator('[data-search-suggest]:not([hidden])');
      await offer.waitFor();
      await expect(page.locator('[data-search]').getAttribute('data-state')).resolves.toBe('loading');
      await expect(offer.innerText()).resolves.toBe(tf(locale, 'searchDidYouMean', { numbers: 'GB/T 45654-2025' }));
      await expect(offer.locator('a').getAttribute('href')).resolves.toBe(urls.href(locale, std('gb-t-45654-2025')));
    }
    release();
    expect(await settled(page)).toMatchObject({ state: 'done', hrefs: [], empty: true });
    await expect(page.locator('[data-search-suggest]').isVisible()).resolves.toBe(true);
  });

  it('says when a query was searched in simplified Chinese', async () => {
    await w.page.goto(searchUrl('zh', '人臉識別'));
    const { hrefs } = await settled(w.page);
    expect(hrefs.slice(0, 3)).toContain(urls.href('zh', std('gb-t-41819-2022')));
    await expect(w.page.locator('[data-search-note]').innerText()).resolves.toBe(tf('zh', 'searchAsSimplified', { query: '人脸识别' }));
    // The excerpts mark what was searched.
    for (const m of await w.page.locator('.search-result__excerpt mark').allInnerTexts()) expect(m).toMatch(/人脸|识别/);
    await w.page.goto(searchUrl('zh', '人脸识别'));
    await settled(w.page);
    await expect(w.page.locator('[data-search-note]').innerText()).resolves.toBe('');
  });

  describe('focus after a search', () => {
    const focused = (p: Page) =>
      p.evaluate(() => {
        const e = document.activeElement;
        return { tag: e?.tagName ?? '', text: e?.textContent?.trim() ?? '', href: e?.getAttribute('href') ?? null };
      });

    it.each(LOCALES)('from the address, moves to the exact match, one Tab from its link (%s)', async (locale) => {
      await w.page.goto(searchUrl(locale, 'GB/T 45654-2025'));
      await settled(w.page);
      await w.page.waitForFunction(() => document.activeElement?.matches('[data-search-exact-heading]'));
      await expect(focused(w.page)).resolves.toMatchObject({ tag: 'H2', text: t(locale, 'searchExact') });
      await w.page.keyboard.press('Tab');
      await expect(focused(w.page)).resolves.toMatchObject({ tag: 'A', href: urls.href(locale, std('gb-t-45654-2025')) });
    });

    it.each(LOCALES)('from the address, moves to the results heading, one Tab from the first result (%s)', async (locale) => {
      await w.page.goto(searchUrl(locale, locale === 'zh' ? '人脸识别' : 'face recognition'));
      const { hrefs } = await settled(w.page);
      // Focus follows the frame that paints the answer.
      await w.page.waitForFunction(() => document.activeElement?.matches('[data-search-summary]'));
      const count = Number(await w.page.locator('[data-search-summary]').getAttribute('data-count'));
      const heading = count === 1 ? t(locale, 'searchCountOne') : tf(locale, 'searchCountMany', { count });
      await expect(focused(w.page)).resolves.toMatchObject({ tag: 'H2', text: heading });
      // The count is announced.
      await expect(w.page.locator('[role="status"][data-search-status]').innerText()).resolves.toBe(heading);
      await w.page.keyboard.press('Tab');
      await expect(focused(w.page)).resolves.toMatchObject({ tag: 'A', href: hrefs[0] });
    });

    it('after Enter in the box, moves to the answer; while typing, stays in the box', async () => {
      await w.page.goto(searchUrl('zh'));
      await w.page.focus('#search-query');
      await w.page.keyboard.type('训练数据');
      await w.page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-state') === 'done');
      await expect(focused(w.page)).resolves.toMatchObject({ tag: 'INPUT' });
      const announced = await w.page.locator('[data-search-status]').innerText();
      expect(announced).toMatch(/\d/);

      // A keyword only one standard has: the answer is its card, as the exact match.
      await w.page.keyboard.press('Enter');
      await w.page.waitForFunction(() => document.activeElement?.matches('[data-search-exact-heading]'));
      await w.page.keyboard.press('Tab');
      await expect(focused(w.page)).resolves.toMatchObject({ tag: 'A', href: urls.href('zh', std('gb-t-45652-2025')) });

      // Words that name no entry: focus goes to the results heading.
      await w.page.fill('#search-query', '安全要求');
      await w.page.press('#search-query', 'Enter');
      await w.page.waitForFunction(() => document.activeElement?.matches('[data-search-summary]'));

      await w.page.fill('#search-query', '区块链');
      await w.page.press('#search-query', 'Enter');
      await w.page.waitForFunction(() => document.activeElement?.matches('[data-search-empty-title]'));
      await expect(w.page.locator('[data-search-status]').innerText()).resolves.toBe(t('zh', 'searchNone'));
    });

    it('shows where focus is', async () => {
      await w.page.goto(searchUrl('en', 'face recognition'));
      await settled(w.page);
      await w.page.waitForFunction(() => document.activeElement?.matches('[data-search-summary]'));
      const outline = await w.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
    });
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

  it("has a term table for each language's index, covering exactly the pages Pagefind indexed", async () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const fragments = await readFragments(join(dir, 'pagefind', 'fragment'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    for (const [lang, { hash }] of Object.entries(entry.languages)) {
      const table = JSON.parse(readFileSync(join(dir, 'pagefind', 'site-terms', `${hash}.json`), 'utf8')) as TermTable;
      expect(table.chunks).toBe(TERM_CHUNKS);
      const indexed = [...fragments].filter(([id]) => id.startsWith(`${lang}_`));
      expect(table.pages.map(([id, url]) => [id, url]).sort()).toEqual(indexed.map(([id, f]) => [id, f.url]).sort());
      for (let c = 0; c < TERM_CHUNKS; c++)
        expect(() => JSON.parse(readFileSync(join(dir, 'pagefind', 'site-terms', `${hash}.${c}.json`), 'utf8'))).not.toThrow();
    }
    // Later documents are indexed, in both languages.
    for (const d of tax.later) for (const l of LOCALES) expect([...fragments.values()].some((f) => f.url === createUrls('/').href(l, later(d.id)))).toBe(true);
  });

  it('holds none of the links every standard page repeats', async () => {
    const fragments = [...(await readFragments(join(dir, 'pagefind', 'fragment'))).values()];
    expect(fragments.length).toBeGreaterThan(tax.standards.length);
    for (const locale of LOCALES) for (const f of fragments) expect(f.content, f.url).not.toContain(t(locale, 'statusLegend'));
  });

  it("carries today's number map in the search page, within 3 KB gzip, and writes no files of it", () => {
    for (const locale of LOCALES) {
      const html = readFileSync(join(dir, ...(locale === 'en' ? ['en'] : []), 'search', 'index.html'), 'utf8');
      const map = /data-numbers="([^"]*)"/.exec(html)?.[1];
      expect(map, locale).toBeDefined();
      const json = map!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&#39;/g, "'");
      expect(JSON.parse(json).length).toBeGreaterThanOrEqual(tax.standards.filter((s) => s.number).length);
      expect(gzipSync(json).length).toBeLessThanOrEqual(3 * 1024);
      expect(html).not.toContain('data-number-files');
    }
    expect(() => readFileSync(join(dir, 'search', 'numbers', '0.json'))).toThrow();
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
