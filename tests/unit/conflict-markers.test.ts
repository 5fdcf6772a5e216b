/**
 * No tracked text file keeps the markers of a merge left half done: they break
 * a page, a schema or a README silently, and a reader cannot tell which side
 * was meant.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

// Spelled out by repetition, so that this file does not hold the markers it looks for.
const OPEN = '<'.repeat(7);
const BASE = '|'.repeat(7);
const MIDDLE = '='.repeat(7);
const CLOSE = '>'.repeat(7);

/** "file:line: text" for each marker in `text`; a lone "=======" counts only in a file that opens a conflict (Markdown underlines headings with it). */
function conflictMarkers(file: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  const opens = lines.some((l) => l.startsWith(`${OPEN} `) || l === OPEN);
  return lines.flatMap((line, i) => {
    const marker =
      line.startsWith(`${OPEN} `) ||
      line === OPEN ||
      line.startsWith(`${CLOSE} `) ||
      line === CLOSE ||
      line.startsWith(`${BASE} `) ||
      (opens && line === MIDDLE);
    return marker ? [`${file}:${i + 1}: ${line}`] : [];
  });
}

describe('tracked files', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);

  it('are listed by git', () => {
    expect(files).toContain('package.json');
  });

  it('hold no merge-conflict markers', () => {
    const found = files.flatMap((file) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(ROOT, file));
      } catch {
        return []; // deleted in the working tree, not yet committed
      }
      if (bytes.includes(0)) return []; // binary
      return conflictMarkers(file, bytes.toString('utf8'));
    });
    expect(found).toEqual([]);
  });

  it('finds the markers of a conflict, naming the file and line', () => {
    const text = ['# Title', OPEN + ' HEAD', 'ours', MIDDLE, 'theirs', CLOSE + ' branch', ''].join('\n');
    expect(conflictMarkers('a.md', text)).toEqual(['a.md:2: <<<<<<< HEAD', 'a.md:4: =======', 'a.md:6: >>>>>>> branch']);
    expect(conflictMarkers('b.md', 'Heading\n=======\n')).toEqual([]);
  });
});
