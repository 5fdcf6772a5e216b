/** What every export says of the build it came from. */
import type { ExportMeta } from './export';
import type { Taxonomy } from '../model/types';
import { siteUrl } from '../site/urls';

export function exportMeta(tax: Taxonomy, site: URL | undefined): ExportMeta {
  return {
    datasetVersion: tax.document.dataset.version,
    buildDate: tax.today,
    siteUrl: siteUrl(site),
  };
}
