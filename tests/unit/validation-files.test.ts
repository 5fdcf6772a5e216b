/**
 * Content files that Astro's loaders would skip, merge or misreport never
 * build. Each case lays one bad file (tests/fixtures/content-cases/<case>/)
 * over the valid fixture and checks the message names the file, the line or
 * field, and the bad value; the valid edge cases keep their data intact.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '~/lib/content/files';
import { ContentError } from '~/lib/content/error';
import { type Taxonomy } from '~/lib/model/taxonomy';
import { FIXTURE, FIXTURES, modelOf } from '../helpers/load-content';

/** A copy of the valid fixture, in a folder named "content", with a case's files laid over it. */
function contentWith(overlay?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'content-case-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  if (overlay) cpSync(join(FIXTURES, 'content-cases', overlay), dir, { recursive: true });
  return dir;
}

function problems(dir: string): string[] {
  try {
    modelOf(readContent(dir));
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message
      .split('\n')
      .slice(1)
      .map((l) => l.replace(/^ {2}- /, ''));
  }
  throw new Error('expected the content to be rejected, but it built');
}

const OFFERED_KINDS =
  'expected an .mdx entry directly in content/framework/, content/standards/, content/risks/, content/pages/, content/later/, content/regulations/, or one of the data files content/sources.yaml, content/document.yaml';

describe('every file under content/ is accounted for', () => {
  it('rejects a file of no known kind, naming the kinds expected', () => {
    expect(problems(contentWith('stray-file'))).toEqual([
      `content/standards/notes.txt: a ".txt" file here is not read by the site, so its content would be left out without a word; ${OFFERED_KINDS}`,
    ]);
  });

  it('rejects a complete standard saved as .md', () => {
    expect(problems(contentWith('stray-md'))).toEqual([
      expect.stringMatching(/^content\/standards\/tc260-004\.md: a "\.md" file here is not read by the site/),
    ]);
  });

  it('rejects an entry in a subfolder, which no page would show', () => {
    expect(problems(contentWith('stray-nested'))).toEqual([
      expect.stringMatching(/^content\/standards\/drafts\/tc260-004\.mdx: a "\.mdx" file here is not read by the site/),
    ]);
  });

  it('rejects two file names that differ only in case, naming both files', () => {
    expect(problems(contentWith('case-collision'))).toEqual([
      'content/standards/GB-T-45654-2025.mdx: this file and content/standards/gb-t-45654-2025.mdx name the same entry once case and Unicode forms are ignored, so one of them would silently replace the other; expected one file per entry: merge the files or rename all but one',
    ]);
  });

  it('rejects two file names that differ only in Unicode form (full-width letters)', () => {
    expect(problems(contentWith('unicode-collision'))).toEqual([
      expect.stringMatching(/^content\/pages\/site\.mdx: this file and content\/pages\/ｓｉｔｅ\.mdx name the same entry/),
    ]);
  });
});

describe('YAML data files', () => {
  it('reports a syntax error once, with line, column and reason, and no error per reference', () => {
    expect(problems(contentWith('yaml-syntax'))).toEqual([
      'content/sources.yaml:3:3: YAML syntax error: deficient indentation (the double quote opened on line 2 is not closed on that line); expected valid YAML: check this line and the one above it for an unclosed quote or bracket, or a wrong indentation',
      'content/sources.yaml: references to the entries of this file (the "sources" collection) could not be checked, because the file failed to load; expected the error reported for this file fixed; its references are checked on the next build',
    ]);
  });

  it('names a duplicate key and its line', () => {
    expect(problems(contentWith('yaml-duplicate'))[0]).toBe(
      'content/sources.yaml:5:3: a key appears twice in the same block, and only one of its values would be kept ("kind"); expected each key once per block',
    );
  });
});

describe('front matter', () => {
  it('reports a front matter that is never closed as such, not as missing fields', () => {
    expect(problems(contentWith('frontmatter-unterminated'))).toEqual([
      'content/framework/b.mdx:1: the front matter opened by "---" on line 1 is never closed; expected a line "---" after the last field, before the body',
    ]);
  });

  it('reports malformed front matter with its file line', () => {
    expect(problems(contentWith('frontmatter-malformed'))).toEqual([expect.stringMatching(/^content\/framework\/b\.mdx:6:1: YAML syntax error: /)]);
  });

  it('names a duplicate front-matter key', () => {
    expect(problems(contentWith('frontmatter-duplicate'))).toEqual([
      expect.stringMatching(/^content\/framework\/b\.mdx:5:1: a key appears twice .*\("order"\)/),
    ]);
  });
});

describe('bodies are content, not markup', () => {
  const ALLOWED = 'expected markdown text, links to https:// addresses or relative links to pages of this site, and the blocks <Zh>…</Zh>, <En>…</En>';
  const LINKS = 'expected an https:// address, or a relative link to a page of this site such as ../tc260-003/';
  it.each([
    ['unknown-component', `content/risks/inherent-data.mdx:25:1: the unknown component <Note> is not allowed in a body; ${ALLOWED}`],
    ['script-element', `content/risks/inherent-data.mdx:23:38: the HTML element <script> is not allowed in a body; ${ALLOWED}`],
    ['event-handler', `content/risks/inherent-data.mdx:23:38: the HTML element <img> with the event handler onerror is not allowed in a body; ${ALLOWED}`],
    ['handler-on-block', 'content/risks/inherent-data.mdx:21:1: the event handler attribute onClick on <En> is not allowed; expected <En> without attributes'],
    [
      'javascript-link',
      `content/risks/inherent-data.mdx:23:32: a link to an address that is neither https nor a page of this site ("javascript:alert(1)"); ${LINKS}`,
    ],
    [
      'http-link',
      `content/risks/inherent-data.mdx:23:42: a link to an address that is neither https nor a page of this site ("http://example.org/data"); ${LINKS}`,
    ],
    [
      'data-link',
      `content/risks/inherent-data.mdx:25:1: a link to an address that is neither https nor a page of this site ("data:text/html,hello"); ${LINKS}`,
    ],
    [
      'root-link',
      `content/risks/inherent-data.mdx:23:32: a link to an address that is neither https nor a page of this site ("/standards/tc260-003/"); ${LINKS}`,
    ],
    [
      'image',
      `content/risks/inherent-data.mdx:23:38: an image is not allowed in a body (nothing on the site loads from another host) ("https://example.org/chart.png"); ${ALLOWED}`,
    ],
    [
      'expression',
      `content/risks/inherent-data.mdx:23:37: a script expression in braces {…} is not allowed in a body; ${ALLOWED}; write a literal "{" as "\\{"`,
    ],
    ['import', `content/risks/inherent-data.mdx:15:1: an import or export statement is not allowed in a body; ${ALLOWED}`],
  ])('%s fails with file, line and what is allowed', (overlay, message) => {
    expect(problems(contentWith(overlay))).toEqual([message]);
  });

  it('reports a body that is not valid MDX with the file line of the unclosed block', () => {
    expect(problems(contentWith('broken-mdx'))).toEqual([
      expect.stringMatching(/^content\/risks\/inherent-data\.mdx:\d+:\d+: the body cannot be read as MDX: Expected a closing tag for `<En>` \(line 21\)/),
    ]);
  });
});

describe('valid edge cases keep their data', () => {
  /** The model without file paths, which differ between the two folders. */
  const data = (tax: Taxonomy) => JSON.parse(JSON.stringify(tax, (k, v) => (k === 'file' ? undefined : v)));
  const rewrite = (dir: string, change: (text: string) => string) => {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    }
  };
  const original = data(modelOf(readContent(contentWith())));

  it.each([
    ['a byte-order mark at the start of every file', (t: string) => `\uFEFF${t}`],
    ['CRLF line endings', (t: string) => t.replace(/\n/g, '\r\n')],
    ['trailing whitespace on every line', (t: string) => t.replace(/\n/g, ' \t\n')],
    ['all three at once', (t: string) => `\uFEFF${t.replace(/\n/g, '  \r\n')}`],
  ])('%s', (_name, change) => {
    const dir = contentWith();
    rewrite(dir, change);
    expect(data(modelOf(readContent(dir)))).toEqual(original);
  });

  it('reads an unquoted number as the number it is', () => {
    const dir = contentWith();
    const path = join(dir, 'framework', 'b.mdx');
    expect(readFileSync(path, 'utf8')).toMatch(/^order: 2$/m);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^order: 2$/m, 'order: 7   '));
    expect(modelOf(readContent(dir)).node('b').order).toBe(7);
  });
});
