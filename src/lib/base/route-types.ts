/**
 * The site's routes and data files, as types: what every layer may name (an
 * event links to a page, an export to a file); site/urls.ts turns them into
 * paths and URLs.
 */

export type Route =
  | { page: 'home' }
  | { page: 'framework'; focus?: string }
  | { page: 'node'; id: string }
  | { page: 'standards' }
  | { page: 'standard'; id: string }
  | { page: 'risks' }
  | { page: 'risk'; id: string }
  | { page: 'about' }
  | { page: 'about-site' }
  | { page: 'about-data' }
  | { page: 'search'; q?: string }
  /** The timeline, narrowed to one value of one facet, and one year's page when it is split by year. */
  | { page: 'timeline'; filter?: { facet: 'part' | 'kind' | 'event'; value: string }; slice?: string }
  | { page: 'later' }
  | { page: 'later-document'; id: string }
  | { page: 'regulations' }
  | { page: 'regulation'; id: string }
  /** The whole system on one page, for print. */
  | { page: 'print' };

export type DataFile =
  | 'standards.json'
  | 'standards.csv'
  | 'standards.schema.json'
  | 'standards.bib'
  | 'standards.bibtex.bib'
  | 'standards.ris'
  | 'standards.csl.json'
  | 'framework.json'
  /** Every relationship on the site, one edge a row, and its JSON Schema. */
  | 'relationships.csv'
  | 'relationships.json'
  | 'relationships.schema.json'
  /** One standard's record, the same object as in standards.json. */
  | `standards/${string}.json`
  /** One standard for reference managers: CSL-JSON, BibLaTeX, classic BibTeX, RIS. */
  | `standards/${string}.csl.json`
  | `standards/${string}.bib`
  | `standards/${string}.bibtex.bib`
  | `standards/${string}.ris`;

/** Pages that have a Markdown twin beside them and a feed of their own. */
export type TwinRoute = Extract<Route, { page: 'standard' | 'node' | 'risk' | 'later-document' | 'regulation' }>;
export type FeedScope = Extract<Route, { page: 'standard' | 'node' }>;
