/**
 * docs/fields.md is generated from the schemas; a schema change without
 * `npm run fields` leaves it stale, and this test says so.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { FIELDS_FILE, fieldReference } from '../../scripts/field-reference';
import { standardSchema } from '~/lib/content/schema';
import { STATUSES } from '~/lib/model/vocabulary';

describe('the field reference', () => {
  const generated = fieldReference();

  it('is committed and up to date with src/lib/content/schema.ts (run `npm run fields` after changing a schema)', () => {
    expect(existsSync(FIELDS_FILE)).toBe(true);
    expect(readFileSync(FIELDS_FILE, 'utf8')).toBe(generated);
  });

  it('lists every field of a standard, with the allowed statuses', () => {
    for (const field of Object.keys(standardSchema.shape)) expect(generated).toContain(`| \`${field}\` |`);
    const status = generated.split('\n').find((l) => l.startsWith('| `status` |') && STATUSES.every((s) => l.includes(`\`${s}\``)));
    expect(status).toBeDefined();
  });
});
