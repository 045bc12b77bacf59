/**
 * The committed templates are exactly what `npm run build:templates` produces from the sources,
 * and the build is deterministic: two builds give the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAllTemplates } from '../../src/templates/build/index.js';
import { ROOT, VARIANTS } from '../templates/template-file.js';

let out: string;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'va-templates-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-templates.mts', '--out', out, '--quiet'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

describe('committed templates', () => {
  it('are exactly the catalogue variants', () => {
    const committed = readdirSync(path.join(ROOT, 'templates'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
    expect(committed).toEqual(VARIANTS.map((v) => v.file).sort());
  });

  it.each(VARIANTS)('$file is up to date (else run npm run build:templates)', ({ file }) => {
    const built = readFileSync(path.join(out, file));
    const committed = readFileSync(path.join(ROOT, file));
    expect(equalBytes(built, committed), `${file} differs from a fresh build: run npm run build:templates and commit`).toBe(true);
  });
});

describe('the template build', () => {
  it('gives byte-identical files twice in a row, the same as the script', async () => {
    const first = await buildAllTemplates();
    const second = await buildAllTemplates();
    expect(first.map((v) => v.path)).toEqual(second.map((v) => v.path));
    for (let i = 0; i < first.length; i++) {
      expect(equalBytes(first[i]!.bytes, second[i]!.bytes), first[i]!.path).toBe(true);
      expect(equalBytes(first[i]!.bytes, readFileSync(path.join(out, first[i]!.path))), first[i]!.path).toBe(true);
    }
  });
});
