/**
 * What a researcher checks first is on the first screen. On a standard's page
 * at 1280 × 900 the record box (dates, status, and the actions: copy a
 * citation, follow, downloads) is whole above the fold; on a phone it comes
 * right after the title. On the table of standards on a phone, the filters
 * fold under one bar that says how many are active, the first row is on the
 * first screen, and the count of rows shown stays in view while filtering.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from '../helpers/fixtures';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { localePrefix } from '~/lib/i18n/locale';
import { t, tf } from '~/lib/i18n/ui';
import { DATE_EVENTS, LOCALES } from '~/lib/base/vocabulary';

const tax = modelOf(loadContent(REAL_CONTENT));
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

/** The element's box on the first screen, with the page scrolled to its top. */
const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not rendered`);
  return { top: b.y, bottom: b.y + b.height };
};

describe('a standard’s record box', () => {
  for (const locale of LOCALES) {
    it.for(tax.standards.map((s) => s.id))(
      `${locale}: at 1280 × 900 the box of %s holds its dates and actions above the fold`,
      async (id, { newPage, server }) => {
        const s = tax.standard(id);
        const page = await newPage({ viewport: DESKTOP });
        await page.goto(`${server.url}${localePrefix(locale)}standards/${s.id}/`);
        const head = await box(page, '.entry-head');
        expect(head.bottom).toBeLessThanOrEqual(DESKTOP.height);
        const dates = page.locator('.entry-summary [data-summary-date]');
        expect(await dates.evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.summaryDate))).toEqual(DATE_EVENTS.filter((key) => s.dates[key]));
        for (const key of DATE_EVENTS.filter((k) => s.dates[k]))
          expect(await page.locator(`[data-summary-date="${key}"] time`).getAttribute('datetime')).toBe(s.dates[key]!.date);
        const actions = page.locator('.entry-summary [data-summary-actions]');
        expect(await actions.locator('button.copy-button').isVisible()).toBe(true);
        expect(await actions.locator('[data-follow-feed]').isVisible()).toBe(true);
        expect(await actions.locator('[data-reference-file], [data-record-json], [data-twin]').count()).toBe(6);
        const last = await box(page, '.entry-summary [data-summary-actions] [data-twin]');
        expect(last.bottom).toBeLessThanOrEqual(DESKTOP.height);
      },
    );

    it(`${locale}: the copy button in the box copies the standard's citation`, async ({ newPage, server }) => {
      const page = await newPage({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
      const s = tax.standards.find((x) => x.number)!;
      await page.goto(`${server.url}${localePrefix(locale)}standards/${s.id}/`);
      await page.locator('.entry-summary button.copy-button').click();
      await expect.poll(() => page.locator('.entry-summary [data-copy-status]').innerText()).toBe(t(locale, 'copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(s.title[locale]);
      expect(copied).toBe((await page.locator(`#${await page.locator('.entry-summary button.copy-button').getAttribute('data-copy')}`).innerText()).trim());
    });

    it(`${locale}: on a phone the box follows the title`, async ({ newPage, server }) => {
      const page = await newPage({ viewport: PHONE });
      const s = tax.standards.find((x) => x.dates.published?.otherClaims.length)!;
      await page.goto(`${server.url}${localePrefix(locale)}standards/${s.id}/`);
      const title = await box(page, '.entry-title');
      const summary = await box(page, '.entry-summary');
      expect(summary.top - title.bottom).toBeLessThan(24);
      expect((await box(page, '[data-summary-date="published"]')).bottom).toBeLessThanOrEqual(PHONE.height);
    });
  }
});

describe('the table of standards on a phone', () => {
  const firstRowNumber = '.filterable tbody tr[data-id]:not([hidden]) td.num';

  for (const locale of LOCALES) {
    for (const javaScriptEnabled of [true, false]) {
      it(`${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: shows the first row on the first screen, the filters folded`, async ({
        newPage,
        server,
      }) => {
        const page = await newPage({ viewport: PHONE, javaScriptEnabled });
        await page.goto(`${server.url}${localePrefix(locale)}standards/`);
        expect(await page.locator('details[data-filters-fold]').getAttribute('open')).toBeNull();
        expect((await box(page, firstRowNumber)).bottom).toBeLessThanOrEqual(PHONE.height);
        // Opened, the controls work as before.
        await page.locator('[data-filters-fold] > summary').click();
        expect(await page.locator('#f-kind-practice-guide').isVisible()).toBe(true);
      });
    }

    it(`${locale}: the fold says how many filters are active, and the count of rows stays in view while filtering`, async ({ newPage, server }) => {
      const page = await newPage({ viewport: PHONE });
      await page.goto(`${server.url}${localePrefix(locale)}standards/?kind=recommended-national`);
      const label = page.locator('[data-filters-label]');
      expect(await label.innerText()).toContain(tf(locale, 'filtersFoldActive', { n: 1 }));
      await page.locator('[data-filters-fold] > summary').click();
      const status = page.locator('#f-status-in-force');
      await status.scrollIntoViewIfNeeded();
      await status.check();
      expect(await label.innerText()).toContain(tf(locale, 'filtersFoldActive', { n: 2 }));
      const shown = await page.locator('.filterable tbody tr[data-id]:not([hidden])').count();
      const bar = page.locator('[data-filters-shown]');
      expect(await bar.innerText()).toContain(String(shown));
      const b = await bar.boundingBox();
      expect(b!.y).toBeGreaterThanOrEqual(0);
      expect(b!.y + b!.height).toBeLessThanOrEqual(PHONE.height);
    });
  }

  it('at 1280 px the filters are open without a bar to open them, with or without JavaScript', async ({ newPage, server }) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage({ viewport: DESKTOP, javaScriptEnabled });
      await page.goto(`${server.url}standards/`);
      expect(await page.locator('#f-kind-practice-guide').isVisible()).toBe(true);
      expect(await page.locator('[data-filters-fold] > summary').isVisible()).toBe(false);
    }
  });
});
