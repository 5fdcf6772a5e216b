/**
 * The title map as the search page reads it (src/lib/search/titles.ts): the
 * one small file a query's name is in, fetched once.
 */
import { findTitle, foldName, readTitleMap, type TitleEntry, titleShard } from '~/lib/search/titles';

export class TitleMap {
  private readonly files = new Map<number, Promise<TitleEntry[]>>();

  /**
   * @param folder where the files are ("…/search/titles/"); absent, nothing is looked up.
   * @param count how many files there are.
   */
  constructor(
    private readonly folder: string | undefined,
    private readonly count: number,
  ) {}

  /** The entry a query names, whole, once its file has come; null when it names none. */
  async lookup(query: string): Promise<ReturnType<typeof findTitle>> {
    const name = foldName(query);
    if (!this.folder || !(this.count > 0) || !name) return null;
    return findTitle(await this.file(titleShard(name, this.count)), query);
  }

  private file(shard: number): Promise<TitleEntry[]> {
    let loading = this.files.get(shard);
    if (!loading) {
      loading = fetch(`${this.folder}${shard}.json`)
        .then(async (r) => (r.ok ? readTitleMap(await r.text()) : []))
        .catch(() => []);
      this.files.set(shard, loading);
    }
    return loading;
  }
}
