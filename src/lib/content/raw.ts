/**
 * Content as it is read, before any check: the shapes the reader (files.ts)
 * and the loader hand over, and the model is built from.
 */
import type { ContentIssue } from './error';
import type { Collection } from './layout';

/** An entry as a loader hands it over: the shape of Astro's collection entries. */
export interface RawEntry {
  id: string;
  filePath?: string;
  data: unknown;
  body?: string;
  /** Set when the file itself could not be read (its problem is among the file issues); its id still counts for references. */
  unreadable?: true;
  /** Set when the body could not be parsed (reported among the file issues), so its language blocks are not checked. */
  bodyUnreadable?: true;
}

/** The collections the model is built from, each as its loader hands it over. */
export type RawContent = Record<Collection, RawEntry[]> & {
  /** Problems found while reading the files themselves: stray files, syntax, markup in bodies. */
  fileIssues?: ContentIssue[];
  /** Data files that failed to load, by collection: references into them cannot be checked. */
  unreadable?: Partial<Record<Collection, string>>;
};
