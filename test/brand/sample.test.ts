import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleBrand, SAMPLE_LOGO_SVG } from '../../src/brand/sample.js';
import { customize } from '../../src/edit/customize.js';
import { sniffLogo } from '../../src/edit/logo-sniff.js';
import { sanitizeSvg } from '../../src/edit/svg-sanitize.js';
import { REPO_ROOT } from '../edit/helpers/corpus.js';

describe('the built-in sample brand', () => {
  it('is a valid brand whose inline logo is a clean SVG', () => {
    const { brand, assets } = sampleBrand();
    expect(brand.organization).toBe('Harbour & Co.');
    expect(brand.colors.primary).toBe('0B6E69');
    expect(sniffLogo(assets.logo!.bytes, assets.logo!.name)).toBe('svg');
    expect(sanitizeSvg(new TextEncoder().encode(SAMPLE_LOGO_SVG), 'sample').report.removed).toEqual([]);
  });

  it('brands a contract handout without any warning', async () => {
    const { brand, assets } = sampleBrand();
    const deck = readFileSync(path.join(REPO_ROOT, 'fixtures/edit/contract-handout.letter.pptx'));
    const { warnings } = await customize(deck, brand, assets);
    // Only the fixture's deliberate unknown token.
    expect(warnings.map((w) => w.code)).toEqual(['W_TOKEN_UNKNOWN']);
  });
});
