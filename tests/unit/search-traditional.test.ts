import { describe, expect, it } from 'vitest';
import { simplify } from '~/lib/search/traditional';
import { simplifiedTable } from '~/lib/search/traditional-table';

// The Chinese of a small site: what converting a query may lead to.
const SITE = '网络安全技术 人脸识别数据安全要求。生成式人工智能服务安全基本要求。训练数据。数据标注。机器学习算法。智能家居。声纹识别。显著的风险。国家标准';
const table = simplifiedTable(SITE);

describe('traditional Chinese in a query', () => {
  it.each([
    ['人臉識別', '人脸识别'],
    ['生成式人工智慧', '生成式人工智能'],
    ['人工智慧', '人工智能'],
    ['資料標註', '数据标注'],
    ['訓練資料', '训练数据'],
    ['智慧家居', '智能家居'],
    ['機器學習演算法', '机器学习算法'],
    ['聲紋', '声纹'],
    ['國標 45438', '国标 45438'],
  ])('converts %j to %j', (query, simplified) => {
    expect(simplify(query, table)).toBe(simplified);
  });

  it.each(['人脸识别', '显著', 'data labeling', 'GB/T 45654', '45654', ''])('leaves %j as it is', (query) => {
    expect(simplify(query, table)).toBe(query);
  });

  it('keeps only what can lead to the pages: characters whose simplified form they use, words whose conversion they hold', () => {
    const chars = [...table.characters];
    const from = chars.filter((_, i) => i % 2 === 0);
    const to = chars.filter((_, i) => i % 2 === 1);
    for (const c of to) expect(SITE).toContain(c);
    // 著 is simplified Chinese where the pages use it (显著), so it is never converted.
    expect(from).not.toContain('著');
    for (const [, s] of table.phrases) expect(SITE).toContain(s);
    expect(table.phrases).toContainEqual(['智慧', '智能']);
    // A tiny site leads to a tiny table.
    expect(JSON.stringify(table).length).toBeLessThan(2000);
  });

  it.each([
    ['臉'.repeat(10_000), '脸'.repeat(10_000)],
    ['?!…——“”', '?!…——“”'],
    ['人臉データ검색face', '人脸データ검색face'],
    ['\uD800臉\uDC00', '\uD800脸\uDC00'],
    ['<b>臉</b>', '<b>脸</b>'],
  ])('takes any string: %#', (query, simplified) => {
    expect(simplify(query, table)).toBe(simplified);
  });
});
