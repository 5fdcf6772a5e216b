/**
 * On pages whose state lives in the URL (a search, a focused tree node, a
 * filtered table), the language switch carries that state to the other
 * language. Read at the moment of use, since the page rewrites its URL as the
 * reader works.
 */
const KEPT = ['q', 'focus', 'part', 'kind', 'status'];

function withState(href: string): string {
  const target = new URL(href, location.href);
  const current = new URLSearchParams(location.search);
  const params = new URLSearchParams();
  for (const key of KEPT) {
    const v = current.get(key);
    if (v) params.set(key, v);
  }
  target.search = params.toString();
  return target.pathname + target.search;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  const base = link.getAttribute('href')!;
  const update = () => link.setAttribute('href', withState(base));
  update();
  // Before the browser reads the link: pointer, keyboard, and the click itself.
  for (const type of ['pointerenter', 'focus', 'click']) link.addEventListener(type, update);
}
