/**
 * The search page, on Pagefind's JS API (pagefind.js) and nothing else of
 * Pagefind's: reads `?q=`, starts loading the engine as soon as there is a
 * query or the box is focused, sends Pagefind the normalised query
 * (search-query.ts), keeps only the results that contain it (search-match.ts),
 * and renders them, their facets and their counts itself. `?q=` follows the
 * box, so any search can be linked to and shared.
 */
import { parseStandardNumber } from '~/lib/model/standard-number';
import { covers, excerpt, searchable, termRanges } from '~/lib/search/match';
import { facetCounts, type FacetValues, selected, type Selection } from '~/lib/search/facets';
import { prepareQuery, queryFromSearch, type SearchQuery } from '~/lib/search/query';
import { META_WEIGHTS, SEARCH_FILTERS, type SearchFilter, type SearchMeta } from '~/lib/search/fields';
import type { Locale } from '~/lib/model/vocabulary';
import { urls } from '~/lib/site/urls';
import { matchingNames, renderResult, type ShownResult } from './search-result';

interface Messages {
  countOne: string;
  countMany: string;
  none: string;
  asNumber: string;
  loading: string;
  all: string;
  alsoKnownAs: string;
  empty: string;
}

/** The parts of Pagefind's JS API this page uses (pagefind.js, 1.6). */
interface PagefindData {
  url: string;
  content: string;
  meta: Partial<SearchMeta>;
  filters: FacetValues;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

const SEARCH_DELAY_MS = 120;
/** Results shown at first, and added by each "show more". */
const PAGE_SIZE = 20;
/**
 * Pagefind ranks every page holding any piece of the query; only the best this
 * many are checked for the whole query. On this site that is every candidate.
 */
const MAX_CHECKED = 200;
const EXCERPT_LENGTH: Record<Locale, number> = { zh: 90, en: 200 };

interface Found {
  query: SearchQuery;
  results: (ShownResult & { filters: FacetValues })[];
  exact: (ShownResult & { filters: FacetValues }) | null;
}

function setup(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const bundle = root.dataset.bundle!;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const order = JSON.parse(root.dataset.order!) as Partial<Record<SearchFilter, string[]>>;
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const input = $<HTMLInputElement>('input[name="q"]');
  const form = input.form!;
  const ui = $('[data-search-ui]');
  const facetBox = $('[data-search-facets]');
  const summary = $('[data-search-summary]');
  const note = $('[data-search-note]');
  const failure = $('[data-search-failed]');
  const exactBox = $('[data-search-exact]');
  const list = $('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const empty = $('[data-search-empty]');
  const emptyTitle = $('[data-search-empty-title]');
  const selects = new Map(SEARCH_FILTERS.map((f) => [f, $<HTMLSelectElement>(`select[data-facet="${f}"]`)]));

  ui.hidden = false;
  const countText = (n: number) => (n === 1 ? messages.countOne : messages.countMany.replace('{count}', String(n)));
  // For styles and tests: idle (nothing asked), loading, done, failed.
  const setState = (state: 'idle' | 'loading' | 'done' | 'failed') => (root.dataset.state = state);
  setState('idle');

  const fail = (error: unknown) => {
    console.warn('Search could not load:', error);
    failure.hidden = false;
    summary.textContent = '';
    setState('failed');
  };

  /**
   * Fetch the index's entry file, and from it ask the browser for this
   * language's metadata and WebAssembly now, while pagefind.js is still
   * arriving: Pagefind would otherwise request them only once it has started.
   */
  const warm = async () => {
    const entry = await (await fetch(`${bundle}pagefind-entry.json`)).json();
    const lang = document.documentElement.lang.toLowerCase();
    const index = entry.languages?.[lang] ?? entry.languages?.[lang.split('-')[0]!];
    if (!index) return;
    for (const file of [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`]) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = bundle + file;
      document.head.append(link);
    }
  };

  let engine: Promise<Pagefind> | undefined;
  /** Load pagefind.js and this language's index once, the first time they are needed. */
  const load = (): Promise<Pagefind> =>
    (engine ??= (async () => {
      void warm().catch(() => undefined);
      // A runtime path under the site's base: the bundle is written after Vite has run.
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // One call before init: these become the options Pagefind starts with. No worker: the index
      // is small, and a worker would fetch its own script and compile the WebAssembly a second time.
      await pf.options({ baseUrl: urls.base, noWorker: true, excerptLength: 0, ranking: { metaWeights: META_WEIGHTS } });
      await pf.init();
      return pf;
    })());

  const show = (r: ShownResult, tag: 'li' | 'div' = 'li') => renderResult(r, messages.alsoKnownAs, locale === 'zh' ? '、' : ', ', tag);

  let found: Found | null = null;
  let shown = PAGE_SIZE;
  const selection: Selection = {};

  /** Fill each facet's menu with its values and counts, keeping what is chosen where it still applies. */
  const renderFacets = (f: Found) => {
    const all = f.exact ? [f.exact, ...f.results] : f.results;
    const counts = facetCounts(
      all.map((r) => r.filters),
      SEARCH_FILTERS,
      selection,
    );
    for (const [facet, select] of selects) {
      const values = [...counts[facet].keys()];
      const rank = order[facet];
      values.sort((a, b) => (rank ? rank.indexOf(a) - rank.indexOf(b) : a.localeCompare(b, locale)));
      if (selection[facet] && !values.includes(selection[facet]!)) delete selection[facet];
      const total = all.filter((r) => selected(r.filters, selection, facet)).length;
      const options = [new Option(`${messages.all} (${total})`, '')];
      for (const v of values) options.push(new Option(`${v} (${counts[facet].get(v)})`, v));
      select.replaceChildren(...options);
      select.value = selection[facet] ?? '';
      // A facet no result has (risks and nodes have no kind or status) is left out.
      select.closest('label')!.hidden = values.length === 0;
    }
    facetBox.hidden = all.length === 0;
  };

  const render = () => {
    const f = found;
    list.replaceChildren();
    exactBox.querySelector('[data-search-result]')?.remove();
    exactBox.hidden = true;
    empty.hidden = true;
    more.hidden = true;
    // Nothing typed: nothing to say. Only punctuation typed: the empty state, as for any query that finds nothing.
    if (!f || !f.query.display) {
      facetBox.hidden = true;
      summary.textContent = '';
      note.textContent = '';
      delete summary.dataset.count;
      setState('idle');
      return;
    }
    renderFacets(f);
    const exact = f.exact && selected(f.exact.filters, selection) ? f.exact : null;
    const rest = f.results.filter((r) => selected(r.filters, selection));
    const count = rest.length + (exact ? 1 : 0);
    summary.dataset.count = String(count);
    // Announced (the summary is a live region); the empty state below says what to try.
    summary.textContent = count ? countText(count) : messages.none;
    // With nothing found, the empty state below shows the same; the summary stays for screen readers.
    summary.classList.toggle('visually-hidden', !count);
    note.textContent = f.query.numbers.length ? messages.asNumber.replace('{numbers}', f.query.numbers.join(locale === 'zh' ? '、' : ', ')) : '';
    if (exact) {
      exactBox.append(show(exact, 'div'));
      exactBox.hidden = false;
    }
    list.append(...rest.slice(0, shown).map((r) => show(r)));
    more.hidden = rest.length <= shown;
    if (!count) {
      // The query goes in as text, between the message's two halves.
      const [before, after] = messages.empty.split('{query}');
      emptyTitle.replaceChildren(before ?? '', Object.assign(document.createElement('strong'), { textContent: f.query.display }), after ?? '');
      empty.hidden = false;
    }
    setState('done');
  };

  /** Run one query through Pagefind and keep what really contains it. */
  const find = async (pf: Pagefind, query: SearchQuery): Promise<Found> => {
    const response = await pf.search(query.term);
    const candidates = (response?.results ?? []).slice(0, MAX_CHECKED);
    const pages = await Promise.all(candidates.map((c) => c.data()));
    const results = pages.flatMap((page) => {
      const meta = page.meta;
      if (!covers(searchable(page.content, ...Object.values(meta)), query.words)) return [];
      const quoted = excerpt(page.content, query.words, EXCERPT_LENGTH[locale]);
      // Found by another name: say which, unless the title shows it already.
      const inTitle = covers(searchable(meta.title, meta.number), query.words);
      const aka = quoted || inTitle ? [] : matchingNames(meta, (k) => termRanges(k, query.words).length > 0);
      return [{ url: page.url, meta, excerpt: quoted, alsoKnownAs: aka, filters: page.filters ?? {} }];
    });
    // A number or serial alone names one standard: that one leads, as the exact match.
    let exact: Found['exact'] = null;
    if (query.byNumber && query.words.length === 1) {
      const serial = query.words[0];
      const same = results.filter((r) => r.meta.number && parseStandardNumber(r.meta.number)?.code.toLowerCase() === serial);
      const asked = query.numbers[0] ? parseStandardNumber(query.numbers[0])?.prefix : undefined;
      exact = same.find((r) => parseStandardNumber(r.meta.number!)?.prefix === asked) ?? same[0] ?? null;
    }
    return { query, exact, results: results.filter((r) => r !== exact) };
  };

  let current: SearchQuery = prepareQuery('', locale);
  let asked = 0;
  const search = (raw: string) => {
    const next = prepareQuery(raw, locale);
    const url = urls.href(locale, { page: 'search', q: next.display || undefined });
    if (url !== location.pathname + location.search) history.replaceState(history.state, '', url);
    if (next.term === current.term && next.words.join() === current.words.join() && found) return;
    current = next;
    const ticket = ++asked;
    shown = PAGE_SIZE;
    if (!current.term) {
      found = { query: current, results: [], exact: null };
      render();
      return;
    }
    // Said at once, so a reader (or a test) never takes the last results for these.
    setState('loading');
    summary.textContent = messages.loading;
    load()
      .then((pf) => find(pf, current))
      .then((f) => {
        // A later query has been asked meanwhile: its answer is the one to show.
        if (ticket !== asked) return;
        found = f;
        render();
      })
      .catch(fail);
  };

  for (const [facet, select] of selects) {
    select.addEventListener('change', () => {
      if (select.value) selection[facet] = select.value;
      else delete selection[facet];
      shown = PAGE_SIZE;
      render();
    });
  }
  more.addEventListener('click', () => {
    const first = list.children.length;
    shown += PAGE_SIZE;
    render();
    // Keyboard users continue from the first result added.
    list.children[first]?.querySelector('a')?.focus();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (e) => {
    // Wait for a Chinese input method to finish composing before searching.
    if ((e as InputEvent).isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), SEARCH_DELAY_MS);
  });
  input.addEventListener('compositionend', () => search(input.value));
  input.addEventListener('focus', () => void load().catch(fail), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });

  const initial = queryFromSearch(location.search);
  if (initial) {
    input.value = initial;
    search(initial);
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setup(root);
