import { describe, expect, it } from 'vitest';
import { foldText, matchesText, searchFromState, stateFromSearch } from '~/lib/site/table-filter';

describe('table filter state in the URL', () => {
  it('round-trips every filter, including text that needs escaping', () => {
    const state = { q: '生成式 AI & data', part: 'c', kind: 'recommended-national', status: 'in-force' };
    const search = searchFromState(state);
    expect(search).toBe('?part=c&kind=recommended-national&status=in-force&q=%E7%94%9F%E6%88%90%E5%BC%8F+AI+%26+data');
    expect(stateFromSearch(search)).toEqual(state);
  });

  it('leaves out filters that are off, so the unfiltered table has a clean URL', () => {
    expect(searchFromState({ q: '  ', part: 'all' })).toBe('');
    expect(stateFromSearch('?part=all&q=')).toEqual({ q: '' });
  });

  it('ignores parameters it does not know', () => {
    expect(stateFromSearch('?focus=c&status=planned')).toEqual({ q: '', status: 'planned' });
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
