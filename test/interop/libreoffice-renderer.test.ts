/**
 * The LibreOffice renderer (src/render/libreoffice.ts) with a real soffice: the library call
 * and `customize --renderer libreoffice`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderWithLibreOffice } from '../../src/render/libreoffice.js';
import { run, tempDir } from '../cli/harness.js';
import { needTools } from '../helpers/tools.js';
import { fixture } from '../render/helpers/fixtures.js';

const skip = needTools('LibreOffice renderer', 'soffice', 'pdfinfo', 'pdftotext') !== undefined;
const tmp = tempDir('va-render-lo-');
afterAll(() => tmp.cleanup());

function folder(name: string): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe.skipIf(skip)('renderWithLibreOffice', () => {
  it('converts a deck', async () => {
    const { pdf } = await renderWithLibreOffice(fixture('links'), { timeoutMs: 90_000 });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});

describe.skipIf(skip)('customize --renderer libreoffice', () => {
  it('writes the PDF through LibreOffice', async () => {
    const dir = folder('lo');
    const r = await run(['customize', '--template', 'generic', '--org', 'LO Test', '--primary', '#0A5FAD', '--format', 'pdf', '--renderer', 'libreoffice', '--quiet'], { cwd: dir, env: { HOME: dir } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = path.join(dir, 'out', 'lo-test-generic-en.pdf');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/Producer:\s+LibreOffice/);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text.stdout).toContain('LO Test');
  }, 180_000);
});

