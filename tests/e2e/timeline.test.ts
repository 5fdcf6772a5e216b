/**
 * The timeline and the later documents in Chromium: readable at 360 px without
 * sideways scrolling, complete without JavaScript, the enhancement rings an
 * event's mark when its list item is focused, and nothing breaks the security
 * policy or accessibility.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { serve, type Served } from '../helpers/serve';
import { baseSite, rootSite, type BuiltSite } from '../helpers/sites';
import { takeProblems, watch, type Watched } from '../helpers/watch';

const tax = modelOf(loadContent(REAL_CONTENT));
// The notice's two dates, each standard's issue and effective dates and history, and each later document's history.
const dated =
  2 +
  tax.standards.reduce((n, s) => n + (s.dates.published ? 1 : 0) + (s.dates.effective ? 1 : 0) + s.history.length, 0) +
  tax.later.reduce((n, d) => n + d.history.length, 0);
const later = tax.later[0]!;

let browser: Browser;
const servers: Served[] = [];
const watches: Watched[] = [];

async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  watches.push(await watch(page));
  return page;
}

afterEach(() => {
  expect(watches.flatMap(takeProblems)).toEqual([]);
});

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe.each([
  ['at the root', rootSite],
  ['under a base path', baseSite],
] as [string, () => BuiltSite][])('the timeline %s', (_label, site) => {
  let served: Served;
  beforeAll(async () => {
    const s = site();
    served = await serve(s.dir, s.base);
    servers.push(served);
  });

  it.each(['timeline/', 'en/timeline/', `later/${later.id}/`, `en/later/${later.id}/`, 'later/'])(
    'fits a 360 px screen without sideways scrolling: %s',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await watchedPage(context);
      await page.goto(served.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('lists every dated event with a link, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url}en/timeline/`);
    expect(await page.locator('.timeline-item time[datetime]').count()).toBe(dated);
    expect(await page.locator('.timeline-item a[href]').count()).toBe(dated);
    // A filter is a plain link to a page of its own.
    await page.locator('.timeline-filters summary').click();
    await page.getByRole('link', { name: 'Effective', exact: true }).click();
    expect(page.url()).toContain('/en/timeline/event/effective/');
    const events = await page.locator('.timeline-item__event').allTextContents();
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).toMatch(/^(Effective|takes effect on )/);
    await context.close();
  });

  it('rings an event’s mark in the picture when its list item has focus', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await watchedPage(context);
    await page.goto(`${served.url}timeline/`);
    const item = page.locator('.timeline-item').nth(3);
    const key = await item.getAttribute('data-event-key');
    await item.locator('a').focus();
    await expect.poll(() => page.locator(`.timeline-svg a[data-event-key="${key}"]`).getAttribute('class')).toContain('is-highlighted');
    await context.close();
  });
});
