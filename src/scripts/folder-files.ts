/**
 * The small JSON files of one folder under the search page (the number map's,
 * the title map's, the title index's), each fetched at most once and read as
 * it arrives.
 */
export class FolderFiles {
  private readonly files = new Map<string, Promise<unknown>>();

  /** @param folder the folder's address, ending in "/". */
  constructor(private readonly folder: string) {}

  /** The file `<name>.json`, read; null when it could not be fetched. */
  get<T>(name: string, read: (json: string) => T): Promise<T | null> {
    let loading = this.files.get(name) as Promise<T | null> | undefined;
    if (!loading) {
      loading = fetch(`${this.folder}${name}.json`)
        .then(async (r) => (r.ok ? read(await r.text()) : null))
        .catch(() => null);
      this.files.set(name, loading);
    }
    return loading;
  }
}
