/**
 * The timeline and the later documents in Chromium: readable at 360 px without
 * sideways scrolling, complete without JavaScript, the enhancement rings an
 * event's mark when its list item is focused, and nothing breaks the security
 * policy or accessibility.
 */
import { describe, expect } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { it } from '../helpers/fixtures';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import type { SiteName } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
// The notice's two dates, each standard's issue and effective dates and history, and each later document's history.
const dated =
  2 +
  tax.standards.reduce((n, s) => n + (s.dates.published ? 1 : 0) + (s.dates.effective ? 1 : 0) + s.history.length, 0) +
  tax.later.reduce((n, d) => n + d.history.length, 0);
const later = tax.later[0]!;

describe.each([
  ['at the root', 'root'],
  ['under a base path', 'base'],
] as [string, SiteName][])('the timeline %s', (_label, site) => {
  it.override({ site });

  it.for(['timeline/', 'en/timeline/', `later/${later.id}/`, `en/later/${later.id}/`, 'later/'])(
    'fits a 360 px screen without sideways scrolling: %s',
    async (path, { newPage, server }) => {
      const page = await newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  it('lists every dated event with a link, without JavaScript', async ({ newPage, server }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}en/timeline/`);
    // One date per event; a date other sources give is the event's too, shown beside it.
    expect(await page.locator('.timeline-item__when time[datetime]').count()).toBe(dated);
    expect(await page.locator('.timeline-item a[href]').count()).toBe(dated);
    // A filter is a plain link to a page of its own.
    await page.locator('.timeline-filters summary').click();
    await page.getByRole('link', { name: 'Effective', exact: true }).click();
    expect(page.url()).toContain('/en/timeline/event/effective/');
    const events = await page.locator('.timeline-item__event').allTextContents();
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).toMatch(/^(Effective|takes effect on )/);
  });

  it('rings an event’s mark in the picture when its list item has focus', async ({ newPage, server }) => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}timeline/`);
    const item = page.locator('.timeline-item').nth(3);
    const key = await item.getAttribute('data-event-key');
    await item.locator('a').focus();
    await expect.poll(() => page.locator(`.timeline-svg a[data-event-key="${key}"]`).getAttribute('class')).toContain('is-highlighted');
  });
});
