/**
 * The title map as the search page reads it (src/lib/search/titles.ts): the
 * one small file a query's name is in, fetched once.
 */
import { findTitle, foldName, readTitleMap, titleShard } from '~/lib/search/titles';
import { FolderFiles } from './folder-files';

export class TitleMap {
  private readonly files: FolderFiles;

  /**
   * @param folder where the files are ("…/search/titles/"); absent, nothing is looked up.
   * @param count how many files there are.
   */
  constructor(
    private readonly folder: string | undefined,
    private readonly count: number,
  ) {
    this.files = new FolderFiles(folder ?? '');
  }

  /** The entry a query names, whole, once its file has come; null when it names none. */
  async lookup(query: string): Promise<ReturnType<typeof findTitle>> {
    const name = foldName(query);
    if (!this.folder || !(this.count > 0) || !name) return null;
    return findTitle((await this.files.get(String(titleShard(name, this.count)), readTitleMap)) ?? [], query);
  }
}
