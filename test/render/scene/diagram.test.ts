/**
 * SmartArt drawn from its saved drawing (src/render/scene/diagram.ts), and the limits of nested
 * drawings: a drawing whose relationships lead back to itself is drawn once (W_RENDER_CYCLE),
 * and drawings nested more than 64 deep are left out (W_RENDER_SKIPPED), never a stack overflow.
 * Fixtures: fixtures/render/smartart.mts; deeper nesting built by test/render/helpers/smartart.ts.
 */
import { describe, expect, it } from 'vitest';
import { fixture, listOf, texts } from '../helpers/fixtures.js';
import { nestedDrawings, turnedDrawing } from '../helpers/smartart.js';

const words = (bytes: Uint8Array) => {
  const { list, warnings } = listOf(bytes);
  return { ops: list.pages[0]!.ops, text: texts(list).map((t) => t.text), warnings: warnings.filter((w) => w.code !== 'W_FONT_MISSING') };
};

describe('SmartArt', () => {
  const normal = words(fixture('smartart'));

  it('lays the text of a turned shape out in its text box (dsp:txXfrm), turned back upright', async () => {
    const { list } = listOf(await turnedDrawing('one line of text across the box'));
    const t = texts(list);
    // One upright line (before, the text was broken into the turned shape's narrow width and drawn on its side).
    expect(t.map((o) => o.text)).toEqual(['one line of text across the box']);
    const [a, b] = t[0]!.transform;
    expect(Math.abs(b)).toBeLessThan(1e-6);
    expect(a).toBeGreaterThan(0);
  });

  it('draws the boxes of the saved drawing (dsp:drawing) in the frame', () => {
    expect(normal.text).toEqual(['Book', 'Join', 'Talk']);
    expect(normal.warnings).toEqual([]);
  });

  it('draws a drawing that contains itself once, with W_RENDER_CYCLE naming it', () => {
    const cyclic = words(fixture('smartart-self-reference'));
    expect(cyclic.text).toEqual(['Book', 'Join', 'Talk']);
    expect(cyclic.ops.length).toBe(normal.ops.length);
    expect(cyclic.warnings.map((w) => w.code)).toEqual(['W_RENDER_CYCLE']);
    expect(cyclic.warnings[0]!.message).toBe('slide 1: the SmartArt drawing ppt/diagrams/drawing1.xml contains itself (its relationships lead back to it); it is drawn once');
  });

  it('draws drawings nested 64 deep and leaves out deeper ones with one warning', async () => {
    const levels = 70;
    const { text, warnings } = words(await nestedDrawings(levels));
    expect(text).toEqual(Array.from({ length: 64 }, (_, i) => `level ${i + 1}`));
    expect(warnings.map((w) => w.message)).toEqual(['slide 1: 1 group(s) or SmartArt drawing(s) nested more than 64 deep not drawn']);
  });

  it('draws each drawing once per slide: two frames of the next level at every level do not double the work per level', async () => {
    // fixtures/render/smartart-fan-out.pptx: 16 levels of two frames each; before, 65,535
    // drawings were drawn (one per path, 40 s); now 16.
    const { text, warnings } = words(fixture('smartart-fan-out'));
    expect(text).toEqual(Array.from({ length: 16 }, (_, i) => `level ${i + 1}`));
    expect(warnings.map((w) => w.message)).toEqual(['slide 1: 15 SmartArt drawing(s) already drawn on this slide not drawn again']);
  });
});
