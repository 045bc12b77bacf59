/**
 * The brand's own colours are on the printed page (issue 9, docs/template-contract.md section 1):
 * with a pale, a mid-tone, a dark and a near-black primary, each with a secondary and an accent
 * colour of its own, and again with the secondary and accent left out (derived from the primary),
 * every built-in template draws each of the three colours exactly (not a darker or lighter
 * variant) over a visible area: the header band or the notice (primary), the step badges
 * (secondary) and the call to action (accent), the fills that carry text and so keep the brand's
 * colour exactly. The PDF is drawn by our renderer and rasterised by poppler; an area counts
 * the pixels within a small distance of the exact colour.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveScheme } from '../../src/brand/colors.js';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { render } from '../../src/render/render.js';
import { needTools } from '../helpers/tools.js';
import { templateDecks, type Deck } from '../render/helpers/decks.js';
import { registry } from '../render/helpers/fixtures.js';

const missing = needTools('the brand colours on the printed page', 'pdftoppm');
const templates = templateDecks();

const DPI = 72;
/** A colour is visible when at least this much of the page (mm²) is drawn in it: a 12 × 12 mm patch. */
const MIN_AREA = 144;
/** Sum of the three channel differences (0-255 each) within which a pixel counts as the colour. */
const TOLERANCE = 24;

const PRIMARIES: Record<string, { primary: string; secondary: string; accent: string }> = {
  pale: { primary: 'FFE066', secondary: '2E7D32', accent: '7B1FA2' },
  'mid-tone': { primary: 'C8102E', secondary: '6D8196', accent: 'F2A900' },
  dark: { primary: '1B365D', secondary: 'D4A017', accent: 'E4572E' },
  'near-black': { primary: '111111', secondary: 'B3A369', accent: '00A3AD' },
};

/** mm² of the page drawn within TOLERANCE of each colour. */
async function areas(pdf: Uint8Array, dir: string, colours: string[]): Promise<number[]> {
  const file = path.join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  const r = spawnSync('pdftoppm', ['-png', '-r', String(DPI), '-singlefile', file, path.join(dir, 'page')]);
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  const { data } = await sharp(readFileSync(path.join(dir, 'page.png'))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rgb = colours.map((h) => [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)] as const);
  const count = colours.map(() => 0);
  for (let i = 0; i < data.length; i += 3) {
    for (let k = 0; k < rgb.length; k++) {
      const c = rgb[k]!;
      if (Math.abs(data[i]! - c[0]) + Math.abs(data[i + 1]! - c[1]) + Math.abs(data[i + 2]! - c[2]) < TOLERANCE) count[k]!++;
    }
  }
  const mm2 = (25.4 / DPI) ** 2;
  return count.map((n) => n * mm2);
}

describe.skipIf(missing !== undefined || templates.length === 0)('the brand colours on the printed page', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'va-colours-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function check(deck: Deck, key: string, colors: Record<string, string>): Promise<string[]> {
    const name = `${deck.name} (${key})`;
    const brand = parseBrand(
      { organization: 'Colour Clinic', locale: deck.locale, paper: deck.paper, colors: Object.fromEntries(Object.entries(colors).map(([k, v]) => [k, `#${v}`])), links: { booking: 'https://example.org/book' } },
      name,
    );
    const { scheme } = deriveScheme(brand.colors);
    const { pptx } = await customize(deck.bytes, brand, {}, { fonts: registry, source: name });
    const { pdf } = await render(pptx, { registry });
    const roles = { primary: scheme.accent1, secondary: scheme.accent2, accent: scheme.accent3 };
    const measured = await areas(pdf, dir, Object.values(roles));
    return Object.keys(roles).flatMap((role, i) =>
      measured[i]! < MIN_AREA ? [`${name}: ${role} #${Object.values(roles)[i]} covers ${measured[i]!.toFixed(0)} mm², under ${MIN_AREA} mm²`] : [],
    );
  }

  for (const [key, colors] of Object.entries(PRIMARIES)) {
    it(`${key} primary #${colors.primary} with its own secondary and accent: all three exact on every template × locale × paper`, async () => {
      const problems: string[] = [];
      for (const deck of templates) problems.push(...(await check(deck, key, colors)));
      expect(problems).toEqual([]);
    });

    it(`${key} primary #${colors.primary} alone: the derived secondary and accent are drawn too`, async () => {
      const problems: string[] = [];
      for (const deck of templates.filter((d) => d.locale === 'en')) problems.push(...(await check(deck, `${key}, derived`, { primary: colors.primary })));
      expect(problems).toEqual([]);
    });
  }

  it('finds a colour the page does not use (the measure can fail)', async () => {
    const deck = templates.find((d) => d.name === 'generic/en.letter.pptx')!;
    const brand = parseBrand({ organization: 'Colour Clinic', colors: { primary: '#1B365D' }, links: { booking: 'https://example.org/book' } }, 'probe');
    const { pptx } = await customize(deck.bytes, brand, {}, { fonts: registry, source: 'probe' });
    const { pdf } = await render(pptx, { registry });
    const [used, unused] = await areas(pdf, dir, ['1B365D', '00FF00']);
    expect(used).toBeGreaterThan(MIN_AREA);
    expect(unused).toBeLessThan(1);
  });
});
