/**
 * The one front door of `content/`, in the manner of Starlight's docsLoader():
 * each collection's loader reads the whole folder once through the site's own
 * reader (files.ts), runs every check (validate.ts) and only then stores its
 * entries, already parsed, with their bodies rendered. So a stray file, a
 * broken field or a dangling reference stops `astro build`, `astro check` and
 * `astro dev` with the file, the line or field, the value and what was
 * expected, and nothing reads the front matter a second time.
 *
 * Bodies are rendered here with the site's Markdown processor (and so its
 * sanitiser), one language block at a time, instead of being left to the MDX
 * integration: MDX gives every entry a Vite module of its own, which at ten
 * thousand entries costs most of the build's time and memory. The body check
 * (body-rules.ts) has already parsed each body as MDX and allowed nothing but
 * Markdown inside the <Zh> and <En> blocks, so rendering a block as Markdown
 * gives the HTML the MDX integration would.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { languageBlocks } from '../content/bilingual';
import { ContentError } from '../content/error';
import { readContent } from '../content/files';
import { resolve } from 'node:path';
import { contentRoot, ENTRY_FOLDERS, type Collection } from '../content/layout';
import { buildDate } from './build-date';
import type { RawContent } from '../model/types';
import { validateContent, type ValidContent } from '../model/validate';
import { LOCALES, type Bilingual, type Locale } from '../base/vocabulary';

/** Content as the loaders share it: every file read and checked once per change of the folder. */
interface Checked {
  raw: RawContent;
  valid: ValidContent;
}

let checked: Promise<Checked> | undefined;

/** Reads and checks the folder; the first collection to load does the work and the others share it. */
function checkedContent(): Promise<Checked> {
  // Every collection waits on the same check, so its problems are printed once, not once per collection.
  checked ??= Promise.resolve()
    .then(() => {
      const raw = readContent(contentRoot(), process.cwd());
      return { raw, valid: validateContent(raw, { today: buildDate() }) };
    })
    .catch((e: unknown) => {
      throw reported(e);
    });
  return checked;
}

/** The collection a validated entry list belongs to. */
const VALID_KEY: Record<Collection, keyof ValidContent> = {
  framework: 'nodes',
  standards: 'standards',
  risks: 'risks',
  pages: 'pages',
  later: 'later',
  regulations: 'regulations',
  sources: 'sources',
  document: 'document',
};

/**
 * Printed here rather than carried by the thrown error: Astro adds a hint about
 * browser APIs to any error whose text contains "document", as the name
 * document.yaml does, and would print a long list twice.
 */
function reported(e: unknown): Error {
  if (!(e instanceof ContentError)) return e as Error;
  console.error(`\n${e.message}\n`);
  const count = e.issues.length === 1 ? 'a problem' : `${e.issues.length} problems`;
  return new Error(`The content check found ${count}, listed above with the file and the line or field of each`);
}

/** An entry body's HTML in each language, kept in the content layer beside the entry. */
export interface BodyHtml {
  body: Bilingual;
}

async function renderBody(body: string, render: LoaderContext['renderMarkdown']): Promise<Bilingual> {
  const blocks = languageBlocks(body);
  const html = await Promise.all(LOCALES.map(async (l) => (await render(blocks[l][0] ?? '')).html));
  return Object.fromEntries(LOCALES.map((l, i) => [l, html[i]!])) as Bilingual;
}

/** Stores one collection's entries, skipping those whose data and body have not changed since the last build. */
async function sync(collection: Collection, { store, renderMarkdown, generateDigest }: LoaderContext): Promise<void> {
  const content = await checkedContent();
  const isEntryFolder = (ENTRY_FOLDERS as readonly string[]).includes(collection);
  const list = content.valid[VALID_KEY[collection]];
  const entries = Array.isArray(list) ? list : [list];
  const rawById = new Map(content.raw[collection].map((e) => [e.id, e]));
  const untouched = new Set(store.keys());
  for (const { id, file, ...data } of entries) {
    untouched.delete(id);
    const body = rawById.get(id)?.body ?? '';
    const digest = generateDigest({ data, body });
    if (store.get(id)?.digest === digest) continue;
    const rendered = isEntryFolder ? { html: '', metadata: { body: await renderBody(body, renderMarkdown) } satisfies BodyHtml } : undefined;
    store.set({ id, data, filePath: file, digest, ...(rendered ? { rendered } : {}) });
  }
  for (const id of untouched) store.delete(id);
}

/** In dev, the collections to load again when a file under content/ changes. */
const watched = new Map<Collection, LoaderContext>();

/** The loader of one collection. */
export function contentLoader(collection: Collection): Loader {
  return {
    name: 'content-loader',
    async load(context) {
      await sync(collection, context);
      const { watcher, logger } = context;
      if (!watcher) return;
      // One listener for every collection: an edit anywhere can change what any of them may hold.
      if (watched.size === 0) {
        watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(resolve(contentRoot()))) return;
          checked = undefined;
          for (const [c, ctx] of watched) sync(c, ctx).catch((e: Error) => logger.error(e.message));
        });
      }
      watched.set(collection, context);
    },
  };
}

/** An entry's body HTML in one language, from what the loader stored. */
export function bodyHtml(entry: { rendered?: { metadata?: Record<string, unknown> } }, locale: Locale): string {
  const body = (entry.rendered?.metadata as Partial<BodyHtml> | undefined)?.body;
  if (!body) throw new Error('This entry has no rendered body: only the entry folders (framework, standards, risks, pages, later, regulations) have one');
  return body[locale];
}
