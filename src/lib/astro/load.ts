/**
 * The model, built once per build from the collections the loader stored
 * (src/lib/astro/loader.ts has already checked them) and shared by every
 * page and endpoint.
 */
import { getCollection, getEntry } from 'astro:content';
import type { EntryFolder } from '../content/layout';
import type { Locale } from '../base/vocabulary';
import { bodyHtml } from './loader';
import { buildDate } from './build-date';
import { buildTaxonomy, type Taxonomy } from '../model/taxonomy';
import type { ValidContent } from '../model/validate';

let cached: Promise<Taxonomy> | undefined;

export function getTaxonomy(): Promise<Taxonomy> {
  cached ??= load();
  return cached;
}

/** A collection's entries as the model takes them: the checked data with its id and the file it came from. */
function located<T extends { id: string; filePath?: string | undefined; data: object }>(list: T[]): (T['data'] & { id: string; file: string })[] {
  return list.map(({ id, filePath, data }) => ({ ...data, id, file: filePath ?? id }));
}

async function load(): Promise<Taxonomy> {
  const [nodes, standards, risks, pages, sources, documents, later, regulations] = await Promise.all([
    getCollection('framework').then(located),
    getCollection('standards').then(located),
    getCollection('risks').then(located),
    getCollection('pages').then(located),
    getCollection('sources').then(located),
    getCollection('document').then(located),
    getCollection('later').then(located),
    getCollection('regulations').then(located),
  ]);
  const content: ValidContent = { nodes, standards, risks, pages, sources, document: documents[0]!, later, regulations };
  return buildTaxonomy(content, { today: buildDate() });
}

/** An entry's body HTML in one language, as the loader rendered it. */
export async function entryBody(collection: EntryFolder, id: string, locale: Locale): Promise<string> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return bodyHtml(entry, locale);
}
