// @ts-check
/**
 * How the build learns, page by page, what Astro has rendered: the middleware
 * (rendered-pages-middleware.ts), which runs in the bundle Astro renders with,
 * reports each address here, and the search index step (pagefind.mjs) listens.
 * Both run in the build's one process, so a registry-wide symbol on the global
 * object joins them; nothing else of the bundle reaches the integrations.
 */
const LISTENER = Symbol.for('ai-safety-standards.rendered-page');

/**
 * @param {((pathname: string) => void) | undefined} listener called with each rendered page's address (with the
 *   base path), or none to stop listening
 */
export function onRenderedPage(listener) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[LISTENER] = listener;
}

/** @param {string} pathname */
export function reportRenderedPage(pathname) {
  const listener = /** @type {Record<symbol, ((pathname: string) => void) | undefined>} */ (globalThis)[LISTENER];
  listener?.(pathname);
}
