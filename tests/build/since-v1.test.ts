/**
 * What happened since V1.0, in the built site: the timeline lists exactly the
 * content's dated events, the Atom feeds are well-formed and every entry leads
 * to a page of the site, and later documents stay out of everything V1.0.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { child, parseXml } from '../helpers/xml';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { end } from '~/lib/base/dates';
import { htmlFiles, read, resolvePath } from '../helpers/html';
import { baseSite, rootSite, type BuiltSite } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
/** A standard's dated events: its issue and effective dates, then its history. */
const standardDates = (s: (typeof tax.standards)[number]): string[] =>
  [s.dates.published?.date, s.dates.effective?.date, ...s.history.map((h) => h.date)].filter((d) => d !== undefined);
const sites: [string, () => BuiltSite, string][] = [
  ['at the root', rootSite, 'https://example.org'],
  ['under a base path', baseSite, 'https://example.github.io'],
];

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The dated events of the content, worked out here from the entries themselves: "date → page". */
function expectedEvents(base: string, prefix: string): string[] {
  const out = [`${tax.document.notice.date} ${base}${prefix}about/`, `${tax.document.notice.commentDeadline} ${base}${prefix}about/`];
  for (const s of tax.standards) for (const date of standardDates(s)) out.push(`${date} ${base}${prefix}standards/${s.id}/`);
  for (const d of tax.later) for (const h of d.history) out.push(`${h.date} ${base}${prefix}later/${d.id}/`);
  return out.sort();
}

/** "date → page" for each event in the timeline page's list. */
function listedEvents(html: string): string[] {
  return [...html.matchAll(/<li class="timeline-item[^"]*"[^>]*>([\s\S]*?)<\/li>/g)]
    .map((m) => {
      const date = /<time datetime="([^"]+)"/.exec(m[1]!)?.[1];
      const href = /<a href="([^"]+)"/.exec(m[1]!)?.[1];
      return `${date} ${href}`;
    })
    .sort();
}

describe.each(sites)('since V1.0, in the site built %s', (_label, site, siteUrl) => {
  const { dir, base } = site();

  it('lists exactly the content’s dated events on the timeline, in both languages', () => {
    for (const [file, prefix] of [
      ['timeline/index.html', ''],
      ['en/timeline/index.html', 'en/'],
    ] as const) {
      const html = read(dir, file);
      expect(listedEvents(html), file).toEqual(expectedEvents(base, prefix));
      expect(html).toContain('<svg');
    }
  });

  it('has a page for every timeline filter linked from the timeline', () => {
    const html = read(dir, 'timeline/index.html');
    const filters = [...html.matchAll(/href="([^"]*timeline\/(?:part|kind|event)\/[^"]+)"/g)].map((m) => m[1]!);
    expect(filters.length).toBeGreaterThan(5);
    for (const href of filters) expect(resolvePath(dir, base, href), href).not.toBeNull();
  });

  describe.each([
    ['feed.xml', 'zh-CN', ''],
    ['en/feed.xml', 'en', 'en/'],
  ])('the feed %s', (file, lang, prefix) => {
    const path = join(dir, file);
    const xml = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const feed = parseXml(xml).root;
    const entries = feed.children.filter((c) => c.name === 'entry');

    it('is Atom 1.0 with the required feed elements', () => {
      expect(feed.name).toBe('feed');
      expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
      expect(feed.attributes['xml:lang']).toBe(lang);
      for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toBeDefined();
      expect(child(feed, 'updated')!.text).toMatch(RFC3339);
      const self = feed.children.find((c) => c.name === 'link' && c.attributes.rel === 'self');
      expect(self?.attributes.href).toBe(`${siteUrl}${base}${prefix}feed.xml`);
    });

    it('has one entry per past event (a later document’s among them, never a second one for it), newest first, at most 100, each with unique id, date, link and summary', () => {
      // The build's date: events after it are scheduled, and left to the timeline.
      const today = new Date().toISOString().slice(0, 10);
      const past = (d: string) => end(d) <= today;
      const events = [
        tax.document.notice.date,
        tax.document.notice.commentDeadline,
        ...tax.standards.flatMap(standardDates),
        ...tax.later.flatMap((d) => d.history.map((h) => h.date)),
      ];
      expect(entries.length).toBe(Math.min(100, events.filter(past).length));
      const ids = entries.map((e) => child(e, 'id')!.text);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^tag:[^,]+,\d{4}:/);
      const updated = entries.map((e) => child(e, 'updated')!.text);
      for (const u of updated) expect(u).toMatch(RFC3339);
      expect([...updated].sort().reverse()).toEqual(updated);
      for (const e of entries) {
        expect(child(e, 'title')!.text.trim()).not.toBe('');
        expect(child(e, 'summary')!.text.trim()).not.toBe('');
      }
      const laterLinks = new Set(entries.map((e) => child(e, 'link')!.attributes.href).filter((h) => h!.includes('/later/')));
      for (const d of tax.later) expect([...laterLinks]).toContain(`${siteUrl}${base}${prefix}later/${d.id}/`);
    });

    it('links every entry to a page of this site in its own language', () => {
      const broken: string[] = [];
      for (const e of entries) {
        const href = child(e, 'link')!.attributes.href!;
        const url = new URL(href);
        if (url.origin !== siteUrl || !url.pathname.startsWith(`${base}${prefix}`) || !resolvePath(dir, base, url.pathname)) broken.push(href);
        if (!prefix && url.pathname.startsWith(`${base}en/`)) broken.push(`${href} (English page in the Chinese feed)`);
      }
      expect(broken).toEqual([]);
    });

    it('is announced in the head of every page of its language', () => {
      const missing = htmlFiles(dir)
        .filter((f) => f !== '404.html' && f.startsWith('en/') === (prefix === 'en/'))
        .filter(
          (f) =>
            !read(dir, f).includes(`<link rel="alternate" type="application/atom+xml" title=`) || !read(dir, f).includes(`href="${base}${prefix}feed.xml"`),
        );
      expect(missing).toEqual([]);
    });
  });

  it('says plainly on each later document’s page that it is not part of V1.0', () => {
    for (const d of tax.later) {
      expect(read(dir, `later/${d.id}/index.html`)).toContain('不属于V1.0');
      expect(read(dir, `en/later/${d.id}/index.html`)).toContain('Not part of V1.0');
    }
    const list = read(dir, 'later/index.html');
    for (const d of tax.later) expect(list).toContain(`href="${base}later/${d.id}/"`);
  });

  it('keeps later documents out of every V1.0 count, table, tree and mapping', () => {
    const names = tax.later.flatMap((d) => [d.number, d.title.zh, d.title.en].filter((x): x is string => !!x));
    const mentions = (html: string) => [...names.filter((n) => html.includes(n)), ...(html.match(/href="[^"]*\/later\/[^"]+"/g) ?? [])];
    for (const prefix of ['', 'en/']) {
      // The latest changes and the summary of what came after the draft name them, as later documents; counts may not.
      const outsideV1 = (html: string) =>
        html.replace(/<section class="latest-changes"[\s\S]*?<\/section>/, '').replace(/<section class="since-draft[^"]*"[\s\S]*?<\/section>/, '');
      expect(mentions(outsideV1(read(dir, `${prefix}index.html`))), `${prefix}index.html`).toEqual([]);
      expect(mentions(outsideV1(read(dir, `${prefix}standards/index.html`))), `${prefix}standards/`).toEqual([]);
      expect(mentions(read(dir, `${prefix}framework/index.html`)), `${prefix}framework/`).toEqual([]);
      const matrix = /<table[\s\S]*?<\/table>/.exec(read(dir, `${prefix}risks/index.html`))?.[0] ?? '';
      expect(matrix).not.toBe('');
      expect(mentions(matrix), `${prefix}risks/ matrix`).toEqual([]);
    }
    const exported = readFileSync(join(dir, 'data/standards.json'), 'utf8');
    expect(JSON.parse(exported).standards).toHaveLength(tax.standards.length);
    expect(mentions(exported)).toEqual([]);
  });

  it('links the feed visibly from the timeline and the home page', () => {
    for (const file of ['index.html', 'timeline/index.html'])
      expect(read(dir, file)).toMatch(new RegExp(`<a class="feed-link" href="${base}feed.xml"[^>]*>[\\s\\S]*?订阅更新`));
    for (const file of ['en/index.html', 'en/timeline/index.html'])
      expect(read(dir, file)).toMatch(new RegExp(`<a class="feed-link" href="${base}en/feed.xml"[^>]*>[\\s\\S]*?Subscribe`));
  });
});
