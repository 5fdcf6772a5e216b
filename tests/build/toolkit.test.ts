/**
 * What a researcher takes away from the built site, read back as their tools
 * would: CSL-JSON through citation.js, each standard's own reference files, the
 * citations on its page, the feeds through an XML parser against the feed
 * rules, OpenSearch against its required elements, llms.txt with every link
 * resolving, the Markdown twins, and the print edition.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { citeStandard } from '~/lib/exports/cite';
import { CSL_FIELDS } from '~/lib/exports/csl';
import { statusTodayWords } from '~/lib/exports/status-words';
import { formatDate } from '~/lib/base/dates';
import { localePrefix } from '~/lib/i18n/locale';
import { STRINGS } from '~/lib/i18n/ui';
import { CONFIDENCE_FACET_LABEL, LOCALES, STANDARD_CONFIDENCE_FACETS, type Locale } from '~/lib/base/vocabulary';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { htmlFiles, read, resolvePath } from '../helpers/html';
import { parseRis } from '../helpers/ris';
import { baseSite, rootSite, type BuiltSite } from '../helpers/sites';
import { child, children, parseXml, piAttribute, type XmlNode } from '../helpers/xml';

const tax = modelOf(loadContent(REAL_CONTENT));
const sites: [string, () => BuiltSite][] = [
  ['at the root', rootSite],
  ['under a base path', baseSite],
];
const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339_DAY = /^\d{4}-\d{2}-\d{2}T00:00:00Z$/;
/** The text of an element with an id, tags taken out and entities read. */
function textOf(html: string, id: string): string {
  const m = new RegExp(`id="${id}">([\\s\\S]*?)</p>`).exec(html);
  if (!m) throw new Error(`no element #${id}`);
  return (
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      // Markup's own line breaks and indents only: an ideographic or em space belongs to the citation.
      .replace(/[ \t\r\n]+/g, ' ')
      .trim()
  );
}

describe.each(sites)('the take-away files of the site built %s', (_label, site) => {
  const { dir, base } = site();
  const json = JSON.parse(readFileSync(join(dir, 'data/standards.json'), 'utf8'));
  const siteUrl: string = json.dataset.site;
  const built: string = json.dataset.built;
  const csl = JSON.parse(readFileSync(join(dir, 'data/standards.csl.json'), 'utf8'));
  const abs = (path: string) => new URL(path, siteUrl).href;
  const file = (url: string) => (url.startsWith(siteUrl) ? resolvePath(dir, base, new URL(url).pathname) : null);

  describe('CSL-JSON and the reference files', () => {
    it('publishes standards.csl.json: one CSL item of type "standard" per standard, with its facts, status today and basis', () => {
      expect(csl.map((i: { id: string }) => i.id)).toEqual(tax.standards.map((s) => s.id));
      for (const s of tax.standards) {
        const item = csl.find((i: { id: string }) => i.id === s.id);
        expect(item.type).toBe('standard');
        expect(item.title).toBe(s.title.zh);
        expect(item.custom.title_en).toBe(s.title.en);
        expect(item.number).toBe(s.number);
        expect(item.issued?.['date-parts'][0]).toEqual(s.dates.published?.date.split('-').map(Number));
        expect(item.accessed['date-parts'][0]).toEqual(built.split('-').map(Number));
        expect(item.URL).toBe(abs(`${base}standards/${s.id}/`));
        expect(item.note, s.id).toContain(`: ${statusTodayWords(s, 'en')}.`);
        // The issuers (issuers.ts) as author; a project not yet issued, its committee; nobody where the issuers are not found.
        const by = s.issuers ? s.issuers.names.map((n) => ({ literal: n.zh })) : !s.dates.published && s.committee ? [{ literal: s.committee }] : undefined;
        expect(item.author, s.id).toEqual(by);
      }
    });

    it('is read by citation.js, which formats every entry in APA and in the site’s GB/T 7714—2025', { timeout: 120_000 }, () => {
      const cite = new Cite(csl);
      const entries = cite.format('bibliography', { template: 'apa', format: 'text', asEntryArray: true }) as [string, string][];
      expect(entries.map(([id]) => id).sort()).toEqual(tax.standards.map((s) => s.id).sort());
      for (const [id, text] of entries) {
        const s = tax.standard(id);
        expect(text, id).toContain(s.number ?? s.title.zh);
      }
      for (const item of csl) expect(citeStandard(item).gbt7714, item.id).toMatch(/\[S\]\.$/);
    });

    it('gives each standard its own CSL-JSON, BibTeX and RIS beside its JSON record, the same as in the whole files', () => {
      const bibAll = parseBibtex(readFileSync(join(dir, 'data/standards.bib'), 'utf8'));
      for (const s of tax.standards) {
        const own = JSON.parse(readFileSync(join(dir, `data/standards/${s.id}.csl.json`), 'utf8'));
        expect(own).toEqual([csl.find((i: { id: string }) => i.id === s.id)]);
        const bib = parseBibtex(readFileSync(join(dir, `data/standards/${s.id}.bib`), 'utf8'));
        expect(bib.errors).toEqual([]);
        expect(bib.entries.map((e) => e.key)).toEqual([s.id]);
        expect(bib.entries[0]!.fields).toEqual(bibAll.entries.find((e) => e.key === s.id)!.fields);
        const ris = parseRis(readFileSync(join(dir, `data/standards/${s.id}.ris`), 'utf8'));
        expect(ris.map((r) => r.ID![0])).toEqual([s.id]);
      }
      const names = new Set(readdirSync(join(dir, 'data/standards')));
      expect(names.size).toBe(tax.standards.length * 5);
    });

    it('links each standard’s own files from its page, and says what opens them', () => {
      for (const locale of LOCALES) {
        for (const s of tax.standards) {
          const html = read(dir, `${localePrefix(locale)}standards/${s.id}/index.html`);
          for (const ending of ['.csl.json', '.bib', '.ris', '.json']) expect(html, s.id).toContain(`href="${base}data/standards/${s.id}${ending}"`);
          expect(html).toContain(STRINGS.referenceFilesHint[locale]);
          expect(html).toContain(`href="${base}${localePrefix(locale)}standards/${s.id}.md"`);
        }
      }
    });

    it('cites the standard itself first, then the page, each rendered from the standard’s CSL-JSON in both styles', () => {
      for (const locale of LOCALES) {
        for (const s of tax.standards) {
          const html = read(dir, `${localePrefix(locale)}standards/${s.id}/index.html`);
          const rendered = citeStandard(csl.find((i: { id: string }) => i.id === s.id));
          expect(textOf(html, 'cite-standard-gbt7714')).toBe(rendered.gbt7714);
          expect(textOf(html, 'cite-standard-apa')).toBe(rendered.apa);
          expect(html.indexOf('id="cite-standard-gbt7714"')).toBeLessThan(html.indexOf('id="cite-page-gbt7714"'));
          const page = textOf(html, 'cite-page-gbt7714');
          expect(page).toContain('[EB/OL]');
          expect(page).toContain(`[${built}]. ${abs(`${base}standards/${s.id}/`)}.`);
          expect(textOf(html, 'cite-page-apa')).toContain(abs(`${base}en/standards/${s.id}/`));
          // The page's own language's style is the one chosen at first.
          const chosen = /<input[^>]*value="(\w+)"[^>]*checked/.exec(html)?.[1];
          expect(chosen).toBe(locale === 'zh' ? 'gbt7714' : 'apa');
        }
      }
      const one = read(dir, 'standards/gb-t-45674-2025/index.html');
      expect(textOf(one, 'cite-standard-gbt7714')).toBe('GB/T 45674—2025\u2003网络安全技术 生成式人工智能数据标注安全规范[S].');
    });
  });

  describe('feeds', () => {
    const feeds = LOCALES.flatMap((locale) => [
      { locale, path: `${localePrefix(locale)}feed.xml`, scope: undefined as string | undefined },
      ...tax.standards.map((s) => ({ locale, path: `${localePrefix(locale)}standards/${s.id}/feed.xml`, scope: `standard:${s.id}` })),
      ...tax.parts.map((p) => ({ locale, path: `${localePrefix(locale)}framework/${p.id}/feed.xml`, scope: `part:${p.id}` })),
    ]);
    const parsed = new Map(feeds.map((f) => [f.path, parseXml(read(dir, f.path))]));
    const entriesOf = (root: XmlNode) => children(root, 'entry');
    const idOf = (e: XmlNode) => child(e, 'id')!.text;

    it('are Atom documents with an id, a title, a date and their own address, every entry once, dated by its event', () => {
      for (const f of feeds) {
        const { root } = parsed.get(f.path)!;
        expect(root.name).toBe('feed');
        expect(root.attributes.xmlns).toBe(ATOM);
        expect(child(root, 'id')!.text).toMatch(/^tag:/);
        expect(child(root, 'title')!.text.length).toBeGreaterThan(0);
        expect(child(root, 'updated')!.text).toMatch(RFC3339_DAY);
        expect(children(root, 'link').find((l) => l.attributes.rel === 'self')!.attributes.href).toBe(abs(`${base}${f.path}`));
        const ids = entriesOf(root).map(idOf);
        expect(new Set(ids).size, f.path).toBe(ids.length);
        for (const e of entriesOf(root)) {
          const updated = child(e, 'updated')!.text;
          expect(updated).toMatch(RFC3339_DAY);
          expect(updated.slice(0, 10) <= built, `${f.path}: ${idOf(e)}`).toBe(true);
          expect(child(e, 'summary')!.text.length).toBeGreaterThan(0);
          const href = children(e, 'link').find((l) => l.attributes.rel === 'alternate')!.attributes.href!;
          expect(file(href), href).not.toBeNull();
        }
      }
    });

    it('give an event the same id and date in a standard’s or a part’s feed as in the site’s', () => {
      for (const f of feeds.filter((x) => x.scope)) {
        const site = new Map(entriesOf(parsed.get(`${localePrefix(f.locale)}feed.xml`)!.root).map((e) => [idOf(e), child(e, 'updated')!.text]));
        for (const e of entriesOf(parsed.get(f.path)!.root)) {
          if (idOf(e).includes('/checked/')) continue;
          expect(site.get(idOf(e)), `${f.path}: ${idOf(e)}`).toBe(child(e, 'updated')!.text);
        }
      }
    });

    it('follow one standard: its dated events that have happened and the latest check of its record, nothing else', () => {
      for (const f of feeds.filter((x) => x.scope?.startsWith('standard:'))) {
        const id = f.scope!.slice('standard:'.length);
        const s = tax.standard(id);
        const ids = entriesOf(parsed.get(f.path)!.root).map(idOf);
        const expected = tax.events.filter((e) => e.entry === id && e.date <= built).length;
        expect(
          ids.filter((x) => !x.includes('/checked/')),
          f.path,
        ).toHaveLength(expected);
        expect(
          ids.filter((x) => x.endsWith(`/standards/${id}/checked/${s.checked}`)),
          f.path,
        ).toHaveLength(1);
        for (const x of ids) expect(x, f.path).toContain(`/standards/${id}/`);
      }
    });

    it('follow one part: the events of the standards placed in it, and their records’ checks', () => {
      for (const f of feeds.filter((x) => x.scope?.startsWith('part:'))) {
        const part = f.scope!.slice('part:'.length);
        for (const e of entriesOf(parsed.get(f.path)!.root)) {
          const standard = /\/standards\/([^/]+)\//.exec(idOf(e))![1]!;
          expect(tax.node(tax.standard(standard).nodes[0]!).path[0], `${f.path}: ${idOf(e)}`).toBe(part);
        }
      }
    });

    it('label the site feed’s entries with their part and standard', () => {
      for (const locale of LOCALES) {
        const { root } = parsed.get(`${localePrefix(locale)}feed.xml`)!;
        let labelled = 0;
        for (const e of entriesOf(root)) {
          const m = /\/standards\/([^/]+)\//.exec(idOf(e));
          if (!m) continue;
          const s = tax.standard(m[1]!);
          const cats = children(e, 'category');
          expect(cats.find((c) => c.attributes.scheme === abs(`${base}${localePrefix(locale)}standards/`))?.attributes.term).toBe(s.id);
          if (s.nodes[0]) {
            const part = tax.node(tax.node(s.nodes[0]).path[0]!);
            const cat = cats.find((c) => c.attributes.scheme === abs(`${base}${localePrefix(locale)}framework/`));
            expect(cat?.attributes.term).toBe(part.id);
            expect(cat?.attributes.label).toBe(`${part.code} ${part.title[locale]}`);
          }
          labelled++;
        }
        expect(labelled).toBeGreaterThan(0);
      }
    });

    it('open in a browser as a page, through a stylesheet from the site itself under its base path, with no XSLT', () => {
      for (const f of feeds) {
        const { instructions } = parsed.get(f.path)!;
        const sheets = instructions.filter((i) => i.name === 'xml-stylesheet');
        expect(
          sheets.map((s) => [piAttribute(s.body, 'type'), piAttribute(s.body, 'href')]),
          f.path,
        ).toEqual([['text/css', `${base}feed.css`]]);
      }
      const css = read(dir, 'feed.css');
      for (const locale of LOCALES) expect(css).toContain(STRINGS.feedPageIntro[locale].replace(/"/g, '\\"'));
    });

    it('are announced by each standard’s and each part’s page, with a visible link to follow it', () => {
      for (const locale of LOCALES) {
        const pages = [
          ...tax.standards.map((s) => ({ page: `standards/${s.id}/`, feed: `standards/${s.id}/feed.xml` })),
          ...tax.parts.map((p) => ({ page: `framework/${p.id}/`, feed: `framework/${p.id}/feed.xml` })),
        ];
        for (const p of pages) {
          const html = read(dir, `${localePrefix(locale)}${p.page}index.html`);
          const href = `${base}${localePrefix(locale)}${p.feed}`;
          expect(html, p.page).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${href.replace(/[/.]/g, '\\$&')}"`));
          expect(html, p.page).toMatch(new RegExp(`<a class="follow-link" href="${href.replace(/[/.]/g, '\\$&')}"[^>]*data-follow-feed`));
        }
      }
    });
  });

  describe('OpenSearch', () => {
    it('describes each language’s search page with the required elements, under the site’s address and base path', () => {
      for (const locale of LOCALES) {
        const { root } = parseXml(read(dir, `${localePrefix(locale)}opensearch.xml`));
        expect(root.name).toBe('OpenSearchDescription');
        expect(root.attributes.xmlns).toBe('http://a9.com/-/spec/opensearch/1.1/');
        const short = child(root, 'ShortName')!.text;
        expect([...short].length).toBeGreaterThan(0);
        expect([...short].length).toBeLessThanOrEqual(16);
        expect([...child(root, 'Description')!.text].length).toBeLessThanOrEqual(1024);
        const html = children(root, 'Url').find((u) => u.attributes.type === 'text/html')!;
        expect(html.attributes.template).toBe(`${abs(`${base}${localePrefix(locale)}search/`)}?q={searchTerms}`);
        expect(file(abs(`${base}${localePrefix(locale)}search/`))).not.toBeNull();
      }
    });

    it('is linked from every page, in the page’s language', () => {
      for (const page of htmlFiles(dir)) {
        if (page === '404.html') continue;
        const locale: Locale = page.startsWith('en/') ? 'en' : 'zh';
        expect(read(dir, page), page).toContain(
          `<link rel="search" type="application/opensearchdescription+xml" title="${STRINGS.openSearchShort[locale]}" href="${base}${localePrefix(locale)}opensearch.xml">`,
        );
      }
    });
  });

  describe('llms.txt and the Markdown twins', () => {
    const llms = read(dir, 'llms.txt');
    const links = [...llms.matchAll(/\]\(<([^>]+)>\)/g)].map((m) => m[1]!);
    const twinPaths = LOCALES.flatMap((l) => [
      ...tax.standards.map((s) => `${localePrefix(l)}standards/${s.id}.md`),
      ...tax.nodes.map((n) => `${localePrefix(l)}framework/${n.id}.md`),
      ...tax.risks.map((r) => `${localePrefix(l)}risks/${r.id}.md`),
      ...tax.later.map((d) => `${localePrefix(l)}later/${d.id}.md`),
    ]);

    it('follows the llms.txt proposal: a title, a summary, then sections of links', () => {
      const lines = llms.split('\n');
      expect(lines[0]).toMatch(/^# \S/);
      expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1);
      expect(lines.find((l) => l !== '' && !l.startsWith('#'))).toMatch(/^> /);
      expect(lines.filter((l) => l.startsWith('## ')).length).toBeGreaterThanOrEqual(5);
      expect(lines.filter((l) => l.startsWith('## ')).at(-1)).toBe('## Optional');
    });

    it('links every twin in both languages, and every link resolves to a built file', () => {
      for (const url of links) expect(file(url), url).not.toBeNull();
      for (const p of twinPaths) expect(links, p).toContain(abs(`${base}${p}`));
    });

    it('puts every twin in llms-full.txt', () => {
      const full = read(dir, 'llms-full.txt');
      for (const p of twinPaths) expect(full, p).toContain(read(dir, p));
    });

    it('gives each standard a twin beside its page with its facts, status today and basis, sources and confidence', () => {
      for (const locale of LOCALES) {
        for (const s of tax.standards) {
          const md = read(dir, `${localePrefix(locale)}standards/${s.id}.md`);
          const plain = md.replace(/\\(.)/g, '$1');
          expect(plain.split('\n')[0]).toBe(`# ${s.number ? `${s.number} ` : ''}${s.title[locale]}`);
          expect(plain).toContain(statusTodayWords(s, locale));
          for (const id of s.citedSources) expect(plain, `${s.id} ${id}`).toContain(`- ${id}`);
          for (const f of STANDARD_CONFIDENCE_FACETS) expect(plain).toContain(CONFIDENCE_FACET_LABEL[f][locale]);
          if (s.dates.published) expect(plain).toContain(formatDate(s.dates.published.date, locale));
        }
      }
    });

    it('marks a later document’s unknown Chinese title, and makes none up', () => {
      for (const d of tax.later.filter((x) => x.titleUnknown.includes('zh'))) {
        const first = read(dir, `later/${d.id}.md`).split('\n')[0]!.replace(/\\(.)/g, '$1');
        expect(first).toBe(`# ${d.number ? `${d.number} ` : ''}${d.title.en}${STRINGS.titleUnknownMark.zh}`);
      }
    });
  });

  describe('the data page', () => {
    it('documents every new file, each linked, and the fields of a CSL item', () => {
      for (const locale of LOCALES) {
        const html = read(dir, `${localePrefix(locale)}about/data/index.html`);
        const p = `${base}${localePrefix(locale)}`;
        for (const href of [`${base}data/standards.csl.json`, `${p}feed.xml`, `${base}llms.txt`, `${base}llms-full.txt`, `${p}opensearch.xml`]) {
          expect(html, href).toContain(`href="${href}"`);
        }
        expect(html).toMatch(new RegExp(`href="${base.replace(/[/.]/g, '\\$&')}data/standards/[a-z0-9-]+\\.csl\\.json"`));
        expect(html).toMatch(new RegExp(`href="${p.replace(/[/.]/g, '\\$&')}standards/[a-z0-9-]+\\.md"`));
        for (const key of [
          'dataFileCsl',
          'dataFileReferenceRecord',
          'dataFileFeeds',
          'dataFileTwins',
          'dataFileLlms',
          'dataFileLlmsFull',
          'dataFileOpenSearch',
        ] as const) {
          expect(html, key).toContain(STRINGS[key][locale].replace(/&/g, '&amp;'));
        }
        const table = html.slice(html.indexOf('data-field-table="csl"'));
        for (const f of CSL_FIELDS) expect(table.replace(/<wbr>/g, ''), f.name).toContain(`<code>${f.name}</code>`);
      }
    });
  });

  describe('the print edition and the print stylesheet', () => {
    it('runs through every part and standard once in each language, with a dated colophon', () => {
      for (const locale of LOCALES) {
        const html = read(dir, `${localePrefix(locale)}print/index.html`);
        expect(html.match(/data-print-status/g)).toHaveLength(tax.standards.length);
        for (const s of tax.standards) expect(html).toContain(`id="print-${s.id}"`);
        for (const p of tax.parts) expect(html).toContain(`data-print-part="${p.id}"`);
        expect(html).toContain('id="standard-risk-matrix"');
        expect(html).toContain(formatDate(built, locale));
        for (const s of tax.standards) expect(html).toContain(statusTodayWords(s, locale).replace(/&/g, '&amp;'));
      }
    });

    it('is linked from every page’s footer and from the about page', () => {
      for (const page of htmlFiles(dir)) {
        if (page === '404.html') continue;
        const locale = page.startsWith('en/') ? 'en/' : '';
        expect(read(dir, page), page).toContain(`href="${base}${locale}print/" data-print-link`);
      }
    });

    it('styles every page for A4 paper', () => {
      const html = read(dir, 'standards/gb-t-45654-2025/index.html');
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => read(dir, m[1]!.slice(base.length)));
      expect(sheets.some((css) => /@page\s*\{[^}]*size:\s*A4/.test(css))).toBe(true);
    });
  });
});
