/** A standard's files for reference managers, as its page offers them: each with its media type and a short label. */
import { t } from '../i18n/ui';
import type { Locale } from '../base/vocabulary';
import { urls } from '../site/urls';

export interface ReferenceFile {
  href: string;
  type: string;
  label: string;
  /** The value of the link's data-reference-file attribute. */
  attr: string;
}

export function referenceFiles(id: string, locale: Locale): ReferenceFile[] {
  return [
    { href: urls.data(`standards/${id}.csl.json`), type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON', attr: 'csl' },
    { href: urls.data(`standards/${id}.bib`), type: 'application/x-bibtex', label: 'BibLaTeX', attr: 'bib' },
    { href: urls.data(`standards/${id}.bibtex.bib`), type: 'application/x-bibtex', label: t(locale, 'classicBibtex'), attr: 'bibtex' },
    { href: urls.data(`standards/${id}.ris`), type: 'application/x-research-info-systems', label: 'RIS', attr: 'ris' },
  ];
}
