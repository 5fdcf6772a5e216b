/**
 * Where each collection's files live. Field definitions are in src/lib/schema.ts
 * and are enforced by the model's validation (src/lib/validate.ts), which reports a
 * bad file with its path, field, value and what was expected — Astro's own
 * schema check would stop the build first with a less specific message.
 *
 * CONTENT_DIR lets tests and benchmarks build the site from another folder.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';

const root = process.env.CONTENT_DIR ?? './content';

const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `${root}/${folder}` });

export const collections = {
  framework: defineCollection({ loader: mdx('framework') }),
  standards: defineCollection({ loader: mdx('standards') }),
  risks: defineCollection({ loader: mdx('risks') }),
  pages: defineCollection({ loader: mdx('pages') }),
  /** Documents published after V1.0: kept apart, never counted as V1.0. */
  later: defineCollection({ loader: mdx('later') }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`) }),
  document: defineCollection({ loader: file(`${root}/document.yaml`) }),
};
