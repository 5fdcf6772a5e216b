/**
 * Writes the field reference (docs/fields.md) from the content schemas themselves,
 * so it can never drift from what the build accepts: every exported `…Schema` of
 * src/lib/content/schema.ts becomes a table of its fields, with the type, whether it is
 * required, the allowed values, a description and an example.
 *
 * All of it comes from zod's JSON Schema of each schema: the type, requirement
 * and allowed values from the checks, the description and example from the
 * field's own `.meta()` in the schema file.
 *
 * `npm run fields` rewrites the file; a unit test fails when it is stale or a
 * field has no description.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import * as schemas from '../src/lib/content/schema';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIELDS_FILE = resolve(ROOT, 'docs/fields.md');

/** Where each schema's entries live. A schema not listed here is still documented, under its own name. */
const WHERE: Record<string, string> = {
  nodeSchema: 'Front matter of `content/framework/<id>.mdx`: a part or a sub-area of the framework.',
  standardSchema: 'Front matter of `content/standards/<id>.mdx`: one standard.',
  riskSchema: 'Front matter of `content/risks/<id>.mdx`: a risk category of the AI Safety Governance Framework.',
  pageSchema: 'Front matter of `content/pages/<id>.mdx`: a page about the document or the site.',
  sourceSchema: 'Each entry of `content/sources.yaml`, under its source id (`S-…`).',
  documentSchema: 'The single entry of `content/document.yaml`: the notice, its dates and the counts the document reports.',
  laterDocumentSchema: 'Front matter of `content/later/<id>.mdx`: a document published after V1.0.',
};

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  propertyNames?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
  examples?: unknown[];
};

// ---------------------------------------------------------------------------------------------
// What the schema accepts: one row per field, from zod's JSON Schema.

interface Row {
  path: string;
  type: string;
  required: string;
  allowed: string;
  description: string;
}

const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
const isBilingual = (s: JsonSchema) =>
  s.type === 'object' && !!s.properties && Object.keys(s.properties).sort().join() === 'en,zh' && Object.values(s.properties).every((p) => p.type === 'string');

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  if (isBilingual(s)) return 'text in both languages (`zh`, `en`)';
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
  if (s.type === 'object' && s.propertyNames) return 'map';
  if (s.type === 'object') return 'object';
  if (s.type === 'string') return 'text';
  if (s.type === 'integer') return 'whole number';
  if (Array.isArray(s.type)) return s.type.join(' or ');
  return s.type ?? 'any';
}

function allowedOf(s: JsonSchema): string {
  const parts: string[] = [];
  if (s.enum) parts.push(`one of ${s.enum.map(code).join(', ')}`);
  if (s.const !== undefined) parts.push(`exactly ${code(s.const)}`);
  if (s.pattern) parts.push(`matching ${code(s.pattern)}`);
  if (s.minLength === 1) parts.push('not empty');
  else if (s.minLength) parts.push(`at least ${s.minLength} characters`);
  if (s.maxLength) parts.push(`at most ${s.maxLength} characters`);
  if (s.minItems) parts.push(`at least ${s.minItems} item${s.minItems > 1 ? 's' : ''}`);
  if (s.exclusiveMinimum !== undefined) parts.push(`greater than ${s.exclusiveMinimum}`);
  if (s.minimum !== undefined) parts.push(`${s.minimum} or more`);
  if (s.type === 'array' && s.items && !isBilingual(s.items) && s.items.type !== 'object') {
    const inner = allowedOf(s.items);
    if (inner) parts.push(`each ${inner}`);
  }
  if (s.type === 'object' && s.propertyNames) {
    parts.push(`keys ${allowedOf(s.propertyNames) || 'any text'}`);
    if (typeof s.additionalProperties === 'object')
      parts.push(`values: ${typeOf(s.additionalProperties)}${allowedOf(s.additionalProperties) ? `, ${allowedOf(s.additionalProperties)}` : ''}`);
  }
  return parts.join('; ');
}

function rows(s: JsonSchema, path = '', out: Row[] = []): Row[] {
  for (const [name, field] of Object.entries(s.properties ?? {})) {
    const key = path + name;
    const optional = !(s.required ?? []).includes(name);
    const example = field.examples?.[0];
    const description = [field.description, example !== undefined ? `Example: \`${JSON.stringify(example)}\`` : undefined].filter(Boolean).join(' ');
    out.push({
      path: key,
      type: typeOf(field),
      required: optional ? (field.default !== undefined ? `no (default ${code(field.default)})` : 'no') : 'yes',
      allowed: allowedOf(field),
      description,
    });
    if (field.type === 'object' && field.properties && !isBilingual(field)) rows(field, `${key}.`, out);
    if (field.type === 'array' && field.items?.type === 'object' && field.items.properties && !isBilingual(field.items)) rows(field.items, `${key}[].`, out);
  }
  return out;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ') || '—';

/** Each exported schema of schema.ts with its fields. */
function schemaRows(): [name: string, rows: Row[]][] {
  return Object.entries(schemas as Record<string, unknown>)
    .filter((entry): entry is [string, z.ZodType] => entry[0].endsWith('Schema') && entry[1] instanceof z.ZodType)
    .map(([name, schema]) => [name, rows(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema)]);
}

/** "schema: field" for every field whose schema gives it no description: each one needs a `.meta({ description })` in schema.ts. */
export function undescribedFields(): string[] {
  return schemaRows().flatMap(([name, list]) => list.filter((r) => !r.description).map((r) => `${name}: ${r.path}`));
}

/** The whole reference, as Markdown. */
export function fieldReference(): string {
  const sections = schemaRows().map(([name, list]) => {
    const table = list.map((r) => `| \`${r.path}\` | ${cell(r.type)} | ${cell(r.required)} | ${cell(r.allowed)} | ${cell(r.description)} |`);
    const title = name
      .replace(/Schema$/, '')
      .replace(/([A-Z])/g, ' $1')
      .toLowerCase();
    return [
      `## ${title[0]!.toUpperCase()}${title.slice(1)} (\`${name}\`)`,
      '',
      WHERE[name] ?? `Entries checked by \`${name}\`.`,
      '',
      '| Field | Type | Required | Allowed values | Description |',
      '| --- | --- | --- | --- | --- |',
      ...table,
    ].join('\n');
  });
  return [
    '# Content fields',
    '',
    '<!-- Generated from src/lib/content/schema.ts by `npm run fields`; do not edit by hand. -->',
    '',
    'Every field a content file may carry, generated from the schemas the build checks entries against',
    '(`src/lib/content/schema.ts`). A field not listed is an error; so is a value outside what is allowed. Dates are',
    'quoted strings: `"YYYY-MM-DD"`, or `"YYYY-MM"` / `"YYYY"` when only that much is known. A path such as',
    '`history[].date` is the `date` of each item of the `history` list. See CONTRIBUTING.md for how to add an entry,',
    'and `templates/standard.mdx` for a complete example.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}
