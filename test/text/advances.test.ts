import { describe, expect, it } from 'vitest';
import { pixelsPerEm, positionedRun } from '../../src/text/advances.js';
import { registry } from '../render/helpers/fixtures.js';

const inter = registry.resolve('Inter', { bold: false, italic: false }).face;

describe('LibreOffice reference-device advances', () => {
  it('sizes fonts in 600-dpi pixels through 1/100 mm', () => {
    expect(pixelsPerEm(24)).toBe(200);
    expect(pixelsPerEm(9.5)).toBe(79);
    expect(pixelsPerEm(12)).toBe(100);
  });

  it('rounds every advance to whole pixels, as LibreOffice 7.4 placed them in its PDF', () => {
    // Measured in LibreOffice's PDF of Inter at 24 pt: m 175 px, i 48 px, H 149 px (1 px = 0.12 pt).
    expect(positionedRun(inter, 'm', 24).advances[0]).toBeCloseTo(21.0, 6);
    expect(positionedRun(inter, 'i', 24).advances[0]).toBeCloseTo(5.76, 6);
    expect(positionedRun(inter, 'H', 24).advances[0]).toBeCloseTo(17.88, 6);
    const twenty = positionedRun(inter, 'i'.repeat(20), 24);
    expect(twenty.width).toBeCloseTo(115.2, 6);
    // The exact (unrounded) width would be 116.25 pt.
    expect(inter.measure('i'.repeat(20), 24)).toBeCloseTo(116.25, 2);
  });

  it('keeps kerning and adds character spacing in whole pixels', () => {
    const av = positionedRun(inter, 'AV', 24);
    const a = positionedRun(inter, 'A', 24);
    expect(av.advances[0]).toBeLessThan(a.advances[0]!);
    const spaced = positionedRun(inter, 'ii', 24, 1.2);
    expect(spaced.width).toBeCloseTo(2 * (5.76 + 1.2), 6);
    expect(spaced.texts).toEqual(['i', 'i']);
  });
});
