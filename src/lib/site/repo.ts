/**
 * Links back to the repository the site is built from: its source, a new
 * issue pre-filled to report an error, and the content file behind a page.
 * The repository comes from REPO_URL at build time (the Pages workflow sets it
 * from GitHub's context); a copy built without it shows no such links.
 */

export interface Repo {
  /** The repository's home page, e.g. https://github.com/owner/name */
  url: string;
  /** A new issue with this title and body filled in. */
  newIssue(title: string, body: string): string;
  /** The editor for a file of the default branch, by its path in the repository. */
  edit(file: string): string;
}

/** The repository from a REPO_URL value, or undefined when none (or not an https URL) is given. */
export function repoFrom(value: string | undefined): Repo | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`REPO_URL: "${raw}" is not a URL; expected the repository's https address, e.g. https://github.com/owner/name`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`REPO_URL: "${raw}" is not https; expected the repository's https address`);
  const url = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
  return {
    url,
    newIssue: (title, body) => `${url}/issues/new?${new URLSearchParams({ title, body }).toString()}`,
    edit: (file) => `${url}/edit/main/${file.replace(/^\.?\/+/, '')}`,
  };
}

/** This build's repository. */
export const repo: Repo | undefined = repoFrom(process.env.REPO_URL);
