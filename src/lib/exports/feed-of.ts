/**
 * The feeds a route serves, from the model: the site's, one standard's, one
 * part's. Each is atomFeed (feed.ts) with the events that belong to it, so all
 * of them read the same and follow the same id and date rules.
 */
import { atomFeed, type FeedInput } from './feed';
import { t, tf } from '../i18n/ui';
import { nodeLabel, type Taxonomy } from '../model/taxonomy';
import { type FeedScope, siteUrl, urls } from '../site/urls';
import type { Locale } from '../base/vocabulary';

function common(tax: Taxonomy, locale: Locale, site: URL | undefined, scope?: FeedScope): Omit<FeedInput, 'events' | 'later'> {
  return {
    locale,
    today: tax.today,
    siteUrl: siteUrl(site),
    href: (route) => urls.href(locale, route),
    self: urls.feed(locale, scope),
    stylesheet: urls.asset('feed.css'),
    partName: (id) => nodeLabel(tax.node(id), locale),
  };
}

/** Every event of the site, and the later documents. */
export function siteFeed(tax: Taxonomy, locale: Locale, site: URL | undefined): string {
  return atomFeed({ ...common(tax, locale, site), events: tax.events });
}

/** One standard's events and the check of its record. */
export function standardFeed(tax: Taxonomy, id: string, locale: Locale, site: URL | undefined): string {
  const s = tax.standard(id);
  const scope = { page: 'standard', id } as const;
  const name = s.number ?? s.title[locale];
  return atomFeed({
    ...common(tax, locale, site, scope),
    events: tax.eventsOf(id).filter((e) => e.v1),
    checks: [s],
    scope: {
      key: `standards/${id}`,
      title: tf(locale, 'feedOfTitle', { name, site: t(locale, 'siteShort') }),
      subtitle: t(locale, 'feedStandardSubtitle'),
      page: scope,
    },
  });
}

/** The events of every standard placed in a part, and the checks of their records. */
export function partFeed(tax: Taxonomy, id: string, locale: Locale, site: URL | undefined): string {
  const part = tax.node(id);
  const scope = { page: 'node', id } as const;
  // A standard belongs to the part of its first node, as its events do on the timeline.
  const standards = tax.standards.filter((s) => s.nodes[0] !== undefined && tax.node(s.nodes[0]).path[0] === id);
  return atomFeed({
    ...common(tax, locale, site, scope),
    events: tax.events.filter((e) => e.v1 && e.lane !== 'document' && e.part === id),
    checks: standards,
    scope: {
      key: `framework/${id}`,
      title: tf(locale, 'feedOfTitle', { name: nodeLabel(part, locale), site: t(locale, 'siteShort') }),
      subtitle: t(locale, 'feedPartSubtitle'),
      page: scope,
    },
  });
}
