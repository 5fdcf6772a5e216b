/**
 * The browser the tests drive through playwright-core; no browser is ever downloaded.
 * Looked for in this order: the executable named by CHROMIUM_PATH, an installed
 * Google Chrome (playwright's `chrome` channel: the usual place on Linux, macOS and
 * Windows), then Debian's Chromium at /usr/bin/chromium.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { existsSync } from 'node:fs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const NOT_FOUND =
  'No browser for the browser tests. Set CHROMIUM_PATH to a Chrome or Chromium executable ' +
  '(macOS: CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; ' +
  'Windows: CHROMIUM_PATH="C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"), ' +
  `install Google Chrome, or on Debian/Ubuntu install Chromium at ${DEBIAN_CHROMIUM} (apt-get install -y chromium).`;

/** How the browser was found: by path or through the installed-Chrome channel. */
export type BrowserSource = { executablePath: string } | { channel: 'chrome' };

/** Once a file has found its browser, later launches in it skip the search. */
let found: BrowserSource | undefined;

/** Playwright says the channel's executable is missing; any other launch error is real and is passed on. */
const isMissingChrome = (e: unknown) => /distribution 'chrome' is not (found|supported)/.test(String((e as Error)?.message ?? e));

export async function launchBrowser(options: Omit<LaunchOptions, 'executablePath' | 'channel' | 'args'> = {}): Promise<Browser> {
  const launch = (source: BrowserSource) => chromium.launch({ ...options, ...source, args: ARGS });
  if (found) return launch(found);

  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${NOT_FOUND}`);
    found = { executablePath: fromEnv };
    return launch(found);
  }
  try {
    const browser = await launch({ channel: 'chrome' });
    found = { channel: 'chrome' };
    return browser;
  } catch (e) {
    if (!isMissingChrome(e)) throw e;
  }
  if (existsSync(DEBIAN_CHROMIUM)) {
    found = { executablePath: DEBIAN_CHROMIUM };
    return launch(found);
  }
  throw new Error(NOT_FOUND);
}
