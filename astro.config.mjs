// @ts-check
import { DEFAULT_LOCALE, HTML_LANG } from './src/lib/base/vocabulary.ts';
import { normaliseBase } from './src/lib/site/urls.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.mjs';
import prerenderBytes from './src/integrations/prerender-bytes.mjs';
import takeAwayFiles from './src/integrations/take-away-files.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { bodySanitiser } from './src/lib/content/body-sanitiser.ts';
import { sitemapLanguageLinks } from './src/lib/site/sitemap.ts';

// GitHub Pages project sites live under /<repo>/, so the base path and the
// public URL come from the environment at build time.
const base = normaliseBase(process.env.BASE_PATH);
const LOCAL_SITE = 'http://localhost:4321';
const site = process.env.SITE_URL || LOCAL_SITE;

/**
 * Canonical links, the sitemap, citations and the data exports all carry the public
 * address. A build on CI is one that gets published, so there a missing SITE_URL stops
 * the build instead of writing localhost into all of them; a build on your own machine
 * (`npm start`, `npm run build`) falls back to localhost and says so.
 * @returns {import('astro').AstroIntegration}
 */
function requireSiteUrl() {
  return {
    name: 'require-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env.SITE_URL) return;
        const what = `SITE_URL is not set, so canonical links, the sitemap, citations and data exports would point at ${LOCAL_SITE}.`;
        const fix = 'Set SITE_URL to the public address of the site, e.g. SITE_URL=https://<user>.github.io (with BASE_PATH=/<repo>/ for a project site).';
        if (process.env.CI || process.env.GITHUB_ACTIONS) throw new Error(`${what} ${fix}`);
        logger.warn(`${what} That is fine for a local preview. ${fix}`);
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  // Tests and benchmarks build several variants side by side.
  outDir: process.env.OUT_DIR || './dist',
  // …and a build's cache must not be shared with another build running at the same time.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Everything ships as files so the Content Security Policy can forbid inline code.
    inlineStylesheets: 'never',
    // Each page waits twice for the disk (a folder, then its file); with one page at a time the renderer sat
    // idle through every wait, a third of the time on a busy machine. A few pages in flight fill those gaps.
    concurrency: 4,
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The tree starts no d3 transition, so d3-zoom gets a no-op in place of d3-transition (see the stand-in for why).
    resolve: { alias: { 'd3-transition': fileURLToPath(new URL('./src/scripts/d3-transition-stand-in.ts', import.meta.url)) } },
  },
  // Entry bodies are checked before the build (src/lib/content/files.ts); the sanitiser is the second line of defence.
  // No syntax highlighting: its colours are inline styles, which the sanitiser removes and the pages' Content Security
  // Policy (style-src 'self') would block, and the highlighter it starts held 16 MB of the build's memory throughout.
  markdown: { processor: satteri({ hastPlugins: [bodySanitiser] }), syntaxHighlight: false },
  integrations: [
    requireSiteUrl(),
    // Each page's bytes read once, not copied through a second Response (see the integration).
    prerenderBytes(),
    mdx(),
    // Each page lists its other-language version, found in one pass.
    sitemap(sitemapLanguageLinks(new URL(base, site).href, DEFAULT_LOCALE, HTML_LANG)),
    // Each standard's own files (JSON record, twins, feeds, CSL-JSON, BibTeX, RIS), written in one loop from the shards a
    // route rendered; served from the same list by one route in development.
    takeAwayFiles(),
    // Pagefind runs last, on the finished HTML; it names languages in lower case ("zh-cn").
    pagefind({ languages: Object.values(HTML_LANG).map((l) => l.toLowerCase()) }),
  ],
  // INCREMENTAL_BUILD=1: a standard's page whose code and key (src/lib/astro/page-keys.ts) are unchanged is copied
  // from the cache (cacheDir) instead of rendered. Off by default: the first build writes every page twice.
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD === '1' },
  devToolbar: { enabled: false },
  prefetch: false,
});
