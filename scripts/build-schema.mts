// Writes schema/brand.schema.json from the zod brand schema (src/brand/json-schema.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brandJsonSchemaText } from '../src/brand/json-schema.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'schema', 'brand.schema.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, brandJsonSchemaText());
console.log(`wrote ${path.relative(root, out)}`);
