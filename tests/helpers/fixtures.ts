/**
 * The browser tests' shared set-up, as Vitest fixtures. A test names what it
 * needs and gets it ready, and whatever it opened is checked after it:
 *
 * - `browser` (one per worker): Chromium, found as tests/helpers/browser.ts says;
 * - `servers` (one per worker): the built sites served over HTTP, each started
 *   the first time a test asks for it;
 * - `site`: the build a suite tests, "root" unless the suite says otherwise
 *   with `it.override({ site: 'base' })`; `server` is its server;
 * - `contextOptions`: the browser context `page` is in (viewport, reduced
 *   motion, JavaScript off…), `{}` unless a suite overrides it;
 * - `page`: a blank page, watched from its first request; `watched` is what
 *   it has seen in this test so far;
 * - `newPage(options)`: one more watched page, in a context with other options;
 * - `ignoreConsole(pattern)`: a console message this test expects (a suite
 *   can set `consoleIgnore` for all its tests).
 *
 * Every page a test used answers for that test: a console error, an uncaught
 * script error, a Content Security Policy violation or a request to any origin
 * but the test's server fails it.
 */
import { expect, test as base } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serve, type Served } from './serve';
import { SITES, type SiteName } from './sites';
import { watch, type Watched } from './watch';

/** Playwright's viewport when a context names none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** The built sites, each served from the first time a test asks for it until the worker ends. */
class Servers {
  readonly #started = new Map<SiteName, Promise<Served>>();

  of(site: SiteName): Promise<Served> {
    let served = this.#started.get(site);
    if (!served) {
      const { dir, base } = SITES[site]();
      served = serve(dir, base);
      this.#started.set(site, served);
    }
    return served;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#started.values()].map(async (s) => (await s).close()));
  }
}

/** A page lent to one test at a time, with the options of its context and what it has seen. */
interface Lent {
  page: Page;
  options: BrowserContextOptions;
  watched: Watched;
}

/**
 * Pages kept open across a worker's tests, in one context per set of options.
 * A new page costs a new renderer process, more than most tests take, so a
 * page goes back to the pool after its test: blank, so nothing of that test
 * runs on, with its routes removed and its viewport as its context set it.
 */
class Pages {
  readonly #browser: Browser;
  readonly #contexts = new Map<string, Promise<BrowserContext>>();
  readonly #idle = new Map<string, Lent[]>();

  constructor(browser: Browser) {
    this.#browser = browser;
  }

  async lend(options: BrowserContextOptions): Promise<Lent> {
    const key = JSON.stringify(options);
    const idle = this.#idle.get(key)?.pop();
    if (idle) return idle;
    if (!this.#contexts.has(key)) this.#contexts.set(key, this.#browser.newContext(options));
    const page = await (await this.#contexts.get(key)!).newPage();
    return { page, options, watched: await watch(page) };
  }

  /** Ends what the page's test left running; after this, its record is complete. */
  async settle({ page, options }: Lent): Promise<void> {
    if (page.isClosed()) return;
    try {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto('about:blank');
      const viewport = options.viewport ?? DEFAULT_VIEWPORT;
      const now = page.viewportSize();
      if (now?.width !== viewport.width || now?.height !== viewport.height) await page.setViewportSize(viewport);
    } catch {
      // Something the test left under way (an error page still loading) got in the way: the page is closed, not lent again.
      await page.close();
    }
  }

  /** Takes the page back for the next test, with an empty record. */
  release(lent: Lent): void {
    if (lent.page.isClosed()) return;
    lent.watched.problems.length = 0;
    lent.watched.requests.length = 0;
    const key = JSON.stringify(lent.options);
    this.#idle.set(key, [...(this.#idle.get(key) ?? []), lent]);
  }
}

/** The pages one test used, and the check each of them answers to when it ends. */
class Watchdog {
  readonly #pages: Pages;
  readonly #origin: string;
  readonly #ignore: RegExp[];
  readonly #lent: Lent[] = [];

  constructor(pages: Pages, origin: string, ignore: RegExp[]) {
    this.#pages = pages;
    this.#origin = origin;
    this.#ignore = ignore;
  }

  async open(options: BrowserContextOptions): Promise<Page> {
    const lent = await this.#pages.lend(options);
    this.#lent.push(lent);
    return lent.page;
  }

  of(page: Page): Watched {
    const lent = this.#lent.find((l) => l.page === page);
    if (!lent) throw new Error('This page was not opened through the test fixtures, so nothing watched it.');
    return lent.watched;
  }

  ignore(pattern: RegExp): void {
    this.#ignore.push(pattern);
  }

  /** Settles every page, fails the test on what a reader must never meet, and hands the pages back. */
  async finish(): Promise<void> {
    try {
      await Promise.all(this.#lent.map((l) => this.#pages.settle(l)));
      const problems = this.#lent.flatMap((l) => l.watched.problems).filter((p) => !this.#ignore.some((re) => re.test(p)));
      const offsite = this.#lent.flatMap((l) => l.watched.requests).filter((r) => /^https?:/.test(r) && new URL(r).origin !== this.#origin);
      expect(problems, 'console errors, script errors and CSP violations').toEqual([]);
      expect(offsite, `requests to origins other than ${this.#origin}`).toEqual([]);
    } finally {
      this.#lent.forEach((l) => this.#pages.release(l));
    }
  }
}

export const test = base
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('servers', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const servers = new Servers();
    onCleanup(() => servers.close());
    return servers;
  })
  .extend('pages', { scope: 'worker' }, async ({ browser }) => new Pages(browser))
  .extend('site', 'root' as SiteName)
  .extend('server', async ({ servers, site }) => servers.of(site))
  .extend('contextOptions', {} as BrowserContextOptions)
  .extend('consoleIgnore', undefined as RegExp | undefined)
  .extend('watchdog', async ({ pages, server, consoleIgnore }, { onCleanup }) => {
    const watchdog = new Watchdog(pages, server.origin, consoleIgnore ? [consoleIgnore] : []);
    onCleanup(() => watchdog.finish());
    return watchdog;
  })
  .extend('page', async ({ contextOptions, watchdog }) => watchdog.open(contextOptions))
  .extend('watched', async ({ page, watchdog }) => watchdog.of(page))
  .extend(
    'newPage',
    async ({ watchdog }) =>
      (options: BrowserContextOptions = {}) =>
        watchdog.open(options),
  )
  .extend(
    'ignoreConsole',
    async ({ watchdog }) =>
      (pattern: RegExp) =>
        watchdog.ignore(pattern),
  );

export const it = test;
