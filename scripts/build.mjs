// @ts-check
/**
 * `npm run build`: Astro's build, started with the environment in scripts/build.env.
 *
 * Those settings are read by memory allocators. The C library's reads its settings once, as the process starts,
 * before Node reads an `--env-file` or runs any code, so the build runs in a process of its own, started with them.
 * A variable already set in the environment wins over the file. Arguments are passed on (`npm run build -- --silent`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

const settings = parseEnv(readFileSync(new URL('./build.env', import.meta.url), 'utf8'));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

// --expose-gc: the build collects its garbage once, before the search index is written (src/integrations/pagefind.mjs).
const build = spawn(process.execPath, ['--expose-gc', astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...settings, ...process.env } });
// Ctrl-C reaches both processes from the terminal; a signal sent to this one alone is passed on.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => build.kill(signal));
build.on('error', (e) => {
  console.error(`Could not start the build: ${e.message}`);
  process.exit(1);
});
build.on('exit', (code, signal) => {
  if (code !== null) process.exit(code);
  // Ended by a signal: end this process by the same one, as the shell would report it, not by the handler above.
  process.removeAllListeners(signal ?? 'SIGTERM');
  process.kill(process.pid, signal ?? 'SIGTERM');
});
