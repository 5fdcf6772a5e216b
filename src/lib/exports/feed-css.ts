/**
 * The stylesheet a feed names (`<?xml-stylesheet type="text/css"?>`), so that
 * a feed opened in a browser reads as a page: its title and subtitle, a box
 * that says what the feed is and how to subscribe, with the feed's address and
 * its page's, then each entry's title, day, summary and address. CSS alone,
 * from the site itself: browsers are removing XSLT, and Chromium already
 * covers any page that uses it with a warning. The words come from ui.ts, per
 * language, chosen by the feed's xml:lang.
 */
import { t } from '../i18n/ui';
import { HTML_LANG, LOCALES, type Locale } from '../base/vocabulary';

/** A CSS string literal. */
const css = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;

function wordsFor(locale: Locale): string {
  const lang = HTML_LANG[locale];
  return `
feed:lang(${lang})::before {
  content: ${css(t(locale, 'feedPageIntro'))};
}
feed:lang(${lang}) > link[rel='self']::before {
  content: ${css(`${t(locale, 'feedPageAddress')}${t(locale, 'colon')}`)} attr(href);
}
feed:lang(${lang}) > link[rel='alternate']::before {
  content: ${css(`${t(locale, 'feedPageBack')}${t(locale, 'colon')}`)} attr(href);
}`;
}

export function feedCss(): string {
  return `/* How a feed of this site reads when opened in a browser. Generated from src/lib/exports/feed-css.ts. */
feed {
  color-scheme: light dark;
  --bg: #ffffff;
  --bg-soft: #f4f6f9;
  --fg: #1a1d23;
  --muted: #4f5866;
  --border: #c9d0da;
  display: flex;
  flex-direction: column;
  max-width: 46rem;
  margin: 0 auto;
  padding: 1.5rem 1rem 3rem;
  font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  line-height: 1.65;
  color: var(--fg);
  background: var(--bg);
}
@media (prefers-color-scheme: dark) {
  feed {
    --bg: #14171c;
    --bg-soft: #1d2128;
    --fg: #e6e9ee;
    --muted: #a9b2bf;
    --border: #3a414c;
  }
}
feed > * {
  display: none;
}
feed > title {
  display: block;
  order: 1;
  font-size: 1.6rem;
  font-weight: 700;
  line-height: 1.3;
}
feed > subtitle {
  display: block;
  order: 2;
  margin: 0.5rem 0 1rem;
  color: var(--muted);
}
feed::before {
  display: block;
  order: 3;
  padding: 0.75rem 1rem 0.25rem;
  background: var(--bg-soft);
  border: 1px solid var(--border);
  border-bottom: 0;
  border-radius: 6px 6px 0 0;
}
feed > link[rel='self'],
feed > link[rel='alternate'] {
  display: block;
  order: 4;
  padding: 0.25rem 1rem;
  background: var(--bg-soft);
  border-left: 1px solid var(--border);
  border-right: 1px solid var(--border);
  font-size: 0.9rem;
  overflow-wrap: anywhere;
}
feed > link[rel='alternate'] {
  order: 5;
  padding-bottom: 0.75rem;
  margin-bottom: 1rem;
  border-bottom: 1px solid var(--border);
  border-radius: 0 0 6px 6px;
}
feed > entry {
  display: flex;
  flex-direction: column;
  order: 6;
  padding: 0.75rem 0;
  border-bottom: 1px solid var(--border);
}
entry > * {
  display: none;
}
entry > title {
  display: block;
  order: 1;
  font-weight: 700;
}
/* The day alone: the first ten characters of the timestamp. */
entry > updated {
  display: block;
  width: 10ch;
  overflow: hidden;
  white-space: nowrap;
  order: 2;
  font-family: ui-monospace, monospace;
  font-size: 0.9rem;
  color: var(--muted);
}
entry > summary {
  display: block;
  order: 3;
}
entry > link[rel='alternate'] {
  display: block;
  order: 4;
  font-size: 0.85rem;
  color: var(--muted);
  overflow-wrap: anywhere;
}
entry > link[rel='alternate']::before {
  content: '→ ' attr(href);
}
${LOCALES.map(wordsFor).join('\n')}
`;
}
