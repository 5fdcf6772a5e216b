/**
 * Where content lives: the folders of `.mdx` entries and the YAML data files,
 * listed once. The collections, the file check, the model and the test loader
 * all read these lists, so a new entry folder is one line here.
 */

/**
 * Folders of `content/` holding one `.mdx` entry per file; `later` holds documents published after V1.0, kept apart from it;
 * `regulations` the laws and rules that standards support.
 */
export const ENTRY_FOLDERS = ['framework', 'standards', 'risks', 'pages', 'later', 'regulations'] as const;
export type EntryFolder = (typeof ENTRY_FOLDERS)[number];

/** Collections kept in one YAML file each, keyed by entry id. */
export const DATA_FILES = { sources: 'sources.yaml', document: 'document.yaml' } as const;
export type DataCollection = keyof typeof DATA_FILES;

export type Collection = EntryFolder | DataCollection;
export const COLLECTIONS: readonly Collection[] = [...ENTRY_FOLDERS, ...(Object.keys(DATA_FILES) as DataCollection[])];

/** The components an entry body may use; everything else in a body is markdown. */
export const BODY_COMPONENTS = ['Zh', 'En'] as const;

/** The content folder: CONTENT_DIR lets tests and benchmarks build the site from another folder. */
export function contentRoot(): string {
  return process.env.CONTENT_DIR ?? './content';
}

/** Entry ids are file names: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
