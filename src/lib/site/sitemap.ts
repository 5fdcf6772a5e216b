/**
 * The sitemap's links between a page and its other-language version (the
 * <xhtml:link hreflang> under each <url>), found in one pass.
 *
 * @astrojs/sitemap can write them itself (its `i18n` option), but it finds a
 * page's versions by comparing its path with every other page's: work that
 * grows with the square of the site, nearly two seconds of a 10 000-page build
 * and four times that at twice the size. Here every address is filed
 * under its path once, as the integration's `filter` sees it, and `serialize`
 * looks each page's versions up. The result is the integration's own: the same
 * parsing of addresses, the same links in the same order, and none for a page
 * that exists in one language only.
 *
 * Loaded by astro.config.mjs outside Vite, so it imports only a file with no
 * imports of its own, by its .ts name, which Node's type stripping loads.
 */
import { numericOrder } from '../base/order.ts';

/** The part of @astrojs/sitemap's item this reads and writes. */
interface Item {
  url: string;
  links?: { url: string; lang: string }[];
}

/**
 * @param siteUrl the site's address with its base path ("https://example.org/repo/")
 * @param defaultLocale the locale served at the root
 * @param locales each locale's URL prefix mapped to its hreflang ({ zh: "zh-CN", en: "en" })
 */
export function sitemapLanguageLinks(siteUrl: string, defaultLocale: string, locales: Record<string, string>) {
  const seen: string[] = [];
  let byPath: Map<string, { url: string; lang: string }[]> | undefined;

  /** A page's locale and its path within that locale, as @astrojs/sitemap parses them. */
  const parse = (url: string): { locale: string; path: string } | undefined => {
    if (!url.startsWith(siteUrl)) return undefined;
    let s = url.slice(siteUrl.length);
    if (!s || s === '/') return { locale: defaultLocale, path: '/' };
    if (s[0] !== '/') s = `/${s}`;
    const locale = s.split('/')[1]!;
    if (Object.hasOwn(locales, locale)) return { locale, path: s.slice(1 + locale.length) || '/' };
    return { locale: defaultLocale, path: s };
  };

  const index = () => {
    const map = new Map<string, { url: string; lang: string }[]>();
    // The integration lists a page's versions in its own order of the addresses.
    for (const url of [...seen].sort(numericOrder)) {
      const p = parse(url);
      if (!p) continue;
      const list = map.get(p.path) ?? [];
      list.push({ url, lang: locales[p.locale]! });
      map.set(p.path, list);
    }
    return map;
  };

  return {
    /** Pass as the integration's `filter`: it sees every page before any is serialized. */
    filter(url: string): boolean {
      seen.push(url);
      return true;
    },
    /** Pass as the integration's `serialize`. */
    serialize<T extends Item>(item: T): T {
      if (seen.length === 0) throw new Error('sitemapLanguageLinks: serialize was called before filter saw any page; pass both to the sitemap integration');
      byPath ??= index();
      const p = parse(item.url);
      const links = p && byPath.get(p.path);
      return links && links.length > 1 ? { ...item, links } : item;
    },
  };
}
