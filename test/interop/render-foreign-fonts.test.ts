/**
 * Decks made elsewhere, with the system's fonts (fontconfig): Calibri is drawn in Carlito and
 * Cambria in Caladea where they are installed (metric-compatible, docs/fonts.md), and Thai text
 * in a Calibri run falls back to an installed font that has Thai instead of empty boxes.
 * Skips with a printed reason when the fonts are not installed (.ci/run installs them).
 */
import { spawnSync } from 'node:child_process';
import pptxgen from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { displayList } from '../../src/render/render.js';
import type { TextOp } from '../../src/render/ops.js';
import type { Warning } from '../../src/warnings.js';

const families = (query: string) => (spawnSync('fc-list', [query, 'family'], { encoding: 'utf8' }).stdout ?? '').trim();
const hasCarlito = /Carlito/.test(families(':family=Carlito'));
const hasCaladea = /Caladea/.test(families(':family=Caladea'));
const hasThai = families(':lang=th') !== '';
if (!hasCarlito || !hasCaladea || !hasThai) console.log('skipped: fonts-crosextra-carlito, fonts-crosextra-caladea or a Thai font (fonts-tlwg-loma-ttf) is not installed');

async function deck(): Promise<Uint8Array> {
  const p = new (pptxgen as unknown as new () => InstanceType<typeof pptxgen>)();
  const s = p.addSlide();
  s.addText('Calibri body text', { x: 0.5, y: 0.5, w: 8, h: 0.6, fontFace: 'Calibri', color: '000000' });
  s.addText('Cambria heading', { x: 0.5, y: 1.5, w: 8, h: 0.6, fontFace: 'Cambria', color: '000000' });
  s.addText('สวัสดีครับ', { x: 0.5, y: 2.5, w: 8, h: 0.6, fontFace: 'Calibri', color: '000000' });
  return new Uint8Array((await p.write({ outputType: 'uint8array' })) as Uint8Array);
}

describe.skipIf(!hasCarlito || !hasCaladea || !hasThai)('foreign decks with the system fonts', () => {
  it('Calibri → Carlito, Cambria → Caladea, Thai from an installed Thai font', async () => {
    const warnings: Warning[] = [];
    const list = displayList(await deck(), { registry: createFontRegistry({ systemFonts: true }) }, warnings);
    const ops = list.pages[0]!.ops.filter((o): o is TextOp => o.kind === 'text');
    expect(ops.find((o) => o.text.includes('Calibri'))!.face.family).toBe('Carlito');
    expect(ops.find((o) => o.text.includes('Cambria'))!.face.family).toBe('Caladea');
    const thai = ops.find((o) => /[\u0e00-\u0e7f]/.test(o.text))!;
    expect(thai.face.hasGlyph(0x0e2a)).toBe(true);
    expect(list.text.missing.size).toBe(0); // no character without a font (W_FONT_GLYPH_MISSING)
    expect(warnings.filter((w) => w.code === 'W_FONT_SUBSTITUTED').map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('"Calibri" is not installed; using "Carlito"'), expect.stringContaining('"Cambria" is not installed; using "Caladea"')]),
    );
  });
});

const hasDejaVuBold = /DejaVu Sans/.test(families(':family=DejaVu Sans:style=Bold'));
if (!hasDejaVuBold) console.log('skipped: bold Arabic from the fallback family\'s bold face: DejaVu Sans Bold (fonts-dejavu-core) is not installed');

describe.skipIf(!hasDejaVuBold)('bold text in a script the run\'s fonts lack', () => {
  it('is drawn in the fallback family\'s bold face where it has one (DejaVu Sans Bold, as LibreOffice), not its regular face made bold', async () => {
    // poi stress022's titles: bold Arabic in a Calibri run (the theme names no a:cs font).
    const p = new (pptxgen as unknown as new () => InstanceType<typeof pptxgen>)();
    p.addSlide().addText('ميادين التكوين', { x: 0.5, y: 0.5, w: 8, h: 0.8, fontFace: 'Calibri', bold: true, rtlMode: true, color: '000000' });
    const bytes = new Uint8Array((await p.write({ outputType: 'uint8array' })) as Uint8Array);
    const list = displayList(bytes, { registry: createFontRegistry({ systemFonts: true }) }, []);
    const arabic = list.pages[0]!.ops.filter((o): o is TextOp => o.kind === 'text' && /[\u0600-\u06ff]/.test(o.text));
    expect(arabic.length).toBeGreaterThan(0);
    for (const op of arabic) {
      expect(op.face.hasGlyph(0x0645)).toBe(true);
      expect(op.face.native.bold, op.face.family).toBe(true);
    }
  });
});
