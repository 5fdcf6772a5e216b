/**
 * The link to the other language (LanguageSwitch.astro), on pages whose state
 * lives in the URL (a search, a focused tree node, a filtered table): it
 * carries that state along. The link is read at the moment of use, since the
 * page rewrites its URL as the reader works. Not loaded on other pages, where
 * the link stays as built.
 */
const KEPT = ['q', 'focus', 'part', 'kind', 'status'];

/** The other language's address with the current page's state. */
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
  const base = link.getAttribute('href');
  if (!base) continue;
  const update = () => link.setAttribute('href', withState(base));
  update();
  // Before the browser reads the link: pointer, keyboard, and the click itself.
  for (const type of ['pointerenter', 'focus', 'click']) link.addEventListener(type, update);
}
