import { afterEach, describe, expect, it, vi } from 'vitest';
import { holderIndexOf } from '~/lib/search/title-map';
import { cardFiles, holderIndex, keyFileCount, keyFiles, MAX_HOLDERS, queryKeys, readKeyFile, type HolderIndex } from '~/lib/search/title-holders';
import { foldName, type TitleCard } from '~/lib/search/titles';
import { TitleHolders } from '~/scripts/search-holders';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

const card = (title: string): TitleCard => ({ title, kind: '推荐性国家标准', type: 'standard' });
const entry = (href: string, ...titles: string[]) => ({ titles, href, card: card(titles[0]!) });

/** The index's files served as the build writes them, under /h/; `down` answers those names with an error. */
function serve(index: HolderIndex, down: RegExp = /^$/) {
  const files = new Map<string, string>([
    ...keyFiles(index).map((f, n) => [`/h/keys/${n}.json`, JSON.stringify(f)] as const),
    ...cardFiles(index).map((f, n) => [`/h/cards/${n}.json`, JSON.stringify(f)] as const),
  ]);
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const body = files.get(url);
    return Promise.resolve(body !== undefined && !down.test(url) ? new Response(body) : new Response('', { status: 404 }));
  });
  return { holders: new TitleHolders('/h/', keyFileCount(index)), asked };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('titles that hold a query', () => {
  const index = holderIndex([
    entry('/a/', '信息安全技术 人脸识别数据安全要求', 'Information security technology—Security requirements of face recognition data'),
    entry('/b/', '网络安全技术 生成式人工智能数据标注安全规范', 'Cybersecurity technology—Specification for security of generative AI data annotation'),
    entry('/c/', '人脸识别技术应用安全管理办法', 'Measures for the security management of face recognition technology applications'),
  ]);

  it('finds every entry a title of which holds the whole query, in either language, and no other', async () => {
    const { holders } = serve(index);
    const hrefs = async (q: string) => (await holders.lookup(q))?.map(([, href]) => href);
    await expect(hrefs('人脸识别')).resolves.toEqual(['/a/', '/c/']);
    await expect(hrefs('人脸识别数据')).resolves.toEqual(['/a/']);
    await expect(hrefs('Face Recognition data')).resolves.toEqual(['/a/']);
    await expect(hrefs('数据标注')).resolves.toEqual(['/b/']);
    // Every key in some title, but not together.
    await expect(hrefs('人脸标注')).resolves.toEqual([]);
    // A key no title has.
    await expect(hrefs('区块链')).resolves.toEqual([]);
  });

  it('leaves a query too short for a key, or of common keys only, to the engine', async () => {
    expect(queryKeys('人')).toEqual([]);
    expect(queryKeys('ai')).toEqual([]);
    expect(queryKeys('人脸识别')).toEqual(['人脸', '识别']);
    const many = holderIndex(Array.from({ length: MAX_HOLDERS + 1 }, (_, i) => entry(`/${i}/`, `人工智能 安全要求 ${100 + i}`)));
    expect(keyFiles(many).some((f) => f['安全'] === 0)).toBe(true);
    const { holders } = serve(many);
    await expect(holders.lookup('安全要求')).resolves.toBeNull();
    // A common first key, a rare last one: the last one settles it.
    expect((await holders.lookup('安全要求 117'))?.map(([, href]) => href)).toEqual(['/17/']);
  });

  it('says it cannot tell, rather than that nothing holds the query, when a file does not come', async () => {
    await expect(serve(index, /keys/).holders.lookup('人脸识别')).resolves.toBeNull();
    await expect(serve(index, /cards/).holders.lookup('人脸识别')).resolves.toBeNull();
    expect(readKeyFile('not json')).toEqual({});
    expect(readKeyFile('{"ab": [1, -2], "cd": 0, "ef": [3]}')).toEqual({ cd: 0, ef: [3] });
  });

  it("answers from today's content as a scan of every title would, fetching a few small files", async () => {
    const tax = modelOf(loadContent(REAL_CONTENT));
    for (const locale of ['zh', 'en'] as const) {
      const real = holderIndexOf(tax, locale);
      for (const file of [...keyFiles(real), ...cardFiles(real)]) expect(JSON.stringify(file).length).toBeLessThan(8_000);
      // Queries cut from the titles themselves: their starts, middles and ends.
      const queries = real.entries.flatMap(([titles]) =>
        titles.flatMap((t) => {
          const chars = [...foldName(t)];
          return [chars.slice(0, 4), chars.slice(3, 9), chars.slice(-5)].map((c) => c.join(''));
        }),
      );
      const { holders, asked } = serve(real);
      for (const q of queries) {
        const scan = real.entries.filter(([titles]) => titles.some((t) => foldName(t).includes(foldName(q)))).map(([, href]) => href);
        const found = await holders.lookup(q);
        if (found)
          expect(
            found.map(([, href]) => href),
            `${locale} ${q}`,
          ).toEqual(scan);
      }
      expect(asked.length).toBeGreaterThan(0);
      // Most such queries are answered: few keys are common on a catalogue this size.
      const answered = (await Promise.all(queries.map((q) => holders.lookup(q)))).filter(Boolean).length;
      expect(answered / queries.length).toBeGreaterThan(0.9);
    }
  });
});
