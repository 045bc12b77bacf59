/**
 * Logos that fit, on the four built-in templates and both papers: a wide wordmark, a tall mark,
 * a square, a dark and a white logo on a transparent picture, a logo with its own background and
 * an SVG, each a real file made by sharp. In the PPTX: the logo's size and proportions in its
 * area, the card only where the logo needs it, the organisation's name beside it. (The PDF side:
 * test/interop/logo-pdf.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { customize } from '../../src/edit/customize.js';
import { allShapes, shapeName, type Box } from '../../src/edit/shapes.js';
import { slideBox } from '../../src/edit/slide-geometry.js';
import { createFontRegistry } from '../../src/fonts/index.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { templateRelativePath, TEMPLATE_IDS } from '../../src/templates/catalog.js';
import type { XElement } from '../../src/xml/element.js';
import { NS } from '../../src/xml/namespaces.js';
import { REPO_ROOT } from './helpers/corpus.js';
import { makeLogos } from './helpers/logos.js';

const PT = 12700;
const MM = 36000;
const GUTTER = 12 * PT;
const fonts = createFontRegistry({ systemFonts: false });

interface Found {
  pic?: Box;
  card?: Box;
  cardFill?: string;
  name: Box;
}

function find(pptx: Uint8Array): Found {
  const pkg = OpcPackage.open(pptx);
  const root = pkg.xml('ppt/slides/slide1.xml').root;
  const found: Partial<Found> = {};
  for (const s of allShapes(root)) {
    const n = shapeName(s) ?? '';
    if (s.is(NS.p, 'pic') && n === 'Logo') found.pic = slideBox(s)!;
    if (n === 'va:logo:card') {
      found.card = slideBox(s)!;
      found.cardFill = (s.child(NS.p, 'spPr')?.child(NS.a, 'solidFill')?.elements()[Symbol.iterator]().next().value as XElement | undefined)?.attr('val');
    }
    if (n === 'Organization name va:logo:beside') found.name = slideBox(s)!;
  }
  return found as Found;
}

const cases = TEMPLATE_IDS.flatMap((id) => (['letter', 'a4'] as const).map((paper) => ({ id, paper, file: templateRelativePath(id, 'en', paper) })));

describe.each(cases)('logos on $file', ({ file, paper }) => {
  let template: Uint8Array;
  let logos: Awaited<ReturnType<typeof makeLogos>>;
  let area: Box;
  beforeAll(async () => {
    template = new Uint8Array(readFileSync(path.join(REPO_ROOT, file)));
    logos = await makeLogos();
    // The designed logo area: the card's box in the template.
    const root = OpcPackage.open(template).xml('ppt/slides/slide1.xml').root;
    area = slideBox(allShapes(root).find((s) => shapeName(s) === 'va:logo:card')!)!;
  });

  const brandWith = (logo?: string) =>
    parseBrand({ organization: 'Harbour & Co.', colors: { primary: '#0A5FAD' }, locale: 'en', paper, links: { booking: 'https://example.org/book' }, ...(logo ? { logo } : {}) }, 'brand.json');

  async function place(key: string) {
    const logo = logos[key]!;
    const { pptx, warnings } = await customize(template, brandWith(logo.name), { logo: { name: logo.name, bytes: logo.bytes } }, { fonts });
    return { found: find(pptx), warnings: warnings.map((w) => w.code), aspect: logo.aspect };
  }

  const near = (a: number, b: number, tolerance = 2) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance);

  it.each(['wide', 'tall', 'square', 'dark', 'opaque', 'svg'])('%s: no card, proportions kept, right-aligned in the area, the name up to one gutter before it', async (key) => {
    const { found, warnings, aspect } = await place(key);
    expect(warnings).not.toContain('W_LOGO_LOW_CONTRAST');
    expect(found.card).toBeUndefined();
    const pic = found.pic!;
    expect(pic.cx / pic.cy).toBeGreaterThan(aspect * 0.97);
    expect(pic.cx / pic.cy).toBeLessThan(aspect * 1.03);
    near(pic.x + pic.cx, area.x + area.cx);
    expect(pic.y).toBeGreaterThanOrEqual(area.y);
    expect(pic.y + pic.cy).toBeLessThanOrEqual(area.y + area.cy + 1);
    near(found.name.x + found.name.cx, pic.x - GUTTER);
    if (key === 'wide') {
      // 8:1 takes the area's whole width (4 columns), about 7.6 mm tall.
      near(pic.cx, area.cx);
      expect(pic.cy).toBeGreaterThan(7.4 * MM);
    } else if (key === 'tall' || key === 'square') {
      // Tall and square marks take the area's height (36-40 pt: 12.7-14.1 mm).
      near(pic.cy, area.cy);
    } else {
      // Wordmarks of 2.5-5:1 are at least 8 mm tall.
      expect(pic.cy).toBeGreaterThanOrEqual(8 * MM - 1);
    }
  });

  it('white logo on the page: the card in the brand\'s ink (tx2), fitted around the logo with its padding', async () => {
    const { found, warnings } = await place('white');
    expect(warnings).not.toContain('W_LOGO_LOW_CONTRAST');
    expect(found.cardFill).toBe('tx2');
    const pic = found.pic!;
    const card = found.card!;
    near(card.x, pic.x - 9 * PT);
    near(card.x + card.cx, pic.x + pic.cx + 9 * PT);
    near(card.y, pic.y - 6 * PT);
    near(card.y + card.cy, pic.y + pic.cy + 6 * PT);
    near(card.x + card.cx, area.x + area.cx);
    expect(pic.cy).toBeGreaterThanOrEqual(8 * MM - 1);
    near(found.name.x + found.name.cx, card.x - GUTTER);
  });

  it('no logo: no picture, no card, the name as designed', async () => {
    const { pptx } = await customize(template, brandWith(), {}, { fonts });
    const found = find(pptx);
    expect(found.pic).toBeUndefined();
    expect(found.card).toBeUndefined();
    near(found.name.x + found.name.cx, area.x - GUTTER);
  });
});
