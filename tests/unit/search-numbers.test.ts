import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findNumber, nearMisses, NUMBER_SHARDS, numberInQuery, numberShard, oneSlipApart, readNumberMap, type NumberEntry } from '~/lib/search/numbers';
import { numberMap, numberShards } from '~/lib/search/number-map';
import { prepareQuery } from '~/lib/search/query';
import { TODAY_STATUS_LABEL } from '~/lib/base/vocabulary';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

const ENTRIES: NumberEntry[] = [
  ['GB/T 45654-2025', '网络安全技术 生成式人工智能服务安全基本要求', 'recommended-national', 'in-force', '/standards/gb-t-45654-2025/', 'C', '现行'],
  ['GB 45438-2025', '网络安全技术 人工智能生成合成内容标识方法', 'mandatory-national', 'in-force', '/standards/gb-45438-2025/', 'C', '现行'],
  ['TC260-003', '生成式人工智能服务安全基本要求', 'technical-document', 'superseded', '/standards/tc260-003/', 'C', '被代替（推断）'],
  ['GB/T 46800-2025', '生成式人工智能技术及应用社会影响评估指南', 'national-standard', '', '/later/gb-t-46800-2025/', 'later', ''],
];

describe('a query that is a standard number', () => {
  it.each([
    ['GB/T 45654-2025', '45654', 'GB/T'],
    ['gbt45654', '45654', 'GB/T'],
    ['ＧＢ／Ｔ　４５６５４－２０２５', '45654', 'GB/T'],
    ['GB/T45654—2025', '45654', 'GB/T'],
    ['45654', '45654', undefined],
    ['45654 — 2025', '45654', undefined],
    ['tc260 003', '003', 'TC260'],
    ['TC260PG20233A', '20233a', 'TC260-PG'],
  ])('reads %j as the serial %j', (q, serial, prefix) => {
    expect(numberInQuery(q)?.serial).toBe(serial);
    expect(numberInQuery(q)?.prefix).toBe(prefix);
  });

  it.each([
    ['国标45438', '45438'],
    ['国标 45438', '45438'],
    ['国家标准GB/T 45654', '45654'],
    ['推荐性国家标准 GB/T 45654-2025', '45654'],
    ['强制性国家标准GB 45438', '45438'],
    ['GB/T 45654 国家标准', '45654'],
    ['45654国标', '45654'],
    ['标准号：GB/T 45654', '45654'],
    ['推荐性国家标准 标准号：GB/T 45654', '45654'],
    ['國標45438', '45438'],
    ['推薦性國家標準 GB/T 45654', '45654'],
    ['national standard GB/T 45654', '45654'],
    ['GB 45438 national standard', '45438'],
    ['Recommended National Standard 45654', '45654'],
    ['std 45654', '45654'],
    ['std. 45654', '45654'],
    ['standard no. 41819', '41819'],
    ['No. 45654', '45654'],
    ['#45654', '45654'],
    ['《GB/T 45654-2025》', '45654'],
    ['TC260-003 技术文件', '003'],
    ['实践指南 TC260-PG-20233A', '20233a'],
  ])('sets aside the words for the kind of standard in %j', (q, serial) => {
    expect(numberInQuery(q)?.serial).toBe(serial);
    expect(prepareQuery(q)).toMatchObject({ term: serial, words: [serial], byNumber: true });
  });

  it.each([
    '国家标准',
    '标准',
    'standard',
    'national standard',
    '人脸识别',
    'nominal 45654',
    'standards for 45654 things',
    'GBK',
    'a45654b',
    '45654 45438',
    'ISO 27001',
  ])('leaves %j alone: it is not one number', (q) => {
    expect(numberInQuery(q)).toBeNull();
  });

  it.each([
    ['x'.repeat(10_000), 'ten thousand characters'],
    ['?!…——“”《》', 'punctuation only'],
    ['GB/T人脸45654データ검색', 'mixed scripts'],
    ['\uD800人脸\uDC00', 'unpaired surrogates'],
    ['45654\uD800', 'a number with a stray surrogate'],
    ['<script>alert(1)</script>45654', 'markup'],
    ['', 'nothing'],
  ])('takes any string without throwing: %s', (q) => {
    expect(() => numberInQuery(q)).not.toThrow();
    expect(numberInQuery(q)).toBeNull();
  });
});

describe('the number map', () => {
  it('finds the entry with the serial and the prefix asked for, or the serial alone', () => {
    expect(findNumber(ENTRIES, numberInQuery('GB/T 45654')!)?.href).toBe('/standards/gb-t-45654-2025/');
    // A wrong prefix still lands on the standard.
    expect(findNumber(ENTRIES, numberInQuery('GB 45654')!)?.href).toBe('/standards/gb-t-45654-2025/');
    expect(findNumber(ENTRIES, numberInQuery('国标45438')!)).toMatchObject({ number: 'GB 45438-2025', status: 'in-force', kind: 'mandatory-national' });
    expect(findNumber(ENTRIES, numberInQuery('003')!)?.number).toBe('TC260-003');
    expect(findNumber(ENTRIES, numberInQuery('46800')!)).toMatchObject({ kind: 'national-standard', status: undefined });
    expect(findNumber(ENTRIES, numberInQuery('国家标准 GB/T 99999')!)).toBeNull();
  });

  it.each([
    ['GB/T 45645', 'GB/T 45654-2025'], // two digits swapped
    ['45664', 'GB/T 45654-2025'], // one digit wrong
    ['国标 4438', 'GB 45438-2025'], // one digit left out
    ['GB/T 46880-2025', 'GB/T 46800-2025'],
  ])('offers the number %j was probably meant for: %j', (q, meant) => {
    expect(nearMisses(ENTRIES, numberInQuery(q)!).map((m) => m.number)).toEqual([meant]);
  });

  it('offers nothing for a number it holds, one two slips away, or a serial too short to tell', () => {
    expect(nearMisses(ENTRIES, numberInQuery('GB/T 45654')!)).toEqual([]);
    expect(nearMisses(ENTRIES, numberInQuery('GB/T 99999')!)).toEqual([]);
    expect(nearMisses(ENTRIES, numberInQuery('46545')!)).toEqual([]);
    expect(nearMisses(ENTRIES, numberInQuery('TC260-004')!)).toEqual([]);
  });

  it('tells one slip from two, and letters from digits', () => {
    expect(oneSlipApart('45654', '45645')).toBe(true);
    expect(oneSlipApart('45654', '54654')).toBe(true);
    expect(oneSlipApart('45654', '45654')).toBe(false);
    expect(oneSlipApart('45654', '46645')).toBe(false);
    expect(oneSlipApart('20233a', '20233b')).toBe(false);
    expect(oneSlipApart('20233a', '20234a')).toBe(true);
  });

  it('offers the numbers with the prefix typed first', () => {
    const twins: NumberEntry[] = [
      ['GB 45655-2025', '甲', 'mandatory-national', 'in-force', '/a/', 'C', '现行'],
      ['GB/T 45653-2025', '乙', 'recommended-national', 'in-force', '/b/', 'C', '现行'],
    ];
    expect(nearMisses(twins, numberInQuery('GB/T 45654')!).map((m) => m.number)).toEqual(['GB/T 45653-2025', 'GB 45655-2025']);
  });

  it('reads only well-formed entries back from the page', () => {
    const good = ENTRIES[0]!;
    const json = JSON.stringify([
      good,
      ['GB/T 1', 't', 'recommended-national', 'in-force', '/x/', 'p'],
      [...good.slice(0, 2), 'drafting', ...good.slice(3)],
      [1, 2],
      'x',
    ]);
    expect(readNumberMap(json)).toEqual([good]);
    expect(readNumberMap('{not json')).toEqual([]);
    expect(readNumberMap(undefined)).toEqual([]);
    expect(readNumberMap('{"a":1}')).toEqual([]);
  });

  it("holds every numbered entry of today's content within 3 KB gzip, in each language", () => {
    const tax = modelOf(loadContent(REAL_CONTENT));
    for (const locale of ['zh', 'en'] as const) {
      const map = numberMap(tax, locale);
      const numbered = tax.standards.filter((s) => s.number).length;
      expect(map.length).toBeGreaterThanOrEqual(numbered);
      expect(readNumberMap(JSON.stringify(map))).toEqual(map);
      expect(gzipSync(JSON.stringify(map)).length).toBeLessThanOrEqual(3 * 1024);
      const s = tax.standards.find((x) => x.number === 'GB/T 45654-2025')!;
      expect(map.find((e) => e[0] === s.number)).toEqual([
        s.number,
        s.title[locale],
        s.kind,
        s.statusToday,
        expect.stringContaining(`standards/${s.id}/`),
        expect.any(String),
        TODAY_STATUS_LABEL[s.statusToday][locale],
      ]);
      // A status resting on an inference says so on the card, as on the page.
      expect(map.find((e) => e[0] === 'TC260-003')![6]).toBe(locale === 'zh' ? '被代替（推断）' : 'Superseded (inferred)');
    }
  });

  it('goes in the page while small, and into files by serial for a catalogue of thousands', () => {
    expect(numberShards(ENTRIES)).toBeNull();
    const many: NumberEntry[] = Array.from({ length: 5000 }, (_, i) => [
      `GB/T ${70000 + i}-2030`,
      `标准 ${i}`,
      'recommended-national',
      'planned',
      `/standards/gb-t-${70000 + i}-2030/`,
      'C',
      '拟研制（推断）',
    ]);
    const shards = numberShards(many)!;
    expect(shards).toHaveLength(NUMBER_SHARDS);
    expect(shards.flat()).toHaveLength(many.length);
    // Every file is small, and a number's entry is in the file its serial names.
    for (const shard of shards) expect(JSON.stringify(shard).length).toBeLessThan(20_000);
    for (const q of ['GB/T 72784', '国标 70000', '74999']) {
      const asked = numberInQuery(q)!;
      expect(findNumber(shards[numberShard(asked.serial)]!, asked), q).toEqual(findNumber(many, asked));
    }
  });
});
