/**
 * <access-date>: the access date in a citation, shown as the reader's own
 * day. Without JavaScript the build date it holds stands.
 */
const pad = (n: number) => String(n).padStart(2, '0');

class AccessDate extends HTMLElement {
  connectedCallback(): void {
    const time = this.querySelector('time');
    const today = new Date();
    if (time) time.dateTime = time.textContent = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  }
}

customElements.define('access-date', AccessDate);
