/**
 * The page's colours pass WCAG AA whatever the brand: every text/background pair the page uses,
 * for the sample brands and for many random ones (deterministic).
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/brand/colors.js';
import { parseBrand } from '../../src/brand/validate.js';
import { contrastPairs, faqPalette } from '../../src/faq/palette.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const hex = (r: () => number) => '#' + Math.floor(r() * 0xffffff).toString(16).padStart(6, '0');

describe('FAQ palette', () => {
  it('every pair reaches 4.5:1 for 500 random brands (with random text and background colours too)', () => {
    const r = random(12);
    for (let i = 0; i < 500; i++) {
      const colors: Record<string, string> = { primary: hex(r) };
      if (r() < 0.5) colors.secondary = hex(r);
      if (r() < 0.5) colors.accent = hex(r);
      if (r() < 0.3) colors.text = hex(r);
      if (r() < 0.3) colors.background = hex(r);
      const brand = parseBrand({ organization: 'x', colors }, 'x');
      const palette = faqPalette(brand.colors);
      for (const [name, fg, bg, min] of contrastPairs(palette)) {
        expect(contrastRatio(fg, bg), `${name}: ${fg} on ${bg} for ${JSON.stringify(colors)}`).toBeGreaterThanOrEqual(min);
      }
    }
  });

  it('maps the brand as the handout does: the band is the primary exactly, the stripe the accent', () => {
    const p = faqPalette(parseBrand({ organization: 'x', colors: { primary: '#0A5FAD', accent: '#E4572E' } }, 'x').colors);
    expect(p.band).toBe('0A5FAD');
    expect(p.onBand).toBe('FFFFFF');
    expect(p.stripe).toBe('E4572E');
    expect(p.background).toBe('FFFFFF');
    // A blue with 6.5:1 on white is its own heading colour (no black, no needless darkening).
    expect(p.heading).toBe('0A5FAD');
    // A light primary: a yellow band with dark text; headings a darker yellow that reads.
    const y = faqPalette(parseBrand({ organization: 'x', colors: { primary: '#FFE066' } }, 'x').colors);
    expect(y.band).toBe('FFE066');
    expect(contrastRatio(y.onBand, 'FFE066')).toBeGreaterThanOrEqual(4.5);
    expect(y.onBand).not.toBe('FFFFFF');
    expect(contrastRatio(y.heading, 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(y.heading).not.toBe('000000');
  });
});
