/**
 * The number map as the search page reads it: carried in the page, and then
 * answered at once, or for a large catalogue in files by serial, one small
 * file fetched for the number asked (src/lib/search/number-map.ts).
 */
import { findNumber, nearMisses, type NumberEntry, type NumberMatch, type NumberQuery, numberShard, readNumberMap } from '~/lib/search/numbers';

export class NumberMap {
  private readonly files = new Map<number, Promise<NumberEntry[]>>();

  /**
   * @param inPage the map, when the page carries it.
   * @param folder where its files are otherwise ("…/search/numbers/").
   */
  constructor(
    private readonly inPage: NumberEntry[],
    private readonly folder: string | undefined,
  ) {}

  /** The entry a number names: at once when the page carries the map, else once its file has come. */
  lookup(query: NumberQuery): NumberMatch | null | Promise<NumberMatch | null> {
    if (!this.folder) return findNumber(this.inPage, query);
    return this.file(numberShard(query.serial)).then((entries) => findNumber(entries, query));
  }

  /**
   * The numbers a number that names nothing was probably meant for, at once.
   * Only from a map the page carries: a slip can land in any file of a large one.
   */
  nearMisses(query: NumberQuery): NumberMatch[] {
    return this.folder ? [] : nearMisses(this.inPage, query);
  }

  private file(shard: number): Promise<NumberEntry[]> {
    let loading = this.files.get(shard);
    if (!loading) {
      loading = fetch(`${this.folder}${shard}.json`).then(async (r) => (r.ok ? readNumberMap(await r.text()) : []));
      this.files.set(shard, loading);
    }
    return loading;
  }
}
