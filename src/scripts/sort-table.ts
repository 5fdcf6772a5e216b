/**
 * Turns the column headers of [data-sortable] tables into sort buttons. The
 * table is complete and readable without this; sorting is the only thing added.
 */
const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });

function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return (cell?.dataset.value ?? cell?.textContent ?? '').trim();
}

function enhance(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  headers.forEach((th, index) => {
    if (!th.dataset.sort) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      // Rows are sorted within their group; each group's header row stays first.
      for (const body of table.tBodies) {
        const rows = [...body.rows].filter((r) => !r.classList.contains('group-row'));
        rows.sort((a, b) => collator.compare(cellValue(a, index), cellValue(b, index)) * (ascending ? 1 : -1));
        body.append(...rows);
      }
    });
  });
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
