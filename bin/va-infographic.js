#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ at install time (npm's `prepare` step).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('va-infographic: the build is missing (dist/cli.js); run `npm install` or `npm run build` in the package folder\n');
  process.exit(1);
}
await import(entry.href);
