/**
 * Watches browser pages for what a reader would never see but must not happen:
 * console errors, uncaught script errors and Content Security Policy violations,
 * and records every request so tests can check nothing left the site's origin.
 *
 * The browser-test fixtures (tests/helpers/fixtures.ts) watch every page they
 * open and check it after each test, so every test that loads a page is
 * checked, also when it runs alone.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Watched {
  /** Console errors, script errors and CSP violations seen so far, each with the page's URL. */
  problems: string[];
  /** Every URL requested so far. */
  requests: string[];
}

export interface WatchOptions {
  /** Console messages to ignore, e.g. the 404 status of a page requested on purpose. */
  ignore?: RegExp;
}

/** Reports CSP violations to the console; added once per page or context, so visits do not pile it up. */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
}

/** Starts watching a page, or every page of a context. Call once, before the first visit. */
export async function watch(target: Page | BrowserContext, options: WatchOptions = {}): Promise<Watched> {
  const w: Watched = { problems: [], requests: [] };
  const keep = (where: string, text: string) => {
    if (!options.ignore?.test(text)) w.problems.push(`${where}: ${text}`);
  };
  await target.addInitScript(reportViolations);
  // A page has `pageerror`; a context reports the same as `weberror`.
  if ('goto' in target) {
    target.on('console', (m) => m.type() === 'error' && keep(target.url(), `console error: ${m.text()}`));
    target.on('pageerror', (e) => keep(target.url(), e.message));
    target.on('request', (r) => w.requests.push(r.url()));
  } else {
    target.on('console', (m) => m.type() === 'error' && keep(m.page()?.url() ?? '?', `console error: ${m.text()}`));
    target.on('weberror', (e) => keep(e.page()?.url() ?? '?', e.error().message));
    target.on('request', (r) => w.requests.push(r.url()));
  }
  return w;
}

/** The problems seen since the last call, clearing them, so each test answers for its own. */
export function takeProblems(w: Watched): string[] {
  return w.problems.splice(0);
}
