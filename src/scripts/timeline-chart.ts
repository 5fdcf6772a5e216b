/**
 * <timeline-chart>: pointing at or tabbing to an event in the list the chart
 * pictures (the element whose id its data-list names) rings the event's mark
 * in the picture, and scrolls the picture to it on narrow screens. Without
 * JavaScript both still show everything.
 */
class TimelineChart extends HTMLElement {
  #connected = false;
  #marks = new Map<string, SVGAElement>();
  #frame?: HTMLElement | null;
  #current?: SVGAElement | undefined;

  connectedCallback(): void {
    const list = document.getElementById(this.dataset.list ?? '');
    if (!list || this.#connected) return;
    this.#connected = true;
    this.#frame = this.querySelector<HTMLElement>('.timeline-chart__scroll');
    for (const a of this.querySelectorAll<SVGAElement>('.timeline-svg a[data-event-key]')) this.#marks.set(a.dataset.eventKey ?? '', a);
    const keyOf = (event: Event) => (event.target as Element).closest<HTMLElement>('.timeline-item[data-event-key]')?.dataset.eventKey;
    list.addEventListener('mouseover', (event) => this.#show(keyOf(event)));
    list.addEventListener('mouseleave', () => this.#show(undefined));
    list.addEventListener('focusin', (event) => this.#show(keyOf(event)));
    list.addEventListener('focusout', () => this.#show(undefined));
  }

  /** Rings the mark of the event `key`, or none. */
  #show(key: string | undefined): void {
    const mark = key === undefined ? undefined : this.#marks.get(key);
    if (mark === this.#current) return;
    this.#current?.classList.remove('is-highlighted');
    this.#current = mark;
    if (!mark) return;
    mark.classList.add('is-highlighted');
    this.#scrollTo(mark);
  }

  /** Brings the mark into the visible part of the scrolling frame, if the picture is wider than it. */
  #scrollTo(mark: SVGAElement): void {
    if (!this.#frame) return;
    const box = mark.getBoundingClientRect();
    const view = this.#frame.getBoundingClientRect();
    if (box.left < view.left || box.right > view.right) this.#frame.scrollLeft += box.left - view.left - view.width / 2;
  }
}

customElements.define('timeline-chart', TimelineChart);
