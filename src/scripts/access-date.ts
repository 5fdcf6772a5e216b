/**
 * The access dates in a citation (Citation.astro), shown as the reader's own
 * day. Without JavaScript the build date they hold stands.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const today = new Date();
const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;

for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-access-date]')) time.dateTime = time.textContent = day;
