// @ts-check
/**
 * Runs `task(i)` for every i below `count`, at most `limit` at a time: enough
 * file operations in flight that the build does not wait on the disk for each
 * in turn, and not so many that it runs out of file handles.
 * @param {number} count
 * @param {number} limit
 * @param {(i: number) => Promise<void>} task
 */
export async function atOnce(count, limit, task) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) await task(i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}
