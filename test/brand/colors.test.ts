import { describe, expect, it } from 'vitest';
import {
  CONTRAST,
  contrastRatio,
  darkenUntil,
  deriveScheme,
  hexToHsl,
  luminance,
  mix,
  SCHEME_SLOTS,
} from '../../src/brand/colors.js';

/** Deterministic pseudo-random colours (mulberry32). */
function colours(seed: number, n: number): string[] {
  let a = seed;
  const next = () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => Math.floor(next() * 0x1000000).toString(16).padStart(6, '0').toUpperCase());
}

describe('WCAG maths', () => {
  it('matches the reference values of the WCAG definition', () => {
    expect(luminance('FFFFFF')).toBeCloseTo(1, 6);
    expect(luminance('000000')).toBe(0);
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('FFFFFF', 'FFFFFF')).toBe(1);
    // #767676 is the classic lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('767676', 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('777777', 'FFFFFF')).toBeLessThan(4.5);
  });

  it('darkens to the lightest colour of the same hue that reaches the ratio', () => {
    const out = darkenUntil('F2A541', ['FFFFFF'], 4.5);
    expect(contrastRatio(out, 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(out, 'FFFFFF')).toBeLessThan(4.7);
    expect(hexToHsl(out).h).toBeCloseTo(hexToHsl('F2A541').h, 0);
    // Already dark enough: unchanged.
    expect(darkenUntil('0B3D91', ['FFFFFF'], 7)).toBe('0B3D91');
  });
});

describe('deriveScheme', () => {
  it('fills all twelve slots with RRGGBB values', () => {
    const { scheme } = deriveScheme({ primary: '0B6E69' });
    expect(Object.keys(scheme).sort()).toEqual([...SCHEME_SLOTS].sort());
    for (const v of Object.values(scheme)) expect(v).toMatch(/^[0-9A-F]{6}$/);
  });

  it('keeps the brand colours given and uses the documented defaults', () => {
    const { scheme, adjusted } = deriveScheme({ primary: '0B6E69', secondary: 'F2A541', accent: 'E4572E' });
    expect(scheme.accent1).toBe('0B6E69');
    expect(scheme.accent2).toBe('F2A541');
    expect(scheme.accent3).toBe('E4572E');
    expect(scheme.lt1).toBe('FFFFFF');
    expect(scheme.dk1).toBe('1F2933');
    expect(scheme.lt2).toBe(mix('FFFFFF', '0B6E69', 0.12));
    expect(adjusted).toEqual([]);
  });

  it('meets every contrast target of the contract for 400 random brands', () => {
    const primaries = colours(7, 200);
    const backgrounds = colours(11, 200);
    const cases = [
      ...primaries.map((p) => ({ primary: p })),
      ...primaries.map((p, i) => ({ primary: p, background: backgrounds[i]!, text: backgrounds[(i + 1) % 200]! })),
    ];
    for (const colors of cases) {
      const { scheme } = deriveScheme(colors);
      const on = (fg: string, ratio: number) => {
        for (const bg of [scheme.lt1, scheme.lt2]) {
          const r = contrastRatio(fg, bg);
          if (r < ratio) throw new Error(`${JSON.stringify(colors)}: ${fg} on ${bg} is ${r.toFixed(2)}:1 < ${ratio}:1`);
        }
      };
      on(scheme.dk1, CONTRAST.text);
      on(scheme.dk2, CONTRAST.brand);
      // dk2 is the primary itself whenever the primary reads on the page.
      if ([scheme.lt1, scheme.lt2].every((bg) => contrastRatio(colors.primary, bg) >= CONTRAST.brand)) expect(scheme.dk2).toBe(colors.primary);
      on(scheme.hlink, CONTRAST.link);
      on(scheme.folHlink, CONTRAST.link);
      expect(scheme.accent1).toBe(colors.primary);
      // dk2 is primary darkened: same hue, unless primary is grey.
      // (8-bit rounding moves the hue of very dark colours a little: compare only visible ones.)
      if (hexToHsl(colors.primary).s > 0.2 && scheme.dk2 !== colors.primary && luminance(scheme.dk2) > 0.01) {
        const d = Math.abs(hexToHsl(scheme.dk2).h - hexToHsl(colors.primary).h) % 360;
        expect(Math.min(d, 360 - d)).toBeLessThan(8);
      }
    }
  });

  it('reports and fixes a background too dark for any text and a text colour too light', () => {
    const { scheme, adjusted } = deriveScheme({ primary: '3366CC', background: '202020', text: 'AAAAAA' });
    expect(adjusted.map((a) => a.field)).toEqual(['colors.background', 'colors.text', 'colors.primary']);
    expect(contrastRatio('000000', scheme.lt1)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(scheme.dk1, scheme.lt1)).toBeGreaterThanOrEqual(7);
  });

  it('derives distinct companions for grey and for chromatic brand colours', () => {
    const grey = deriveScheme({ primary: '808080' }).scheme;
    expect(new Set([grey.accent1, grey.accent2, grey.accent3]).size).toBe(3);
    const blue = deriveScheme({ primary: '1F6FEB' }).scheme;
    expect(new Set([blue.accent1, blue.accent2, blue.accent3, blue.accent4, blue.accent5, blue.accent6]).size).toBe(6);
    expect(blue.folHlink).not.toBe(blue.hlink);
  });

  it('is deterministic', () => {
    expect(deriveScheme({ primary: 'C0FFEE' })).toEqual(deriveScheme({ primary: 'C0FFEE' }));
  });
});
