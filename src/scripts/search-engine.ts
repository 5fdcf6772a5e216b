/**
 * The search page's engine, apart from the page: Pagefind's JS API
 * (pagefind.js) for ranking and each result's stored text, and the term table
 * written beside Pagefind's index (src/lib/search/terms.ts) for which results
 * really hold the query. Nothing here touches the page but the preload hints
 * it adds to the document's head.
 */
import { META_WEIGHTS, SEARCH_FILTERS, type SearchMeta } from '~/lib/search/fields';
import type { FacetValues } from '~/lib/search/facets';
import type { SearchQuery } from '~/lib/search/query';
import { chunksFor, TERM_CHUNKS, TERM_TABLE_VERSION, TermIndex, termTableFile, type TermTable } from '~/lib/search/terms';
import { simplify } from '~/lib/search/traditional';

/** A page's stored record, as pagefind.js gives it (1.6). */
export interface PagefindData {
  url: string;
  content: string;
  meta: Partial<SearchMeta>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
interface IndexEntry {
  hash: string;
  wasm?: string | null;
}

/** A result that holds the query: where it links, its facet values, and its stored record, loaded on demand. */
export interface Hit {
  href: string;
  filters: FacetValues;
  data(): Promise<PagefindData>;
}

interface LoadedTable {
  table: TermTable;
  /** Pagefind's page id → the page's place in the table. */
  byId: Map<string, number>;
}

const HAN = /\p{Script=Han}/u;

export class SearchEngine {
  private entry?: Promise<IndexEntry>;
  private pagefind?: Promise<Pagefind>;
  private terms?: Promise<LoadedTable>;
  private readonly termIndex = new TermIndex();
  private readonly chunks = new Map<number, Promise<void>>();
  private prefetched = false;

  /**
   * @param bundle the index folder's URL, under the site's base ("/base/pagefind/").
   * @param base the site's base path, which result addresses are below.
   * @param lang the index language, as Pagefind names it ("zh-cn", "en").
   * @param built what the build wrote into the page (src/integrations/search-preload.mjs):
   *   this language's index name and WebAssembly, and the build's cache tag. Without
   *   them (a page not post-processed, as in development) the entry file is read to find them.
   */
  constructor(
    private readonly bundle: string,
    private readonly base: string,
    private readonly lang: string,
    private readonly built: { index?: string; wasm?: string; cacheTag?: string } = {},
  ) {}

  /**
   * Ask for the engine's files now, at once, by their built names, without
   * starting it: Pagefind would otherwise find them one after another (its
   * script, then the entry file, then the metadata and the WebAssembly). Not
   * in the page's head: the engine is needed once the first answer is painted,
   * and over HTTP/1.1, with six connections to a host, five more files at the
   * page's start held up its own scripts, and so that answer. Without the
   * names (a page not post-processed), index() asks for them once it has read them.
   */
  prefetch(): void {
    const { index, wasm, cacheTag } = this.built;
    if (this.prefetched || !index || !wasm || !cacheTag) return;
    this.prefetched = true;
    this.hint('modulepreload', 'pagefind.js');
    for (const file of [`pagefind-entry.json?ts=${cacheTag}`, `pagefind.${index}.pf_meta`, `wasm.${wasm}.pagefind`]) this.hint('preload', file);
  }

  /** Start loading what the first query needs, once: the engine, this language's index and its term table. */
  warm(): void {
    void this.loadPagefind().catch(() => undefined);
    void this.loadTerms().catch(() => undefined);
  }

  /**
   * Fetch what a query being typed will need, before it is searched: the
   * engine, and the term table's chunks for its words. (Pagefind's own
   * preload() fetches the query as a file name when it runs without its
   * worker, in 1.6.)
   */
  preload(query: SearchQuery): void {
    this.warm();
    for (const c of chunksFor(query.words)) void this.loadChunk(c).catch(() => undefined);
  }

  /** The query in simplified Chinese, when it holds traditional characters or regional words the pages use; else null. */
  async simplified(text: string): Promise<string | null> {
    if (!HAN.test(text)) return null;
    const { table } = await this.loadTerms();
    const converted = simplify(text, table.simplified);
    return converted === text ? null : converted;
  }

  /**
   * The pages that hold every term of the query, best first. A query whose
   * terms no page holds is answered from the term table alone, without
   * waiting for Pagefind.
   */
  async find(query: SearchQuery): Promise<Hit[]> {
    // Pagefind ranks while the term table decides; neither waits for the other.
    const ranking = this.loadPagefind().then((pf) => pf.search(query.term));
    ranking.catch(() => undefined);
    const [terms] = await Promise.all([this.loadTerms(), ...chunksFor(query.words).map((c) => this.loadChunk(c))]);
    const holding = this.termIndex.pagesWithAll(query.words);
    if (!holding.size) return [];
    const response = await ranking;
    const kept = (response?.results ?? []).flatMap((r) => {
      const at = terms.byId.get(r.id);
      return at !== undefined && holding.has(at) ? [{ r, at }] : [];
    });
    // Pagefind gives the pages it scores alike in the order it read them; the term table lists them in the order to show.
    kept.sort((a, b) => b.r.score - a.r.score || a.at - b.at);
    return kept.map(({ r, at }) => this.hit(terms.table, at, r));
  }

  private hit(table: TermTable, at: number, result: PagefindResult): Hit {
    const [, url, facets] = table.pages[at]!;
    const filters: FacetValues = {};
    SEARCH_FILTERS.forEach((f, i) => {
      const values = (facets[i] ?? []).map((v) => table.facets[f][v]!);
      if (values.length) filters[f] = values;
    });
    return { href: this.base + url.replace(/^\//, ''), filters, data: () => result.data() };
  }

  private index(): Promise<IndexEntry> {
    // Named in the page: the entry file is left to Pagefind, which fetches it once, as the page preloaded it.
    if (this.built.index) return (this.entry ??= Promise.resolve({ hash: this.built.index }));
    return (this.entry ??= (async () => {
      // Never a copy cached from before a new deploy: it names the index files, which change with every build.
      const response = await fetch(`${this.bundle}pagefind-entry.json?ts=${this.built.cacheTag ?? Date.now()}`);
      if (!response.ok) throw new Error(`pagefind-entry.json: HTTP ${response.status}`);
      const entry = (await response.json()) as { languages?: Record<string, IndexEntry> };
      const index = entry.languages?.[this.lang] ?? entry.languages?.[this.lang.split('-')[0]!];
      if (!index) throw new Error(`no search index for ${this.lang}`);
      // This language's metadata and WebAssembly now, while pagefind.js is still arriving.
      for (const file of [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`]) this.hint('preload', file);
      return index;
    })());
  }

  /** A hint in the document's head for a file of the index: a module to fetch and compile, or a file fetch() will ask for. */
  private hint(rel: 'modulepreload' | 'preload', file: string): void {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = this.bundle + file;
    if (rel === 'preload') {
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  }

  private loadPagefind(): Promise<Pagefind> {
    return (this.pagefind ??= (async () => {
      this.prefetch();
      void this.index().catch(() => undefined);
      // A runtime path under the site's base: the bundle is written after Vite has run.
      const pf = (await import(/* @vite-ignore */ `${this.bundle}pagefind.js`)) as Pagefind;
      // One call before init: these become the options Pagefind starts with. No worker: the index
      // is small, and a worker would fetch its own script and compile the WebAssembly a second time.
      // The cache tag names this build's entry file, so Pagefind's request for it is the one prefetch() made.
      const cache = this.built.cacheTag ? { metaCacheTag: this.built.cacheTag } : {};
      await pf.options({ baseUrl: this.base, noWorker: true, excerptLength: 0, ranking: { metaWeights: META_WEIGHTS }, ...cache });
      await pf.init();
      return pf;
    })());
  }

  /** The term table's files for this language, named after Pagefind's index so the two always match. */
  private async termFile(chunk?: number): Promise<string> {
    const { hash } = await this.index();
    return this.bundle + termTableFile(hash, chunk);
  }

  private loadTerms(): Promise<LoadedTable> {
    return (this.terms ??= (async () => {
      const file = await this.termFile();
      const table = await this.fetchJson<TermTable>(file);
      if (table.version !== TERM_TABLE_VERSION || table.chunks !== TERM_CHUNKS) {
        throw new Error(`${file}: term table version ${table.version} in ${table.chunks} chunks, expected ${TERM_TABLE_VERSION} in ${TERM_CHUNKS}`);
      }
      return { table, byId: new Map(table.pages.map(([id], i) => [id, i])) };
    })());
  }

  private loadChunk(chunk: number): Promise<void> {
    let loading = this.chunks.get(chunk);
    if (!loading) {
      loading = this.termFile(chunk)
        .then((file) => this.fetchJson<Record<string, string>>(file))
        .then((terms) => this.termIndex.add(terms));
      this.chunks.set(chunk, loading);
    }
    return loading;
  }

  private async fetchJson<T>(url: string): Promise<T> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }
}
