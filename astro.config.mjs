// @ts-check
import { HTML_LANG } from './src/lib/vocabulary.ts';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { bodySanitiser } from './src/lib/body-sanitiser.ts';

// GitHub Pages project sites live under /<repo>/, so the base path and the
// public URL come from the environment at build time.
const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || 'http://localhost:4321';

/** @param {string | undefined} value */
function normaliseBase(value) {
  if (!value || value === '/') return '/';
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

export default defineConfig({
  site,
  base,
  // Tests and benchmarks build several variants side by side.
  outDir: process.env.OUT_DIR || './dist',
  // …and a build's cache must not be shared with another build running at the same time.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Everything ships as files so the Content Security Policy can forbid inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Pagefind runs last, on the finished HTML; it names languages in lower case ("zh-cn").
  // Entry bodies are checked before the build (src/lib/content-files.ts); the sanitiser is the second line of defence.
  markdown: { processor: satteri({ hastPlugins: [bodySanitiser] }) },
  integrations: [mdx(), sitemap(), pagefind({ languages: Object.values(HTML_LANG).map((l) => l.toLowerCase()) })],
  devToolbar: { enabled: false },
  prefetch: false,
});
