// @ts-check
/**
 * Makes a cold search one short chain instead of seven waits in a row. Once
 * Pagefind has written the index, each search page is given:
 *
 *   - in its head, `modulepreload` for its own scripts' static imports, which
 *     the browser would otherwise find only once the first had run;
 *   - on the <site-search> element, the index's name, this language's
 *     WebAssembly and the build's cache tag. The page's script asks for the
 *     engine's files by these names all at once when it needs the engine, not
 *     from the head (why: `prefetch()` in src/scripts/search-engine.ts), and
 *     fetches nothing to learn them: the entry file is fetched once, by
 *     Pagefind, with the tag that its `metaCacheTag` option gives it, and that
 *     request is the preloaded one.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The search pages, below the output folder: one per language. */
export const SEARCH_PAGES = ['search/index.html', 'en/search/index.html'];

/**
 * The build's id as Pagefind's `metaCacheTag`: a digest of the entry file,
 * which names every index file, so it changes whenever the index does.
 * @param {string} entryText
 */
export function cacheTag(entryText) {
  return createHash('sha256').update(entryText).digest('hex').slice(0, 12);
}

/**
 * The index language of a page's `<html lang>`, as Pagefind names them ("zh-CN" → "zh-cn").
 * @param {Record<string, unknown>} languages
 * @param {string} htmlLang
 */
function indexLanguage(languages, htmlLang) {
  const lang = htmlLang.toLowerCase();
  return lang in languages ? lang : Object.keys(languages).find((l) => l === lang.split('-')[0]);
}

/**
 * Every module a script imports statically, itself not included, in the order a browser meets them.
 * @param {string} siteDir
 * @param {string} src the script's address, as the page gives it
 * @param {string} base the site's base path
 */
async function staticImports(siteDir, src, base) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} url */
  const visit = async (url) => {
    const file = join(siteDir, url.slice(base.length));
    if (!existsSync(file)) return;
    const code = await readFile(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      const next = new URL(/** @type {string} */ (spec), `http://x${url}`).pathname;
      if (found.includes(next)) continue;
      found.push(next);
      await visit(next);
    }
  };
  await visit(src);
  return found;
}

/**
 * @param {string} siteDir the built site
 * @param {string} bundleDir the folder Pagefind wrote
 * @returns {Promise<number>} how many search pages were given the hints
 */
export async function preloadSearchIndex(siteDir, bundleDir) {
  const entryText = await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8');
  const { languages = {} } = JSON.parse(entryText);
  const tag = cacheTag(entryText);
  let done = 0;
  for (const page of SEARCH_PAGES) {
    const file = join(siteDir, page);
    if (!existsSync(file)) continue;
    let html = await readFile(file, 'utf8');
    const bundle = /<site-search[^>]*\sdata-bundle="([^"]+)"/.exec(html)?.[1];
    const htmlLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (!bundle || !htmlLang) throw new Error(`${file}: expected <html lang> and <site-search data-bundle>, found ${bundle ? 'no lang' : 'no data-bundle'}`);
    const lang = indexLanguage(languages, htmlLang);
    if (!lang) throw new Error(`${file}: no search index for <html lang="${htmlLang}"> among [${Object.keys(languages).join(', ')}]`);
    const { hash, wasm } = languages[lang];
    const base = bundle.replace(/pagefind\/$/, '');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => /** @type {string} */ (m[1]));
    const modules = [...new Set((await Promise.all(scripts.map((s) => staticImports(siteDir, s, base)))).flat())];
    const hints = modules.map((m) => `<link rel="modulepreload" href="${m}">`);
    // Right after the page's own scripts, which the browser should ask for first; else at the end of the head.
    const head = html.slice(0, html.indexOf('</head>'));
    const lastScript = [...head.matchAll(/<script type="module" src="[^"]+"><\/script>/g)].at(-1);
    const at = lastScript ? /** @type {number} */ (lastScript.index) + lastScript[0].length : head.length;
    html = (html.slice(0, at) + hints.join('') + html.slice(at)).replace(
      /<site-search\b/,
      `<site-search data-index="${hash}" data-wasm="${wasm ?? 'unknown'}" data-cache-tag="${tag}"`,
    );
    await writeFile(file, html);
    done++;
  }
  return done;
}
