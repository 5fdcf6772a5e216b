/**
 * The model, built once per build from the collections the loader stored
 * (src/lib/astro/loader.ts has already checked them) and shared by every
 * page and endpoint.
 */
import { getCollection } from 'astro:content';
import type { EntryFolder } from '../content/layout';
import type { Locale } from '../base/vocabulary';
import { bodyHtml } from './loader';
import { buildDate } from './build-date';
import { buildTaxonomy, type Taxonomy } from '../model/taxonomy';
import type { ValidContent } from '../model/validate';

/** The model, and every entry as the loader stored it, by collection and id: the bodies are read from there. */
interface Loaded {
  tax: Taxonomy;
  entries: Map<string, Parameters<typeof bodyHtml>[0]>;
}

let cached: Promise<Loaded> | undefined;

export async function getTaxonomy(): Promise<Taxonomy> {
  return (await loaded()).tax;
}

function loaded(): Promise<Loaded> {
  cached ??= load();
  return cached;
}

/** A collection's entries as the model takes them: the checked data with its id and the file it came from. */
function located<T extends { id: string; filePath?: string | undefined; data: object }>(list: T[]): (T['data'] & { id: string; file: string })[] {
  return list.map(({ id, filePath, data }) => ({ ...data, id, file: filePath ?? id }));
}

const entryKey = (collection: string, id: string) => `${collection}\u0000${id}`;

async function load(): Promise<Loaded> {
  const collections = await Promise.all([
    getCollection('framework'),
    getCollection('standards'),
    getCollection('risks'),
    getCollection('pages'),
    getCollection('sources'),
    getCollection('document'),
    getCollection('later'),
    getCollection('regulations'),
  ]);
  const [nodes, standards, risks, pages, sources, documents, later, regulations] = collections;
  const content: ValidContent = {
    nodes: located(nodes),
    standards: located(standards),
    risks: located(risks),
    pages: located(pages),
    sources: located(sources),
    document: located(documents)[0]!,
    later: located(later),
    regulations: located(regulations),
  };
  // One lookup per page instead of getEntry(), which waits on the store and on a module import at every call: ten
  // thousand calls at five thousand standards, for a body that is already here.
  const entries = new Map(collections.flat().map((e) => [entryKey(e.collection, e.id), e]));
  return { tax: buildTaxonomy(content, { today: buildDate() }), entries };
}

/** An entry's body HTML in one language, as the loader rendered it. */
export async function entryBody(collection: EntryFolder, id: string, locale: Locale): Promise<string> {
  const entry = (await loaded()).entries.get(entryKey(collection, id));
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return bodyHtml(entry, locale);
}
