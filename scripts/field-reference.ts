/**
 * Writes the field reference (docs/fields.md) from the content schemas themselves,
 * so it can never drift from what the build accepts: every exported `…Schema` of
 * src/lib/content/schema.ts becomes a table of its fields, with the type, whether it is
 * required, the allowed values and a description.
 *
 * Types, requirement and allowed values come from zod's JSON Schema of each
 * schema; descriptions come from the schema's own source: the doc comment on a
 * field (or on the shared definition it uses) and the "expected" message a bad
 * value gets.
 *
 * `npm run fields` rewrites the file; a unit test fails when it is stale.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { z } from 'astro/zod';
import * as schemas from '../src/lib/content/schema';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_FILE = resolve(ROOT, 'src/lib/content/schema.ts');
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

// ---------------------------------------------------------------------------------------------
// What the source says: doc comments and "expected" messages, by field path.

interface Note {
  doc?: string;
  expected?: string;
}

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
};

function docOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** The `{ error: '…' }` and `message: '…'` texts inside a definition: what a bad value is told is expected. */
function expectedIn(node: ts.Node): string | undefined {
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAssignment(n) && /^(error|message)$/.test(n.name.getText()) && ts.isStringLiteralLike(n.initializer)) found.push(n.initializer.text);
    else n.forEachChild(visit);
  };
  visit(node);
  return [...new Set(found)].join('; ') || undefined;
}

/** The object literal of a `z.strictObject({…})` / `z.object({…})` call at the head of an expression, if any. */
function objectLiteralOf(node: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let e: ts.Expression = node;
  // Walk down `.optional()`, `.default(…)` and similar to the call that made the value.
  while (ts.isCallExpression(e)) {
    const callee = e.expression;
    if (ts.isPropertyAccessExpression(callee) && /^(strictObject|object|looseObject)$/.test(callee.name.text) && callee.expression.getText() === 'z') {
      const arg = e.arguments[0];
      return arg && ts.isObjectLiteralExpression(arg) ? arg : undefined;
    }
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    e = callee.expression;
  }
  return undefined;
}

/** The array element of a `z.array(X)` at the head of an expression. */
function arrayItemOf(node: ts.Expression): ts.Expression | undefined {
  let e: ts.Expression = node;
  while (ts.isCallExpression(e)) {
    const callee = e.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'array' && callee.expression.getText() === 'z') return e.arguments[0];
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    e = callee.expression;
  }
  return undefined;
}

/** The named definition an expression is built on (`partialDate.optional()` → partialDate). */
function baseName(node: ts.Expression): string | undefined {
  let e: ts.Expression = node;
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) e = e.expression.expression;
  return ts.isIdentifier(e) ? e.text : undefined;
}

function readNotes(): Map<string, Map<string, Note>> {
  const source = ts.createSourceFile(SCHEMA_FILE, readFileSync(SCHEMA_FILE, 'utf8'), ts.ScriptTarget.Latest, true);
  const consts = new Map<string, { init: ts.Expression; note: Note }>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer)
        consts.set(d.name.text, { init: d.initializer, note: { doc: docOf(statement), expected: expectedIn(d.initializer) } });
    }
  }

  const byField = (init: ts.Expression, path: string, out: Map<string, Note>, seen: Set<string>) => {
    const literal = objectLiteralOf(init);
    if (literal) {
      for (const p of literal.properties) {
        if (!ts.isPropertyAssignment(p)) continue;
        const name = p.name.getText().replace(/^['"]|['"]$/g, '');
        const key = path + name;
        // A list takes its description from what it lists (`z.array(entryId)` → entryId).
        const base = baseName(arrayItemOf(p.initializer) ?? p.initializer) ?? baseName(p.initializer);
        const shared = base ? consts.get(base)?.note : undefined;
        out.set(key, { doc: docOf(p) ?? shared?.doc, expected: expectedIn(p.initializer) ?? shared?.expected });
        byField(p.initializer, `${key}.`, out, seen);
      }
      return;
    }
    const item = arrayItemOf(init);
    if (item) return byField(item, `${path.replace(/\.$/, '')}[].`, out, seen);
    const base = baseName(init);
    if (base && consts.has(base) && !seen.has(base)) byField(consts.get(base)!.init, path, out, new Set([...seen, base]));
  };

  const notes = new Map<string, Map<string, Note>>();
  for (const [name, { init }] of consts) {
    if (!name.endsWith('Schema')) continue;
    const out = new Map<string, Note>();
    byField(init, '', out, new Set([name]));
    notes.set(name, out);
  }
  return notes;
}

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

function rows(s: JsonSchema, notes: Map<string, Note>, path = '', out: Row[] = []): Row[] {
  for (const [name, field] of Object.entries(s.properties ?? {})) {
    const key = path + name;
    const note = notes.get(key) ?? {};
    const optional = !(s.required ?? []).includes(name);
    const description = [field.description ?? note.doc, note.expected ? `Expected: ${note.expected}.` : undefined].filter(Boolean).join(' ');
    out.push({
      path: key,
      type: typeOf(field),
      required: optional ? (field.default !== undefined ? `no (default ${code(field.default)})` : 'no') : 'yes',
      allowed: allowedOf(field),
      description,
    });
    if (field.type === 'object' && field.properties && !isBilingual(field)) rows(field, notes, `${key}.`, out);
    if (field.type === 'array' && field.items?.type === 'object' && field.items.properties && !isBilingual(field.items))
      rows(field.items, notes, `${key}[].`, out);
  }
  return out;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ') || '—';

/** The whole reference, as Markdown. */
export function fieldReference(): string {
  const notes = readNotes();
  const sections = Object.entries(schemas as Record<string, unknown>)
    .filter((entry): entry is [string, z.ZodType] => entry[0].endsWith('Schema') && entry[1] instanceof z.ZodType)
    .map(([name, schema]) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const table = rows(json, notes.get(name) ?? new Map()).map(
        (r) => `| \`${r.path}\` | ${cell(r.type)} | ${cell(r.required)} | ${cell(r.allowed)} | ${cell(r.description)} |`,
      );
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
