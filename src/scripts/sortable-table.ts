/**
 * <sortable-table>: turns the headers of the columns its table marks
 * data-sort into sort buttons. The table is complete and readable without it;
 * sorting is the only thing added. Rows are sorted within their group (a
 * tbody), whose header row stays first.
 */
const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });

/** What a row is sorted by in a column: the cell's data-value when it has one (dates, numbers), else its text. */
function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return (cell?.dataset.value ?? cell?.textContent ?? '').trim();
}

class SortableTable extends HTMLElement {
  #connected = false;

  connectedCallback(): void {
    const table = this.querySelector('table');
    if (!table || this.#connected) return;
    this.#connected = true;
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    headers.forEach((th, index) => {
      if (th.dataset.sort) this.#addButton(table, headers, th, index);
    });
  }

  #addButton(table: HTMLTableElement, headers: HTMLTableCellElement[], th: HTMLTableCellElement, index: number): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      this.#sort(table, index, ascending ? 1 : -1);
    });
  }

  #sort(table: HTMLTableElement, index: number, direction: 1 | -1): void {
    for (const body of table.tBodies) {
      const rows = [...body.rows].filter((r) => !r.classList.contains('group-row'));
      rows.sort((a, b) => collator.compare(cellValue(a, index), cellValue(b, index)) * direction);
      body.append(...rows);
    }
  }
}

customElements.define('sortable-table', SortableTable);
