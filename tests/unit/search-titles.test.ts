import { describe, expect, it } from 'vitest';
import { titleMapOf } from '~/lib/search/title-map';
import { findTitle, foldName, readTitleMap, titleMap, titleShard, titleShardCount, titleShards, type TitleCard } from '~/lib/search/titles';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

const card = (title: string): TitleCard => ({ title, kind: '推荐性国家标准', type: 'standard' });

describe('the title map', () => {
  const map = titleMap([
    { titles: ['网络安全技术 人工智能生成合成内容标识方法'], names: ['watermark', 'AIGC'], href: '/a/', card: card('甲') },
    { titles: ['生成式人工智能服务安全基本要求'], names: ['AIGC', 'AI', '内容标识'], href: '/b/', card: card('乙') },
  ]);

  it('finds an entry by a name it alone has, however it is spaced, cased or punctuated', () => {
    expect(findTitle(map, '网络安全技术人工智能生成合成内容标识方法')?.entry[1]).toBe('/a/');
    expect(findTitle(map, ' WaterMark ')?.name).toBe('watermark');
    expect(findTitle(map, '生成式人工智能服务安全基本要求。')?.entry[1]).toBe('/b/');
  });

  it("leaves a name two entries share, a short name, a part of a name and a keyword another entry's title holds to the engine", () => {
    expect(findTitle(map, 'AIGC')).toBeNull();
    expect(findTitle(map, 'AI')).toBeNull();
    expect(findTitle(map, '内容标识')).toBeNull();
  });

  it('puts each name in the file its fold names, and reads files back safely', () => {
    const count = 3;
    const shards = titleShards(map, count);
    for (const [names] of map)
      for (const n of names)
        expect(
          shards[titleShard(n, count)]!.some(([own]) => own.includes(n)),
          n,
        ).toBe(true);
    expect(readTitleMap(JSON.stringify(shards[0]))).toEqual(shards[0]);
    expect(readTitleMap('not json')).toEqual([]);
    expect(readTitleMap('[[1, 2, 3]]')).toEqual([]);
    expect(foldName('ＧＢ／Ｔ Data-Labeling')).toBe('gbtdatalabeling');
  });

  it("keeps each file of today's map to a few KB, and answers every entry's own title in each language", () => {
    const tax = modelOf(loadContent(REAL_CONTENT));
    for (const locale of ['zh', 'en'] as const) {
      const entries = titleMapOf(tax, locale);
      const shards = titleShards(entries);
      expect(shards).toHaveLength(titleShardCount(entries));
      for (const shard of shards) expect(JSON.stringify(shard).length).toBeLessThan(8_000);
      const later = tax.later[0]!;
      const found = findTitle(shards[titleShard(foldName(later.title[locale]), shards.length)]!, later.title[locale]);
      expect(found?.entry[2].title).toBe(later.title[locale]);
    }
  });
});
