/**
 * The collections, each with its schema (src/lib/content/schema.ts) and the one
 * loader of content/ (src/lib/astro/loader.ts). The loader checks the whole
 * folder before it stores anything, so a bad file stops the build with its path,
 * the line or field, the value and what was expected; the schemas give the
 * collections their types.
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/astro/loader';
import { documentSchema, laterDocumentSchema, nodeSchema, pageSchema, regulationSchema, riskSchema, sourceSchema, standardSchema } from './lib/content/schema';

export const collections = {
  framework: defineCollection({ loader: contentLoader('framework'), schema: nodeSchema }),
  standards: defineCollection({ loader: contentLoader('standards'), schema: standardSchema }),
  risks: defineCollection({ loader: contentLoader('risks'), schema: riskSchema }),
  pages: defineCollection({ loader: contentLoader('pages'), schema: pageSchema }),
  later: defineCollection({ loader: contentLoader('later'), schema: laterDocumentSchema }),
  regulations: defineCollection({ loader: contentLoader('regulations'), schema: regulationSchema }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: sourceSchema }),
  document: defineCollection({ loader: contentLoader('document'), schema: documentSchema }),
};
