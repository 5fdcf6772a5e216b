import { describe, expect, it } from 'vitest';
import { buildTermTable, chunksFor, decodePages, encodePages, type IndexedPage, TermIndex, termsOf } from '~/lib/search/terms';
import { prepareQuery } from '~/lib/search/query';

const page = (id: string, text: string, filters: IndexedPage['filters'] = {}): IndexedPage => ({ id, url: `/${id}/`, text, filters });
const PAGES = [
  page('face', '信息安全技术 人脸识别数据安全要求。供应链与人脸识别系统。GB/T 41819-2022 face recognition data security', { kind: ['推荐性国家标准'] }),
  page('label', '生成式人工智能数据标注安全规范。训练数据标注。Data annotation; labelling of training data. 45674', { kind: ['推荐性国家标准'] }),
  page('risk', '数据安全风险：训练数据泄露、个人信息。The C part, security risks of data.', { part: ['C 关键技术'] }),
];
const NONE = { characters: '', phrases: [] };

function indexOf(pages: IndexedPage[], chunkCount?: number) {
  const { table, chunks } = buildTermTable(pages, NONE, chunkCount);
  const index = new TermIndex();
  for (const c of chunks) index.add(c);
  const urls = (words: string[]) => [...index.pagesWithAll(words)].map((i) => table.pages[i]![1]).sort();
  return { table, chunks, index, find: (q: string, locale: 'zh' | 'en' = 'zh') => urls(prepareQuery(q, locale).words) };
}

describe('the term table', () => {
  const { find, table } = indexOf(PAGES);

  it.each([
    ['人脸识别', ['/face/']],
    ['人脸识别系统', ['/face/']], // 人脸识别 + 系统, each in the page
    ['数据标注', ['/label/']],
    ['训练数据', ['/label/', '/risk/']],
    ['标注 安全', ['/label/']],
    ['安全', ['/face/', '/label/', '/risk/']],
    ['识', ['/face/']], // a lone character is found inside any piece
    ['face recognition', ['/face/']],
    ['secur', ['/face/', '/risk/']], // a word is found by its beginning
    ['4181', ['/face/']], // a number too, as it is typed
    ['labeling', ['/label/']], // and by all but its ending
    ['risk', ['/risk/']],
    ['41819', ['/face/']],
    ['GB/T 41819-2022', ['/face/']],
    ['c', ['/risk/']],
  ])('finds %j whole', (q, pages) => {
    expect(find(q)).toEqual(pages);
  });

  it.each(['区块链', '数据区块', '人脸识别 区块链', '识别标注', 'cryptocurrency', 'crypto', 'dates', '45654', '418190', 'GB/T 41818'])(
    'finds nothing for %j, whose pieces alone occur',
    (q) => {
      expect(find(q)).toEqual([]);
    },
  );

  it("keeps each page's Pagefind id, address and facet values", () => {
    expect(table.pages.map(([id, url]) => [id, url])).toEqual(PAGES.map((p) => [p.id, p.url]));
    const [, , facets] = table.pages[0]!;
    expect(facets.map((values, i) => values.map((v) => Object.values(table.facets)[i]![v]))).toEqual([[], ['推荐性国家标准'], []]);
  });

  it('lists the pages in the order results scored alike are shown: standards, framework, risks, regulations, later documents, the rest; each by address', () => {
    const typed = (id: string, type?: string): IndexedPage => ({ ...page(id, id), ...(type ? { type } : {}) });
    const pages = [
      typed('about'),
      typed('z-later', 'later'),
      typed('risk-b', 'risk'),
      typed('std-b', 'standard'),
      typed('node-a', 'node'),
      typed('reg', 'regulation'),
      typed('std-a', 'standard'),
      typed('risk-a', 'risk'),
    ];
    const { table } = buildTermTable(pages, NONE);
    expect(table.pages.map(([id]) => id)).toEqual(['std-a', 'std-b', 'node-a', 'risk-a', 'risk-b', 'reg', 'z-later', 'about']);
  });

  it('reads the text as the index does: full width folded, Pagefind’s word breaks dropped', () => {
    expect(termsOf('ＡＩ安全\u200B治理')).toEqual(new Set(['ai', '安全', '全治', '治理']));
    expect(termsOf('链')).toEqual(new Set(['链']));
  });

  it('splits the terms into chunks by their first two characters, and a query needs only the chunks its terms are in', () => {
    const many = Array.from({ length: 60 }, (_, i) => page(`p${i}`, `${PAGES[i % 3]!.text} 第${i}号 word${i}`));
    const whole = indexOf(many, 1);
    const split = indexOf(many, 16);
    expect(whole.chunks).toHaveLength(1);
    expect(split.chunks).toHaveLength(16);
    expect(split.table.chunks).toBe(16);
    for (const q of ['人脸识别', '训练数据', 'labeling', 'word7', '识', 'c']) expect(split.find(q), q).toEqual(whole.find(q));
    // Only the named chunks are needed: a table that has just those answers alike.
    for (const q of ['人脸识别 labeling', 'word 训练', 'word', '识']) {
      const words = prepareQuery(q).words;
      const needed = chunksFor(words, 16);
      if (q !== '识') expect(needed.length, q).toBeLessThan(16);
      const partial = new TermIndex();
      for (const c of needed) partial.add(split.chunks[c]!);
      expect(partial.pagesWithAll(words), q).toEqual(split.index.pagesWithAll(words));
    }
  });

  it('writes sets of pages compactly and reads them back', () => {
    for (const [pages, count] of [
      [[], 10],
      [[0], 1],
      [[3, 7, 200], 5000],
      [Array.from({ length: 3000 }, (_, i) => i * 2), 6000],
    ] as [number[], number][]) {
      const encoded = encodePages(pages, count);
      expect(decodePages(encoded)).toEqual(pages);
      expect(encoded.length).toBeLessThanOrEqual(Math.ceil(count / 6) + 1);
    }
  });
});
