/**
 * standards.schema.json (JSON Schema 2020-12), generated from the export
 * record's definition in record.ts: zod writes the shapes, the field
 * documentation supplies each description.
 */
import { z } from 'astro/zod';
import { fieldDocs, recordFileSchema, standardsFileSchema } from './record';

type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * Zod writes a nullable field as `anyOf: [{ …the value… }, { type: 'null' }]`
 * unless the value is a bare type. One schema with `type: [t, 'null']` says
 * the same where the value's other keywords apply to its type only, and reads
 * far better; a value limited by `enum` or `const` would then reject null, so
 * it keeps its anyOf.
 */
function foldNullable(json: JsonSchema): void {
  const options = json.anyOf;
  if (options?.length !== 2) return;
  const value = options.find((o): o is JsonSchema => typeof o === 'object' && o.type !== 'null');
  const isNull = options.some((o) => typeof o === 'object' && o.type === 'null' && Object.keys(o).length === 1);
  if (!value || !isNull || typeof value.type !== 'string' || 'enum' in value || 'const' in value || '$ref' in value) return;
  delete json.anyOf;
  Object.assign(json, { ...value, type: [value.type, 'null'] });
}

const OPTIONS: Parameters<typeof z.toJSONSchema>[1] = {
  target: 'draft-2020-12',
  override: ({ zodSchema, jsonSchema }) => {
    foldNullable(jsonSchema);
    const doc = fieldDocs.get(zodSchema);
    if (doc) jsonSchema.description = doc.description.en;
  },
};

/** JSON Schema (2020-12) of standards.json; `$defs.record` describes a single record file. */
export function standardsSchema(schemaUrl: string): JsonSchema {
  const { $schema, $defs, ...file } = z.toJSONSchema(standardsFileSchema, OPTIONS);
  // The record file's dataset and standard are the same `$defs` as standards.json's, so only its own shape is kept.
  const { $schema: _, $defs: __, ...record } = z.toJSONSchema(recordFileSchema, OPTIONS);
  return {
    $schema,
    $id: schemaUrl,
    title: 'AI Safety Standards System (V1.0): standards',
    description: 'Every standard identified in TC260’s AI Safety Standards System (V1.0), draft for comment, January 2025, with its status today and in V1.0.',
    ...file,
    $defs: { ...$defs, record },
  };
}
