/**
 * The index of titles that hold a query as the search page reads it
 * (src/lib/search/title-holders.ts): the key files of the query's first and
 * last keys, then the card files of the entries they allow; each file fetched
 * once.
 */
import { candidates, CARDS_PER_FILE, holds, type KeyFile, queryKeys, readKeyFile } from '~/lib/search/title-holders';
import { readTitleMap, type TitleEntry, titleShard } from '~/lib/search/titles';
import { FolderFiles } from './folder-files';

export class TitleHolders {
  private readonly files: FolderFiles;

  /**
   * @param folder where the files are ("…/search/holders/"); absent, nothing is looked up.
   * @param keyFiles how many key files there are.
   */
  constructor(
    private readonly folder: string | undefined,
    private readonly keyFiles: number,
  ) {
    this.files = new FolderFiles(folder ?? '');
  }

  /**
   * The entries a title of which holds the whole query, in the order of the
   * index; null when the index cannot tell (no index, a query too short for a
   * key, or only keys too common to list).
   */
  async lookup(query: string): Promise<TitleEntry[] | null> {
    const keys = queryKeys(query);
    if (!this.folder || !(this.keyFiles > 0) || !keys.length) return null;
    const files = await Promise.all(keys.map((k) => this.files.get(`keys/${titleShard(k, this.keyFiles)}`, readKeyFile)));
    // A file that did not come says nothing: not that no title holds the query.
    if (files.some((f) => f === null)) return null;
    const ids = candidates(keys, files as KeyFile[]);
    if (!ids) return null;
    const chunks = [...new Set(ids.map((id) => Math.floor(id / CARDS_PER_FILE)))];
    const cards = new Map(await Promise.all(chunks.map(async (c) => [c, await this.files.get(`cards/${c}`, readTitleMap)] as const)));
    if ([...cards.values()].some((c) => c === null)) return null;
    return ids.flatMap((id) => {
      const entry = cards.get(Math.floor(id / CARDS_PER_FILE))?.[id % CARDS_PER_FILE];
      return entry && holds(entry, query) ? [entry] : [];
    });
  }
}
