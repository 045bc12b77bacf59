/**
 * Logos that fit, on the four built-in templates and both papers: a wide wordmark, a tall mark,
 * a square, a dark and a white logo on a transparent picture, a logo with its own background and
 * an SVG, each a real file made by sharp. In the PPTX: the logo's size and proportions in its
 * area, the card only where the logo needs it, the organisation's name beside it. (The PDF side:
 * test/interop/logo-pdf.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
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

const PT = 12700;
const MM = 36000;
const GUTTER = 12 * PT;
const fonts = createFontRegistry({ systemFonts: false });

export const LOGO_SVGS = {
  /** 8:1 wordmark, navy with a teal dot. */
  wide: { w: 800, h: 100, body: '<circle cx="50" cy="50" r="50" fill="#0E7C86"/><rect x="120" y="20" width="680" height="60" rx="8" fill="#1B2A4A"/>' },
  /** 1:4 tall mark. */
  tall: { w: 100, h: 400, body: '<rect x="10" y="0" width="80" height="280" rx="40" fill="#8E2C48"/><circle cx="50" cy="350" r="48" fill="#8E2C48"/>' },
  square: { w: 300, h: 300, body: '<circle cx="150" cy="150" r="148" fill="#2B6CB0"/><path d="M90 180 L150 70 L210 180 Z" fill="#FFFFFF"/>' },
  /** Dark on transparent, 3:1. */
  dark: { w: 300, h: 100, body: '<rect width="100" height="100" rx="16" fill="#222222"/><rect x="120" y="30" width="180" height="40" fill="#222222"/>' },
  /** White on transparent, 3:1: invisible on the page. */
  white: { w: 300, h: 100, body: '<rect width="100" height="100" rx="16" fill="#FFFFFF"/><rect x="120" y="30" width="180" height="40" fill="#FFFFFF"/>' },
} as const;

export async function makeLogos(): Promise<Record<string, { name: string; bytes: Uint8Array; aspect: number }>> {
  const out: Record<string, { name: string; bytes: Uint8Array; aspect: number }> = {};
  for (const [key, s] of Object.entries(LOGO_SVGS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${s.w}" height="${s.h}">${s.body}</svg>`;
    out[key] = { name: `${key}.png`, bytes: new Uint8Array(await sharp(Buffer.from(svg), { density: 144 }).png().toBuffer()), aspect: s.w / s.h };
  }
  // Its own opaque background (a JPEG), 5:2.
  const opaque = '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="200"><rect width="500" height="200" fill="#F4E9D8"/><rect x="40" y="60" width="420" height="80" fill="#7A3E00"/></svg>';
  out.opaque = { name: 'opaque.jpg', bytes: new Uint8Array(await sharp(Buffer.from(opaque)).jpeg().toBuffer()), aspect: 2.5 };
  // An SVG wordmark, 5:1, with transparent margins in its canvas (drawn 500 × 100 of 600 × 140).
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="140" viewBox="0 0 600 140"><rect x="50" y="20" width="100" height="100" rx="20" fill="#D9480F"/><rect x="170" y="45" width="380" height="50" fill="#D9480F"/></svg>';
  out.svg = { name: 'logo.svg', bytes: new TextEncoder().encode(svg), aspect: 5 };
  return out;
}

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
