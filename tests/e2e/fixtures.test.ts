/**
 * The browser tests' safety net (tests/helpers/fixtures.ts) in Chromium: a
 * page that breaks the Content Security Policy, logs an error or asks another
 * origin for anything fails the test it ran in, without that test checking;
 * a message the test says it expects does not. The first two are marked
 * `fails`: each records the problem it causes, so it passes only if the
 * fixtures then fail it.
 */
import { describe, expect } from 'vitest';
import { createServer } from 'node:net';
import { it } from '../helpers/fixtures';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the browser-test fixtures', () => {
  it.fails('fail a test whose page breaks the Content Security Policy', async ({ page, server, watched }) => {
    await page.goto(server.url);
    // An inline style attribute: the policy has no 'unsafe-inline' for styles.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(() => watched.problems).toContainEqual(expect.stringContaining('CSP violation: style-src-attr'));
  });

  it.fails('fail a test whose page asks another origin for anything', async ({ page, server, watched }) => {
    await page.goto(server.url);
    // Another origin where nothing answers: a port of the loopback address that was free a moment ago.
    const elsewhere = `http://127.0.0.1:${await freePort()}/`;
    await page.goto(elsewhere).catch(() => {});
    expect(watched.requests).toContain(elsewhere);
  });

  it('let a test expect a console message', async ({ page, server, watched, ignoreConsole }) => {
    ignoreConsole(/expected by this test/);
    await page.goto(server.url);
    await page.evaluate(() => console.error('expected by this test'));
    await expect.poll(() => watched.problems).toEqual([expect.stringContaining('expected by this test')]);
  });
});
