/** Facts about this build: its date, and what the exports say of it. */
import type { ExportMeta } from '../exports/export';
import type { Taxonomy } from './types';
import { urls } from '../site/urls';

/** The build date (UTC), "YYYY-MM-DD": SOURCE_DATE_EPOCH makes builds reproducible when set; otherwise today. */
export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
}

export function exportMeta(tax: Taxonomy, site: URL | undefined): ExportMeta {
  return {
    datasetVersion: tax.document.dataset.version,
    buildDate: buildDate(),
    siteUrl: new URL(urls.base, site ?? 'http://localhost/').href,
  };
}
