import { describe, expect, it } from 'vitest';
import { hanBigrams, hanWords, MAX_QUERY_LENGTH, prepareQuery, queryFromSearch, tidyQuery } from '~/lib/search/query';
import { laterRecord, META_LIST_SEPARATOR, nodeRecord, riskRecord, standardRecord } from '~/lib/search/record';
import { TODAY_STATUS_LABEL } from '~/lib/base/vocabulary';
import { FIXTURE, loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { statusFacts } from '~/lib/model/certainty';
import { statusToday } from '~/lib/model/status-today';

describe('search queries', () => {
  it.each([
    ['GB/T 45654-2025', '45654', ['GB/T 45654-2025']],
    ['gb/t45654', '45654', ['GB/T 45654']],
    ['GBT 45654', '45654', ['GB/T 45654']],
    ['GB/T45654—2025', '45654', ['GB/T 45654-2025']],
    ['ＧＢ／Ｔ　４５６５４－２０２５', '45654', ['GB/T 45654-2025']],
    ['GB45438', '45438', ['GB 45438']],
    ['gb 45438-2025', '45438', ['GB 45438-2025']],
    ['TC260-003', '003', ['TC260-003']],
    ['tc260 003', '003', ['TC260-003']],
    ['TC260-PG-20233A', '20233a', ['TC260-PG-20233A']],
    ['tc260pg20211a', '20211a', ['TC260-PG-20211A']],
  ])('searches the number %j as its serial %j', (input, term, numbers) => {
    expect(prepareQuery(input)).toMatchObject({ term, numbers, byNumber: true });
  });

  it.each([
    ['45654', '45654'],
    ['45654-2025', '45654'],
    ['45654 — 2025', '45654'],
  ])('searches the bare serial %j as %j', (input, term) => {
    expect(prepareQuery(input)).toMatchObject({ term, numbers: [], byNumber: true });
  });

  it('rewrites numbers inside a longer query and keeps the words', () => {
    expect(prepareQuery('GB/T 45654-2025 训练数据')).toMatchObject({ term: '45654 训练数据', numbers: ['GB/T 45654-2025'], byNumber: false });
    expect(prepareQuery('标准GB45438要求')).toMatchObject({ term: '标准 45438 要求', numbers: ['GB 45438'] });
    expect(prepareQuery('compare TC260-003 and GB/T 45654')).toMatchObject({ term: 'compare 003 and 45654', numbers: ['TC260-003', 'GB/T 45654'] });
  });

  it.each(['人脸识别', '训练数据', 'data labeling', 'GBK encoding', 'TC260', 'a45654b', 'ISO 27001'])('passes %j through unchanged', (input) => {
    expect(prepareQuery(input)).toMatchObject({ display: input, term: input, numbers: [], byNumber: false });
  });

  it('keeps what the reader typed for display, tidied', () => {
    expect(prepareQuery('  gb/t\u00a045654\n ').display).toBe('gb/t 45654');
    expect(prepareQuery('ＡＩ　安全').display).toBe('AI 安全');
  });

  it('sends Chinese to the English index as bigrams, and to the Chinese index as typed', () => {
    expect(hanBigrams('数据标注')).toEqual(['数据', '据标', '标注']);
    expect(hanBigrams('AI 人 脸识别')).toEqual(['人', '脸识', '识别']);
    expect(prepareQuery('数据标注', 'en').term).toBe('数据 据标 标注');
    expect(prepareQuery('GB/T 45654 训练数据', 'en').term).toBe('45654 训练 练数 数据');
    expect(prepareQuery('数据标注', 'zh').term).toBe('数据标注');
  });

  it('has nothing to search for in blank input', () => {
    expect(prepareQuery(' \t ')).toEqual({ display: '', term: '', numbers: [], byNumber: false, words: [] });
  });

  it('bounds the length and strips control characters', () => {
    expect(tidyQuery('x'.repeat(1000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(tidyQuery('a\u0000b\u001fc')).toBe('a b c');
  });

  it('reads the query from the address, as text', () => {
    expect(queryFromSearch('?q=GB%2FT+45654')).toBe('GB/T 45654');
    expect(queryFromSearch('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toBe('<script>alert(1)</script>');
    expect(queryFromSearch('?lang=en')).toBe('');
    expect(queryFromSearch('')).toBe('');
  });
});

describe('search records', () => {
  const tax = modelOf(loadContent(FIXTURE));

  it('gives a standard its facts, each filter once, and every spelling of its number as metadata', () => {
    const s = tax.standard('gb-t-45654-2025');
    const zh = standardRecord(tax, s, 'zh');
    expect(zh.meta).toMatchObject({ title: s.title.zh, number: 'GB/T 45654-2025', type: 'standard' });
    expect(zh.meta.path).toContain(' › ');
    expect(Object.keys(zh.filters).sort()).toEqual(['kind', 'part', 'status']);
    for (const values of Object.values(zh.filters)) expect(new Set(values).size).toBe(values.length);
    expect(zh.meta.numbers!.split(' ')).toEqual(expect.arrayContaining(['45654', 'GBT45654', 'GB/T45654', '45654-2025']));
    expect(zh.meta.also).toContain(s.title.en);
    const en = standardRecord(tax, s, 'en');
    expect(en.meta.title).toBe(s.title.en);
    expect(en.meta.also).toContain(s.title.zh);
    expect(en.meta.han!.split(META_LIST_SEPARATOR)).toEqual(expect.arrayContaining(['生成', '服务', '要求']));
    expect(zh.meta.han).toBeUndefined();
    // Each language's index holds its own labels.
    expect(en.filters.kind).not.toEqual(zh.filters.kind);
  });

  it("badges and filters by today's status, not the draft's", () => {
    const base = tax.standard('gb-t-45654-2025');
    const s = { ...base, status: 'in-development' as const, statusBasis: 'recorded' as const };
    // The model derives the status on its build date; two builds, before and after the effective date.
    const before = standardRecord(tax, { ...s, statusToday: statusToday(statusFacts(s), '2025-06-01') }, 'en');
    const after = standardRecord(tax, { ...s, statusToday: statusToday(statusFacts(s), '2025-11-01') }, 'en');
    expect(before.meta).toMatchObject({ status_key: 'issued', status: TODAY_STATUS_LABEL.issued.en });
    expect(after.meta).toMatchObject({ status_key: 'in-force', status: TODAY_STATUS_LABEL['in-force'].en });
    expect(after.filters.status).toEqual([TODAY_STATUS_LABEL['in-force'].en]);
  });

  it('says what a status rests on in the badge and the facet, where that is less than a record', () => {
    const s = { ...tax.standard('gb-t-45654-2025'), statusToday: 'in-force' as const, statusBasis: 'one-source' as const };
    expect(standardRecord(tax, s, 'zh').meta.status).toBe('现行（单一来源）');
    expect(standardRecord(tax, s, 'en').filters.status).toEqual(['In force (one source)']);
  });

  it("indexes an entry's keywords in the page's language, and the other language's with its other title", () => {
    const s = { ...tax.standard('gb-t-45654-2025'), keywords: { zh: ['大模型', '生成式人工智能'], en: ['LLM', 'large model'] } };
    const zh = standardRecord(tax, s, 'zh');
    expect(zh.meta.keywords).toBe(`大模型${META_LIST_SEPARATOR}生成式人工智能`);
    expect(zh.meta.also).toContain('LLM');
    const en = standardRecord(tax, s, 'en');
    expect(en.meta.keywords).toBe(`LLM${META_LIST_SEPARATOR}large model`);
    expect(en.meta.also).toContain('大模型');
    expect(en.meta.han!.split(META_LIST_SEPARATOR)).toContain('模型');
  });

  it('adds the words readers use for the terms in a title', () => {
    const s = tax.standard('gb-t-45654-2025');
    const annotation = { ...s, title: { zh: '生成式人工智能数据标注安全规范', en: 'Security specification for generative AI data annotation' } };
    const also = standardRecord(tax, annotation, 'zh').meta.also!.split(META_LIST_SEPARATOR);
    expect(also).toEqual(expect.arrayContaining(['labeling', 'labelling', 'artificial intelligence']));
  });

  it('labels a part filter with the part letter, so parts sort A–E', () => {
    const s = tax.standard('tc260-003');
    expect(standardRecord(tax, s, 'en').filters.part).toEqual([`A ${tax.node('a').title.en}`]);
  });

  it('gives nodes and risks a kind and a path but no standard facets', () => {
    const sub = nodeRecord(tax, tax.node('b-sub'), 'en');
    expect(sub.meta).toMatchObject({ type: 'node', kind: 'Sub-area' });
    expect(sub.meta.path).toBe(`B ${tax.node('b').title.en} › ${tax.node('b-sub').title.en}`);
    expect(sub.filters).toEqual({ part: [`B ${tax.node('b').title.en}`] });
    const risk = riskRecord(tax.risks[0]!, 'zh');
    expect(risk.meta.type).toBe('risk');
    expect(risk.filters).toEqual({});
    expect(risk.meta.numbers).toBeUndefined();
  });

  it("gives Chinese pages the title's words as a browser cuts a query, so a word from its middle carries the title's weight", () => {
    expect(hanWords('信息安全技术 人脸识别数据安全要求')).toEqual(expect.arrayContaining(['信息', '安全', '技术', '识别', '数据', '要求']));
    // Every word a browser cuts from a query taken out of the title is one of them.
    const title = tax.standard('gb-t-45654-2025').title.zh;
    const words = standardRecord(tax, tax.standard('gb-t-45654-2025'), 'zh').meta.title_words!.split(' ');
    for (const w of hanWords(title.slice(4, 12))) expect(words.some((x) => x.startsWith(w) || w.startsWith(x))).toBe(true);
    expect(standardRecord(tax, tax.standard('gb-t-45654-2025'), 'en').meta.title_words).toBeUndefined();
  });

  it('indexes a later document by its title and number, apart from V1.0', () => {
    const real = modelOf(loadContent(REAL_CONTENT));
    const framework = laterRecord(real.laterDocument('aigf-3'), 'en');
    expect(framework.meta).toMatchObject({ type: 'later', title: real.laterDocument('aigf-3').title.en, kind: 'Governance framework' });
    expect(framework.meta.numbers).toBeUndefined();
    expect(framework.filters).toEqual({});
    const standard = laterRecord(real.laterDocument('gb-t-46800-2025'), 'zh');
    expect(standard.meta.numbers!.split(' ')).toEqual(expect.arrayContaining(['46800', 'GBT46800']));
    expect(standard.meta.title_words).toContain('评估');
    // A range of numbers is no number to look up.
    expect(laterRecord(real.laterDocument('tc260-tr-2026'), 'zh').meta.numbers).toBeUndefined();
  });
});
