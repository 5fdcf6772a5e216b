// @ts-check
/**
 * How the shard route (take-away-shard.ts), which runs in the bundle Astro renders with, hands its files to the
 * integration (take-away-files.mjs) that writes them. Both run in the build's one process, but the route runs in the
 * bundle Astro renders with, which holds its own copy of this module, so a registry-wide symbol on the global object
 * joins them.
 *
 * Returned as the route's body, a shard was turned into one JSON string, then into bytes by the response, then copied
 * into a buffer of Astro's own before it was written. At 5 000 standards the 22 shards took 10.3–10.8 s of the pages'
 * render time between them; handed over, packed once and written at once, 2.3 s.
 */
const RECEIVER = Symbol.for('ai-safety-standards.take-away-shard');

/**
 * @typedef {(name: string, files: { path: string, body: string }[]) => void} ShardReceiver
 */

/** @param {ShardReceiver | undefined} receiver called with each shard's name and files, or none to stop receiving */
export function onTakeAwayShard(receiver) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[RECEIVER] = receiver;
}

/**
 * @param {string} name
 * @param {{ path: string, body: string }[]} files
 */
export function handOverTakeAwayShard(name, files) {
  const receiver = /** @type {Record<symbol, ShardReceiver | undefined>} */ (globalThis)[RECEIVER];
  if (!receiver) throw new Error(`take-away shard ${name}: nothing receives it; expected a build with the take-away files' integration`);
  receiver(name, files);
}
