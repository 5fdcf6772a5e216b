// @ts-check
/**
 * The format of a take-away shard, as take-away-files.mjs writes and reads it: one line of JSON
 * listing each file's path and length in bytes, then the files' bytes one after another, in the same order.
 *
 * The loop that writes the files runs beside the search index's last step, when the build holds the most memory. A
 * shard in JSON came back as one string of several megabytes, then a string per file, each turned back into bytes to
 * be written. Bytes are written as they were read, as slices of the shard.
 */
import { Buffer } from 'node:buffer';

/**
 * @param {{ path: string, body: string }[]} files
 * @returns {Buffer}
 */
export function packFiles(files) {
  const lengths = files.map((f) => Buffer.byteLength(f.body));
  const head = Buffer.from(`${JSON.stringify(files.map((f, i) => [f.path, lengths[i]]))}\n`);
  const packed = Buffer.allocUnsafe(head.length + lengths.reduce((a, b) => a + b, 0));
  let at = head.copy(packed);
  for (const f of files) at += packed.write(f.body, at);
  return packed;
}

/**
 * A shard's files, their bodies slices of `packed`. Throws with what is wrong if the list is not a list of
 * `[path, length]` or the lengths do not add up to the shard's size.
 * @param {Buffer} packed
 * @returns {{ path: string, body: Buffer }[]}
 */
export function unpackFiles(packed) {
  const end = packed.indexOf(0x0a);
  if (end < 0) throw new Error('has no list of files: expected a first line of JSON, [[path, bytes], …]');
  /** @type {unknown} */
  let list;
  try {
    list = JSON.parse(packed.toString('utf8', 0, end));
  } catch (e) {
    throw new Error(`has a first line that is not JSON (${e instanceof Error ? e.message : String(e)}); expected [[path, bytes], …]`, { cause: e });
  }
  if (!Array.isArray(list)) throw new Error('has a first line that is not a list; expected [[path, bytes], …]');
  let at = end + 1;
  const files = list.map((item, i) => {
    const [path, length] = Array.isArray(item) ? item : [];
    if (typeof path !== 'string' || !Number.isSafeInteger(length) || length < 0) {
      throw new Error(`has item ${i} ${JSON.stringify(item)}; expected [path, bytes]`);
    }
    const body = packed.subarray(at, at + length);
    at += length;
    return { path, body };
  });
  if (at !== packed.length) {
    throw new Error(`lists ${at - end - 1} bytes of files and holds ${packed.length - end - 1}; expected the two to match (a shard cut short?)`);
  }
  return files;
}
