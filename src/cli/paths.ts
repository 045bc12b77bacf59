/**
 * Where the installed package lives (templates/, schema/, dist/): found by walking up from this
 * module to the package.json named "va-infographic". Works from src/ (tsx, vitest), from the
 * bundled dist/ (and its chunks/ folder) and from a global install.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'va-infographic') return (cached = dir);
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the va-infographic package root');
    dir = parent;
  }
}

/** True when this code runs from the esbuild bundle (dist/), false under tsx/vitest (src/). */
export function runningFromBundle(): boolean {
  return !fileURLToPath(import.meta.url).endsWith('.ts');
}

/** The `$schema` value written into brand files: the schema inside a local install. */
export const BRAND_SCHEMA_REF = './node_modules/va-infographic/schema/brand.schema.json';
