/**
 * Which addresses content may link to. http is not private; other schemes
 * (javascript:, data:, vbscript:) can run code; so content links are https,
 * or relative links between pages of the site.
 */

/** Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so an address holding any is never safe. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f]/;

/** An absolute https address with a real host name. */
export function isHttpsUrl(url: string): boolean {
  if (INVISIBLE.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * An absolute https address, or a link relative to the current page. A link
 * from the site root ("/standards/…") would miss the base path the site may be
 * published under, and "//host" leaves the site.
 */
export function isAllowedBodyLink(url: string): boolean {
  if (INVISIBLE.test(url)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return isHttpsUrl(url);
  return !url.startsWith('/') && !url.startsWith('\\');
}
