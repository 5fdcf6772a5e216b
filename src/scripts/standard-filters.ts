/**
 * <standard-filters>: enhances the all-standards table's filters. It adds the
 * text filter, keeps the filters' state in the URL (replaceState, so Back
 * leaves the page rather than stepping through keystrokes), restores it on
 * load, and says how many rows show. The radios filter on their own through
 * /filters.css; the element only adds the text match and the URL.
 */
import { ALL, FILTER_CHOICES, type FilterState, matchesText, searchFromState, stateFromSearch } from '~/lib/site/table-filter';

/** A row takes part in the count when the stylesheet or the text filter has not hidden it. */
const isShown = (row: HTMLTableRowElement) => row.getClientRects().length > 0;

class StandardFilters extends HTMLElement {
  #connected = false;
  #form!: HTMLFormElement;
  #text!: HTMLInputElement;
  #rows: HTMLTableRowElement[] = [];

  connectedCallback(): void {
    const form = this.querySelector('form');
    const text = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !text || this.#connected) return;
    this.#connected = true;
    this.#form = form;
    this.#text = text;
    this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-text]')];
    this.querySelector<HTMLElement>('[data-filter-text]')?.removeAttribute('hidden');
    this.#write(stateFromSearch(location.search));
    form.addEventListener('input', () => this.#apply());
    form.addEventListener('change', () => this.#apply());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply();
    });
    this.#apply();
  }

  #radio(name: string, value: string): HTMLInputElement | null {
    return this.#form.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${CSS.escape(value)}"]`);
  }

  #read(): FilterState {
    const state: FilterState = { q: this.#text.value };
    for (const key of FILTER_CHOICES) {
      const checked = this.#form.querySelector<HTMLInputElement>(`input[type="radio"][name="${key}"]:checked`);
      if (checked && checked.value !== ALL) state[key] = checked.value;
    }
    return state;
  }

  #write(state: FilterState): void {
    this.#text.value = state.q;
    for (const key of FILTER_CHOICES) {
      const radio = this.#radio(key, state[key] ?? ALL) ?? this.#radio(key, ALL);
      if (radio) radio.checked = true;
    }
  }

  #apply(): void {
    const state = this.#read();
    for (const row of this.#rows) row.hidden = state.q !== '' && !matchesText(row.dataset.text ?? '', state.q);
    this.#hideEmptyGroups();
    this.#report();
    const search = searchFromState(state);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** A group whose rows are all hidden loses its header row too. */
  #hideEmptyGroups(): void {
    for (const body of this.querySelectorAll('tbody')) {
      const header = body.querySelector<HTMLTableRowElement>('tr.group-row');
      if (header) header.hidden = ![...body.rows].some((r) => r !== header && isShown(r));
    }
  }

  /** "12 / 40 shown" while filtered, and a note when nothing matches. */
  #report(): void {
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const none = this.querySelector<HTMLElement>('[data-filter-none]');
    const shown = this.#rows.filter(isShown).length;
    const filtered = shown < this.#rows.length;
    const template = status?.dataset.template ?? '{n} / {total}';
    if (status) {
      status.hidden = !filtered;
      status.textContent = filtered ? template.replace('{n}', String(shown)).replace('{total}', String(this.#rows.length)) : '';
    }
    if (none) none.hidden = shown > 0;
  }
}

customElements.define('standard-filters', StandardFilters);
