/**
 * The search page, as the <site-search> element around SearchPanel's markup.
 *
 * A number is answered at once from the number map in the page
 * (src/lib/search/numbers.ts), before anything else loads, or from one small
 * file of it on a large catalogue (search-numbers.ts). A name is answered
 * from the title map's files (search-titles.ts), and the entries whose titles
 * hold the words are listed from the title index's (search-holders.ts) while
 * the engine loads. Everything else, and the results that follow a number,
 * comes from the engine (search-engine.ts):
 * Pagefind ranks, the term table keeps only the results that hold the query.
 * `?q=` follows the box, so any search can be linked to and shared. After a
 * search from the address or a submitted box, focus moves to the exact match
 * or to the results, and the count is announced.
 */
import { facetCounts, type FacetValues, selected, type Selection } from '~/lib/search/facets';
import { SEARCH_FILTERS, type SearchFilter } from '~/lib/search/fields';
import type { NumberMatch } from '~/lib/search/numbers';
import { prepareQuery, queryFromSearch, type SearchQuery } from '~/lib/search/query';
import { HTML_LANG, isLocale, type Locale } from '~/lib/base/vocabulary';
import { urls } from '~/lib/site/urls';
import { SearchEngine, type Hit } from './search-engine';
import { NumberMap } from './search-numbers';
import { TitleHolders } from './search-holders';
import { fromHolder, fromNumber, fromRecord, fromTitle, nameRank, renderResult, type ShownResult } from './search-result';
import { TitleMap } from './search-titles';

interface Messages {
  countOne: string;
  countMany: string;
  none: string;
  asNumber: string;
  asSimplified: string;
  loading: string;
  all: string;
  alsoKnownAs: string;
  empty: string;
  didYouMean: string;
  /** Between the items of a list, in the page's language. */
  items: string;
}

type State = 'idle' | 'loading' | 'done' | 'failed';

/** One query's answer: the exact match from the number or title map, and the results that hold the query (null while they load). */
interface Answer {
  query: SearchQuery;
  /** The text searched, when the query was converted to simplified Chinese. */
  simplified: string | null;
  /** The query searched: as typed, or its simplified form. */
  searched: SearchQuery;
  exact: ShownResult | null;
  /** The exact match still on its way, from a file of the number or title map. */
  exactLoading: Promise<ShownResult | null> | null;
  exactFilters: FacetValues;
  /** Entries whose title holds the query, in the order the results will keep them: shown while the results load. */
  leading: ShownResult[];
  /** Numbers one slip from a number that names nothing, offered instead. */
  nearMisses: NumberMatch[];
  hits: Hit[] | null;
}

const SEARCH_DELAY_MS = 120;
/** Results shown at first, and added by each "show more". */
const PAGE_SIZE = 20;

/** Items in the order of their ranks (nameRank), lowest first; a stable sort, so equal ranks keep their order. */
function byRank<T>(items: readonly T[], rank: (item: T) => number[]): T[] {
  const compare = (a: readonly number[], b: readonly number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  return items
    .map((item) => [rank(item), item] as const)
    .sort(([a], [b]) => compare(a, b))
    .map(([, item]) => item);
}

/** Once the next frame is painted; without a frame (a tab in the background), after a short wait. */
function nextPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        done();
      }),
    );
  });
}

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

class SiteSearch extends HTMLElement {
  private locale: Locale = 'zh';
  private messages!: Messages;
  private order: Partial<Record<SearchFilter, string[]>> = {};
  private numbers!: NumberMap;
  private titles!: TitleMap;
  private holders!: TitleHolders;
  private engine!: SearchEngine;
  private answer: Answer | null = null;
  /** Results shown so far, by address and the query words they were marked for. */
  private records = new Map<string, ShownResult>();
  private selection: Selection = {};
  private shown = PAGE_SIZE;
  private asked = 0;
  /** Move focus to the answer once it shows: set by a search from the address or a submitted box. */
  private focusPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.readConfig();
    const initial = queryFromSearch(location.search);
    this.el('[data-search-ui]').hidden = false;
    this.setState('idle');
    // A search from the address first: the rest can wait until its small files are asked for.
    if (initial) {
      this.input.value = initial;
      this.search(initial, true);
    }
    this.listen(!initial);
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return part<T>(this, selector);
  }

  private get input(): HTMLInputElement {
    return this.el<HTMLInputElement>('input[name="q"]');
  }

  private readConfig(): void {
    const { locale, bundle, messages, order, numbers, numberFiles, index, wasm, cacheTag, titleFiles, titleCount, holderFiles, holderKeys } = this.dataset;
    if (isLocale(locale)) this.locale = locale;
    this.messages = JSON.parse(messages ?? '{}') as Messages;
    this.order = JSON.parse(order ?? '{}') as Partial<Record<SearchFilter, string[]>>;
    this.numbers = new NumberMap(numbers, numberFiles);
    this.titles = new TitleMap(titleFiles, Number(titleCount));
    this.holders = new TitleHolders(holderFiles, Number(holderKeys));
    this.engine = new SearchEngine(bundle ?? urls.asset('pagefind/'), urls.base, HTML_LANG[this.locale].toLowerCase(), { index, wasm, cacheTag });
  }

  /** @param warm start the engine once the page has loaded (a search from the address starts it when it needs it). */
  private listen(warm: boolean): void {
    const input = this.input;
    input.addEventListener('input', (e) => {
      // Wait for a Chinese input method to finish composing before searching.
      if ((e as InputEvent).isComposing) return;
      this.engine.preload(prepareQuery(input.value, this.locale));
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(input.value, false), SEARCH_DELAY_MS);
    });
    input.addEventListener('compositionend', () => this.search(input.value, false));
    input.addEventListener('focus', () => this.engine.warm(), { once: true });
    // The engine starts once the page has loaded, so that it never holds up the page's own work; for a
    // search from the address, once the small files that answer first are in, so that it holds up
    // neither their requests nor their painting.
    if (warm && document.readyState === 'complete') this.engine.warm();
    else if (warm) addEventListener('load', () => this.engine.warm(), { once: true });
    input.form?.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      this.search(input.value, true);
    });
    for (const facet of SEARCH_FILTERS) this.el<HTMLSelectElement>(`select[data-facet="${facet}"]`).addEventListener('change', (e) => this.narrow(facet, e));
    this.el('[data-search-more]').addEventListener('click', () => void this.more());
  }

  // ---- Asking

  /** Run a query; `focus` when the reader asked for the answer (address, Enter), not while typing. */
  private search(raw: string, focus: boolean): void {
    const query = prepareQuery(raw, this.locale);
    const same = this.answer && this.answer.query.term === query.term && this.answer.query.words.join() === query.words.join();
    this.focusPending = focus;
    if (same) {
      this.writeAddress(query.display);
      return void this.paintAnswer();
    }
    const ticket = ++this.asked;
    this.shown = PAGE_SIZE;
    const found = query.number ? this.numbers.lookup(query.number) : null;
    const asCard = (m: NumberMatch | null) => m && fromNumber(m, this.locale);
    // Not a number: the title map may know the name, from a small file.
    const exactLoading = found instanceof Promise ? found.then(asCard) : !query.number && query.term ? this.titles.lookup(query.display).then(fromTitle) : null;
    const exact = found instanceof Promise ? null : asCard(found);
    const nearMisses = query.number && !found ? this.numbers.nearMisses(query.number) : [];
    this.answer = { query, simplified: null, searched: query, exact, exactLoading, exactFilters: {}, leading: [], nearMisses, hits: query.term ? null : [] };
    if (exactLoading) void exactLoading.then((match) => this.showExact(ticket, match)).catch(() => undefined);
    // Words: the titles that hold them, from small files, while the engine works.
    const leading = !query.number && query.term ? this.showLeading(ticket, query.display) : null;
    // Once the files that answer first are asked for.
    this.writeAddress(query.display);
    if (!query.term) {
      // Only punctuation typed: the empty state, as for any query that finds nothing.
      this.setState(query.display ? 'done' : 'idle');
      return void this.paintAnswer();
    }
    // The exact match shows at once; the results follow when the engine has them. A name looked up in the
    // title map, and the titles that hold the words, are shown first: their small files come before the
    // engine's start would hold up the page.
    this.setState('loading');
    this.paintAnswer();
    const named = Promise.allSettled([query.number ? null : exactLoading, leading]).then(() => this.afterPaint());
    void named.then(() => this.complete(ticket)).catch((e: unknown) => this.fail(ticket, e));
  }

  /**
   * Once what shows already is painted: the engine's start holds the main
   * thread for a while, and should not hold the first results back.
   */
  private afterPaint(): Promise<void> {
    const shown = this.answer?.exact || this.answer?.leading.length;
    return shown ? nextPaint() : Promise.resolve();
  }

  private async complete(ticket: number): Promise<void> {
    const answer = this.answer!;
    // The engine's files, all at once, while the term table answers the check below.
    this.engine.prefetch();
    // Chinese is checked for traditional characters first, from the term table alone; the titles that hold
    // the form the pages use are shown before the engine starts, as for a query typed in that form.
    answer.simplified = await this.engine.simplified(answer.query.display);
    answer.searched = answer.simplified ? prepareQuery(answer.simplified, this.locale) : answer.query;
    if (answer.simplified) await this.showLeading(ticket, answer.simplified);
    const hits = await this.engine.find(answer.searched);
    if (answer.exactLoading) answer.exact = await answer.exactLoading.catch(() => null);
    // A name in traditional Chinese is looked up again in the form the pages use.
    if (!answer.exact && answer.simplified) answer.exact = fromTitle(await this.titles.lookup(answer.simplified));
    if (ticket !== this.asked) return;
    const exactHit = answer.exact && hits.find((h) => h.href === answer.exact!.url);
    answer.exactFilters = exactHit?.filters ?? {};
    // The titles shown while loading keep their places: their cards rank them before their records load.
    answer.hits = this.namedFirst(
      hits.filter((h) => h !== exactHit),
      answer.simplified ?? answer.query.display,
    );
    await this.loadShown(ticket);
    if (ticket !== this.asked) return;
    answer.hits = this.namedFirst(answer.hits, answer.simplified ?? answer.query.display);
    this.setState('done');
    this.paintAnswer();
  }

  /**
   * Look up the entries whose title holds the query and show them, in the
   * order the results will keep, if the results have not come first.
   */
  private async showLeading(ticket: number, query: string): Promise<void> {
    const found = await this.holders.lookup(query);
    const answer = this.answer;
    if (ticket !== this.asked || !found || !answer || answer.hits) return;
    answer.leading = byRank(
      found.map((e) => fromHolder(e, query)),
      (r) => nameRank(r, query),
    );
    this.paintAnswer();
  }

  /** An exact match from a file of the number or title map: shown as soon as it comes, ahead of the results. */
  private showExact(ticket: number, match: ShownResult | null): void {
    if (ticket !== this.asked || !match || !this.answer) return;
    this.answer.exact = match;
    this.paintAnswer();
  }

  private fail(ticket: number, error: unknown): void {
    if (ticket !== this.asked) return;
    console.warn('Search could not load:', error);
    this.el('[data-search-failed]').hidden = false;
    this.setState('failed');
    this.paintAnswer();
  }

  private writeAddress(display: string): void {
    const url = urls.href(this.locale, { page: 'search', q: display || undefined });
    if (url !== location.pathname + location.search) history.replaceState(history.state, '', url);
  }

  // ---- Narrowing and paging

  private narrow(facet: SearchFilter, e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    if (value) this.selection[facet] = value;
    else delete this.selection[facet];
    this.shown = PAGE_SIZE;
    void this.refresh();
  }

  private async more(): Promise<void> {
    const list = this.el('[data-search-results]');
    const first = list.children.length;
    this.shown += PAGE_SIZE;
    await this.refresh();
    // Keyboard users continue from the first result added.
    list.children[first]?.querySelector('a')?.focus();
  }

  /** Show the results again after the facets or the page size changed, loading any record not yet at hand. */
  private async refresh(): Promise<void> {
    if (!this.missing().length) return this.paintAnswer();
    const ticket = this.asked;
    this.setState('loading');
    await this.loadShown(ticket);
    if (ticket !== this.asked) return;
    this.setState('done');
    this.paintAnswer();
  }

  /** The results the facets keep, in order. */
  private kept(): Hit[] {
    return (this.answer?.hits ?? []).filter((h) => selected(h.filters, this.selection));
  }

  /**
   * An entry whose title the query is leads; then entries whose title holds
   * the whole query, standards first, the shortest title first; then those the query names by
   * another name; then pages that only mention it: Pagefind weighs a title's
   * words, not the title.
   */
  private namedFirst(hits: Hit[], query: string): Hit[] {
    const leading = new Map(this.answer?.leading.map((r) => [r.url, r]));
    const rank = (h: Hit): number[] => {
      const shown = this.records.get(this.key(h)) ?? leading.get(h.href);
      return shown ? nameRank(shown, query) : [3];
    };
    // Pagefind's order within each rank.
    return byRank(hits, rank);
  }

  /** The words results are marked for: the query's, or those of its simplified form. */
  private words(): string[] {
    return this.answer?.searched.words ?? [];
  }

  private key(hit: Hit): string {
    return `${hit.href}\n${this.words().join(' ')}`;
  }

  /** The results about to show whose stored records are not loaded yet. */
  private missing(): Hit[] {
    return this.kept()
      .slice(0, this.shown)
      .filter((h) => !this.records.has(this.key(h)));
  }

  private async loadShown(ticket: number): Promise<void> {
    const words = this.words();
    const loaded = await Promise.all(this.missing().map(async (h) => [this.key(h), fromRecord(h.href, await h.data(), words, this.locale)] as const));
    if (ticket !== this.asked) return;
    for (const [key, result] of loaded) this.records.set(key, result);
  }

  // ---- Showing

  private setState(state: State): void {
    // For styles and tests: idle (nothing asked), loading, done, failed.
    this.dataset.state = state;
  }

  private paintAnswer(): void {
    const answer = this.answer;
    const display = answer?.query.display ?? '';
    const exactShown = answer?.exact && selected(answer.exactFilters, this.selection) ? answer.exact : null;
    this.paintExact(exactShown);
    if (!answer || !display) return this.paintIdle();
    const kept = this.kept();
    // Until the results come, the titles that hold the query (none while a facet narrows: they have no facets yet).
    const early = answer.hits || Object.keys(this.selection).length ? [] : answer.leading.filter((r) => r.url !== exactShown?.url);
    const visible = answer.hits ? kept.slice(0, this.shown).flatMap((h) => this.records.get(this.key(h)) ?? []) : early.slice(0, this.shown);
    this.el('[data-search-results]').replaceChildren(...visible.map((r) => this.card(r, 'li')));
    this.el('[data-search-more]').hidden = kept.length <= this.shown;
    // Unknown while the results load; after a failure, only the exact match is known.
    const failed = this.dataset.state === 'failed';
    const count = answer.hits ? kept.length + (exactShown ? 1 : 0) : failed && exactShown ? 1 : null;
    this.paintSummary(count);
    this.paintNote(answer);
    this.paintSuggestion(answer.nearMisses);
    this.paintFacets(answer);
    this.paintEmpty(count === 0 ? display : null);
    this.moveFocus(count, exactShown !== null);
  }

  private paintIdle(): void {
    if (this.dataset.state !== 'failed') this.setState('idle');
    this.el('[data-search-results]').replaceChildren();
    this.el('[data-search-more]').hidden = true;
    this.el('[data-search-facets]').hidden = true;
    this.el('[data-search-note]').textContent = '';
    this.paintSuggestion([]);
    this.paintSummary(null);
    this.paintEmpty(null);
  }

  private card(result: ShownResult, tag: 'li' | 'div'): HTMLElement {
    return renderResult(result, this.messages.alsoKnownAs, this.messages.items, tag);
  }

  /** The exact match's card; kept as it is while it stays the answer, so focus on its link survives the results arriving. */
  private paintExact(exact: ShownResult | null): void {
    const box = this.el('[data-search-exact]');
    box.hidden = !exact;
    const card = box.querySelector('[data-search-result]');
    if (card && exact && card.querySelector('a')?.getAttribute('href') === exact.url) return;
    card?.remove();
    if (exact) box.append(this.card(exact, 'div'));
  }

  /** The results heading: the count once known (and announced), "searching…" until then. */
  private paintSummary(count: number | null): void {
    const summary = this.el('[data-search-summary]');
    const status = this.el('[data-search-status]');
    if (count === null) {
      delete summary.dataset.count;
      summary.textContent = this.dataset.state === 'loading' ? this.messages.loading : '';
      summary.classList.remove('visually-hidden');
      status.textContent = '';
      return;
    }
    const text = count === 0 ? this.messages.none : count === 1 ? this.messages.countOne : this.messages.countMany.replace('{count}', String(count));
    summary.dataset.count = String(count);
    summary.textContent = text;
    // With nothing found, the empty state below says the same; the heading stays for screen readers.
    summary.classList.toggle('visually-hidden', count === 0);
    if (status.textContent !== text) status.textContent = text;
  }

  private paintNote(answer: Answer): void {
    const { query, simplified } = answer;
    const notes = [
      query.numbers.length ? this.messages.asNumber.replace('{numbers}', query.numbers.join(this.messages.items)) : '',
      simplified ? this.messages.asSimplified.replace('{query}', simplified) : '',
    ];
    this.el('[data-search-note]').textContent = notes.filter(Boolean).join(' ');
  }

  /** "Did you mean GB/T 45654-2025?", each number a link to its entry; an empty list hides it. */
  private paintSuggestion(matches: NumberMatch[]): void {
    const box = this.el('[data-search-suggest]');
    box.hidden = matches.length === 0;
    if (!matches.length) return void box.replaceChildren();
    const [before, after] = this.messages.didYouMean.split('{numbers}');
    const links = matches.flatMap((m, i) => {
      const link = Object.assign(document.createElement('a'), { href: m.href, textContent: m.number, title: m.title });
      return i ? [this.messages.items, link] : [link];
    });
    box.replaceChildren(before ?? '', ...links, after ?? '');
  }

  /**
   * Fill each facet's menu with its values and counts, keeping what is chosen where it still applies.
   * While the results load under an answer already shown, the menus stand in their place, not yet
   * usable, so that the answer does not move down when they fill.
   */
  private paintFacets(answer: Answer): void {
    const box = this.el('[data-search-facets]');
    const narrowed = Object.keys(this.selection).length > 0;
    if (!answer.hits && !narrowed && this.dataset.state === 'loading' && (answer.exact || answer.leading.length)) {
      for (const facet of SEARCH_FILTERS) {
        const select = this.el<HTMLSelectElement>(`select[data-facet="${facet}"]`);
        select.replaceChildren(new Option(this.messages.all, ''));
        select.disabled = true;
        select.closest('label')!.hidden = false;
      }
      box.hidden = false;
      return;
    }
    const all = [...(answer.exact ? [answer.exactFilters] : []), ...(answer.hits ?? []).map((h) => h.filters)];
    const counts = facetCounts(all, SEARCH_FILTERS, this.selection);
    for (const facet of SEARCH_FILTERS) {
      const select = this.el<HTMLSelectElement>(`select[data-facet="${facet}"]`);
      const rank = this.order[facet];
      // A value with what it rests on ("已发布（推断）") sorts with its status, then by its words.
      const place = (v: string) => {
        const at = rank ? rank.findIndex((r) => v === r || v.startsWith(r)) : 0;
        return at === -1 ? rank!.length : at;
      };
      const values = [...counts[facet].keys()].sort((a, b) => place(a) - place(b) || a.localeCompare(b, this.locale));
      if (this.selection[facet] && !values.includes(this.selection[facet])) delete this.selection[facet];
      const total = all.filter((f) => selected(f, this.selection, facet)).length;
      const options = [new Option(`${this.messages.all} (${total})`, ''), ...values.map((v) => new Option(`${v} (${counts[facet].get(v)})`, v))];
      select.replaceChildren(...options);
      select.disabled = false;
      select.value = this.selection[facet] ?? '';
      // A facet no result has (risks and nodes have no kind or status) is left out.
      select.closest('label')!.hidden = values.length === 0;
    }
    box.hidden = !answer.hits || all.length === 0;
  }

  /** The empty state, with the query in it as text; null hides it. */
  private paintEmpty(query: string | null): void {
    this.el('[data-search-empty]').hidden = query === null;
    if (query === null) return;
    const [before, after] = this.messages.empty.split('{query}');
    this.el('[data-search-empty-title]').replaceChildren(before ?? '', Object.assign(document.createElement('strong'), { textContent: query }), after ?? '');
  }

  /**
   * After a search the reader asked for, the first Tab should reach the answer:
   * focus the exact match as soon as it shows, else the results heading (or the
   * empty state) once the results are in.
   */
  private moveFocus(count: number | null, exact: boolean): void {
    if (!this.focusPending) return;
    const target = exact ? '[data-search-exact-heading]' : count === null ? null : count ? '[data-search-summary]' : '[data-search-empty-title]';
    if (!target) return;
    this.focusPending = false;
    // Once what it moves to is painted: focusing lays the page out there and then, which the answer need not wait for.
    void nextPaint().then(() => this.el(target).focus());
  }
}

customElements.define('site-search', SiteSearch);
