/**
 * Reads the content folder from disk the way the site's loaders see it, and
 * reports what those loaders would pass over in silence: a file of no known
 * kind, two files whose names differ only in case or Unicode form (Astro keeps
 * one of them), a YAML syntax error or duplicate key, a front matter that is
 * never closed, and markup in a body. The content loader (loader.ts) reads
 * through it on every build, and so does the tests' loader, so both see the
 * same content and the same messages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { load as parseYaml, YAMLException } from 'js-yaml';
import { bodyIssues } from './body-rules';
import type { ContentIssue } from './error';
import { DATA_FILES, ENTRY_FOLDERS, ID_PATTERN, type Collection, type DataCollection } from './layout';
import type { RawContent, RawEntry } from './raw';

/** Files that operating systems leave in folders; they are not content and never reach the site. */
const SYSTEM_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Reads every content file under `dir`. File paths in entries and messages are
 * relative to `relativeTo` (the project root in a build; by default the folder
 * above `dir`, so real content reads "content/standards/…").
 */
export function readContent(dir: string, relativeTo = join(dir, '..')): RawContent {
  const issues: ContentIssue[] = [];
  const unreadable: Partial<Record<Collection, string>> = {};
  const shown = (path: string) => relative(relativeTo, path).split(sep).join('/');
  const folderName = shown(dir);
  const expectedKinds = `an .mdx entry directly in ${ENTRY_FOLDERS.map((f) => `${folderName}/${f}/`).join(', ')}, or one of the data files ${Object.values(
    DATA_FILES,
  )
    .map((f) => `${folderName}/${f}`)
    .join(', ')}`;

  const entryFiles = new Map<string, string[]>(ENTRY_FOLDERS.map((f) => [f, []]));
  for (const path of filesUnder(dir)) {
    const parts = relative(dir, path).split(sep);
    const name = parts.at(-1)!;
    if (SYSTEM_LITTER.has(name)) continue;
    if (parts.length === 1 && (Object.values(DATA_FILES) as string[]).includes(name)) continue;
    const folder = parts.length === 2 ? entryFiles.get(parts[0]!) : undefined;
    if (folder && extname(name) === '.mdx') {
      folder.push(path);
      continue;
    }
    const kind = extname(name) ? `a "${extname(name)}" file` : 'a file without an extension';
    issues.push({
      file: shown(path),
      value: undefined,
      problem: `${kind} here is not read by the site, so its content would be left out without a word`,
      expected: expectedKinds,
    });
  }

  const raw = { fileIssues: issues, unreadable } as RawContent;
  for (const folder of ENTRY_FOLDERS) {
    // Astro derives an id from a file name by lower-casing it, and a file system may store one name in two Unicode forms.
    const byId = Map.groupBy(entryFiles.get(folder)!.sort(), (path) => basename(path, '.mdx').normalize('NFKC').toLowerCase().normalize('NFC'));
    const entries: RawEntry[] = [];
    for (const [id, paths] of byId) {
      const file = shown(paths[0]!);
      // A file that cannot be read still holds its id, so references to it are not reported as well.
      const unreadableEntry: RawEntry = { id, filePath: file, data: undefined, unreadable: true };
      if (paths.length > 1) {
        const others = paths.slice(1).map(shown).join(' and ');
        issues.push({
          file,
          value: undefined,
          problem: `this file and ${others} name the same entry once case and Unicode forms are ignored, so one of them would silently replace the other`,
          expected: 'one file per entry: merge the files or rename all but one',
        });
        entries.push(unreadableEntry);
      } else if (!ID_PATTERN.test(basename(paths[0]!, '.mdx'))) {
        issues.push({
          file,
          value: basename(paths[0]!),
          problem: 'the file name is not an entry id',
          expected: 'a name of lower-case letters, digits and hyphens ending in ".mdx" (the name is the entry\'s id and the last part of its URL)',
        });
        entries.push(unreadableEntry);
      } else {
        entries.push(readEntry(paths[0]!, file, id, issues));
      }
    }
    raw[folder] = entries;
  }
  for (const [collection, name] of Object.entries(DATA_FILES) as [DataCollection, string][]) {
    const path = join(dir, name);
    const file = shown(path);
    if (!existsSync(path)) {
      raw[collection] = [];
      continue;
    }
    const data = parseYamlText(readText(path), file, 1, issues);
    if (data === undefined) {
      unreadable[collection] = file;
      raw[collection] = [];
    } else if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      issues.push({
        file,
        line: 1,
        value: undefined,
        problem: 'the file is not a list of entries keyed by id',
        expected: "a YAML mapping: each entry's id, a colon, then its fields indented below it",
      });
      unreadable[collection] = file;
      raw[collection] = [];
    } else {
      raw[collection] = Object.entries(data).map(([id, value]) => ({ id, filePath: file, data: value }));
    }
  }
  return raw;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** The file's text as the loaders read it: without a byte-order mark, with LF line endings. */
function readText(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

const FENCE = /^---[ \t]*$/;

function readEntry(path: string, file: string, id: string, issues: ContentIssue[]): RawEntry {
  const lines = readText(path).split('\n');
  const unreadable: RawEntry = { id, filePath: file, data: undefined, unreadable: true };
  if (!FENCE.test(lines[0]!)) {
    issues.push({
      file,
      line: 1,
      value: lines[0]!.slice(0, 40),
      problem: 'the file does not begin with front matter',
      expected: 'a first line "---", the fields, then a closing line "---" before the body',
    });
    return unreadable;
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close === -1) {
    issues.push({
      file,
      line: 1,
      value: undefined,
      problem: 'the front matter opened by "---" on line 1 is never closed',
      expected: 'a line "---" after the last field, before the body',
    });
    return unreadable;
  }
  const data = parseYamlText(lines.slice(1, close).join('\n'), file, 2, issues);
  if (data === undefined) return unreadable;
  const body = lines.slice(close + 1).join('\n');
  const found = bodyIssues(file, body, close + 2);
  issues.push(...found.issues);
  return { id, filePath: file, data: data ?? {}, body, ...(found.parsed ? {} : { bodyUnreadable: true as const }) };
}

/**
 * Parses YAML, reporting a syntax error with its file, line, column and reason
 * (`firstLine` is the file line the text starts on). Undefined when it fails.
 */
function parseYamlText(text: string, file: string, firstLine: number, issues: ContentIssue[]): unknown {
  try {
    return parseYaml(text, { filename: file });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const line = e.mark ? firstLine + e.mark.line : undefined;
    const column = e.mark ? e.mark.column + 1 : undefined;
    if (e.reason === 'duplicated mapping key' && e.mark) {
      const key = /^\s*(?:-\s+)?(["']?)(.+?)\1\s*:/.exec(text.split('\n')[e.mark.line] ?? '')?.[2];
      issues.push({
        file,
        line,
        column,
        value: key,
        problem: 'a key appears twice in the same block, and only one of its values would be kept',
        expected: 'each key once per block',
      });
    } else {
      // js-yaml notices an unclosed quote only where the next line fails to parse; point at the quote too.
      const quoteLine = e.mark ? unclosedQuoteLine(text.split('\n').slice(0, e.mark.line + 1)) : undefined;
      const hint = quoteLine === undefined ? '' : ` (the double quote opened on line ${firstLine + quoteLine} is not closed on that line)`;
      issues.push({
        file,
        line,
        column,
        value: undefined,
        problem: `YAML syntax error: ${e.reason}${hint}`,
        expected: 'valid YAML: check this line and the one above it for an unclosed quote or bracket, or a wrong indentation',
      });
    }
    return undefined;
  }
}

/** The last of these lines holding an odd number of unescaped double quotes, outside a comment. */
function unclosedQuoteLine(lines: string[]): number | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const quotes =
      lines[i]!.replace(/\\./g, '')
        .replace(/\s#.*$/, '')
        .match(/"/g)?.length ?? 0;
    if (quotes % 2 === 1) return i;
  }
  return undefined;
}
