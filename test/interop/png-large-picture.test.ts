/**
 * The PNG backend draws each page as SVG with its pictures as data: URIs (src/render/svg/). A photo
 * whose URI passed 10,000,000 characters was refused by libxml2 inside librsvg ("Buffer size limit
 * exceeded, try XML_PARSE_HUGE"), so `render --format png` failed on a real deck with a large
 * photo (poi uaeu-rtl-master-arabic-locale slide 1, found by the fuzzer, seed 2034 case 251).
 * Pictures are now kept at the PNG's own resolution, and the rasteriser takes our SVG unlimited.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { renderPng } from '../../src/render/render.js';
import { miniDeck } from '../edit/helpers/mini-deck.js';

const registry = createFontRegistry({ systemFonts: false });

/** A 1,600 px square of noise: its PNG does not compress, so its data: URI is over 10 M characters. */
async function noiseDeck(): Promise<Uint8Array> {
  const side = 1600;
  const raw = Buffer.alloc(side * side * 3);
  let x = 2463534242;
  for (let i = 0; i < raw.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    raw[i] = x & 255;
  }
  const png = new Uint8Array(await sharp(raw, { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer());
  expect(Math.ceil(png.length / 3) * 4).toBeGreaterThan(10_000_000);
  // 1,600 px drawn 384 pt (5.33 in) wide: 300 dpi, the resolution the PDF keeps.
  return miniDeck({
    slides: [
      {
        shapes: `<p:pic><p:nvPicPr><p:cNvPr id="3" name="Photo" descr="noise"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="914400" y="457200"/><a:ext cx="4876800" cy="4876800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`,
        rels: '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/>',
      },
    ],
    extra: [{ name: 'ppt/media/image1.png', data: png }],
  });
}

describe('PNG pages with a large picture', () => {
  it('draws the page at 96 dpi and at 300 dpi, the photo where the slide puts it', { timeout: 120_000 }, async () => {
    const deck = await noiseDeck();
    for (const dpi of [96, 300]) {
      const { pngs } = await renderPng(deck, { registry, dpi });
      expect(pngs).toHaveLength(1);
      const img = sharp(Buffer.from(pngs[0]!));
      const meta = await img.metadata();
      expect(meta.width).toBe(Math.round(8.5 * dpi)); // the mini deck's Letter-sized slide
      const { data, info } = await img.removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (xIn: number, yIn: number) => {
        const i = (Math.round(yIn * dpi) * info.width + Math.round(xIn * dpi)) * info.channels;
        return [data[i]!, data[i + 1]!, data[i + 2]!];
      };
      // Outside the photo the page is white; inside it, noise (not white, not one flat colour).
      expect(at(0.5, 0.25)).toEqual([255, 255, 255]);
      const inside = [at(2, 1), at(3, 2), at(4, 3), at(5, 4)].map((p) => p.join(','));
      expect(new Set(inside).size).toBeGreaterThan(1);
      expect(inside).not.toContain('255,255,255');
    }
  });
});
