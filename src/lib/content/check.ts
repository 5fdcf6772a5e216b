/**
 * Checks the whole content folder before Astro loads it: files Astro would
 * skip or merge without a word, YAML and front-matter syntax, markup in
 * bodies, then every field and cross-reference through the model. Astro's
 * loaders would otherwise pass over a stray file, keep one of two files whose
 * names differ only in case, and report a broken YAML file without its reason.
 */
import { readContent } from './files';
import { ContentError } from './error';
import { buildTaxonomy } from '../model/taxonomy';

/** Prints every problem in the folder, each with its file and line or field, and stops the build. */
export function checkContentFolder(dir: string): void {
  try {
    buildTaxonomy(readContent(dir, process.cwd()));
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    // Printed here, not carried by the thrown error: Astro adds a hint about browser
    // APIs to any error whose text contains "document", as the name document.yaml does.
    console.error(`\n${e.message}\n`);
    const count = e.issues.length === 1 ? 'a problem' : `${e.issues.length} problems`;
    // eslint-disable-next-line preserve-caught-error -- the problems are printed above; carried along, they would be printed twice
    throw new Error(`The content check found ${count}, listed above with the file and the line or field of each`);
  }
}
