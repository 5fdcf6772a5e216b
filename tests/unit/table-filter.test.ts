import { describe, expect, it } from 'vitest';
import { foldText, matchesText, Q_MAX, readFilterUrl, searchFromState, sortPositions, type Offered } from '~/lib/site/table-filter';

/** What the table offers, as the page's controls would. */
const OFFERED: Offered = {
  part: ['all', 'a', 'c', 'e', 'unplaced'],
  kind: ['all', 'recommended-national', 'mandatory-national'],
  status: ['all', 'in-force', 'planned', 'superseded'],
  risk: ['all', 'inherent-data'],
  changed: ['all', 'yes'],
  sort: ['part', 'number', 'published', 'effective'],
};
const read = (search: string) => readFilterUrl(search, OFFERED);

describe('table filter state in the URL', () => {
  it('round-trips every filter and the order, including text that needs escaping', () => {
    const state = {
      q: '生成式 AI & data',
      part: 'c',
      kind: 'recommended-national',
      status: 'in-force',
      risk: 'inherent-data',
      changed: 'yes',
      sort: 'effective' as const,
    };
    const search = searchFromState(state);
    expect(search).toBe(
      '?part=c&kind=recommended-national&status=in-force&risk=inherent-data&changed=yes&sort=effective&q=%E7%94%9F%E6%88%90%E5%BC%8F+AI+%26+data',
    );
    expect(read(search)).toEqual({ state, ignored: [] });
  });

  it('leaves out filters that are off and the grouped order, so the unfiltered table has a clean URL', () => {
    expect(searchFromState({ q: '  ', part: 'all', sort: 'part' })).toBe('');
    expect(read('?part=all&q=&sort=part')).toEqual({ state: { q: '' }, ignored: [] });
  });

  it('leaves parameters it does not use alone', () => {
    expect(read('?focus=c&status=planned&utm_source=x')).toEqual({ state: { q: '', status: 'planned' }, ignored: [] });
  });
});

describe('a URL that asks for what the table does not offer', () => {
  it('falls back to all for a value that is not an option, and names it', () => {
    expect(read('?part=z&kind=draft&status=in-force&sort=colour')).toEqual({
      state: { q: '', status: 'in-force' },
      ignored: [
        { key: 'part', value: 'z', reason: 'unknown' },
        { key: 'kind', value: 'draft', reason: 'unknown' },
        { key: 'sort', value: 'colour', reason: 'unknown' },
      ],
    });
  });

  it('falls back to all for a key given twice with different values, and takes a key repeated with the same value', () => {
    expect(read('?part=c&part=e&kind=mandatory-national&kind=mandatory-national')).toEqual({
      state: { q: '', kind: 'mandatory-national' },
      ignored: [{ key: 'part', value: 'c | e', reason: 'repeated' }],
    });
    expect(read('?q=a&q=b').ignored).toEqual([{ key: 'q', value: 'a | b', reason: 'repeated' }]);
  });

  it('does not apply a text filter longer than any query, and says so', () => {
    const long = '人脸'.repeat(Q_MAX);
    const { state, ignored } = read(`?q=${encodeURIComponent(long)}&part=e`);
    expect(state).toEqual({ q: '', part: 'e' });
    expect(ignored).toEqual([{ key: 'q', value: long, reason: 'too-long' }]);
    expect(read(`?q=${'a'.repeat(Q_MAX)}`).state.q).toHaveLength(Q_MAX);
  });

  it('takes no value as an option that only looks like one (case, padding, markup)', () => {
    const { state, ignored } = read('?part=C&status=%20in-force%20&kind=<b>x</b>');
    expect(state).toEqual({ q: '', status: 'in-force' });
    expect(ignored.map((i) => [i.key, i.value])).toEqual([
      ['part', 'C'],
      ['kind', '<b>x</b>'],
    ]);
  });
});

describe('orders across the groups', () => {
  const rows = [
    { index: 0, number: 'GB/T 45654-2025', published: '2025-04-25', effective: '2025-11-01' },
    { index: 1, number: 'GB/T 20979-2019', published: '2019-08-30', effective: '2020-03-01' },
    { index: 2, number: undefined, published: undefined, effective: undefined },
    { index: 3, number: 'GB 45438-2025', published: '2025-02', effective: '2025-09-01' },
    { index: 4, number: 'GB/T 41819-2022', published: '2022-10-12', effective: '2023-05-01' },
  ];

  it('puts numbers in numeric order, with no number last', () => {
    const at = sortPositions(rows, 'number');
    const order = rows.map((r) => r.index).sort((a, b) => at[a]! - at[b]!);
    expect(order).toEqual([3, 1, 4, 0, 2]);
  });

  it('puts dates newest first, a month by its first day, with no date last', () => {
    const at = sortPositions(rows, 'published');
    expect(rows.map((r) => r.index).sort((a, b) => at[a]! - at[b]!)).toEqual([0, 3, 4, 1, 2]);
    const eff = sortPositions(rows, 'effective');
    expect(rows.map((r) => r.index).sort((a, b) => eff[a]! - eff[b]!)).toEqual([0, 3, 4, 1, 2]);
  });

  it('gives every row its own place, ties kept in the grouped order', () => {
    const tied = [0, 1, 2].map((index) => ({ index, number: undefined }));
    expect(sortPositions(tied, 'number')).toEqual([0, 1, 2]);
  });
});

describe('text matching', () => {
  const row = foldText(
    'GB/T 45654-2025 网络安全技术 生成式人工智能服务安全基本要求 Cybersecurity technology — Basic security requirements for generative AI services',
  );

  it('finds a standard by its number however loosely it is typed', () => {
    for (const q of ['GB/T 45654', 'gbt45654', '45654-2025', 'ＧＢ／Ｔ４５６５４', '45654—2025']) expect(matchesText(row, q), q).toBe(true);
  });

  it('finds it by words of either title, in any order', () => {
    expect(matchesText(row, '生成式人工智能')).toBe(true);
    expect(matchesText(row, 'generative security')).toBe(true);
  });

  it('rejects a query with a word the row does not contain', () => {
    expect(matchesText(row, '45652')).toBe(false);
    expect(matchesText(row, 'generative labelling')).toBe(false);
  });
});
