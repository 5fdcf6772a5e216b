/**
 * docs/fields.md is generated from the schemas, descriptions included; a schema
 * change without `npm run fields` leaves it stale, and a field without a
 * description leaves a reader guessing: this test names either.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { FIELDS_FILE, fieldReference, undescribedFields } from '../../scripts/field-reference';
import { standardSchema } from '~/lib/content/schema';
import { STATUSES } from '~/lib/base/vocabulary';

describe('the field reference', () => {
  const generated = fieldReference();

  it('is committed and up to date with src/lib/content/schema.ts (run `npm run fields` after changing a schema)', () => {
    expect(existsSync(FIELDS_FILE)).toBe(true);
    expect(readFileSync(FIELDS_FILE, 'utf8')).toBe(generated);
  });

  it('describes every field (a field without one needs `.meta({ description })` in src/lib/content/schema.ts)', () => {
    expect(undescribedFields()).toEqual([]);
  });

  it('lists every field of a standard, with the allowed statuses', () => {
    for (const field of Object.keys(standardSchema.shape)) expect(generated).toContain(`| \`${field}\` |`);
    const status = generated.split('\n').find((l) => l.startsWith('| `status` |') && STATUSES.every((s) => l.includes(`\`${s}\``)));
    expect(status).toBeDefined();
  });
});
