/**
 * Optional enhancement of the timeline: pointing at or tabbing to an event in
 * the list rings its mark in the picture, and scrolls the picture to it on
 * narrow screens. Without this script both still show everything.
 */
const svg = document.querySelector<SVGSVGElement>('.timeline-svg');
const frame = document.querySelector<HTMLElement>('.timeline-chart__scroll');
if (svg && frame) {
  const marks = new Map<string, SVGAElement>();
  for (const a of svg.querySelectorAll<SVGAElement>('a[data-event-key]')) marks.set(a.dataset.eventKey!, a);
  let current: SVGAElement | undefined;
  const show = (key: string | undefined) => {
    current?.classList.remove('is-highlighted');
    current = key ? marks.get(key) : undefined;
    if (!current) return;
    current.classList.add('is-highlighted');
    // Bring the mark into the visible part of the scrolling frame, if the picture is wider than it.
    const box = current.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    if (box.left < view.left || box.right > view.right) frame.scrollLeft += box.left - view.left - view.width / 2;
  };
  for (const item of document.querySelectorAll<HTMLElement>('.timeline-item[data-event-key]')) {
    const key = item.dataset.eventKey;
    item.addEventListener('mouseenter', () => show(key));
    item.addEventListener('mouseleave', () => show(undefined));
    item.addEventListener('focusin', () => show(key));
    item.addEventListener('focusout', () => show(undefined));
  }
}
