/**
 * The number map as the search page reads it: carried in the page, and then
 * answered at once, or for a large catalogue in files by serial, one small
 * file fetched for the number asked (src/lib/search/number-map.ts).
 */
import { findNumber, nearMisses, type NumberEntry, type NumberMatch, type NumberQuery, numberShard, readNumberMap } from '~/lib/search/numbers';
import { FolderFiles } from './folder-files';

export class NumberMap {
  private readonly files: FolderFiles;
  private read?: NumberEntry[];

  /**
   * @param json the map as the page carries it, when it does; read when a number is first asked, as
   *   checking each entry's number takes a few ms that a search for words should not wait for.
   * @param folder where its files are otherwise ("…/search/numbers/").
   */
  constructor(
    private readonly json: string | undefined,
    private readonly folder: string | undefined,
  ) {
    this.files = new FolderFiles(folder ?? '');
  }

  private get inPage(): NumberEntry[] {
    return (this.read ??= readNumberMap(this.json));
  }

  /** The entry a number names: at once when the page carries the map, else once its file has come. */
  lookup(query: NumberQuery): NumberMatch | null | Promise<NumberMatch | null> {
    if (!this.folder) return findNumber(this.inPage, query);
    return this.files.get(String(numberShard(query.serial)), readNumberMap).then((entries) => findNumber(entries ?? [], query));
  }

  /**
   * The numbers a number that names nothing was probably meant for, at once.
   * Only from a map the page carries: a slip can land in any file of a large one.
   */
  nearMisses(query: NumberQuery): NumberMatch[] {
    return this.folder ? [] : nearMisses(this.inPage, query);
  }
}
