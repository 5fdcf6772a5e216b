/** Facts about this build, for the exports. */
import type { ExportMeta } from './export';
import type { Taxonomy } from './taxonomy';
import { urls } from './urls';

export function exportMeta(tax: Taxonomy, site: URL | undefined): ExportMeta {
  return {
    datasetVersion: tax.document.dataset.version,
    // SOURCE_DATE_EPOCH makes builds reproducible when set; otherwise today.
    buildDate: new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString().slice(0, 10),
    siteUrl: new URL(urls.base, site ?? 'http://localhost/').href,
  };
}
