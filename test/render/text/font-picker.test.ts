/**
 * FontPicker reports a family's resolution warnings once, on the first call that is not quiet: a
 * bullet that takes its run's font resolves the family quietly first, and the run's text must
 * still say that the family was substituted (before, the warning was lost: ooxml_parser's
 * transition decks drew Constantia in DejaVu Serif without W_FONT_SUBSTITUTED).
 */
import pptxgen from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { createFontRegistry, W_FONT_MISSING } from '../../../src/fonts/index.js';
import { displayList } from '../../../src/render/render.js';
import { FontPicker } from '../../../src/render/text/font-picker.js';
import { newTextStats } from '../../../src/render/text/stats.js';
import type { Warning } from '../../../src/warnings.js';

const regular = { bold: false, italic: false };

describe('FontPicker warnings', () => {
  it('reports on the first call that is not quiet, once', () => {
    const reported: Warning[] = [];
    const picker = new FontPicker(createFontRegistry({ systemFonts: false }), (ws) => reported.push(...ws), newTextStats());
    picker.face('Nowhere Sans', regular, true);
    expect(reported).toEqual([]);
    picker.face('Nowhere Sans', regular);
    picker.face('Nowhere Sans', regular);
    expect(reported.map((w) => w.code)).toEqual([W_FONT_MISSING]);
    expect(reported[0]!.message).toContain('"Nowhere Sans"');
  });

  it('a bulleted paragraph in a missing family says so', async () => {
    const p = new (pptxgen as unknown as new () => InstanceType<typeof pptxgen>)();
    p.addSlide().addText('Bulleted text', { x: 1, y: 1, w: 6, h: 1, fontFace: 'Nowhere Sans', bullet: true, color: '000000' });
    const pptx = new Uint8Array((await p.write({ outputType: 'uint8array' })) as Uint8Array);
    const warnings: Warning[] = [];
    displayList(pptx, { registry: createFontRegistry({ systemFonts: false }) }, warnings);
    expect(warnings.filter((w) => w.code === W_FONT_MISSING).map((w) => w.message)).toEqual([expect.stringContaining('Font "Nowhere Sans" is not available')]);
  });
});
