import { describe, expect, it } from 'vitest';
import { bodyStart, covers, excerpt, hanPieces, searchable, termRanges, wordMatches } from '~/lib/search/match';
import { facetCounts, selected } from '~/lib/search/facets';
import { prepareQuery } from '~/lib/search/query';

const PAGE = [
  'GB/T 45674-2025 网络安全技术 生成式人工智能数据标注安全规范',
  'Cybersecurity technology — Security specification for generative AI data annotation',
  '说明',
  '本标准规定生成式人工智能数据标注工作的安全要求，面向开展或组织训练数据标注的单位。供应链与人脸识别系统不在其范围内。',
].join('. ');
const EN =
  'Data security risks. Inherent risks. Description. Risks from illegal collection of personal data, leaks of training data and labelled content; see GB/T 45652-2025 and the C key technologies part.';

const terms = (q: string, locale: 'zh' | 'en' = 'zh') => prepareQuery(q, locale).words;
const found = (text: string, q: string, locale: 'zh' | 'en' = 'zh') => covers(searchable(text), terms(q, locale));

describe('whether a result contains the query', () => {
  it.each(['生成式', '数据标注', '人脸识别系统', '训练数据', '标注 安全', '45674', 'GB/T 45674-2025', '供应链'])('finds %j whole', (q) => {
    expect(found(PAGE, q)).toBe(true);
  });

  it.each(['区块链', '车联网', '人脸识别 区块链', '数据区块', '45654', 'GB/T 45652'])('does not find %j, whose pieces alone occur', (q) => {
    expect(found(PAGE, q)).toBe(false);
  });

  it.each(['data', 'security', 'secur', 'labeling', 'labelled', 'risk', 'personal data', '45652'])('finds the English %j', (q) => {
    expect(found(EN, q, 'en')).toBe(true);
  });

  it.each(['cryptocurrency', 'blockchain', 'automobile data', 'crypto', 'dates', '45654', 'Ｃ-ray'])('does not find %j from a fragment', (q) => {
    expect(found(EN, q, 'en')).toBe(false);
  });

  it('reads English word endings loosely and numbers exactly', () => {
    expect(wordMatches('labelling', 'labeling')).toBe(true);
    expect(wordMatches('standard', 'standards')).toBe(true);
    expect(wordMatches('policy', 'policies')).toBe(true);
    expect(wordMatches('date', 'data')).toBe(false);
    expect(wordMatches('c', 'cryptocurrency')).toBe(false);
    expect(wordMatches('45652', '45654')).toBe(false);
  });

  it('splits a Chinese run into pieces of two characters or more, never one', () => {
    const has = (p: string) => ['人脸识别', '系统', '人脸', '链'].includes(p);
    expect(hanPieces('人脸识别系统', has)).toEqual(['人脸识别', '系统']);
    expect(hanPieces('区块链', has)).toBeNull();
    expect(hanPieces('链', has)).toEqual(['链']);
  });
});

describe('excerpts', () => {
  it('quote the description, not the title, and mark each term whole', () => {
    const segments = excerpt(PAGE, terms('数据标注'), 90)!;
    const text = segments.map((s) => s.text).join('');
    expect(PAGE.indexOf(text.replace(/^… |\s…$/g, ''))).toBeGreaterThanOrEqual(bodyStart(PAGE));
    expect(text.startsWith('本标准')).toBe(true);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['数据标注', '数据标注']);
  });

  it('mark a Chinese query in its longest pieces, never by the character', () => {
    const marked = excerpt(PAGE, terms('人脸识别系统'), 200)!
      .filter((s) => s.mark)
      .map((s) => s.text);
    expect(marked).toEqual(['人脸识别系统']);
    expect(termRanges('链条与供应链', terms('供应链')).length).toBe(1);
  });

  it('mark English words whole, with their endings', () => {
    const marked = excerpt(EN, terms('label data', 'en'), 200)!
      .filter((s) => s.mark)
      .map((s) => s.text);
    expect(marked).toEqual(['data', 'data', 'labelled']);
  });

  it('begin at a word, with an ellipsis where they cut the text', () => {
    const text = excerpt(EN, terms('labelled', 'en'), 60)!
      .map((s) => s.text)
      .join('');
    expect(text).toMatch(/^… [A-Za-z]/);
    expect(text).toMatch(/ …$/);
  });

  it('are left out when the terms are only in the title', () => {
    expect(excerpt(PAGE, terms('规范'), 90)).toBeNull();
  });
});

describe('facets', () => {
  const items = [
    { part: ['C'], kind: ['GB/T'], status: ['In force'] },
    { part: ['C'], kind: ['TC260'], status: ['Superseded'] },
    { part: ['E'], kind: ['GB/T'], status: ['In force'] },
    { part: ['C'] },
  ];

  it('count each value among the results the other choices keep', () => {
    const counts = facetCounts(items, ['part', 'kind', 'status'], { kind: 'GB/T' });
    expect(Object.fromEntries(counts.part)).toEqual({ C: 1, E: 1 });
    expect(Object.fromEntries(counts.kind)).toEqual({ 'GB/T': 2, TC260: 1 });
    expect(Object.fromEntries(counts.status)).toEqual({ 'In force': 2 });
  });

  it('keep a result only when it has every chosen value', () => {
    expect(items.filter((i) => selected(i, { part: 'C', status: 'In force' }))).toHaveLength(1);
    expect(items.filter((i) => selected(i, {}))).toHaveLength(4);
  });
});
