/**
 * The logo area of a user's template (contract section 3): a header band in the brand colour,
 * a `va:logo` frame on a `va:logo:card` in bg1, and the organisation's name `va:logo:beside`.
 * Logos are real files made by sharp.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { brand, run } from './helpers/brands.js';
import { miniDeck, shapesOf, textShape } from './helpers/mini-deck.js';

const IN = 914400;
const MM = 36000;
const PAD = IN / 10;

const band = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Header band"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${IN / 2}" y="${IN / 2}"/><a:ext cx="${7.5 * IN}" cy="${IN}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></p:spPr></p:sp>`;
const CARD = { x: 5.5 * IN, y: 0.6 * IN, cx: 2 * IN, cy: 0.8 * IN };
const FRAME = { x: CARD.x + PAD, y: CARD.y + PAD, cx: CARD.cx - 2 * PAD, cy: CARD.cy - 2 * PAD };
const card = `<p:sp><p:nvSpPr><p:cNvPr id="3" name="va:logo:card"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${CARD.x}" y="${CARD.y}"/><a:ext cx="${CARD.cx}" cy="${CARD.cy}"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="bg1"/></a:solidFill></p:spPr></p:sp>`;
const frame = `<p:sp><p:nvSpPr><p:cNvPr id="4" name="va:logo"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${FRAME.x}" y="${FRAME.y}"/><a:ext cx="${FRAME.cx}" cy="${FRAME.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr></p:sp>`;
const NAME_W = CARD.x - PAD - 0.6 * IN;
const name = textShape({ id: 5, name: 'Organization name va:logo:beside', x: 0.6 * IN, y: 0.6 * IN, cx: NAME_W, cy: 0.8 * IN, paras: ['<a:r><a:rPr lang="en-US" sz="1500"/><a:t>{{organization}}</a:t></a:r>'] });

const header = (withCard = true) => miniDeck({ slides: [{ shapes: band + (withCard ? card : '') + frame + name }] });

async function logo(body: string, w = 400, h = 100, format: 'png' | 'jpeg' = 'png'): Promise<Uint8Array> {
  const s = sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`));
  return new Uint8Array(await (format === 'png' ? s.png() : s.jpeg()).toBuffer());
}
/** A 4:1 wordmark-like logo: a bar and a block in one colour on a transparent picture. */
const wordmark = (fill: string) => logo(`<rect x="0" y="0" width="100" height="100" fill="${fill}"/><rect x="120" y="30" width="280" height="40" fill="${fill}"/>`);

function boxOf(xml: string, marker: RegExp): { x: number; y: number; cx: number; cy: number } {
  const m = new RegExp(`${marker.source}.*?<a:off x="(\\d+)" y="(\\d+)"/><a:ext cx="(\\d+)" cy="(\\d+)"/>`).exec(xml);
  if (!m) throw new Error(`no ${marker.source}`);
  return { x: Number(m[1]), y: Number(m[2]), cx: Number(m[3]), cy: Number(m[4]) };
}
const picBox = (xml: string) => boxOf(xml, /<p:pic>/);
const cardBox = (xml: string) => boxOf(xml, /name="va:logo:card"/);
const nameBox = (xml: string) => boxOf(xml, /name="Organization name va:logo:beside"/);
const codes = (w: { code: string }[]) => w.map((x) => x.code).filter((c) => c !== 'W_COLOR_ADJUSTED');

const dark = brand({ colors: { primary: '#0A3D62' }, logo: 'logo.png' });

describe('logo card: kept only when the logo would not read', () => {
  it('keeps the bg1 card for a dark logo on a dark header, fitted around the logo with its padding; the name ends one gap before it', async () => {
    const { pptx, warnings } = await run(await header(), dark, { logo: { name: 'logo.png', bytes: await wordmark('#1B2A4A') } });
    expect(codes(warnings)).toEqual([]);
    const xml = shapesOf(pptx);
    const pic = picBox(xml);
    // 4:1 in the frame (1.8 × 0.6 in): the square's weight would be 0.3 in (7.6 mm) tall, under the 8 mm minimum.
    expect(pic.cy).toBe(8 * MM);
    expect(pic.cx).toBe(4 * 8 * MM);
    // Right-hand side of the page: aligned to the area's right edge, centred vertically.
    expect(pic.x + pic.cx).toBe(FRAME.x + FRAME.cx);
    expect(pic.y).toBe(FRAME.y + Math.round((FRAME.cy - pic.cy) / 2));
    expect(cardBox(xml)).toEqual({ x: pic.x - PAD, y: pic.y - PAD, cx: pic.cx + 2 * PAD, cy: pic.cy + 2 * PAD });
    expect(xml).toMatch(/name="va:logo:card".*?<a:solidFill><a:schemeClr val="bg1"\/><\/a:solidFill>/);
    const n = nameBox(xml);
    expect(n.x + n.cx).toBe(pic.x - PAD - PAD);
  });

  it('removes the card for a white logo on the dark header: the logo takes the card\'s whole box and the name the rest', async () => {
    const { pptx, warnings } = await run(await header(), dark, { logo: { name: 'logo.png', bytes: await wordmark('#FFFFFF') } });
    expect(codes(warnings)).toEqual([]);
    const xml = shapesOf(pptx);
    expect(xml).not.toContain('va:logo:card');
    const pic = picBox(xml);
    // 4:1 in 2 × 0.8 in: 0.4 in tall (the square's weight), 1.6 in wide, at the card's right edge.
    expect(pic).toEqual({ x: CARD.x + CARD.cx - 1.6 * IN, y: CARD.y + 0.2 * IN, cx: 1.6 * IN, cy: 0.4 * IN });
    expect(nameBox(xml).cx).toBe(pic.x - PAD - 0.6 * IN);
    expect(nameBox(xml).cx).toBeGreaterThan(NAME_W);
  });

  it('needs no card for a logo with its own opaque background, even a dark one', async () => {
    const jpeg = await logo('<rect width="400" height="100" fill="#10243A"/><rect x="40" y="30" width="320" height="40" fill="#FFFFFF"/>', 400, 100, 'jpeg');
    const { pptx, warnings } = await run(await header(), brand({ colors: { primary: '#0A3D62' }, logo: 'logo.jpg' }), { logo: { name: 'logo.jpg', bytes: jpeg } });
    expect(codes(warnings)).toEqual([]);
    expect(shapesOf(pptx)).not.toContain('va:logo:card');
  });

  it('keeps the card for a mid-grey logo on a mid-tone header', async () => {
    const { pptx, warnings } = await run(await header(), brand({ colors: { primary: '#E4572E' }, logo: 'logo.png' }), { logo: { name: 'logo.png', bytes: await wordmark('#8A8A8A') } });
    expect(codes(warnings)).toEqual([]);
    expect(shapesOf(pptx)).toMatch(/name="va:logo:card".*?<a:schemeClr val="bg1"\/>/);
  });

  it('takes tx1 for the card when the logo does not read on the card\'s own colour', async () => {
    // A white logo on a white page: the bg1 card would not help, a tx1 (dark) card does.
    const page = miniDeck({ slides: [{ shapes: card + frame + name }] });
    const { pptx, warnings } = await run(await page, brand({ logo: 'logo.png' }), { logo: { name: 'logo.png', bytes: await wordmark('#FFFFFF') } });
    expect(codes(warnings)).toEqual([]);
    expect(shapesOf(pptx)).toMatch(/name="va:logo:card".*?<a:solidFill><a:schemeClr val="tx1"\/><\/a:solidFill>/);
  });

  it('warns W_LOGO_LOW_CONTRAST when the logo reads neither on the header nor on a card, and keeps no card that does not help', async () => {
    const twoTone = await logo('<circle cx="50" cy="50" r="48" fill="#FFFFFF"/><circle cx="150" cy="50" r="48" fill="#000000"/>', 200, 100);
    const { pptx, warnings } = await run(await header(), dark, { logo: { name: 'logo.png', bytes: twoTone } });
    expect(codes(warnings)).toEqual(['W_LOGO_LOW_CONTRAST']);
    expect(warnings.find((w) => w.code === 'W_LOGO_LOW_CONTRAST')!.message).toMatch(
      /^the logo logo\.png \(its edge mostly #[0-9A-F]{6}\) does not stand out on the background behind it \(#0A3D62\) on slide 1: \d+ % of its outline reaches 3:1 \(\d+ % on a card in #FFFFFF, \d+ % on a card in #1F2933\); give a version of the logo made for this background, or one with a background of its own$/,
    );
    expect(warnings.find((w) => w.code === 'W_LOGO_LOW_CONTRAST')!.slide).toBe(1);
    expect(shapesOf(pptx)).not.toContain('va:logo:card');
  });

  it('warns for a dark logo on a dark header when the template has no card', async () => {
    const { warnings } = await run(await header(false), dark, { logo: { name: 'logo.png', bytes: await wordmark('#1B2A4A') } });
    expect(codes(warnings)).toEqual(['W_LOGO_LOW_CONTRAST']);
    expect(warnings.find((w) => w.code === 'W_LOGO_LOW_CONTRAST')!.message).toBe(
      'the logo logo.png (its edge mostly #1B2A4A) does not stand out on the background behind it (#0A3D62) on slide 1: 0 % of its outline reaches 3:1; give a version of the logo made for this background, or one with a background of its own',
    );
  });

  it('judges an SVG logo by its rasterised pixels', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="100" height="100" fill="#fff"/><rect x="120" y="30" width="280" height="40" fill="#fff"/></svg>');
    const { pptx, warnings } = await run(await header(), brand({ colors: { primary: '#0A3D62' }, logo: 'logo.svg' }), { logo: { name: 'logo.svg', bytes: svg } });
    expect(codes(warnings)).toEqual([]);
    expect(shapesOf(pptx)).not.toContain('va:logo:card');
  });

  it('removes the card and the frame without a logo, and leaves the name as designed', async () => {
    const { pptx } = await run(await header(), brand({ colors: { primary: '#0A3D62' } }));
    const xml = shapesOf(pptx);
    expect(xml).not.toMatch(/name="va:logo"|va:logo:card|<p:pic>/);
    expect(nameBox(xml).cx).toBe(NAME_W);
  });

  it('drops the empty margins of the logo file before sizing it', async () => {
    // The same 4:1 mark in a picture twice as wide, with transparent space around it.
    const padded = await logo('<rect x="200" y="50" width="100" height="100" fill="#FFFFFF"/><rect x="320" y="80" width="280" height="40" fill="#FFFFFF"/>', 800, 200);
    const { pptx } = await run(await header(), dark, { logo: { name: 'logo.png', bytes: padded } });
    const pic = picBox(shapesOf(pptx));
    expect(pic.cx / pic.cy).toBeGreaterThan(3.9);
    expect(pic.cx / pic.cy).toBeLessThan(4.1);
  });
});
