/**
 * Every hostile fixture (fixtures/hostile/, what the fuzzer found, and the SmartArt drawings that
 * contain themselves or multiply at every level) ends the way the docs promise:
 * decks that open render to a PDF that `qpdf --check` accepts, and their branded version reopens
 * through our reader; decks that do not open are refused with a one-line VaError.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { createFontRegistry } from '../../src/fonts/index.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { render } from '../../src/render/render.js';
import { brand, run } from '../edit/helpers/brands.js';
import { needTools } from '../helpers/tools.js';
import { withTempAsync } from '../render/helpers/tools.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
/** The hostile fixtures, and the renderer's SmartArt decks that nest drawings in themselves, with the warning each must give. */
const SMARTART: Record<string, string> = { 'render/smartart-self-reference.pptx': 'W_RENDER_CYCLE', 'render/smartart-fan-out.pptx': 'W_RENDER_SKIPPED' };
const decks = [
  ...readdirSync(path.join(FIXTURES, 'hostile'))
    .filter((f) => f.endsWith('.pptx'))
    .sort()
    .map((f) => `hostile/${f}`),
  ...Object.keys(SMARTART),
];
const registry = createFontRegistry({ systemFonts: false });
const skip = needTools('hostile fixtures through qpdf', 'qpdf');

describe.skipIf(skip !== undefined)('hostile fixtures end cleanly', () => {
  it.each(decks)('%s', async (name) => {
    const bytes = readFileSync(path.join(FIXTURES, name));
    let opens = true;
    try {
      OpcPackage.open(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(VaError);
      expect((e as VaError).message).not.toContain('\n');
      expect((e as VaError).message.length).toBeLessThan(400);
      opens = false;
    }
    if (!opens) return;
    const { pdf, warnings } = await render(bytes, { registry });
    if (SMARTART[name]) expect(warnings.map((w) => w.code)).toContain(SMARTART[name]);
    await withTempAsync(async (dir) => {
      const file = path.join(dir, 'out.pdf');
      writeFileSync(file, pdf);
      const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(r.stdout + r.stderr, 'qpdf --check').toMatch(/No syntax or stream encoding errors found/);
      expect(r.status).toBe(0);
    });
    const branded = await run(bytes, brand(), {}, { fitText: true, fonts: registry }).catch((e: unknown) => e);
    if (branded instanceof VaError) return;
    expect(() => OpcPackage.open((branded as { pptx: Uint8Array }).pptx)).not.toThrow();
  });
});
