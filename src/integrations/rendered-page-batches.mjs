// @ts-check
/**
 * Pages handed on in batches while the rest are still being rendered, so that
 * a second process (the search index's) can read them in the meantime.
 *
 * A page is reported once Astro has rendered it, before Astro writes its file,
 * with the size that file will have. Astro renders a few pages at a time
 * (build.concurrency), so a page is handed on only once many more have been
 * rendered after it, by which time its file has long been written; it is handed
 * on only if its file has that size then, and is otherwise left for the end.
 * Each file's size is taken when it is handed on, and `stop()` names every file
 * that has changed since: its reader may have seen it half-written.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Paths a glob can name as they are: anything else (a bracket, a brace, a comma, a star…) is left for the end,
 * when the whole site is indexed by pattern instead.
 */
const PLAIN_PATH = /^[\w./-]+$/;

/** @param {string} file */
export const isPlainPath = (file) => PLAIN_PATH.test(file);

export class RenderedPageBatches {
  /** @type {string[]} pages rendered and not yet handed on */
  #pending = [];
  /** how many pages have been put in batches */
  #batched = 0;
  /** @type {Map<string, number>} pages handed on, with their sizes then */
  #sent = new Map();
  /** @type {Map<string, number | undefined>} every page reported, handed on or not, with its file's size if told */
  #rendered = new Map();
  /** @type {Promise<void>} */
  #chain = Promise.resolve();
  /** @type {unknown} */
  #error;
  #stopped = false;
  /** @type {Promise<{ sent: Set<string>, rendered: Set<string>, changed: string[], error: unknown }> | undefined} */
  #stopping;

  /**
   * @param {object} o
   * @param {string} o.siteDir the output folder
   * @param {string} o.base the base path every address begins with and no file does ("/" or "/repo/")
   * @param {(file: string) => boolean} o.wanted which files, by path below siteDir with "/", to hand on
   * @param {(files: string[]) => Promise<unknown>} o.send called with one batch at a time, the next only once the
   *   last has settled
   * @param {number} [o.firstBatch] pages in the first batch. Each batch costs the reader a walk of the output folder,
   *   so they grow, each as large as all before it, up to `maxBatch`: a small site is read early too, and a large
   *   one in a dozen walks.
   * @param {number} [o.maxBatch]
   * @param {number} [o.margin] pages rendered after a page before it is handed on
   */
  constructor({ siteDir, base, wanted, send, firstBatch = 32, maxBatch = 1000, margin = 32 }) {
    this.siteDir = siteDir;
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.wanted = wanted;
    this.send = send;
    this.firstBatch = firstBatch;
    this.maxBatch = maxBatch;
    this.margin = margin;
  }

  /**
   * One page rendered, by its address (a folder's, with the trailing slash the site's addresses take).
   * @param {string} pathname
   * @param {number} [size] the size of the file Astro is about to write for it, where known
   */
  rendered(pathname, size) {
    if (this.#stopped || this.#error !== undefined || !pathname.startsWith(this.base) || !pathname.endsWith('/')) return;
    const file = `${pathname.slice(this.base.length)}index.html`;
    if (!this.wanted(file)) return;
    this.#rendered.set(file, size);
    this.#pending.push(file);
    const batch = Math.min(this.maxBatch, Math.max(this.firstBatch, this.#batched));
    if (this.#pending.length < batch + this.margin) return;
    this.#batched += batch;
    this.#handOn(this.#pending.splice(0, batch));
  }

  /** @param {string[]} files */
  #handOn(files) {
    this.#chain = this.#chain
      .then(() => {
        if (this.#error !== undefined) return;
        const ready = [];
        for (const file of files) {
          const size = statSync(join(this.siteDir, file), { throwIfNoEntry: false })?.size;
          const whole = this.#rendered.get(file);
          if (!size || (whole !== undefined && size !== whole) || !isPlainPath(file)) continue;
          this.#sent.set(file, size);
          ready.push(file);
        }
        if (ready.length) return this.send(ready).then(() => undefined);
      })
      .catch((e) => {
        this.#error ??= e;
      });
  }

  /** Every file handed on so far, in order, the batch being sent included. */
  handedOn() {
    return [...this.#sent.keys()];
  }

  /**
   * Take no more pages, and wait for the batches on their way. Asked again, gives the same answer, without looking at
   * the files again.
   * @returns {Promise<{ sent: Set<string>, rendered: Set<string>, changed: string[], error: unknown }>} the files handed
   *   on; every file reported, handed on or not; those handed on whose size is not what it was then (or that are gone);
   *   the first error `send` threw, if any
   */
  stop() {
    this.#stopped = true;
    return (this.#stopping ??= this.#chain.then(() => {
      const changed = [...this.#sent]
        .filter(([file, size]) => statSync(join(this.siteDir, file), { throwIfNoEntry: false })?.size !== size)
        .map(([file]) => file);
      return { sent: new Set(this.#sent.keys()), rendered: new Set(this.#rendered.keys()), changed, error: this.#error };
    }));
  }
}
