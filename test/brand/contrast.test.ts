import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToHsl } from '../../src/brand/colors.js';
import { AA, applyLum, lumVariant, onColor, pickReadable, requiredRatio } from '../../src/brand/contrast.js';

describe('requiredRatio', () => {
  it('asks 4.5:1 of body text and 3:1 of large text (18 pt, or 14 pt bold)', () => {
    expect(requiredRatio(12, false)).toBe(4.5);
    expect(requiredRatio(17.5, false)).toBe(4.5);
    expect(requiredRatio(18, false)).toBe(3);
    expect(requiredRatio(14, true)).toBe(3);
    expect(requiredRatio(13.5, true)).toBe(4.5);
  });
});

describe('applyLum', () => {
  it('scales and offsets HSL lightness as DrawingML lumMod/lumOff do', () => {
    expect(applyLum('FF0000', 100000, 0)).toBe('FF0000');
    expect(applyLum('FF0000', 50000, 0)).toBe('800000');
    // PowerPoint's "Lighter 40%": lumMod 60 %, lumOff 40 %.
    expect(hexToHsl(applyLum('FF0000', 60000, 40000)).l).toBeCloseTo(0.7, 2);
    expect(applyLum('123456', 0, 100000)).toBe('FFFFFF');
  });
});

describe('lumVariant', () => {
  it('returns the colour itself when it already reaches the ratio', () => {
    expect(lumVariant('0A5FAD', ['FFFFFF'], 3)).toEqual({ lumMod: 100000, lumOff: 0, hex: '0A5FAD' });
  });

  it('finds the lightest darker variant of a pale colour that reaches 3:1 on white', () => {
    const v = lumVariant('FFE066', ['FFFFFF'], AA.graphics)!;
    expect(v.lumOff).toBe(0);
    expect(v.lumMod).toBeLessThan(100000);
    expect(contrastRatio(v.hex, 'FFFFFF')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(v.hex, 'FFFFFF')).toBeLessThan(3.15);
    expect(applyLum('FFE066', v.lumMod, 0)).toBe(v.hex);
    // Same hue: a darker yellow, not another colour.
    expect(Math.abs(hexToHsl(v.hex).h - hexToHsl('FFE066').h)).toBeLessThan(3);
  });

  it('lightens on a dark background', () => {
    const v = lumVariant('1F3A5F', ['111111'], 3)!;
    expect(v.lumOff).toBeGreaterThan(0);
    expect(v.lumMod + v.lumOff).toBe(100000);
    expect(contrastRatio(v.hex, '111111')).toBeGreaterThanOrEqual(3);
  });

  it('gives up when no lightness of that direction reaches the ratio', () => {
    expect(lumVariant('808080', ['808080'], 21, 'darker')).toBeUndefined();
  });
});

describe('pickReadable and onColor', () => {
  const light = { slot: 'bg1', hex: 'FFFFFF' };
  const dark = { slot: 'tx1', hex: '1F2933' };

  it('keeps light text on a dark brand colour and flips to dark text on a pale one', () => {
    expect(pickReadable('C8102E', [light, dark], 4.5)).toMatchObject({ slot: 'bg1', hex: 'FFFFFF' });
    expect(pickReadable('FFE066', [light, dark], 4.5)).toMatchObject({ slot: 'tx1', hex: '1F2933' });
  });

  it('darkens the dark text a little on a mid-tone where neither colour reaches 4.5:1', () => {
    // Orange #E4572E: white 3.7:1, #1F2933 3.8:1.
    const c = pickReadable('E4572E', [light, dark], 4.5)!;
    expect(c.variant).toBeDefined();
    expect(c.ratio).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.hex, 'E4572E')).toBeGreaterThanOrEqual(4.5);
  });

  it('always finds AA text for 300 colours with a light and a dark candidate', () => {
    for (let i = 0; i < 300; i++) {
      const fill = ((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(-6).toUpperCase();
      const c = pickReadable(fill, [light, dark], 4.5);
      expect(c, fill).toBeDefined();
      expect(contrastRatio(c!.hex, fill)).toBeGreaterThanOrEqual(4.5);
      expect(onColor(fill).ratio).toBeGreaterThanOrEqual(4.5);
    }
  });
});
