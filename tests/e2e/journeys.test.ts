/**
 * A researcher's journeys in Chromium, at 360 and 1280 px and in both
 * languages: filtering the table on a phone, taking the rows shown as a CSV,
 * sorting across the groups, what changed since the January 2025 draft, the
 * risk matrix as a way in, the empty sub-areas, the candidate pill, a URL that
 * asks for what the table does not offer, and a national standard whose
 * official record is not linked. Every expectation is worked out from the
 * content, not typed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { localePrefix } from '~/lib/i18n/locale';
import { standardsCount, t, tf } from '~/lib/i18n/ui';
import { standardsCsv } from '~/lib/exports/csv';
import { emptyAreas, standardsUnder } from '~/lib/model/taxonomy';
import { LOCALES, MEMBERSHIP_EXPLAIN, NATIONAL_PLATFORM_HOSTS, type Locale } from '~/lib/base/vocabulary';
import { foldText, matchesText, Q_MAX } from '~/lib/site/table-filter';
import { seriousViolations } from '../helpers/axe';
import { it } from '../helpers/fixtures';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { SITES, type SiteName } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const SIZES = [
  ['360 px', PHONE],
  ['1280 px', DESKTOP],
] as const;
const table = (locale: Locale) => `${localePrefix(locale)}standards/`;
const all = tax.standards.length;

/** The ids of the table's rows a reader can see, top to bottom as they are laid out. */
const visibleIds = (page: Page) =>
  page.$$eval('tbody tr[data-id]', (rows) =>
    (rows as HTMLElement[])
      .filter((r) => r.getClientRects().length > 0)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((r) => r.dataset.id!),
  );
const visibleGroupHeadings = (page: Page) =>
  page.$$eval('tr.group-row', (rows) => (rows as HTMLElement[]).filter((r) => r.getClientRects().length > 0).map((r) => r.closest('tbody')!.dataset.group!));
const textMatches = (q: string) => tax.standards.filter((s) => matchesText(foldText(`${s.number ?? ''} ${s.title.zh} ${s.title.en}`), q)).map((s) => s.id);
/** On a phone the filters are folded under a summary line, which a reader opens first; wider, there is no line and they show. */
async function openFilters(page: Page): Promise<void> {
  const fold = page.locator('[data-filters-fold]');
  const summary = fold.locator('> summary');
  if ((await summary.isVisible()) && !(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
}
const partOf = (id: string) => tax.node(tax.standard(id).nodes[0] ?? '').path[0];

describe('the table’s text filter on a phone and a desktop', () => {
  for (const locale of LOCALES) {
    for (const [size, viewport] of SIZES) {
      it(`${locale}, ${size}: typing 人脸 hides every other row and every heading left without a row`, async ({ newPage, server }) => {
        const page = await newPage({ viewport });
        await page.goto(server.url + table(locale));
        expect(await visibleIds(page)).toHaveLength(all);
        await openFilters(page);
        await page.fill('#f-q', '人脸');
        const expected = textMatches('人脸');
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThan(all);
        expect((await visibleIds(page)).sort()).toEqual([...expected].sort());
        expect((await visibleGroupHeadings(page)).sort()).toEqual([...new Set(expected.map((id) => partOf(id) ?? 'unplaced'))].sort());
        expect(await page.locator('[data-filter-status]').innerText()).toBe(tf(locale, 'filterShown', { n: expected.length, total: all }));
        expect(new URL(page.url()).searchParams.get('q')).toBe('人脸');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      });
    }
  }
});

describe('counts and caption follow the filters', () => {
  for (const locale of LOCALES) {
    it(`${locale}: recommended standards in force — the caption, the line and each choice count what shows`, async ({ page, server }) => {
      await page.goto(server.url + table(locale));
      await page.check('#f-status-in-force');
      await page.check('#f-kind-recommended-national');
      const shown = tax.standards.filter((s) => s.statusToday === 'in-force' && s.kind === 'recommended-national');
      expect((await visibleIds(page)).sort()).toEqual(shown.map((s) => s.id).sort());
      expect(await page.locator('caption').innerText()).toBe(
        tf(locale, 'tableCaptionFiltered', { title: t(locale, 'allStandards'), n: shown.length, total: all }),
      );
      // A choice counts what it would show with the other filters kept.
      const count = (id: string) => page.locator(`label:has(#${id}) .count`).innerText();
      expect(await count('f-kind-mandatory-national')).toBe(
        String(tax.standards.filter((s) => s.statusToday === 'in-force' && s.kind === 'mandatory-national').length),
      );
      expect(await count('f-status-superseded')).toBe(
        String(tax.standards.filter((s) => s.statusToday === 'superseded' && s.kind === 'recommended-national').length),
      );
      expect(await count('f-kind-all')).toBe(String(tax.standards.filter((s) => s.statusToday === 'in-force').length));
      const inForceOneSource = shown.filter((s) => s.statusBasis === 'one-source').length;
      expect(await page.locator('label:has(#f-status-in-force) [data-basis-note]').innerText()).toContain(String(inForceOneSource));
      const params = new URL(page.url()).searchParams;
      expect([params.get('status'), params.get('kind')]).toEqual(['in-force', 'recommended-national']);
    });
  }
});

/** A record as csv-parse gives it with `raw`: its cells and its text. */
type RawRecord = { record: string[]; raw: string };
/** The ids of a CSV's records, in order. */
const idsOf = (csv: string) => (parseCsv(csv, { bom: true, columns: true }) as { id: string }[]).map((r) => r.id);

/** standards.csv as the build wrote it, each record's raw text by id. */
function builtCsv(site: SiteName): { text: string; header: string; raw: Map<string, string> } {
  const text = readFileSync(join(SITES[site]().dir, 'data', 'standards.csv'), 'utf8');
  const records = parseCsv(text, { bom: true, raw: true, record_delimiter: '\r\n' }) as unknown as RawRecord[];
  const [head, ...rest] = records;
  // csv-parse's raw text of a record carries some of its line break.
  const strip = (raw: string) => raw.replace(/\r?\n?$/, '');
  return { text, header: strip(head!.raw), raw: new Map(rest.map((r) => [r.record[0]!, strip(r.raw)])) };
}

/** Clicks "Download these rows" and reads the file the browser saves. */
async function downloadRows(page: Page): Promise<string> {
  const link = page.locator('[data-these-rows-link]');
  await link.waitFor({ state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('download these rows', () => {
  for (const site of ['root', 'base'] as const) {
    describe(`built ${site === 'root' ? 'at the root' : 'under a base path'}`, () => {
      it.override({ site });

      it('offers the rows shown as a CSV: the header and exactly their records, byte for byte as the whole file has them', async ({ page, server }) => {
        await page.goto(`${server.url}en/standards/?status=in-force&kind=recommended-national&sort=effective`);
        const shown = await visibleIds(page);
        const csv = await downloadRows(page);
        const built = builtCsv(site);
        expect(csv).toBe(`\uFEFF${[built.header, ...shown.map((id) => built.raw.get(id)!)].join('\r\n')}\r\n`);
        expect(shown.length).toBe(tax.standards.filter((s) => s.statusToday === 'in-force' && s.kind === 'recommended-national').length);
        // "All data" stays beside it, at the whole file's address under this site's base.
        expect(await page.locator('[data-all-csv]').getAttribute('href')).toBe(`${SITES[site]().base}data/standards.csv`);
      });
    });
  }

  it('hides the link while every row shows, and follows the filters as they change', async ({ page, server }) => {
    await page.goto(`${server.url}standards/`);
    expect(await page.locator('[data-these-rows]').isHidden()).toBe(true);
    await page.fill('#f-q', '人脸');
    const first = await downloadRows(page);
    expect(idsOf(first)).toEqual(await visibleIds(page));
    await page.fill('#f-q', '');
    await page.check('#f-part-c');
    const second = await downloadRows(page);
    expect(idsOf(second)).toEqual(standardsUnder(tax, 'c').map((s) => s.id));
  });

  it('keeps a title that a spreadsheet would run as a formula as text, quoted and escaped as in the whole file', async ({ page, server }) => {
    // The page is served a standards.csv whose titles are hostile, written by the export code itself.
    const json = JSON.parse(readFileSync(join(SITES.root().dir, 'data', 'standards.json'), 'utf8'));
    const target = json.standards.find((r: { id: string }) => r.id === 'gb-t-41819-2022');
    target.title = { zh: '=HYPERLINK("http://example.invalid","人脸")', en: '@SUM(1,2)\r\n+"quoted", -1' };
    const hostile = standardsCsv(json);
    await page.route('**/data/standards.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: hostile }));
    await page.goto(`${server.url}standards/`);
    await page.fill('#f-q', '人脸');
    const csv = await downloadRows(page);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === 'gb-t-41819-2022')!;
    expect(row.title_zh).toBe(`'${target.title.zh}`);
    expect(row.title_en).toBe(`'${target.title.en}`);
    const hostileRaw = parseCsv(hostile, { bom: true, raw: true, record_delimiter: '\r\n' }) as unknown as RawRecord[];
    expect(csv).toContain(hostileRaw.find((r) => r.record[0] === 'gb-t-41819-2022')!.raw.replace(/\r?\n?$/, ''));
  });
});

describe('sorting across the groups', () => {
  const dateOrder = (values: string[]) => {
    const known = values.filter(Boolean);
    return [...known].sort((a, b) => b.localeCompare(a)).concat(values.filter((v) => !v));
  };

  for (const locale of LOCALES) {
    it(`${locale}: by effective date flattens the groups, is kept in the URL and on reload`, async ({ page, server }) => {
      await page.goto(server.url + table(locale));
      await page.selectOption('#f-sort', 'effective');
      expect(new URL(page.url()).searchParams.get('sort')).toBe('effective');
      const dates = () => page.$$eval('tbody tr[data-id]', (rows) => (rows as HTMLTableRowElement[]).map((r) => r.cells[4]!.dataset.value ?? ''));
      expect(await dates()).toEqual(dateOrder(await dates()));
      expect(await visibleGroupHeadings(page)).toEqual([]);
      expect(await visibleIds(page)).toHaveLength(all);
      // Reading order is the order shown: the rows were moved, not only drawn elsewhere.
      expect(await page.$$eval('tbody tr[data-id]', (rows) => rows.map((r) => (r as HTMLElement).dataset.id))).toEqual(await visibleIds(page));
      await page.reload();
      expect(await page.inputValue('#f-sort')).toBe('effective');
      expect(await dates()).toEqual(dateOrder(await dates()));
      expect(await page.getAttribute('th[data-sort-key="effective"]', 'aria-sort')).toBe('descending');
    });
  }

  it('the number header sorts by number too, and a second press goes back to the groups', async ({ page, server }) => {
    await page.goto(`${server.url}en/standards/`);
    await page.click('th[data-sort-key="number"] button');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('number');
    const numbers = tax.standards.filter((s) => s.number).map((s) => s.number!);
    const sorted = [...numbers].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const shownNumbers = await page.$$eval('tbody tr[data-id] td.num', (cells) => cells.map((c) => (c as HTMLElement).dataset.value).filter(Boolean));
    expect(shownNumbers).toEqual(sorted);
    await page.click('th[data-sort-key="number"] button');
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
    expect((await visibleGroupHeadings(page)).length).toBeGreaterThan(1);
  });

  for (const [size, viewport] of SIZES) {
    it(`without JavaScript at ${size}: the filters and the order still work`, async ({ newPage, server }) => {
      const page = await newPage({ viewport, javaScriptEnabled: false });
      await page.goto(`${server.url}en/standards/`);
      await openFilters(page);
      await page.check('#f-status-in-force');
      await page.selectOption('#f-sort', 'effective');
      const shown = await visibleIds(page);
      expect(shown.sort()).toEqual(
        tax.standards
          .filter((s) => s.statusToday === 'in-force')
          .map((s) => s.id)
          .sort(),
      );
      const inOrder = await page.$$eval('tbody tr[data-id]', (rows) =>
        (rows as HTMLTableRowElement[])
          .filter((r) => r.getClientRects().length > 0)
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
          .map((r) => r.cells[4]!.dataset.value ?? ''),
      );
      expect(inOrder).toEqual(dateOrder(inOrder));
    });
  }
});

describe('since the January 2025 draft', () => {
  const { changed, changedIds, later } = tax.sinceDraft;

  for (const locale of LOCALES) {
    for (const [size, viewport] of SIZES) {
      it(`${locale}, ${size}: the home page lists what came into force, what was superseded with its basis, and the later documents`, async ({
        newPage,
        server,
      }) => {
        const page = await newPage({ viewport });
        await page.goto(server.url + localePrefix(locale));
        const section = page.locator('[data-since-draft]');
        expect(await section.locator('h2').innerText()).toBe(t(locale, 'sinceDraftHeading'));
        const linked = await section.locator('li[data-standard] > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
        expect(linked.sort()).toEqual([...changedIds].map((id) => `${new URL(server.url).pathname}${localePrefix(locale)}standards/${id}/`).sort());
        expect(changed['into-force'].length).toBeGreaterThan(0);
        for (const id of changed.ended) {
          const badge = section.locator(`li[data-standard="${id}"] .badge--today`);
          expect(await badge.getAttribute('data-status-basis')).toBe(tax.standard(id).statusBasis);
        }
        expect(await section.locator('[data-later] li a').count()).toBe(later.length);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      });
    }

    it(`${locale}: the table opens on the summary, and its link filters to exactly the standards whose status changed`, async ({ page, server }) => {
      await page.goto(server.url + table(locale));
      const summary = page.locator('[data-since-draft]');
      expect(await summary.locator('h2').innerText()).toBe(t(locale, 'sinceDraftHeading'));
      await summary.locator('.since-draft__links a').first().click();
      await page.waitForURL(/changed=yes/);
      expect(await page.isChecked('#f-changed-yes')).toBe(true);
      expect((await visibleIds(page)).sort()).toEqual([...changedIds].sort());
    });

    it(`${locale}: Timeline is in the main navigation`, async ({ page, server }) => {
      await page.goto(server.url + localePrefix(locale));
      const link = page.locator('.site-nav a', { hasText: t(locale, 'navTimeline') });
      expect(await link.getAttribute('href')).toBe(`${new URL(server.url).pathname}${localePrefix(locale)}timeline/`);
    });
  }

  it('keeps the English header on one line at 1280 px', async ({ newPage, server }) => {
    const page = await newPage({ viewport: DESKTOP });
    await page.goto(`${server.url}en/`);
    const tops = await page.$$eval('.site-title, .site-nav a, .search-box input, .language-switch', (els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
  });
});

/** WCAG contrast of two CSS colours as Chromium computes them ("rgb(…)" or "color(srgb …)"). */
function contrast(a: string, b: string): number {
  const channels = (c: string) => {
    const n = c.match(/[\d.]+/g)!.map(Number);
    return c.startsWith('color(') ? n.slice(0, 3) : n.slice(0, 3).map((v) => v / 255);
  };
  const lum = (c: string) => {
    const [r, g, b2] = channels(c).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the risk matrix as a way in', () => {
  const cells = tax.risks.flatMap((r) =>
    tax.parts.map((p) => ({
      risk: r.id,
      part: p.id,
      ids: standardsUnder(tax, p.id)
        .filter((s) => r.standards.includes(s.id))
        .map((s) => s.id),
    })),
  );
  const counted = cells.filter((c) => c.ids.length > 0);

  it('links every counted cell, and only those, to the table of exactly those standards', async ({ page, server }) => {
    expect(counted.length).toBeGreaterThan(0);
    await page.goto(`${server.url}en/risks/`);
    const links = await page.$$eval('#risk-part-matrix td a', (as) =>
      as.map((a) => ({
        risk: a.closest('td')!.dataset.risk!,
        part: a.closest('td')!.dataset.part!,
        href: (a as HTMLAnchorElement).href,
        text: a.textContent!.trim(),
      })),
    );
    expect(links.map((l) => `${l.risk} ${l.part}`).sort()).toEqual(counted.map((c) => `${c.risk} ${c.part}`).sort());
    for (const link of links) {
      const cell = counted.find((c) => c.risk === link.risk && c.part === link.part)!;
      expect(link.text).toBe(String(cell.ids.length));
      await page.goto(link.href);
      expect((await visibleIds(page)).sort(), link.href).toEqual([...cell.ids].sort());
      expect(await page.inputValue('#f-risk')).toBe(link.risk);
    }
  });

  it('says what each link leads to, for a screen reader', async ({ page, server }) => {
    await page.goto(`${server.url}risks/`);
    const c = counted[0]!;
    const label = await page.getAttribute(`#risk-part-matrix td[data-risk="${c.risk}"][data-part="${c.part}"] a`, 'aria-label');
    const part = tax.node(c.part);
    expect(label).toBe(
      tf('zh', 'matrixCellLink', { risk: tax.risk(c.risk).title.zh, part: `${part.code} ${part.title.zh}`, count: standardsCount('zh', c.ids.length) }),
    );
  });

  for (const locale of LOCALES) {
    it(`${locale}, 360 px: the risk names stay in view while the columns scroll`, async ({ newPage, server }) => {
      const page = await newPage({ viewport: PHONE });
      await page.goto(`${server.url}${localePrefix(locale)}risks/`);
      const region = page.locator('.table-scroll:has(#risk-part-matrix)');
      const rowHeader = page.locator('#risk-part-matrix tbody th[scope="row"]').first();
      const before = (await rowHeader.boundingBox())!.x;
      const scrolled = await region.evaluate((el) => {
        el.scrollLeft = 400;
        return el.scrollLeft;
      });
      expect(scrolled).toBeGreaterThan(0);
      expect((await rowHeader.boundingBox())!.x).toBe(before);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: the key says nothing that holds in one scheme only, and every count reads at 4.5:1 or better`, async ({ newPage, server }) => {
      const page = await newPage({ viewport: DESKTOP, colorScheme });
      for (const locale of LOCALES) {
        await page.goto(`${server.url}${localePrefix(locale)}risks/`);
        const text = await page.locator('#risk-part-matrix caption, [data-matrix-key]').allInnerTexts();
        expect(text.join(' ')).not.toMatch(/darker|lighter|越深|越浅/);
        expect(text.join(' ')).toContain(t(locale, 'matrixLegendShade'));
        const pairs = await page.$$eval('#risk-part-matrix td a', (as) =>
          as.map((a) => [getComputedStyle(a).color, getComputedStyle(a.closest('td')!).backgroundColor] as const),
        );
        const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        for (const [fg, bg] of pairs) expect(contrast(fg, bg.includes('0)') && bg.startsWith('rgba') ? pageBackground : bg)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

describe('sub-areas with no identified standard', () => {
  const empty = emptyAreas(tax);

  for (const locale of LOCALES) {
    for (const path of ['framework/', 'risks/']) {
      it(`${locale}: one line under the ${path === 'risks/' ? 'matrix' : 'tree'} names each of them`, async ({ page, server }) => {
        expect(empty.length).toBeGreaterThan(0);
        await page.goto(`${server.url}${localePrefix(locale)}${path}`);
        const line = page.locator('[data-empty-areas]');
        expect(await line.count()).toBe(1);
        expect(await line.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.emptyArea))).toEqual(empty.map((n) => n.id));
        for (const n of empty) expect(await line.innerText()).toContain(n.title[locale]);
      });
    }
  }
});

describe('the candidate pill', () => {
  const candidate = tax.standards.find((s) => s.membership === 'candidate')!;

  for (const locale of LOCALES) {
    it(`${locale}: reads “not confirmed in V1.0’s list” in the table and opens its explanation from the keyboard`, async ({ page, server }) => {
      await page.goto(`${server.url}${localePrefix(locale)}standards/`);
      const pill = page.locator(`tr[data-id="${candidate.id}"] [data-candidate]`).first();
      const summary = pill.locator('summary');
      expect((await summary.innerText()).replace(/\s*[▾▴]$/, '')).toBe(t(locale, 'candidate'));
      expect(await summary.getAttribute('title')).toBe(MEMBERSHIP_EXPLAIN.candidate[locale]);
      const explanation = pill.locator('.candidate-tag__explain');
      expect(await explanation.isVisible()).toBe(false);
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await explanation.isVisible()).toBe(true);
      expect(await explanation.innerText()).toBe(MEMBERSHIP_EXPLAIN.candidate[locale]);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it(`${locale}: on the standard’s own page, is explained once, beside V1.0’s status, and the record links there`, async ({ page, server }) => {
      await page.goto(`${server.url}${localePrefix(locale)}standards/${candidate.id}/`);
      const row = page.locator('#v1-membership');
      expect(await row.locator('[data-candidate]').innerText()).toBe(t(locale, 'candidate'));
      expect(await row.innerText()).toContain(MEMBERSHIP_EXPLAIN.candidate[locale]);
      const body = await page.locator('main').innerText();
      expect(body.split(MEMBERSHIP_EXPLAIN.candidate[locale]).length - 1).toBe(1);
      expect(await page.locator('#record-heading').locator('xpath=..').locator('a[href="#v1-membership"]').count()).toBe(1);
    });
  }

  const WORDING = { zh: '未确认列入V1.0', en: 'Not confirmed in V1.0’s list' } as const;
  // What the pill and the home figures said before: a bare "candidate".
  const OLD = {
    zh: [/^候选$/, /候选：未确认是否列入V1\.0/, /其中候选 ?\d+ ?项/],
    en: [/^Candidate$/, /Candidate: not known to be listed in V1\.0/, /\d+ of them candidates/],
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: pills and figures use the new wording on the home page, the table and a standard's page, and the old one nowhere`, async ({
      page,
      server,
    }) => {
      for (const path of ['', 'standards/', `standards/${candidate.id}/`]) {
        await page.goto(`${server.url}${localePrefix(locale)}${path}`);
        const pills = (await page.locator('[data-candidate] summary, span[data-candidate]').allInnerTexts()).map((x) => x.replace(/\s*[▾▴]$/, '').trim());
        // The home page has no pill, only the figures.
        if (path !== '') expect(pills.length, path).toBeGreaterThan(0);
        expect(
          pills.filter((pill) => pill !== WORDING[locale]),
          path,
        ).toEqual([]);
        const text = await page.locator('body').innerText();
        const titles = await page.locator('[data-candidate] summary').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
        for (const old of OLD[locale]) {
          expect(
            text.split('\n').filter((line) => old.test(line.trim())),
            `${path} ${old}`,
          ).toEqual([]);
          expect(
            titles.filter((title) => old.test(title)),
            `${path} ${old}`,
          ).toEqual([]);
        }
        if (path === '')
          expect(await page.locator('[data-count="total"]').innerText()).toContain(locale === 'zh' ? '项未确认列入V1.0' : 'not confirmed in V1.0’s list');
      }
    });
  }
});

describe('a URL that asks for what the table does not offer', () => {
  const cases: [what: string, search: string, key: string][] = [
    ['an unknown value', '?part=z', 'part'],
    ['a repeated key', '?kind=a&kind=mandatory-national', 'kind'],
    ['a very long text filter', `?q=${'人'.repeat(Q_MAX + 1)}`, 'q'],
    ['markup as a value', `?status=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, 'status'],
  ];
  for (const locale of LOCALES) {
    for (const [what, search, key] of cases) {
      it(`${locale}: ${what} falls back to all and says so`, async ({ page, server }) => {
        await page.goto(server.url + table(locale) + search);
        expect(await visibleIds(page)).toHaveLength(all);
        const notes = await page.locator('[data-filter-ignored] li').allInnerTexts();
        expect(notes).toHaveLength(1);
        expect(notes[0]).toContain(key === 'q' ? String(Q_MAX) : `“${key}`);
        expect(await page.locator('[data-filter-ignored] img').count()).toBe(0);
        // Every choice is back on "all".
        for (const name of ['part', 'kind', 'status', 'changed']) expect(await page.isChecked(`#f-${name}-all`)).toBe(true);
      });
    }
  }

  it('still applies what it could read beside what it could not', async ({ page, server }) => {
    await page.goto(`${server.url}en/standards/?part=e&status=never`);
    expect((await visibleIds(page)).sort()).toEqual(
      standardsUnder(tax, 'e')
        .map((s) => s.id)
        .sort(),
    );
    expect(await page.locator('[data-filter-ignored] li').allInnerTexts()).toEqual([tf('en', 'filterIgnoredUnknown', { key: 'status', value: 'never' })]);
  });
});

describe('a national standard whose official record is not linked', () => {
  const missing = tax.standards.find((s) => s.number && s.kind.endsWith('-national') && !s.officialRecord)!;
  const linked = tax.standards.find((s) => s.officialRecord)!;

  for (const locale of LOCALES) {
    for (const [size, viewport] of SIZES) {
      it(`${locale}, ${size}: the summary says so and names the national platform, without a made-up link`, async ({ newPage, server }) => {
        const page = await newPage({ viewport });
        await page.goto(`${server.url}${localePrefix(locale)}standards/${missing.id}/`);
        const note = page.locator('.entry-summary [data-official-record-absent]');
        expect(await note.isVisible()).toBe(true);
        const text = await note.innerText();
        expect(text).toContain(t(locale, 'officialRecordNotLinked'));
        for (const host of NATIONAL_PLATFORM_HOSTS) expect(text).toContain(host);
        expect(text).toContain(missing.number!);
        expect(await note.locator('a').count()).toBe(0);
        expect(await page.locator('[data-official-record]').count()).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      });
    }
    it(`${locale}: a standard with a record links it and says nothing of a missing one`, async ({ page, server }) => {
      await page.goto(`${server.url}${localePrefix(locale)}standards/${linked.id}/`);
      expect(await page.locator('[data-official-record]').getAttribute('href')).toBe(linked.officialRecord!.url);
      expect(await page.locator('[data-official-record-absent]').count()).toBe(0);
    });
  }
});
