// The --thumbnails measure (scripts/fidelity-thumbnails.mts): a slide drawn as PowerPoint's
// thumbnail would show it, stored in a deck's docProps/thumbnail.jpeg, against two renders of page 1.
import JSZip from 'jszip';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { summarizeThumbnails, thumbnailDistances } from '../../scripts/fidelity-thumbnails.mjs';

/** A 4:3 page at `width` px: white, a blue title bar, and the org-chart boxes listed in `boxes`. */
async function slide(width: number, boxes: number[]): Promise<Buffer> {
  const s = width / 256;
  const rect = (x: number, y: number, w: number, h: number, fill: string) =>
    `<rect x="${x * s}" y="${y * s}" width="${w * s}" height="${h * s}" fill="${fill}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${width * 0.75}">
    <rect width="100%" height="100%" fill="#fff"/>${rect(16, 12, 224, 28, '#1f4e79')}
    ${boxes.map((i) => rect(20 + i * 56, 100, 48, 40, '#c00000')).join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('fidelity --thumbnails measure', () => {
  it('finds the render that draws the boxes PowerPoint drew closer to its thumbnail', async () => {
    // The thumbnail travels in a deck, as PowerPoint writes it.
    const zip = new JSZip();
    zip.file('docProps/thumbnail.jpeg', await sharp(await slide(256, [0, 1, 2, 3])).jpeg({ quality: 75 }).toBuffer());
    const deck = await new JSZip().loadAsync(await zip.generateAsync({ type: 'nodebuffer' }));
    const thumbnail = await deck.file('docProps/thumbnail.jpeg')!.async('nodebuffer');

    // Ours draws all four boxes (at 40 dpi's 400 px), the other leaves two out.
    const t = await thumbnailDistances(thumbnail, { ours: await slide(400, [0, 1, 2, 3]), lo: await slide(400, [0, 1]) });
    expect([t.width, t.height]).toEqual([256, 192]);
    expect(t.ours!).toBeLessThan(0.01);
    // Two 48 x 40 boxes of 256 x 192 are 7.8 % of the page.
    expect(t.lo!).toBeGreaterThan(0.06);
    expect(t.lo!).toBeLessThan(0.1);
    expect(t.oursLo!).toBeGreaterThan(0.06);
    expect(t.stale).toBe(false);

    // A thumbnail of another slide (both renders far from it) is stale and left out of the counts.
    const other = await thumbnailDistances(await sharp({ create: { width: 256, height: 192, channels: 3, background: '#203040' } }).jpeg().toBuffer(), {
      ours: await slide(400, [0]),
      lo: await slide(400, [1]),
    });
    expect(other.stale).toBe(true);

    const s = summarizeThumbnails([
      { file: 'org.pptx', page1: t.oursLo, thumbnail: t },
      { file: 'old.pptx', page1: 0.01, thumbnail: other },
      { file: 'same.pptx', page1: 0.001, thumbnail: { ...t, ours: 0.02, lo: 0.02 } },
    ]);
    expect(s).toMatchObject({ measured: 2, oursCloser: 1, loCloser: 0, tied: 1, stale: ['old.pptx'], disputed: { decks: 1, oursCloser: 1 } });
  });
});
