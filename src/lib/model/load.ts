/**
 * The bridge from Astro's content layer to the model. Built once per build and
 * shared by every page and endpoint.
 */
import { getCollection } from 'astro:content';
import { COLLECTIONS, type Collection } from '../content/layout';
import { buildTaxonomy, type RawEntry, type Taxonomy } from './taxonomy';

let cached: Promise<Taxonomy> | undefined;

export function getTaxonomy(): Promise<Taxonomy> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Taxonomy> {
  const lists = await Promise.all(COLLECTIONS.map((n) => getCollection(n)));
  const raw = Object.fromEntries(
    COLLECTIONS.map((n, i) => [n, (lists[i] as RawEntry[]).map(({ id, filePath, data, body }) => ({ id, filePath, data, body }))]),
  ) as Record<Collection, RawEntry[]>;
  return buildTaxonomy(raw);
}
