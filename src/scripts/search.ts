/**
 * The search page. Reads `?q=`, loads Pagefind's Component UI only once there is
 * something to search for (or the box is focused), sends Pagefind the
 * normalised query (see src/lib/search-query.ts) and keeps `?q=` in step with
 * the box, so any search can be linked to and shared.
 *
 * Pagefind's own <pagefind-results> and <pagefind-filter-dropdown> elements do
 * the listing, lazy loading, filters and keyboard navigation; this file only
 * owns the input, because the query has to be rewritten before Pagefind sees it.
 */
import type { Locale } from '../lib/vocabulary';
import { prepareQuery, queryFromSearch, type SearchQuery } from '../lib/search-query';
import { urls } from '../lib/urls';
import { renderResult, type ResultData } from './search-result';

interface Messages {
  countOne: string;
  countMany: string;
  none: string;
  asNumber: string;
  loading: string;
}

/** The part of Pagefind's Component UI instance this page uses. */
interface PagefindInstance {
  options: { bundlePath: string };
  pagefindOptions: Record<string, unknown>;
  on(event: 'results', cb: (result: { results?: unknown[] }) => void): void;
  on(event: 'loading', cb: () => void): void;
  on(event: 'error', cb: (error: unknown) => void): void;
  triggerSearch(term: string): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

const SEARCH_DELAY_MS = 120;

/**
 * Excerpts quote the densest run of matches. For a number, or for Chinese on the
 * English page, that run is the page's hidden list of spellings or bigrams,
 * which says nothing a reader can use; the title already shows why it matched.
 */
function showExcerpt(q: SearchQuery, locale: Locale): boolean {
  return !q.byNumber && !(locale === 'en' && /\p{Script=Han}/u.test(q.term));
}

/**
 * Two fixes to Pagefind 1.6's filter menus, which re-render themselves (so this
 * runs on every change below the filters): the button has role="combobox", which
 * takes no name from its text, and is named only while a value is selected, so
 * point it at its visible label; and each option's spoken count is in English
 * whatever the page's language, so say it in the page's.
 */
function fixFilterMenus(container: HTMLElement, countText: (n: number) => string): void {
  const apply = () => {
    for (const trigger of container.querySelectorAll<HTMLElement>('.pf-dropdown-trigger')) {
      const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
      if (!label || !trigger.id) continue;
      label.id ||= `${trigger.id}-label`;
      if (trigger.getAttribute('aria-labelledby') !== label.id) trigger.setAttribute('aria-labelledby', label.id);
    }
    for (const option of container.querySelectorAll<HTMLElement>('.pf-dropdown-option[data-value]')) {
      const count = Number(option.querySelector('.pf-dropdown-option-count')?.textContent);
      if (Number.isFinite(count)) option.setAttribute('aria-label', `${option.dataset.value}, ${countText(count)}`);
    }
  };
  new MutationObserver(apply).observe(container, { childList: true, subtree: true });
  apply();
}

function setup(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const bundle = root.dataset.bundle!;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const form = input.form!;
  const ui = root.querySelector<HTMLElement>('[data-search-ui]')!;
  const filters = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const summary = root.querySelector<HTMLElement>('[data-search-summary]')!;
  const note = root.querySelector<HTMLElement>('[data-search-note]')!;
  const failure = root.querySelector<HTMLElement>('[data-search-failed]')!;
  const results = root.querySelector<HTMLElement & { resultTemplate?: (d: ResultData) => Element }>('pagefind-results')!;

  ui.hidden = false;
  const countText = (n: number) => (n === 1 ? messages.countOne : messages.countMany.replace('{count}', String(n)));
  fixFilterMenus(filters, countText);
  let current: SearchQuery = prepareQuery('');
  let instance: Promise<PagefindInstance> | undefined;

  // For styles and tests: idle (nothing asked), loading, done, failed.
  const setState = (state: 'idle' | 'loading' | 'done' | 'failed') => (root.dataset.state = state);
  setState('idle');

  const fail = (error: unknown) => {
    console.warn('Search could not load:', error);
    failure.hidden = false;
    summary.textContent = '';
    setState('failed');
  };

  /** Load the Component UI and the index once, the first time they are needed. */
  const load = (): Promise<PagefindInstance> =>
    (instance ??= (async () => {
      // A runtime path under the site's base: the bundle is written after Vite has run.
      await import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`);
      const pf = window.PagefindComponents?.getInstanceManager().getInstance('default');
      if (!pf) throw new Error('Pagefind Component UI did not start');
      // Loaded by import(), the UI cannot see its own script's path; both paths must honour the base.
      pf.options.bundlePath = bundle;
      pf.pagefindOptions.baseUrl = urls.base;
      // The index is small: searching on the main thread costs less than starting
      // a worker, which would fetch its own script and compile the WASM again.
      pf.pagefindOptions.noWorker = true;
      results.resultTemplate = (data) => renderResult(data, showExcerpt(current, locale));
      pf.on('loading', () => {
        if (!current.term) return;
        summary.textContent = messages.loading;
        setState('loading');
      });
      pf.on('results', (r) => showCount(r.results?.length ?? 0));
      pf.on('error', fail);
      return pf;
    })());

  const showCount = (count: number) => {
    filters.hidden = !current.term;
    if (!current.term) {
      summary.textContent = '';
      note.textContent = '';
      setState('idle');
      return;
    }
    summary.dataset.count = String(count);
    summary.textContent = count === 0 ? messages.none : countText(count);
    note.textContent = current.numbers.length ? messages.asNumber.replace('{numbers}', current.numbers.join(locale === 'zh' ? '、' : ', ')) : '';
    setState('done');
  };

  const search = (raw: string) => {
    const next = prepareQuery(raw, locale);
    const url = urls.href(locale, { page: 'search', q: next.display || undefined });
    if (url !== location.pathname + location.search) history.replaceState(history.state, '', url);
    if (next.term === current.term && next.numbers.join() === current.numbers.join()) return;
    current = next;
    // Said at once, not when Pagefind starts, so a reader (or a test) never takes the last results for these.
    if (current.term) setState('loading');
    load()
      .then((pf) => pf.triggerSearch(current.term))
      .catch(fail);
  };

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
