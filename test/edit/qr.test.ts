import { describe, expect, it } from 'vitest';
import { darkRuns, qrBox, qrMatrix, QUIET_ZONE } from '../../src/edit/qr.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { NS } from '../../src/xml/namespaces.js';
import { brand, run } from './helpers/brands.js';
import { groupShape, miniDeck, partText, rectShape, shapesOf } from './helpers/mini-deck.js';
import { decodeQrShape } from './helpers/qr-decode.js';

const IN = 914400;

async function qrShape(pptx: Uint8Array) {
  const doc = parseXmlText(partText(pptx, 'ppt/slides/slide1.xml'), 'slide1.xml');
  return [...doc.root.descendants(NS.p, 'sp')].find((sp) => sp.child(NS.p, 'nvSpPr')?.child(NS.p, 'cNvPr')?.attr('name') === 'QR code')!;
}

describe('QR code', () => {
  it('draws the booking link as one custGeom shape, square and centred, black on white, and it scans', async () => {
    const url = 'https://book.example.org/acme-clinic/video?ref=handout&lang=en';
    const deck = await miniDeck({ slides: [{ shapes: rectShape({ id: 9, name: 'va:qr:booking', x: IN, y: 2 * IN, cx: 2 * IN, cy: 1.5 * IN }) }] });
    const { pptx, warnings } = await run(deck, brand({ links: { booking: url } }));
    expect(warnings).toEqual([]);
    const xml = shapesOf(pptx);
    expect(xml.match(/<p:sp>/g)).toHaveLength(1);
    expect(xml).not.toContain('va:qr:booking');
    const sp = await qrShape(pptx);
    const cNvPr = sp.child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!;
    expect(cNvPr.attr('id')).toBe('9');
    // Alt text: what the code opens, readable, in the handout's language.
    expect(cNvPr.attr('descr')).toBe('QR code: book at book.example.org/acme-clinic/video?ref=handout&lang=en');
    const modules = qrMatrix(url).size + 2 * QUIET_ZONE;
    const { box, module } = qrBox({ x: IN, y: 2 * IN, cx: 2 * IN, cy: 1.5 * IN }, modules);
    expect(xml).toContain(`<a:xfrm><a:off x="${box.x}" y="${box.y}"/><a:ext cx="${box.cx}" cy="${box.cy}"/></a:xfrm><a:custGeom>`);
    expect(box.cx).toBe(box.cy);
    expect(Math.abs(box.x - IN - (2 * IN - box.cx) / 2)).toBeLessThanOrEqual(1);
    expect(xml).toContain(`<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="${module}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>`);
    expect(await decodeQrShape(sp)).toBe(url);
  });

  it('describes the code in the handout\'s language (alt text)', async () => {
    const deck = async () => miniDeck({ slides: [{ shapes: rectShape({ id: 9, name: 'va:qr:booking', x: IN, y: 2 * IN, cx: 2 * IN, cy: 2 * IN }) }] });
    const descr = async (locale: 'da-DK' | 'zh-CN') => {
      const { pptx } = await run(await deck(), brand({ locale, links: { booking: 'https://www.example.org/book/' } }));
      return (await qrShape(pptx)).child(NS.p, 'nvSpPr')!.child(NS.p, 'cNvPr')!.attr('descr');
    };
    expect(await descr('da-DK')).toBe('QR-kode: book på www.example.org/book');
    expect(await descr('zh-CN')).toBe('二维码：在 www.example.org/book 预约');
  });

  it('has one stroke per run of dark modules with a 4-module quiet zone', () => {
    const m = qrMatrix('https://example.org');
    const runs = darkRuns(m);
    const dark = runs.reduce((n, [, a, b]) => n + b - a, 0);
    let count = 0;
    for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) if (m.dark(r, c)) count++;
    expect(dark).toBe(count);
    // The finder pattern's top row: 7 dark modules from column 0.
    expect(runs[0]).toEqual([0, 0, 7]);
  });

  it('scans for a long link (2000 characters) and for mailto/tel links', async () => {
    for (const url of ['https://example.org/' + 'a'.repeat(1980), 'mailto:desk@example.org', 'tel:+4512345678']) {
      const deck = await miniDeck({ slides: [{ shapes: rectShape({ id: 9, name: 'va:qr:booking', x: 0, y: 0, cx: 6 * IN, cy: 6 * IN }) }] });
      const { pptx } = await run(deck, brand({ links: { booking: url } }));
      expect(await decodeQrShape(await qrShape(pptx))).toBe(url);
    }
  });

  it('encodes an IRI (non-ASCII path) percent-encoded, as phones and the PDF link expect', async () => {
    const deck = await miniDeck({ slides: [{ shapes: rectShape({ id: 9, name: 'va:qr:booking', x: 0, y: 0, cx: 3 * IN, cy: 3 * IN }) }] });
    const { pptx } = await run(deck, brand({ links: { booking: 'https://example.cn/预约?to=<b>' } }));
    expect(await decodeQrShape(await qrShape(pptx))).toBe('https://example.cn/%E9%A2%84%E7%BA%A6?to=%3Cb%3E');
  });

  it('warns when the modules get too small to scan reliably', async () => {
    const deck = await miniDeck({ slides: [{ shapes: rectShape({ id: 9, name: 'va:qr:booking', x: 0, y: 0, cx: IN / 2, cy: IN / 2 }) }] });
    const { warnings } = await run(deck, brand({ links: { booking: 'https://example.org/' + 'x'.repeat(300) } }));
    expect(warnings.map((w) => w.code)).toEqual(['W_QR_SMALL']);
  });

  it('removes the area without a booking link, closing its stack', async () => {
    const stack = groupShape({
      id: 10,
      name: 'va:stack',
      x: 0,
      y: 0,
      cx: IN,
      cy: 3 * IN,
      children: rectShape({ id: 11, name: 'va:qr:booking', x: 0, y: 0, cx: IN, cy: IN }) + rectShape({ id: 12, name: 'Below', x: 0, y: 2 * IN, cx: IN, cy: IN }),
    });
    const { pptx } = await run(await miniDeck({ slides: [{ shapes: stack }] }), brand());
    const xml = shapesOf(pptx);
    expect(xml).not.toContain('va:qr:booking');
    expect(xml).toMatch(/name="Below".*?<a:off x="0" y="0"\/>/);
  });
});
