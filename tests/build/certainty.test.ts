/**
 * How sure each fact is, where a reader meets it: a status today resting on
 * an inference or one source says so in words (badge, summary, table of
 * counts, exports, notes), a date sources disagree on shows every claim with
 * its sources, and the December 2026 corrections change exactly the facts they
 * name, nothing else.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read } from '../helpers/html';
import { STRINGS } from '~/lib/i18n/ui';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { rootSite } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
const { dir } = rootSite();
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ');
/** The page's at-a-glance summary: what a reader sees first. */
const summary = (html: string) => text(/<aside class="entry-summary"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '');
const page = (locale: 'zh' | 'en', id: string) => read(dir, `${locale === 'en' ? 'en/' : ''}standards/${id}/index.html`);
const exported = JSON.parse(readFileSync(join(dir, 'data/standards.json'), 'utf8')).standards as any[];

describe('a status today says what it rests on', () => {
  it.each([
    ['tc260-003', '被代替（推断）', 'Superseded (inferred)', 'inferred'],
    ['gb-t-41387-2022', '现行（单一来源）', 'In force (one source)', 'one-source'],
    ['gb-t-45654-2025', '现行', 'In force', 'recorded'],
  ])('%s reads "%s" / "%s" at a glance', (id, zh, en, basis) => {
    expect(summary(page('zh', id))).toContain(zh);
    expect(summary(page('en', id))).toContain(en);
    expect(page('zh', id)).toContain(`data-status-basis="${basis}"`);
    if (basis === 'recorded') expect(summary(page('zh', id))).not.toMatch(/现行（/);
  });

  it('on every standard page, as the model has it, in words wherever it is less than a record', () => {
    for (const s of tax.standards) {
      const html = page('en', s.id);
      const badge = /data-status-today="([^"]+)"[^>]*data-status-basis="([^"]+)"[^>]*><span aria-hidden="true">[^<]*<\/span>([^<]*)<\/span>/.exec(html);
      if (s.statusBasis === null) {
        expect(html, s.id).toContain(`data-status-today="unknown"`);
        continue;
      }
      expect(badge?.slice(1, 3), s.id).toEqual([s.statusToday, s.statusBasis]);
      const words = { recorded: '', 'one-source': '(one source)', inferred: '(inferred)' }[s.statusBasis];
      if (words) expect(text(badge![3]!), s.id).toContain(words);
    }
  });

  it('in the table and in the tree, the outline and the boxes drawn at build time alike', () => {
    const row = (html: string, id: string) => text(new RegExp(`<tr[^>]*data-id="${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '');
    expect(row(read(dir, 'standards/index.html'), 'tc260-003')).toContain('被代替（推断）');
    expect(row(read(dir, 'en/standards/index.html'), 'gb-t-41387-2022')).toContain('In force (one source)');
    expect(row(read(dir, 'en/standards/index.html'), 'gb-t-45654-2025')).not.toContain('(');
    for (const [locale, words] of [
      ['zh', '被代替（推断）'],
      ['en', 'Superseded (inferred)'],
    ] as const) {
      const html = read(dir, `${locale === 'en' ? 'en/' : ''}framework/index.html`);
      const items = [...html.matchAll(/<li data-key="[^"]*~tc260-003"[^>]*>\s*<a[\s\S]*?<\/a>/g)].map((m) => text(m[0]));
      expect(items.length, locale).toBeGreaterThan(0);
      // The words sit in brackets after the title, as the other statuses do.
      for (const item of items) expect(item.replace(/\s/g, '')).toContain(`(${words.replace(/\s/g, '')})`);
      const boxes = [...html.matchAll(/<g class="tree-node tree-node--standard[^"]*"[^>]*data-key="[^"]*~tc260-003"[\s\S]*?<\/g>/g)].map((m) => text(m[0]));
      for (const box of boxes) expect(box).toContain(words);
    }
  });

  it('in the home counts, beside each status', () => {
    const oneSource = tax.standards.filter((s) => s.statusToday === 'in-force' && s.statusBasis === 'one-source').length;
    expect(oneSource).toBeGreaterThan(0);
    const html = read(dir, 'en/index.html');
    const item = /<li data-count-status-today="in-force">([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(text(item)).toContain(`of which ${oneSource} one source`);
  });

  it('in the exports and the notes reference managers keep', () => {
    for (const s of tax.standards) expect(exported.find((r) => r.id === s.id).status_today_basis, s.id).toBe(s.statusBasis);
    const bib = readFileSync(join(dir, 'data/standards.bib'), 'utf8');
    const entry = bib.slice(bib.indexOf('@standard{tc260-003,'));
    expect(entry.slice(0, entry.indexOf('\n}'))).toContain('Superseded (inferred)');
    expect(readFileSync(join(dir, 'data/standards.ris'), 'utf8')).toContain('In force (one source)');
    const csv = readFileSync(join(dir, 'data/standards.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('status_today_basis,status_today_basis_zh,status_today_basis_en');
  });

  it('is explained in the legend on the data page, where the standard links', () => {
    expect(read(dir, 'about/data/index.html')).toContain('data-status-basis-legend');
    expect(read(dir, 'standards/tc260-003/index.html')).toContain('href="/about/data/#status-legend"');
    expect(read(dir, 'en/about/data/index.html')).toContain('data-fact-confidence-legend');
  });
});

describe('a date sources disagree on', () => {
  // The best-supported claim first: the platform's two-source 14 October for GB/T 41773 and 41819, the cover's 12 October for the others.
  it.each([
    ['gb-t-41773-2022', '14', '12'],
    ['gb-t-41806-2022', '12', '14'],
    ['gb-t-41807-2022', '12', '14'],
    ['gb-t-41819-2022', '14', '12'],
    ['gb-t-41871-2022', '12', '14'],
  ])('%s shows %s October first, then %s October with its sources, in both languages', (id, main, other) => {
    const zh = page('zh', id);
    const record = text(/data-date-fact="published"[\s\S]*?<\/dd>/.exec(zh)![0]);
    expect(record).toMatch(new RegExp(`2022年10月${main}日.*来源不一\\s*：\\s*2022年10月${other}日`));
    // At a glance, the main date and a mark that links to every claim in the record.
    expect(summary(zh)).toMatch(new RegExp(`发布日期 2022年10月${main}日 .*来源不一`));
    expect(/<a[^>]*href="#date-published"[^>]*data-date-disputed/.test(zh) || /data-date-disputed[^>]*href="#date-published"/.test(zh)).toBe(true);
    expect(zh).toMatch(/data-date-fact="published" id="date-published"/);
    expect(text(page('en', id))).toMatch(new RegExp(`Sources differ\\s*:\\s*${other} October 2022`));
    const r = exported.find((x) => x.id === id);
    expect(r.published).toBe(`2022-10-${main}`);
    expect(r.published_claims.map((c: any) => c.date)).toEqual([`2022-10-${main}`, `2022-10-${other}`]);
    expect(r.published_claims.flatMap((c: any) => c.sources)).toContain('S-awesome-laws');
  });

  it('is marked on the timeline and in the feed, at its main date', () => {
    const timeline = read(dir, 'timeline/index.html');
    const item = new RegExp(`<li[^>]*data-event-key="standards/gb-t-41806-2022/published/2022-10-12"[^>]*>[\\s\\S]*?</li>`).exec(timeline)![0];
    expect(text(item)).toContain('来源不一');
    const feed = readFileSync(join(dir, 'en/feed.xml'), 'utf8');
    const entry = feed.slice(feed.indexOf('standards/gb-t-41806-2022/published/2022-10-12'));
    expect(entry.slice(0, entry.indexOf('</entry>'))).toMatch(/This date: one source\.\s*Sources differ: 14 October 2022/);
  });

  it('rests on an inference where content says so, and the page says it in words', () => {
    const record = text(/data-date-fact="published"[\s\S]*?<\/dd>/.exec(page('en', 'gb-t-41819-2022'))![0]);
    expect(record).toMatch(/12 October 2022 inferred/);
    expect(exported.find((x) => x.id === 'gb-t-41819-2022').published_claims[1].confidence).toBe('inferred');
  });
});

/**
 * Every standard's facts before the corrections (tests/fixtures) against the
 * export now: each difference must be one the corrections or the new way of
 * recording dates asks for, and each of those must be there.
 */
describe('the December 2026 corrections', () => {
  const before = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/standards-before-2026-12.json'), 'utf8')).standards as any[];
  const now = (r: any) => ({
    ...Object.fromEntries(Object.keys(r).map((k) => [k, exported.find((x) => x.id === r.id)[k]])),
    official_record: exported.find((x) => x.id === r.id).official_record?.url ?? null,
    sources: exported.find((x) => x.id === r.id).sources.map((s: any) => s.id),
    history: exported.find((x) => x.id === r.id).history.map((h: any) => [h.date, h.event]),
  });
  const dateOnce = (dates: string[]) => dates.map((d, i) => [d, i === 0 ? 'published' : 'effective']);
  const BATCH = ['gb-t-41773-2022', 'gb-t-41806-2022', 'gb-t-41807-2022', 'gb-t-41819-2022', 'gb-t-41871-2022'];
  const ONE_DATABASE = ['gb-t-20979-2019', 'gb-t-36651-2018', 'gb-t-37076-2018', 'gb-t-38542-2020', 'gb-t-38671-2020', 'gb-t-40660-2021', 'gb-t-42888-2023'];
  /** Each field that changes, and why; a field not named must not change. */
  const EXPECTED: Record<string, Record<string, string>> = {
    'gb-t-41387-2022': {
      published: 'dates found in one table (S-awesome-laws)',
      effective: 'dates found in one table (S-awesome-laws)',
      status_today: 'in force, on one source, now that its dates are known',
      checked: 'facts re-checked on 2026-12-03',
      confidence: 'dates: one-source',
      note: 'says where the dates come from',
      sources: 'adds S-awesome-laws',
      history: 'its issue and effective dates as events',
    },
    'tc260-003': {
      checked: 'facts re-checked on 2026-12-03',
      confidence: 'dates: confirmed by three secondary sources',
      note: 'says the supersession is our inference',
      history: 'its issue date as an event',
    },
    'gb-t-45652-2025': {
      confidence: 'dates: the issue date rests on one dataset',
      note: 'says which date rests on what',
      related: 'the set’s note lists no page’s own number',
    },
    'gb-t-45654-2025': { related: 'the set’s note lists no page’s own number' },
    'gb-t-45674-2025': { related: 'the set’s note lists no page’s own number' },
    'cand-pg-genai-emergency-response': { history: 'its issue date as an event' },
    'tc260-pg-20233a': { history: 'its issue date as an event' },
    ...Object.fromEntries(
      BATCH.map((id) => [
        id,
        {
          checked: 'facts re-checked on 2026-12-03',
          ...(id === 'gb-t-41819-2022' ? {} : { confidence: 'dates: the cover’s issue date rests on one source' }),
          note: 'says the sources differ on the issue date',
          official_record: 'the national platform’s record, from S-awesome-laws',
          history: 'its issue and effective dates as events',
        },
      ]),
    ),
    ...Object.fromEntries(
      ONE_DATABASE.map((id) => [
        id,
        { confidence: 'dates: one database record', note: 'says the dates rest on one record', history: 'its issue and effective dates as events' },
      ]),
    ),
  };

  /**
   * The re-check of 2026-12-05 on top: second and third sources bring some dates
   * back to confirmed, GB/T 41773 and 41819 lead with the platform's two-source
   * 14 October, two standards take their own English titles, TC260-003's issue
   * date is credited to the sources that give it.
   */
  const RECHECK: Record<string, { add?: Record<string, string>; drop?: string[] }> = {
    'gb-t-36651-2018': { drop: ['confidence'] },
    'gb-t-40660-2021': { drop: ['confidence'] },
    'gb-t-42888-2023': { drop: ['confidence'] },
    'gb-t-41871-2022': { drop: ['confidence'] },
    'gb-t-41773-2022': { drop: ['confidence'], add: { published: 'the platform’s two-source 14 October leads' } },
    'gb-t-41819-2022': { add: { confidence: 'dates: both confirmed', published: 'the platform’s two-source 14 October leads' } },
    'gb-45438-2025': { add: { confidence: 'dates: confirmed by two sources', note: 'says so', title: 'its own English title, from two sources' } },
    'gb-t-45652-2025': { add: { title: 'its own English title, from its cover' } },
    'tc260-003': { add: { sources: 'adds the second source of 29 February 2024' } },
  };
  for (const [id, { add = {}, drop = [] }] of Object.entries(RECHECK)) {
    const fields = { ...EXPECTED[id], ...add };
    for (const f of drop) delete fields[f];
    EXPECTED[id] = fields;
  }

  it('change exactly the fields they name', () => {
    const changed: Record<string, string[]> = {};
    for (const r of before) {
      const after = now(r);
      const fields = Object.keys(r).filter((k) => JSON.stringify(r[k]) !== JSON.stringify((after as any)[k]));
      if (fields.length > 0) changed[r.id] = fields.sort();
    }
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([id, f]) => [id, Object.keys(f).sort()]));
    expect(changed).toEqual(expected);
    expect(exported.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
  });

  it('give the values the corrections give', () => {
    const get = (id: string) => exported.find((x) => x.id === id);
    expect([get('gb-t-41387-2022').published, get('gb-t-41387-2022').effective, get('gb-t-41387-2022').status_today]).toEqual([
      '2022-04-15',
      '2022-11-01',
      'in-force',
    ]);
    expect(get('gb-t-41387-2022').status_today_basis).toBe('one-source');
    for (const id of BATCH) {
      const issued = id === 'gb-t-41773-2022' || id === 'gb-t-41819-2022' ? '2022-10-14' : '2022-10-12';
      expect(get(id).history.map((h: any) => [h.date, h.event])).toEqual(dateOnce([issued, '2023-05-01']));
    }
    expect(get('tc260-003').history.find((h: any) => h.event === 'superseded').confidence).toBe('inferred');
  });

  it('leave a title no source gives unknown, and every Chinese link that names the document by its English title says so', () => {
    const unknown = tax.later.filter((d) => d.titleUnknown.includes('zh'));
    expect(unknown.map((d) => d.id)).toContain('tc260-pg-20266a');
    for (const d of unknown) {
      const link = new RegExp(`<a[^>]*href="/later/${d.id}/"[^>]*>([\\s\\S]*?)</a>`, 'g');
      const named = htmlFiles(dir)
        .filter((f) => !f.startsWith('en/'))
        .flatMap((f) => [...read(dir, f).matchAll(link)].map((m) => ({ f, words: text(m[1]!).trim() })))
        .filter(({ words }) => words.includes(d.title.en));
      expect(named.length).toBeGreaterThan(2);
      for (const { f, words } of named) expect(words, f).toContain(STRINGS.titleUnknownMark.zh);
    }
  });
});
