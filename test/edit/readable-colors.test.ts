/**
 * Contract section 1, "Contrast on the page", on the healthcare template's design: after
 * branding, the brand colour fills the title band exactly, the text on it and on the step
 * numbers' discs reaches WCAG AA, and the timeline reaches 3:1 on the page, for a pale, a
 * mid-tone, a red, a dark and a near-black brand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/brand/colors.js';
import { requiredRatio } from '../../src/brand/contrast.js';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { readDeck } from '../../src/presentation/deck.js';
import { allShapes, shapeName } from '../../src/edit/shapes.js';
import { resolveColor } from '../../src/render/color/resolve.js';
import { parseHex, toHex } from '../../src/render/color/rgba.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import type { XElement } from '../../src/xml/element.js';
import { NS } from '../../src/xml/namespaces.js';
import { REPO_ROOT } from './helpers/corpus.js';

const TEMPLATE = readFileSync(path.join(REPO_ROOT, 'templates/healthcare/en.letter.pptx'));

async function brand(primary: string, secondary?: string) {
  const b = parseBrand({ organization: 'Contrast Clinic', colors: { primary, ...(secondary ? { secondary } : {}) }, links: { booking: 'https://example.org/book' } }, 'test');
  const { pptx, warnings } = await customize(TEMPLATE, b, {}, { fitText: false });
  const pkg = OpcPackage.open(pptx);
  const deck = readDeck(pkg);
  const clr = pkg.xml(deck.themes[0]!).root.path(NS.a, 'themeElements', 'clrScheme')!;
  const scheme: Record<string, ReturnType<typeof parseHex> & object> = {};
  for (const el of clr.elements()) scheme[el.localName] = parseHex(el.child(NS.a, 'srgbClr')!.attr('val'))!;
  const colors = { scheme, clrMap: { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' } };
  const hex = (solid: XElement | undefined) => {
    const c = solid && resolveColor([...solid.elements()][0], colors);
    return c ? toHex(c).slice(1).toUpperCase() : undefined;
  };
  const shapes = allShapes(pkg.xml(deck.slides[0]!).root);
  const named = (n: string) => shapes.find((s) => (shapeName(s) ?? '').replace(/\s*\[[a-z0-9]+\]$/, '') === n)!;
  const fill = (n: string) => hex(named(n).child(NS.p, 'spPr')?.child(NS.a, 'solidFill'));
  const runs = (n: string) => [...named(n).descendants(NS.a, 'rPr')].map((r) => ({ hex: hex(r.child(NS.a, 'solidFill'))!, need: requiredRatio(Number(r.attr('sz')) / 100, r.attr('b') === '1') }));
  const line = (n: string) => hex(named(n).child(NS.p, 'spPr')?.child(NS.a, 'ln')?.child(NS.a, 'solidFill'));
  return { warnings, fill, runs, line, scheme: Object.fromEntries(Object.entries(scheme).map(([k, v]) => [k, toHex(v).slice(1).toUpperCase()])) };
}

describe.each([
  ['pale', 'FFE066'],
  ['mid-tone orange', 'E4572E'],
  ['red', 'C8102E'],
  ['dark', '0A5FAD'],
  ['near-black', '111827'],
])('a %s primary (#%s)', (_kind, primary) => {
  it('fills the band with the primary itself and makes its text readable; the organisation name reads on the page', async () => {
    const b = await brand(primary);
    expect(b.fill('Title band')).toBe(primary);
    for (const n of ['Title', 'Subtitle']) {
      for (const r of b.runs(n)) expect(contrastRatio(r.hex, primary), `${n} ${r.hex} on ${primary}`).toBeGreaterThanOrEqual(r.need);
    }
    // One colour for all the band's text.
    expect(new Set(['Title', 'Subtitle'].flatMap((n) => b.runs(n).map((r) => r.hex))).size).toBe(1);
    // The organisation name is in the masthead, on the page (healthcare's design).
    for (const r of b.runs('Organization name va:logo:beside')) expect(contrastRatio(r.hex, b.scheme.lt1!), `Organization name ${r.hex}`).toBeGreaterThanOrEqual(r.need);
  });

  it('gives the timeline 3:1 on the page, and the step numbers AA on their discs in the secondary colour', async () => {
    const b = await brand(primary);
    for (let i = 1; i <= 5; i++) {
      const disc = b.fill(`Step ${i} number`)!;
      // The number badges carry the brand's secondary colour (accent2) exactly.
      expect(disc).toBe(b.scheme.accent2);
      for (const r of b.runs(`Step ${i} number`)) expect(contrastRatio(r.hex, disc)).toBeGreaterThanOrEqual(r.need);
    }
    for (const n of ['Timeline 1', 'Timeline 2']) expect(contrastRatio(b.fill(n)!, b.scheme.lt1!), n).toBeGreaterThanOrEqual(3);
  });
});

describe('colours that already read are kept', () => {
  it('keeps a red that carries white text at 5.9:1: band, headings and timeline in the red itself', async () => {
    const b = await brand('C8102E');
    expect(b.scheme.dk2).toBe('C8102E');
    expect(b.runs('Title')[0]!.hex).toBe('FFFFFF');
    expect(b.fill('Timeline 1')).toBe('C8102E');
    expect(b.warnings.filter((w) => w.code === 'W_COLOR_ADJUSTED')).toEqual([]);
  });

  it('says so, with both values, when a pale primary needs a shade for text and lines', async () => {
    const b = await brand('FFE066');
    const w = b.warnings.find((x) => x.code === 'W_COLOR_ADJUSTED')!;
    expect(w.message).toContain('#FFE066');
    expect(w.message).toContain(`#${b.scheme.dk2}`);
    expect(b.runs('Title')[0]!.hex).toBe(b.scheme.dk1);
  });

  it('keeps a pale secondary exactly: it is in the theme as accent2, which the illustration uses', async () => {
    const b = await brand('0A5FAD', 'FFF3B0');
    expect(b.scheme.accent2).toBe('FFF3B0');
  });
});
