/**
 * Text per shape is bounded (src/text/limits.ts): a 1,000,000-character word is cut to
 * MAX_SHAPE_TEXT_CHARS, laid out with linear work by the renderer (with W_TEXT_TRUNCATED) and by
 * the brand engine's fitting. Before the cap, such a word took minutes and aborted at 4.3 GB.
 */
import pptxgen from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { boxOf } from '../../src/edit/shapes.js';
import { bodyModel, measureBody, registryMeasurer } from '../../src/edit/text-layout.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { capTexts, MAX_SHAPE_TEXT_CHARS } from '../../src/text/limits.js';
import { NS } from '../../src/xml/namespaces.js';
import { listOf, registry, texts } from '../render/helpers/fixtures.js';

describe('capTexts', () => {
  it('keeps texts within the limit, counted in code points, and cuts the one that passes it', () => {
    expect(capTexts(['ab', 'cd'], 4)).toEqual({ texts: ['ab', 'cd'], cut: false });
    expect(capTexts(['ab', 'cde', 'f'], 4)).toEqual({ texts: ['ab', 'cd'], cut: true });
    expect(capTexts(['😀😀😀'], 2)).toEqual({ texts: ['😀😀'], cut: true });
    expect(capTexts(['ab', 'c'], 2)).toEqual({ texts: ['ab'], cut: true });
  });
});

describe('a 1,000,000-character word in a text box', async () => {
  const gen = new (pptxgen as unknown as new () => InstanceType<typeof pptxgen>)();
  gen.addSlide().addText(`Start ${'w'.repeat(1_000_000)} end`, { x: 0.5, y: 0.5, w: 3, h: 2, fontFace: 'Inter', fontSize: 10, color: '000000' });
  const pptx = new Uint8Array((await gen.write({ outputType: 'uint8array' })) as Uint8Array);

  it('is drawn up to the limit, with one warning', () => {
    const { list, warnings } = listOf(pptx);
    expect(warnings.filter((w) => w.code === 'W_TEXT_TRUNCATED')).toHaveLength(1);
    const drawn = texts(list).reduce((n, t) => n + [...t.text].length, 0);
    expect(drawn).toBeGreaterThan(MAX_SHAPE_TEXT_CHARS - 100);
    expect(drawn).toBeLessThanOrEqual(MAX_SHAPE_TEXT_CHARS);
  });

  it('is measured by the brand engine up to the limit', () => {
    const shape = OpcPackage.open(pptx).xml('ppt/slides/slide1.xml').root.descendants(NS.p, 'sp').next().value!;
    const box = boxOf(shape)!;
    const model = bodyModel(shape, box.cx, box.cy, { major: { latin: 'Inter', ea: '' }, minor: { latin: 'Inter', ea: '' } })!;
    const { height } = measureBody(model, registryMeasurer(registry), 1, 9);
    // 50,000 w at about 7 pt each (10 pt text) in a 201.6 pt line: some 1,700 lines of 12 pt.
    expect(height / 12).toBeGreaterThan(1000);
    expect(height / 12).toBeLessThan(4000);
  });
});
