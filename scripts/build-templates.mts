/**
 * Generates the built-in templates from their typed sources (src/templates/source) into
 * templates/<id>/<locale>.<paper>.pptx. Deterministic: running it twice gives the same bytes.
 *
 *   npm run build:templates              write into the repository's templates/ folder
 *   npm run build:templates -- --out DIR write into DIR/templates/... instead
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAllTemplates } from '../src/templates/build/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
if (outIndex >= 0 && !args[outIndex + 1]) {
  console.error('--out needs a directory');
  process.exit(2);
}
const outRoot = outIndex >= 0 ? path.resolve(args[outIndex + 1]!) : root;
const quiet = args.includes('--quiet');

const started = performance.now();
try {
  const variants = await buildAllTemplates();
  for (const v of variants) {
    const file = path.join(outRoot, v.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, v.bytes);
    if (!quiet) console.log(`${v.path}  ${(v.bytes.length / 1024).toFixed(1)} KB  (${v.report.spare.toFixed(0)} pt spare)`);
  }
  if (!quiet) console.log(`${variants.length} templates in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`build-templates: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
