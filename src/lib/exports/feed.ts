/**
 * The Atom 1.0 feeds of one language: the site's, with one entry per dated
 * event that has happened (a later document's among them), and one per standard or
 * part, with its events and each check of its record (the day a record was last
 * checked against its sources, and corrected where it was wrong). Newest first,
 * the newest 100 only.
 * Events still to come are left out: a feed announces what happened, and an
 * entry dated in the future would sort above everything real.
 *
 * Entry ids are tag: URIs made of the site's host and base path, the language
 * and the event's own key (entry, event type, date), so they stay the same
 * from build to build however the content around them changes; an event has
 * the same id in every feed it appears in, so a reader that follows the site
 * and one standard sees it once.
 *
 * A feed names a CSS stylesheet (feed-css.ts), so that opened in a browser it
 * reads as a page that says how to subscribe.
 */
import { formatDate, start } from '../base/dates';
import { newestFirst, type TimelineEvent } from '../model/events';
import { entryName, eventTypeLabel, isScheduled } from '../i18n/event-text';
import { certaintyText } from '../i18n/status-text';
import { separator, t, tf } from '../i18n/ui';
import { absoluteOn, type Route } from '../site/urls';
import type { Standard } from '../model/types';
import { HTML_LANG, type Locale } from '../base/vocabulary';
import { escapeXml } from './escape';
import { statusTodayWords } from './status-words';

export const FEED_LIMIT = 100;

export interface FeedInput {
  locale: Locale;
  /** Every event once, a later document's among them: its publication is one entry, never a second "published after V1.0" one. */
  events: readonly TimelineEvent[];
  today: string;
  /** The site's public URL with its base path, e.g. "https://example.github.io/ai-safety-standards/". */
  siteUrl: string;
  /** A route's path with the base, as urls.href gives it. */
  href: (route: Route) => string;
  /** The feed's own path with the base. */
  self: string;
  /** The path (with the base) of the CSS stylesheet a browser shows the feed with. */
  stylesheet: string;
  /** What the entries belong to, for their categories: a part's name by its id. */
  partName: (id: string) => string;
  /** A feed of one standard or one part: its own id, title, subtitle and page. Without it, the site's feed. */
  scope?: { key: string; title: string; subtitle: string; page: Route };
  /** Standards whose record checks the feed lists (a scoped feed's own). */
  checks?: readonly Pick<Standard, 'id' | 'number' | 'title' | 'checked' | 'statusToday' | 'statusBasis'>[];
}

/** An Atom category: what scheme it belongs to, its term there and its readable label. */
interface FeedCategory {
  scheme: string;
  term: string;
  label: string;
}

interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  categories: FeedCategory[];
}

/** RFC 3339 timestamp of a (possibly partial) date: midnight UTC on its first day. */
export function rfc3339(date: string): string {
  return `${start(date)}T00:00:00Z`;
}

export function atomFeed(input: FeedInput): string {
  const { locale, siteUrl, href } = input;
  const site = new URL(siteUrl);
  const tagBase = `tag:${site.hostname},2025:${site.pathname}${locale}/`;
  const abs = absoluteOn(site);
  const sep = t(locale, 'colon');
  const notV1 = { aside: tf(locale, 'parenthetical', { text: t(locale, 'notV1') }), sentence: tf(locale, 'sentence', { text: t(locale, 'notV1') }) };
  // Parts and standards by their ids, each scheme being the page that lists them.
  const categories = (e: Pick<TimelineEvent, 'part' | 'entry' | 'lane' | 'number' | 'title' | 'titleUnknown'>): FeedCategory[] => [
    ...(e.part ? [{ scheme: abs(href({ page: 'framework' })), term: e.part, label: input.partName(e.part) }] : []),
    ...(e.lane !== 'document' && !e.lane.startsWith('later-')
      ? [{ scheme: abs(href({ page: 'standards' })), term: e.entry, label: entryName(e, locale) }]
      : []),
  ];
  const entries: FeedEntry[] = [];
  for (const e of input.events) {
    if (isScheduled(e, input.today)) continue;
    const later = e.v1 ? '' : notV1.aside;
    entries.push({
      categories: categories(e),
      id: `${tagBase}${e.key}`,
      title: `${eventTypeLabel(e.type, locale)}${sep}${entryName(e, locale)}${later}`,
      updated: rfc3339(e.date),
      link: abs(href(e.route)),
      // The notice's own events carry no note: their title says it all, and a summary must not be empty.
      summary: [e.note?.[locale] ?? `${eventTypeLabel(e.type, locale)}${sep}${entryName(e, locale)}`, certaintyText(e, locale), e.v1 ? '' : notV1.sentence]
        .filter(Boolean)
        .join(separator(locale, 'sentences')),
    });
  }
  for (const s of input.checks ?? []) {
    if (isScheduled({ date: s.checked }, input.today)) continue;
    entries.push({
      id: `${tagBase}standards/${s.id}/checked/${s.checked}`,
      title: tf(locale, 'feedCheckedTitle', { name: entryName(s, locale) }),
      updated: rfc3339(s.checked),
      link: abs(href({ page: 'standard', id: s.id })),
      summary: tf(locale, 'feedCheckedSummary', {
        date: formatDate(s.checked, locale),
        status: statusTodayWords(s, locale),
      }),
      categories: [{ scheme: abs(href({ page: 'standards' })), term: s.id, label: entryName(s, locale) }],
    });
  }
  // Newest first; on one day, the order of the timeline reversed, record checks last.
  const order = new Map(newestFirst(input.events).map((e, i) => [`${tagBase}${e.key}`, i]));
  entries.sort((a, b) => b.updated.localeCompare(a.updated) || (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
  const shown = entries.slice(0, FEED_LIMIT);
  const updated = shown[0]?.updated ?? rfc3339(input.today);
  const scope = input.scope;
  return `<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/css" href="${escapeXml(input.stylesheet)}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${HTML_LANG[locale]}">
  <id>${escapeXml(`${tagBase}${scope ? `${scope.key}/` : ''}feed`)}</id>
  <title>${escapeXml(scope?.title ?? t(locale, 'feedTitle'))}</title>
  <subtitle>${escapeXml(scope?.subtitle ?? t(locale, 'timelineLead'))}</subtitle>
  <updated>${updated}</updated>
  <author><name>${escapeXml(t(locale, 'siteTitle'))}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(input.self))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(abs(href(scope?.page ?? { page: 'timeline' })))}"/>
${shown
  .map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
${e.categories.map((c) => `    <category scheme="${escapeXml(c.scheme)}" term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>\n`).join('')}    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
