/**
 * Copy buttons beside citations: shown only when this runs, copying the
 * target's text and saying so in a status line. Also sets each access date in
 * a citation to the reader's own day. Kept tiny: it ships on reading pages.
 */
const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
for (const time of document.querySelectorAll<HTMLTimeElement>('[data-access-date]')) {
  time.dateTime = time.textContent = day;
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const id = button.dataset.copy!;
  const status = document.querySelector<HTMLElement>(`[data-copy-status="${id}"]`);
  button.hidden = false;
  button.addEventListener('click', async () => {
    let message = button.dataset.copied!;
    try {
      await navigator.clipboard.writeText(document.getElementById(id)!.textContent!.trim());
    } catch {
      message = button.dataset.failed!;
    }
    if (status) status.textContent = message;
  });
}
