/**
 * The largest exports are sent in pieces (src/lib/exports/pieces.ts): the file
 * a reader downloads is the same text, byte for byte, as the whole one was.
 */
import { describe, expect, it } from 'vitest';
import { standardsJson, standardsJsonPieces } from '~/lib/exports/export';
import { piecesResponse, prettyJsonPieces } from '~/lib/exports/pieces';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

const meta = { datasetVersion: '2026-11-24', buildDate: '2026-12-07', siteUrl: 'https://example.org/repo/' };
const joined = (pieces: Iterable<string>) => [...pieces].join('');

describe('JSON in pieces', () => {
  it.each([
    ['a head and several items', { dataset: { version: '1', notes: ['a', 'b'] } }, [{ id: 'x', title: '网络安全 "quoted"\nline' }, { id: 'y', list: [] }, 3]],
    ['no items', { dataset: { version: '1' } }, []],
    ['an empty head', {}, [{ id: 'x' }]],
    ['an empty head and no items', {}, []],
    ['fields and items JSON leaves out or writes as null', { gone: undefined, kept: null }, [{ a: undefined, b: 1 }, undefined, () => 1]],
  ])('reads as JSON.stringify with two spaces, for %s', (_what, head, items) => {
    expect(joined(prettyJsonPieces(head, 'standards', items))).toBe(JSON.stringify({ ...head, standards: items }, null, 2));
  });

  it('writes standards.json as the whole file was written, for the real content', () => {
    const tax = modelOf(loadContent(REAL_CONTENT), '2026-12-07');
    expect(tax.standards.length).toBeGreaterThan(20);
    expect(joined(standardsJsonPieces(tax, meta))).toBe(JSON.stringify(standardsJson(tax, meta), null, 2));
  });
});

describe('a response in pieces', () => {
  it('sends the pieces as one UTF-8 text, with its type', async () => {
    const response = piecesResponse(['{"title": "', '人工智能', '"}'], 'application/json; charset=utf-8');
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{"title": "人工智能"}');
  });

  it('fails the body, and so the build, when a piece cannot be made', async () => {
    function* pieces() {
      yield '[';
      throw new Error('no record for gb-t-45654-2025');
    }
    await expect(piecesResponse(pieces(), 'application/json').text()).rejects.toThrow('no record for gb-t-45654-2025');
  });

  it('makes each piece only when the body is read that far', async () => {
    let made = 0;
    function* pieces() {
      for (let i = 0; i < 1000; i++) {
        made++;
        yield `${i},`;
      }
    }
    const reader = piecesResponse(pieces(), 'text/plain').body!.getReader();
    await reader.read();
    expect(made).toBeLessThan(10);
    await reader.cancel();
  });
});
