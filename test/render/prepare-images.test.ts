/**
 * JPEG pictures pass into the PDF as they are only when they decode cleanly: a damaged one
 * (fixtures/hostile/picture-jpeg-bad-marker.pptx, found by the fuzzer) made a PDF that qpdf and
 * viewers reject; it is decoded (as far as it decodes) and drawn from its pixels. A clean JPEG
 * still passes through unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createFontRegistry } from '../../src/fonts/index.js';
import { prepareImages } from '../../src/render/images/prepare.js';
import { displayList } from '../../src/render/render.js';
import type { Warning } from '../../src/warnings.js';
import { miniDeck } from '../edit/helpers/mini-deck.js';

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'hostile');
const registry = createFontRegistry({ systemFonts: false });

async function prepared(deck: Uint8Array) {
  const warnings: Warning[] = [];
  const list = displayList(deck, { registry }, warnings);
  const images = await prepareImages(list.pages, warnings);
  return { image: [...images.values()][0], warnings };
}

describe('JPEG pass-through', () => {
  it('a JPEG with a damaged scan is not passed through: what decodes of it is drawn as pixels', async () => {
    const { image, warnings } = await prepared(readFileSync(path.join(HOSTILE, 'picture-jpeg-bad-marker.pptx')));
    expect(image?.jpeg).toBeUndefined();
    expect(image?.rgb?.length).toBe(64 * 64 * 3);
    expect(warnings.filter((w) => w.code === 'W_IMAGE_INVALID')).toEqual([]);
  });

  it('a clean JPEG is passed through byte for byte', async () => {
    const jpeg = new Uint8Array(await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3a7bd5' } }).jpeg({ quality: 80 }).toBuffer());
    const deck = await miniDeck({
      slides: [
        {
          shapes: `<p:pic><p:nvPicPr><p:cNvPr id="3" name="Picture 1"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="914400" y="914400"/><a:ext cx="609600" cy="609600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`,
          rels: '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.jpeg"/>',
        },
      ],
      extra: [{ name: 'ppt/media/image1.jpeg', data: jpeg }],
      defaults: { jpeg: 'image/jpeg' },
    });
    const { image, warnings } = await prepared(deck);
    expect(warnings.filter((w) => w.code === 'W_IMAGE_INVALID')).toEqual([]);
    expect(image?.jpeg).toEqual(jpeg);
  });
});
