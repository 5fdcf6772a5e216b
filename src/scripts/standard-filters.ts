/**
 * Enhances the all-standards table's filters: adds the text filter, keeps the
 * filters' state in the URL (replaceState, so Back leaves the page rather than
 * stepping through keystrokes), restores it on load, and says how many rows
 * show. The radios filter on their own through /filters.css; this script only
 * adds the text match and the URL.
 */
import { ALL, FILTER_CHOICES, type FilterState, matchesText, searchFromState, stateFromSearch } from '~/lib/site/table-filter';

const form = document.querySelector<HTMLFormElement>('form[data-standard-filters]');
const table = document.querySelector<HTMLTableElement>('.filterable table');

if (form && table) {
  const text = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const none = form.querySelector<HTMLElement>('[data-filter-none]')!;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-text]')];
  const template = status.dataset.template ?? '{n} / {total}';
  form.querySelector<HTMLElement>('[data-filter-text]')!.hidden = false;

  const radio = (name: string, value: string) => form.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${CSS.escape(value)}"]`);

  function read(): FilterState {
    const state: FilterState = { q: text.value };
    for (const key of FILTER_CHOICES) {
      const checked = form!.querySelector<HTMLInputElement>(`input[type="radio"][name="${key}"]:checked`);
      if (checked && checked.value !== ALL) state[key] = checked.value;
    }
    return state;
  }

  function write(state: FilterState): void {
    text.value = state.q;
    for (const key of FILTER_CHOICES) (radio(key, state[key] ?? ALL) ?? radio(key, ALL))!.checked = true;
  }

  function apply(): void {
    const state = read();
    for (const row of rows) row.hidden = state.q !== '' && !matchesText(row.dataset.text ?? '', state.q);
    // A group whose rows are all hidden loses its header row too.
    for (const body of table!.tBodies) {
      const header = body.querySelector<HTMLTableRowElement>('tr.group-row');
      if (header) header.hidden = ![...body.rows].some((r) => r !== header && r.getClientRects().length > 0);
    }
    const shown = rows.filter((r) => r.getClientRects().length > 0).length;
    const filtered = shown < rows.length;
    status.hidden = !filtered;
    status.textContent = filtered ? template.replace('{n}', String(shown)).replace('{total}', String(rows.length)) : '';
    none.hidden = shown > 0;
    const search = searchFromState(state);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  write(stateFromSearch(location.search));
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}
