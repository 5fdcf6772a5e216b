/**
 * The template a contributor copies for a new standard is itself a valid entry:
 * its front matter passes the schema, and the nodes and risks it names exist.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { standardSchema } from '~/lib/content/schema';

const ROOT = resolve(import.meta.dirname, '../..');
const text = readFileSync(join(ROOT, 'templates/standard.mdx'), 'utf8');
const [, frontMatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];

describe('templates/standard.mdx', () => {
  it('has front matter that the standard schema accepts', () => {
    const result = standardSchema.safeParse(parseYaml(frontMatter));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('names framework nodes and risk categories that exist', () => {
    const data = standardSchema.parse(parseYaml(frontMatter));
    for (const id of data.nodes) expect(existsSync(join(ROOT, 'content/framework', `${id}.mdx`)), id).toBe(true);
    for (const id of data.risks) expect(existsSync(join(ROOT, 'content/risks', `${id}.mdx`)), id).toBe(true);
  });

  it('has a Chinese and an English description block', () => {
    expect(body).toMatch(/<Zh>[\s\S]+<\/Zh>[\s\S]*<En>[\s\S]+<\/En>/);
  });
});
