/**
 * <standard-filters>: enhances the all-standards table's filters. Without it
 * the radios and lists filter and sort through /filters.css; with it, this
 * element does the filtering and sorting itself (the stylesheet's rules apply
 * only while the element is undefined), and adds:
 * - the text filter;
 * - the state in the URL (replaceState, so Back leaves the page rather than
 *   stepping through keystrokes), read on load, where a value the table does
 *   not offer falls back to "all" and is named in a note;
 * - counts that follow the filters: the caption, each choice's count, the
 *   "n of total" line, and the bar the controls fold under on a phone
 *   ("筛选（2）", how many rows show); a wide screen opens the fold;
 * - the order: grouped by part, or one list across the groups, moving the rows
 *   so that reading order is the order shown;
 * - "Download these rows (CSV)": the published standards.csv cut down to the
 *   rows shown, each record byte for byte as the file writes it.
 */
import { readCsv, selectRecords, type CsvFile } from '~/lib/exports/csv-read';
import {
  ALL,
  DEFAULT_SORT,
  FILTER_CHOICES,
  type FilterChoice,
  type FilterState,
  type Ignored,
  matchesText,
  readFilterUrl,
  searchFromState,
  SORTS,
  type Sort,
} from '~/lib/site/table-filter';
import { isOneOf, STATUS_BASES, type StatusBasis } from '~/lib/base/vocabulary';
import { dataValue } from './data-value';

const isSort = isOneOf(SORTS);
const isBasis = isOneOf(STATUS_BASES);

/** What each choice compares in a row. Risks are a list: the row matches when it names the risk. */
const ROW_VALUE: Record<FilterChoice, (row: HTMLTableRowElement, value: string) => boolean> = {
  part: (row, v) => row.dataset.part === v,
  kind: (row, v) => row.dataset.kind === v,
  status: (row, v) => row.dataset.statusToday === v,
  risk: (row, v) => (row.dataset.risks ?? '').split(' ').includes(v),
  changed: (row, v) => row.dataset.changed === v,
};

/** The words a status's basis note is made of, as the page wrote them. */
interface BasisWords extends Record<StatusBasis, string> {
  ofWhich: string;
  part: string;
  items: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

class StandardFilters extends HTMLElement {
  #connected = false;
  #form!: HTMLFormElement;
  #text!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #table!: HTMLTableElement;
  #rows: HTMLTableRowElement[] = [];
  /** One body holding every row while the table reads as one list; empty otherwise. */
  #flat!: HTMLTableSectionElement;
  #csv: Promise<CsvFile> | undefined;
  #download: string | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const text = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const sort = form?.querySelector<HTMLSelectElement>('select[name="sort"]');
    const table = this.querySelector('table');
    if (!form || !text || !sort || !table || this.#connected) return;
    this.#connected = true;
    this.#form = form;
    this.#text = text;
    this.#sort = sort;
    this.#table = table;
    this.#rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-text]')];
    this.#flat = table.createTBody();
    this.#flat.dataset.flat = '';
    this.querySelector<HTMLElement>('[data-filter-text]')?.removeAttribute('hidden');
    const fold = this.querySelector<HTMLDetailsElement>('details[data-filters-fold]');
    if (fold && matchMedia('(min-width: 40.01rem)').matches) fold.open = true;
    this.#addHeaderSorts();
    const { state, ignored } = readFilterUrl(location.search, this.#offered());
    this.#write(state);
    this.#sayIgnored(ignored);
    form.addEventListener('input', () => this.#apply());
    form.addEventListener('change', () => this.#apply());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply();
    });
    this.#apply();
  }

  /** The values each control offers, read from the page, so the URL can ask for nothing else. */
  #offered(): Record<FilterChoice | 'sort', string[]> {
    const values = (name: string) =>
      [...this.#form.querySelectorAll<HTMLInputElement | HTMLOptionElement>(`[name="${name}"][value], [name="${name}"] option`)].map((c) => c.value);
    return { ...(Object.fromEntries(FILTER_CHOICES.map((key) => [key, values(key)])) as Record<FilterChoice, string[]>), sort: values('sort') };
  }

  #control(key: FilterChoice): RadioNodeList | HTMLSelectElement | null {
    const control = this.#form.elements.namedItem(key);
    return control instanceof RadioNodeList || control instanceof HTMLSelectElement ? control : null;
  }

  #read(): FilterState {
    const state: FilterState = { q: this.#text.value };
    for (const key of FILTER_CHOICES) {
      const value = this.#control(key)?.value;
      if (value && value !== ALL) state[key] = value;
    }
    const sort = this.#sort.value;
    if (isSort(sort) && sort !== DEFAULT_SORT) state.sort = sort;
    return state;
  }

  #write(state: FilterState): void {
    this.#text.value = state.q;
    for (const key of FILTER_CHOICES) {
      const control = this.#control(key);
      if (control) control.value = state[key] ?? ALL;
    }
    this.#sort.value = state.sort ?? DEFAULT_SORT;
  }

  /** True when a row passes every filter but `except` (so a choice can count what it would show). */
  #passes(row: HTMLTableRowElement, state: FilterState, except?: FilterChoice): boolean {
    if (state.q !== '' && !matchesText(row.dataset.text ?? '', state.q)) return false;
    return FILTER_CHOICES.every((key) => key === except || state[key] === undefined || ROW_VALUE[key](row, state[key]));
  }

  #apply(): void {
    const state = this.#read();
    for (const row of this.#rows) row.hidden = !this.#passes(row, state);
    this.#order(state.sort ?? DEFAULT_SORT);
    this.#hideEmptyGroups();
    this.#count(state);
    this.#report();
    this.#sayFolded(state);
    void this.#offerRows();
    const search = searchFromState(state);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Grouped by part as served, or every row in one body in the chosen order; the sorted column says so. */
  #order(sort: Sort): void {
    if (sort === DEFAULT_SORT) {
      // Each row goes back to its group, in its place there (rows keep their index in the served order).
      for (const row of this.#rows) this.#table.querySelector<HTMLTableSectionElement>(`tbody[data-group="${row.dataset.part}"]`)?.append(row);
    } else {
      const key = `order${sort.charAt(0).toUpperCase()}${sort.slice(1)}`;
      const place = (row: HTMLTableRowElement) => Number(row.dataset[key]);
      this.#flat.append(...[...this.#rows].sort((a, b) => place(a) - place(b)));
    }
    this.#table.classList.toggle('is-flat', sort !== DEFAULT_SORT);
    for (const th of this.#table.tHead?.rows[0]?.cells ?? []) {
      if (th.dataset.sortKey === sort) th.setAttribute('aria-sort', sort === 'number' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  /** The number and date headers become buttons that choose that order, as the list above the table does. */
  #addHeaderSorts(): void {
    for (const th of this.#table.tHead?.rows[0]?.cells ?? []) {
      const key = th.dataset.sortKey;
      if (!key || !isSort(key)) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        this.#sort.value = this.#sort.value === key ? DEFAULT_SORT : key;
        this.#apply();
      });
    }
  }

  /** A group whose rows are all hidden loses its header row too; the groups' bodies are empty while the table is one list. */
  #hideEmptyGroups(): void {
    for (const body of this.#table.tBodies) {
      const header = body.querySelector<HTMLTableRowElement>('tr.group-row');
      if (header) header.hidden = ![...body.rows].some((r) => r !== header && !r.hidden);
    }
  }

  /** Each choice's count, the caption and the statuses' basis notes, for the rows the other filters leave. */
  #count(state: FilterState): void {
    for (const key of FILTER_CHOICES) {
      const rows = this.#rows.filter((row) => this.#passes(row, state, key));
      const n = (value: string) => (value === ALL ? rows.length : rows.filter((row) => ROW_VALUE[key](row, value)).length);
      for (const input of this.#form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${key}"]`)) {
        const label = input.closest('label');
        const count = label?.querySelector('.count');
        if (count) count.textContent = String(n(input.value));
        // A choice that would show nothing reads muted, still there to choose.
        label?.classList.toggle('is-empty', n(input.value) === 0);
        const note = label?.querySelector<HTMLElement>('[data-basis-note]');
        if (note)
          this.#basisNote(
            note,
            rows.filter((row) => ROW_VALUE[key](row, input.value)),
          );
      }
      for (const option of this.#form.querySelectorAll<HTMLOptionElement>(`select[name="${key}"] option`)) {
        option.textContent = `${option.dataset.label ?? option.value} (${n(option.value)})`;
      }
    }
    const caption = this.#table.querySelector<HTMLElement>('caption[data-caption]');
    if (caption) {
      const shown = this.#shownIds().length;
      const total = new Set(this.#rows.map((r) => r.dataset.id)).size;
      caption.textContent =
        shown === total
          ? (caption.dataset.caption ?? '')
          : fill(this.dataset.captionTemplate ?? '', { title: this.dataset.captionTitle ?? '', n: shown, total });
    }
  }

  /** "of which 9 one source": how many of the rows a status would show rest on one source or an inference. */
  #basisNote(note: HTMLElement, rows: HTMLTableRowElement[]): void {
    const words = JSON.parse(this.dataset.basisWords ?? '{}') as BasisWords;
    const parts = STATUS_BASES.filter((b) => b !== 'recorded').flatMap((basis) => {
      // A row whose status is unknown claims nothing, so it has no basis.
      const n = rows.filter((row) => row.dataset.statusBasis !== undefined && dataValue(row, 'statusBasis', isBasis) === basis).length;
      return n > 0 ? [fill(words.part, { basis: words[basis], n })] : [];
    });
    note.hidden = parts.length === 0;
    note.textContent = parts.length > 0 ? fill(words.ofWhich, { list: parts.join(words.items) }) : '';
  }

  /** The ids of the rows shown, in the order shown, each once (a standard placed in two parts has a row in each). */
  #shownIds(): string[] {
    const shown = [...this.#table.tBodies].flatMap((body) => [...body.rows]).filter((row) => row.dataset.id && !row.hidden);
    return [...new Set(shown.map((row) => row.dataset.id!))];
  }

  /** "12 / 40 shown" while filtered, and a note when nothing matches. */
  #report(): void {
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const none = this.querySelector<HTMLElement>('[data-filter-none]');
    const shown = this.#rows.filter((r) => !r.hidden).length;
    const filtered = shown < this.#rows.length;
    if (status) {
      status.hidden = !filtered;
      status.textContent = filtered ? fill(status.dataset.template ?? '{n} / {total}', { n: shown, total: this.#rows.length }) : '';
    }
    if (none) none.hidden = shown > 0;
  }

  /** The fold's bar: "筛选（2）" with how many filters are active, and how many rows show. */
  #sayFolded(state: FilterState): void {
    const label = this.querySelector<HTMLElement>('[data-filters-label]');
    const shown = this.querySelector<HTMLElement>('[data-filters-shown]');
    const active = (state.q.trim() === '' ? 0 : 1) + FILTER_CHOICES.filter((key) => state[key] !== undefined).length;
    if (label) {
      label.dataset.plain ??= label.textContent?.trim() ?? '';
      label.textContent = active > 0 ? fill(label.dataset.template ?? '', { n: active }) : label.dataset.plain;
    }
    // While filtered, "12 / 40 shown" as the line below the filters says it; unfiltered, the caption below says the count.
    if (shown) shown.textContent = this.querySelector<HTMLElement>('[data-filter-status]')?.textContent ?? '';
  }

  /** Says, for each value of the URL that was not applied, what it was and that "all" shows instead. */
  #sayIgnored(ignored: Ignored[]): void {
    const list = this.querySelector<HTMLElement>('[data-filter-ignored]');
    if (!list || ignored.length === 0) return;
    const templates: Record<Ignored['reason'], string | undefined> = {
      unknown: list.dataset.unknown,
      repeated: list.dataset.repeated,
      'too-long': list.dataset.tooLong,
    };
    // A value is shown as far as a reader needs to recognise it.
    const short = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);
    list.replaceChildren(
      ...ignored.map((i) => {
        const li = document.createElement('li');
        li.textContent = fill(templates[i.reason] ?? '', { key: i.key, value: short(i.value), max: this.dataset.qMax ?? '' });
        return li;
      }),
    );
    list.hidden = false;
  }

  /**
   * Points "Download these rows" at a CSV of the rows shown: the published
   * file, fetched once, with only their records. Shown while the table is
   * filtered; the whole file is the "All data" link beside it.
   */
  async #offerRows(): Promise<void> {
    const wrapper = this.querySelector<HTMLElement>('[data-these-rows]');
    const link = this.querySelector<HTMLAnchorElement>('[data-these-rows-link]');
    const all = this.querySelector<HTMLAnchorElement>('[data-all-csv]');
    if (!wrapper || !link || !all) return;
    const ids = this.#shownIds();
    const total = new Set(this.#rows.map((r) => r.dataset.id)).size;
    if (ids.length === 0 || ids.length === total) {
      wrapper.hidden = true;
      return;
    }
    try {
      this.#csv ??= fetch(all.href).then(async (response) => {
        if (!response.ok) throw new Error(`${all.href}: HTTP ${response.status}`);
        // Decoded keeping the byte-order mark, which Response.text() would drop, so the rows come out as the file has them.
        return readCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()));
      });
      const csv = selectRecords(await this.#csv, 'id', ids);
      // The rows may have changed while the file was read: only the latest answer is offered.
      if (this.#shownIds().join() !== ids.join()) return;
      if (this.#download) URL.revokeObjectURL(this.#download);
      this.#download = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      link.href = this.#download;
      wrapper.hidden = false;
    } catch (error) {
      this.#csv = undefined;
      wrapper.hidden = true;
      this.querySelector<HTMLElement>('[data-download-failed]')?.removeAttribute('hidden');
      throw error;
    }
  }
}

customElements.define('standard-filters', StandardFilters);
