// @ts-check
/**
 * How the build learns, page by page, what Astro has rendered: the build's prerenderer (prerender-bytes.mjs) reports
 * each page it renders, with the size of the file Astro is about to write for it, and the search index step
 * (pagefind.mjs) listens. Both are integrations of the build's one process.
 */

/** @typedef {(pathname: string, size: number | undefined) => void} RenderedPageListener */

/** @type {RenderedPageListener | undefined} */
let listener;

/**
 * @param {RenderedPageListener | undefined} next called with each rendered page's address (with the base path) and
 *   the size of its file-to-be where known, or none to stop listening
 */
export function onRenderedPage(next) {
  listener = next;
}

/**
 * @param {string} pathname
 * @param {number} [size]
 */
export function reportRenderedPage(pathname, size) {
  listener?.(pathname, size);
}
