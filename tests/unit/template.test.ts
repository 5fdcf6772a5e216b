/**
 * The template a contributor copies for a new standard is itself a valid entry:
 * read as the site reads a standard's file, its front matter passes the schema,
 * and the nodes and risks it names exist.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { standardSchema } from '~/lib/content/schema';
import { loadContent, REAL_CONTENT } from '../helpers/load-content';

const ROOT = resolve(import.meta.dirname, '../..');

// The template goes where a contributor puts it, in a content folder of its own, and is read by the content reader.
const dir = mkdtempSync(join(tmpdir(), 'aiss-template-'));
mkdirSync(join(dir, 'standards'));
copyFileSync(join(ROOT, 'templates/standard.mdx'), join(dir, 'standards/gb-t-00000-2026.mdx'));
const raw = loadContent(dir);
const entry = raw.standards[0];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('templates/standard.mdx', () => {
  it('is read as a standard without a file problem', () => {
    expect(raw.fileIssues).toEqual([]);
    expect(raw.standards).toHaveLength(1);
  });

  it('has front matter that the standard schema accepts', () => {
    const result = standardSchema.safeParse(entry?.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('names framework nodes and risk categories, and each exists', () => {
    const data = standardSchema.parse(entry?.data);
    const real = loadContent(REAL_CONTENT);
    // A template that named none would show a contributor no example, and this test would check nothing.
    expect(data.nodes.length).toBeGreaterThan(0);
    expect(data.risks.length).toBeGreaterThan(0);
    expect(data.nodes.filter((id) => !real.framework.some((n) => n.id === id))).toEqual([]);
    expect(data.risks.filter((id) => !real.risks.some((r) => r.id === id))).toEqual([]);
  });

  it('has a Chinese and an English description block', () => {
    expect(entry?.body).toMatch(/<Zh>[\s\S]+<\/Zh>[\s\S]*<En>[\s\S]+<\/En>/);
  });
});
