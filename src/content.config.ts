/**
 * Where each collection's files live (src/lib/content/layout.ts lists them).
 * Field definitions are in src/lib/content/schema.ts and are enforced by the model's
 * validation (src/lib/model/validate.ts), which reports a bad file with its path,
 * field, value and what was expected — Astro's own schema check would stop the
 * build first with a less specific message. Files Astro never sees (stray
 * files, names that differ only in case, broken YAML) are checked before the
 * collections are defined, below.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checkContentFolder } from './lib/content/check';
import { contentRoot, DATA_FILES, ENTRY_FOLDERS, type EntryFolder } from './lib/content/layout';

const root = contentRoot();
// Runs on every build, check and dev start, before any loader reads a file.
checkContentFolder(root);

const entries = Object.fromEntries(
  ENTRY_FOLDERS.map((folder) => [folder, defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/${folder}` }) })]),
) as Record<EntryFolder, ReturnType<typeof defineCollection>>;

export const collections = {
  ...entries,
  sources: defineCollection({ loader: file(`${root}/${DATA_FILES.sources}`) }),
  document: defineCollection({ loader: file(`${root}/${DATA_FILES.document}`) }),
};
