// Regenerates docs/fields.md from src/lib/content/schema.ts (see scripts/field-reference.ts).
// The schema is TypeScript importing extension-less modules, so it is loaded through Vite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./field-reference.ts', import.meta.url)));
mkdirSync(dirname(module.FIELDS_FILE), { recursive: true });
writeFileSync(module.FIELDS_FILE, module.fieldReference());
console.log(`wrote ${module.FIELDS_FILE}`);
