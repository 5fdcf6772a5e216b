/**
 * Checks on the built site: it holds every entry in both languages, every link
 * resolves under the base path, languages stay apart, and the figures and
 * exports agree with the content and with the reference research.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { htmlFiles, pagePath, read, refs, resolvePath } from '../helpers/html';
import { baseSite, rootSite, type BuiltSite } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
const sites: [string, () => BuiltSite][] = [
  ['at the root', rootSite],
  ['under a base path', baseSite],
];

describe.each(sites)('the site built %s', (_label, site) => {
  const { dir, base } = site();
  const pages = htmlFiles(dir);

  it('has a page for every node, standard and risk in both languages', () => {
    const expected = [
      ...tax.nodes.map((n) => `framework/${n.id}/index.html`),
      ...tax.standards.map((s) => `standards/${s.id}/index.html`),
      ...tax.risks.map((r) => `risks/${r.id}/index.html`),
      'index.html',
      'framework/index.html',
      'standards/index.html',
      'risks/index.html',
      'about/index.html',
      'about/site/index.html',
    ];
    for (const p of expected) {
      expect(pages, p).toContain(p);
      expect(pages, `en/${p}`).toContain(`en/${p}`);
    }
    expect(pages).toContain('404.html');
  });

  it('gives every copy button a text to copy and a status line of its own', () => {
    const wrong: string[] = [];
    let buttons = 0;
    for (const file of pages) {
      const html = read(dir, file);
      // Attributes are written after a space, which keeps id= from matching inside another attribute's name.
      const count = (attr: string, value: string) => html.split(` ${attr}="${value}"`).length - 1;
      for (const [, target, status] of html.matchAll(/<button[^>]*\bdata-copy="([^"]*)"[^>]*\bdata-copy-to="([^"]*)"/g)) {
        buttons++;
        if (count('id', target!) !== 1) wrong.push(`${file}: the button copying #${target} finds ${count('id', target!)} elements with that id`);
        if (count('data-copy-status', status!) !== 1 || count('data-copy-to', status!) !== 1) {
          wrong.push(
            `${file}: status line "${status}" is named by ${count('data-copy-to', status!)} buttons and found ${count('data-copy-status', status!)} times`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
    // Each standard's page has its five: four citations and the one in its record box.
    expect(buttons).toBeGreaterThanOrEqual(5 * 2 * tax.standards.length);
  });

  it('resolves every internal link and asset under the base path', () => {
    const broken: string[] = [];
    for (const file of pages) {
      for (const r of refs(read(dir, file))) {
        if (/^(https?:|mailto:|#|data:)/.test(r.value) || r.attr === 'content') continue;
        if (!r.value.startsWith(base)) broken.push(`${file}: ${r.tag}[${r.attr}]="${r.value}" is outside ${base}`);
        else if (!resolvePath(dir, base, r.value)) broken.push(`${file}: ${r.tag}[${r.attr}]="${r.value}" does not resolve`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const offenders: string[] = [];
    for (const file of pages) {
      for (const r of refs(read(dir, file))) {
        const loads =
          (r.tag === 'script' && r.attr === 'src') || r.tag === 'img' || (r.tag === 'link' && /rel="(stylesheet|icon|preload|modulepreload)"/.test(r.element));
        if (loads && /^(https?:)?\/\//.test(r.value)) offenders.push(`${file}: ${r.value}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps each language in its own tree, except for the language switch', () => {
    const crossing: string[] = [];
    for (const file of pages.filter((f) => f !== '404.html')) {
      const en = file.startsWith('en/');
      for (const r of refs(read(dir, file))) {
        if (r.tag !== 'a' || !r.value.startsWith(base)) continue;
        const rest = r.value.slice(base.length);
        // Files for both languages at once: the data, the search index, and the index of Markdown versions for assistants.
        if (rest.startsWith('data/') || rest.startsWith('pagefind/') || rest === 'llms.txt' || rest === 'llms-full.txt') continue;
        const targetEn = rest === 'en/' || rest.startsWith('en/');
        if (targetEn !== en && !r.element.includes('data-language-switch')) crossing.push(`${file} → ${r.value}`);
      }
    }
    expect(crossing).toEqual([]);
  });

  it('switches language to the same page, and declares the alternates', () => {
    for (const file of pages.filter((f) => f !== '404.html')) {
      const html = read(dir, file);
      const here = pagePath(base, file);
      const en = file.startsWith('en/');
      const other = en ? base + here.slice(base.length + 3) : `${base}en/${here.slice(base.length)}`;
      const sw = refs(html).find((r) => r.element.includes('data-language-switch'));
      expect(sw?.value, file).toBe(other);
      expect(html, file).toContain(`hreflang="zh-CN" href="https://`);
      expect(html, file).toMatch(new RegExp(`<html lang="${en ? 'en' : 'zh-CN'}"`));
    }
  });

  it('shows counts on the home page that equal the content, and that the table it links to shows', () => {
    const files = readdirSync(join(REAL_CONTENT, 'standards')).filter((f) => !f.startsWith('.'));
    for (const [home, table] of [
      ['index.html', 'standards/index.html'],
      ['en/index.html', 'en/standards/index.html'],
    ]) {
      const html = read(dir, home);
      const count = (attr: string) => Number(new RegExp(`${attr}>[\\s\\S]*?<span class="count">(\\d+)</span>`).exec(html)?.[1]);
      const shown = (attr: string) => [...html.matchAll(new RegExp(`${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!);
      // What a reader finds after following a status's link: the rows of the table that carry it.
      const rows = [...read(dir, table).matchAll(/<tr [^>]*data-status-today="([^"]+)"/g)].map((m) => m[1]!);
      expect(rows).toHaveLength(files.length);
      const statuses = shown('data-count-status-today');
      expect(statuses.length).toBeGreaterThan(1);
      expect(new Set(statuses)).toEqual(new Set(rows));
      for (const status of statuses) expect(count(`data-count-status-today="${status}"`), `${home} ${status}`).toBe(rows.filter((r) => r === status).length);
      // Kinds as the content files say them.
      const kinds = shown('data-count-kind');
      expect(new Set(kinds)).toEqual(new Set(tax.standards.map((s) => s.kind)));
      for (const kind of kinds) expect(count(`data-count-kind="${kind}"`), `${home} ${kind}`).toBe(tax.standards.filter((s) => s.kind === kind).length);
      // The total is the number of standard files, said first in its sentence.
      expect(/data-count="total">\D*(\d+)/.exec(html)?.[1], home).toBe(String(files.length));
    }
  });

  it('exports JSON and CSV that parse and match the content', () => {
    const json = JSON.parse(readFileSync(join(dir, 'data/standards.json'), 'utf8'));
    expect(json.dataset.version).toBe(tax.document.dataset.version);
    expect(json.dataset.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.standards.map((s: any) => [s.id, s.number, s.kind, s.status_in_v1])).toEqual(
      tax.standards.map((s) => [s.id, s.number ?? null, s.kind, s.status]),
    );
    for (const s of json.standards) expect(s.url.startsWith(`https://`) && new URL(s.url).pathname.startsWith(base)).toBe(true);

    const csv = readFileSync(join(dir, 'data/standards.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(tax.standards.length + 1);
    for (const s of tax.standards) expect(csv).toContain(s.title.zh);

    const fw = JSON.parse(readFileSync(join(dir, 'data/framework.json'), 'utf8'));
    expect(fw.framework.map((n: any) => n.code)).toEqual(tax.parts.map((p) => p.code));
    expect(fw.risks).toHaveLength(tax.risks.length);
  });

  it('has a sitemap and robots.txt that point at this site', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(new RegExp(`Sitemap: https://[^\\s]+${base}sitemap-index.xml`));
    expect(existsSync(join(dir, 'sitemap-index.xml'))).toBe(true);
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${base}standards/gb-t-45654-2025/`);
    expect(sitemap).toContain(`${base}en/standards/gb-t-45654-2025/`);
    // Each page names its other-language version, for search engines.
    const entry = new RegExp(`<url><loc>https://[^<]+${base}standards/gb-t-45654-2025/</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
    expect(entry).toMatch(new RegExp(`hreflang="zh-CN" href="https://[^"]+${base}standards/gb-t-45654-2025/"`));
    expect(entry).toMatch(new RegExp(`hreflang="en" href="https://[^"]+${base}en/standards/gb-t-45654-2025/"`));
  });
});

/**
 * The research the content was written from lives beside the repository
 * (../shared/reference), not in it. A fork, or the Pages workflow on GitHub,
 * has none: there these checks are reported as skipped, naming the path they
 * looked for. CI sets REFERENCE_REQUIRED, so there a missing reference fails.
 */
const referencePath = process.env.REFERENCE_DIR
  ? resolve(process.env.REFERENCE_DIR, 'standard-system.json')
  : resolve(import.meta.dirname, '../../../shared/reference/standard-system.json');
const hasReference = existsSync(referencePath);
if (!hasReference && process.env.REFERENCE_REQUIRED) {
  throw new Error(`The reference research is required (REFERENCE_REQUIRED) but ${referencePath} does not exist; set REFERENCE_DIR to its folder`);
}

describe.skipIf(!hasReference)(`the site against the reference research${hasReference ? '' : ` (skipped: no ${referencePath})`}`, () => {
  const reference = hasReference ? JSON.parse(readFileSync(referencePath, 'utf8')) : { standards: [] };
  const { dir } = rootSite();
  const exported = JSON.parse(readFileSync(join(dir, 'data/standards.json'), 'utf8')).standards as any[];

  // The December 2026 re-check beside it (corrections-2026-12.json) adds dates the first pass did not find.
  const correctionsPath = join(dirname(referencePath), 'corrections-2026-12.json');
  const corrections = existsSync(correctionsPath) ? JSON.parse(readFileSync(correctionsPath, 'utf8')) : { standards: [], official_records: [] };
  const corrected = (id: string, field: 'published' | 'effective', value: string | null) =>
    corrections.standards.find((c: any) => c.id === id && typeof c[field] === 'string')?.[field] ?? value;
  const referenceRows: [string, any][] = reference.standards.map((s: any) => [s.id, s]);
  // The re-check of 2026-12-05 (corrections-2026-12b.json) gives some standards' own English titles.
  const recheckPath = join(dirname(referencePath), 'corrections-2026-12b.json');
  const recheck = existsSync(recheckPath) ? JSON.parse(readFileSync(recheckPath, 'utf8')) : { facts: [] };
  const ownTitle = (id: string): string | undefined => {
    const f = recheck.facts.find((x: any) => x.id === id && (x.field === 'title_en_on_standard' || typeof x.value?.title_en_on_cover === 'string'));
    // The site spaces the dash between a title's parts, as its own titles do.
    return (f?.field === 'title_en_on_standard' ? f.value : f?.value?.title_en_on_cover)?.replace(/\s*—\s*/g, ' — ');
  };

  it.each(referenceRows)('shows %s with the reference number, titles, kind and status', (id, ref) => {
    const s = exported.find((x) => x.id === id);
    expect(s, `standard ${id} is missing from the site`).toBeDefined();
    expect(s.number).toBe(ref.number);
    const titleEn = ownTitle(id) ?? ref.title_en;
    expect(s.title).toEqual({ zh: ref.title_zh, en: titleEn });
    expect(s.kind).toBe(ref.kind);
    const status = ref.v1.status_in_v1.startsWith('published') ? 'published' : ref.v1.status_in_v1;
    expect(s.status_in_v1).toBe(status);
    // Where sources differ the best-supported claim leads; the reference's date is among the claims.
    if (s.published_claims.length > 1) expect(s.published_claims.map((c: any) => c.date)).toContain(corrected(id, 'published', ref.dates.published));
    else expect(s.published).toBe(corrected(id, 'published', ref.dates.published));
    expect(s.effective).toBe(corrected(id, 'effective', ref.dates.effective));
    for (const page of [`standards/${id}/index.html`, `en/standards/${id}/index.html`]) {
      const html = read(dir, page);
      if (ref.number) expect(html).toContain(ref.number);
      expect(html).toContain(ref.title_zh);
      expect(html).toContain(titleEn.replace(/&/g, '&amp;'));
      // Each later event of the reference is on the page with its date, and cites its sources.
      for (const ev of ref.later_status) {
        expect(html, `${page}: event of ${ev.date}`).toContain(`datetime="${ev.date}"`);
        for (const src of ev.sources) expect(html, `${page}: source ${src}`).toContain(`id="source-${src}"`);
      }
    }
  });

  it('links every official record the re-check gives, with its source', () => {
    for (const r of corrections.official_records) {
      const s = exported.find((x) => x.number === r.number);
      expect(s?.official_record?.url, r.number).toBe(r.url);
      expect(
        s.official_record.sources.map((x: any) => x.id),
        r.number,
      ).toContain(r.source);
    }
  });

  it('shows every framework node of the reference', () => {
    const walk = (n: any): any[] => [n, ...n.children.flatMap(walk)];
    for (const n of reference.framework.children.flatMap(walk)) {
      const id = (n.code ?? n.key).toLowerCase().replace('.', '-');
      const node = tax.node(id);
      expect(node.title).toEqual({ zh: n.name_zh, en: n.name_en });
      expect(read(dir, `framework/${id}/index.html`)).toContain(n.name_zh);
      expect(read(dir, `en/framework/${id}/index.html`)).toContain(n.name_en);
    }
  });

  it('shows every risk category of the reference with its sub-types', () => {
    for (const c of reference.risk_mapping.categories) {
      const id = c.key.replace('/', '-');
      expect(tax.risk(id).title).toEqual({ zh: c.name_zh, en: c.name_en });
      expect(tax.risk(id).subtypes.map((s) => s.zh)).toEqual(c.subtypes_zh);
      for (const s of c.inferred_standards) expect(tax.standard(s).risks, `${s} → ${id}`).toContain(id);
    }
  });

  it('states the notice facts of the reference on the about page', () => {
    const html = read(dir, 'about/index.html');
    const notice = reference.document.notice;
    expect(html).toContain(notice.number);
    expect(html).toContain('datetime="2025-01-26"');
    expect(html).toContain(`datetime="${notice.comment_deadline}"`);
    const counts = reference.document.counts_reported;
    expect(tax.document.countsReported.published).toEqual(counts.published);
    expect(tax.document.countsReported['in-development']).toEqual(counts['in-development']);
  });
});
