import sharp from 'sharp';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffLogo } from '../../src/edit/logo-sniff.js';
import { sanitizeSvg } from '../../src/edit/svg-sanitize.js';
import { brand, run } from './helpers/brands.js';
import { miniDeck, partBytes, partNames, partText, rectShape, shapesOf } from './helpers/mini-deck.js';

const IN = 914400;
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

async function png(width: number, height: number, alpha = true): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 200, g: 30, b: 30, alpha: 0.5 } : { r: 200, g: 30, b: 30 } } })
      .png()
      .toBuffer(),
  );
}

/** A PNG whose header claims `w` × `h` pixels (a decompression bomb needs no more to be refused). */
function pngHeader(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(enc(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, w);
  v.setUint32(4, h);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', new Uint8Array())];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const frame = rectShape({ id: 5, name: 'va:logo', x: IN, y: IN, cx: 2 * IN, cy: IN });
const deckWithFrame = () => miniDeck({ slides: [{ shapes: frame }] });

function picBox(xml: string): { x: number; y: number; cx: number; cy: number } {
  const m = /<p:pic>.*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!;
  return { x: Number(m[1]), y: Number(m[2]), cx: Number(m[3]), cy: Number(m[4]) };
}

describe('logo: recognised by content', () => {
  it('identifies PNG, JPEG, GIF, WebP and SVG whatever the name says', async () => {
    const base = sharp({ create: { width: 4, height: 4, channels: 3, background: 'white' } });
    expect(sniffLogo(await png(4, 4), 'logo.svg')).toBe('png');
    expect(sniffLogo(new Uint8Array(await base.clone().jpeg().toBuffer()), 'logo.png')).toBe('jpeg');
    expect(sniffLogo(new Uint8Array(await base.clone().gif().toBuffer()), 'logo')).toBe('gif');
    expect(sniffLogo(new Uint8Array(await base.clone().webp().toBuffer()), 'logo.gif')).toBe('webp');
    expect(sniffLogo(enc('\ufeff<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.png')).toBe('svg');
  });

  it('refuses other files with a message saying what they are', () => {
    expect(() => sniffLogo(enc('%PDF-1.7 ...'), 'logo.png')).toThrow(/the logo logo\.png is a PDF document; use a PNG, JPEG, WebP, GIF or SVG file/);
    expect(() => sniffLogo(enc('<!DOCTYPE html><html></html>'), 'logo.svg')).toThrow(/an HTML page/);
    expect(() => sniffLogo(new Uint8Array(), 'logo.png')).toThrow(/is empty/);
    expect(() => sniffLogo(new Uint8Array([0x42, 0x4d, 0, 0]), 'logo.bmp')).toThrow(/a BMP image/);
  });
});

describe('logo: SVG sanitising', () => {
  const svg = (body: string, extra = '') =>
    enc(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50"${extra}>${body}</svg>`);

  it('removes scripts, handlers, foreignObject, animations and external references', () => {
    const { svg: out, report } = sanitizeSvg(
      svg(
        '<script>alert(1)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
          '<image href="file:///etc/passwd" width="10" height="10"/><image xlink:href="https://evil.example/x.png"/>' +
          '<use href="#a"/><image href="data:image/png;base64,iVBORw0KGgo="/><rect id="a" onclick="alert(2)" fill="url(http://evil.example/p#g)" width="5" height="5"/>' +
          '<set attributeName="href" to="javascript:alert(3)"/><style>@import url(https://evil.example/x.css); rect { fill: url(#ok); } circle { fill: url("https://evil.example/y") }</style>',
        ' onload="alert(0)"',
      ),
      'logo.svg',
    );
    const text = dec(out);
    for (const bad of ['script', 'alert', 'foreignObject', 'file:', 'evil.example', '@import', '<set', 'onclick', 'onload']) expect(text).not.toContain(bad);
    expect(text).toContain('<use href="#a"/>');
    expect(text).toContain('data:image/png;base64,');
    expect(text).toContain('url(#ok)');
    expect(report.removed.length).toBeGreaterThanOrEqual(8);
  });

  it('refuses DOCTYPE and entity declarations (XXE, billion laughs) and non-SVG XML', () => {
    expect(() => sanitizeSvg(enc('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>'), 'x.svg')).toThrow(
      /declares a DOCTYPE or entities/,
    );
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><svg xmlns="http://www.w3.org/2000/svg">&lol2;</svg>';
    expect(() => sanitizeSvg(enc(lol), 'lol.svg')).toThrow(expect.objectContaining({ code: 'E_LOGO_INVALID' }));
    expect(() => sanitizeSvg(enc('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>'), 'x.svg')).toThrow(/not well-formed/);
    expect(() => sanitizeSvg(enc('<svg xmlns="http://example.org/not-svg"/>'), 'x.svg')).toThrow(/not in the SVG namespace/);
  });

  it('refuses elements nested deeper than 256 levels with one E_LOGO_LIMIT line (fuzz seed 2030: 3,376 and 14,323 nested groups overflowed the stack)', () => {
    const nested = (n: number) => enc(`<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(n)}<rect width="1" height="1"/>${'</g>'.repeat(n)}</svg>`);
    expect(() => sanitizeSvg(nested(255), 'ok.svg')).not.toThrow();
    for (const n of [257, 3376, 14_323]) {
      expect(() => sanitizeSvg(nested(n), 'deep.svg')).toThrow(
        expect.objectContaining({ code: 'E_LOGO_LIMIT', message: 'the SVG logo deep.svg is too complex to draw: its elements nest more than 256 levels deep' }),
      );
    }
  });
});

describe('logo: placement', () => {
  it('fits a wide SVG logo centred in the frame, 300 dpi, transparent PNG, alt text; the frame disappears (before/after)', async () => {
    const logo = enc('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#0B6E69" opacity="0.5"/></svg>');
    const { pptx, warnings } = await run(await deckWithFrame(), brand({ organization: 'Acme & Co', logo: 'logo.svg' }), { logo: { name: 'logo.svg', bytes: logo } });
    expect(warnings).toEqual([]);
    const xml = shapesOf(pptx);
    expect(xml).not.toContain('va:logo');
    expect(xml).toBe(
      '<p:pic><p:nvPicPr><p:cNvPr id="5" name="Logo" descr="Acme &amp; Co logo"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>' +
        '<p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>' +
        `<p:spPr><a:xfrm><a:off x="${IN}" y="${IN + IN / 4}"/><a:ext cx="${2 * IN}" cy="${IN / 2}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`,
    );
    expect(partText(pptx, 'ppt/slides/_rels/slide1.xml.rels')).toContain('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/va-logo1.png"/>');
    expect(partText(pptx, '[Content_Types].xml')).toContain('<Default Extension="png" ContentType="image/png"/>');
    const meta = await sharp(partBytes(pptx, 'ppt/media/va-logo1.png')!).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 600, height: 150, hasAlpha: true });
  });

  it('fits a tall raster logo, never enlarging it, and warns when it is low resolution', async () => {
    const { pptx, warnings } = await run(await deckWithFrame(), brand({ logo: 'logo.png' }), { logo: { name: 'logo.png', bytes: await png(20, 80) } });
    // The area is in the left third of the slide: the logo aligns to its left edge, full height.
    expect(picBox(shapesOf(pptx))).toEqual({ x: IN, y: IN, cx: IN / 4, cy: IN });
    const meta = await sharp(partBytes(pptx, 'ppt/media/va-logo1.png')!).metadata();
    expect(meta).toMatchObject({ width: 20, height: 80, hasAlpha: true });
    expect(warnings.map((w) => w.code)).toEqual(['W_LOGO_LOW_RESOLUTION']);
  });

  it('scales a large raster logo down to 300 dpi of its printed size and converts JPEG/WebP/GIF to PNG', async () => {
    const jpeg = new Uint8Array(await sharp({ create: { width: 3000, height: 1500, channels: 3, background: 'navy' } }).jpeg().toBuffer());
    const { pptx } = await run(await deckWithFrame(), brand({ logo: 'logo.jpg' }), { logo: { name: 'logo.jpg', bytes: jpeg } });
    const meta = await sharp(partBytes(pptx, 'ppt/media/va-logo1.png')!).metadata();
    // 2:1 in a 2 × 1 in area: the visual weight of a 1 in square, 1.41 × 0.71 in.
    expect(meta).toMatchObject({ format: 'png', width: 424, height: 212 });
  });

  it('renders an SVG with a huge declared canvas at the printed size (its canvas is no pixel limit)', async () => {
    const big = enc('<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="10000"><rect width="20000" height="10000" fill="teal"/></svg>');
    const { pptx } = await run(await deckWithFrame(), brand({ logo: 'big.svg' }), { logo: { name: 'big.svg', bytes: big } });
    expect(await sharp(partBytes(pptx, 'ppt/media/va-logo1.png')!).metadata()).toMatchObject({ width: 424, height: 212 });
  });

  it('keeps the frame\'s hyperlink on the logo (a clickable logo)', async () => {
    const linked = frame.replace('<p:cNvPr id="5" name="va:logo"/>', '<p:cNvPr id="5" name="va:logo"><a:hlinkClick r:id="rId10"/></p:cNvPr>');
    const deck = await miniDeck({
      slides: [{ shapes: linked, rels: '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://acme.example/" TargetMode="External"/>' }],
    });
    const { pptx } = await run(deck, brand({ logo: 'l.png' }), { logo: { name: 'l.png', bytes: await png(100, 50) } });
    expect(shapesOf(pptx)).toContain('<p:cNvPr id="5" name="Logo" descr="Acme Clinic logo"><a:hlinkClick r:id="rId10"/></p:cNvPr>');
    expect(partText(pptx, 'ppt/slides/_rels/slide1.xml.rels')).toContain('Id="rId10"');
  });

  it('describes the logo in the handout\'s language (alt text)', async () => {
    const bytes = await png(100, 50);
    const da = await run(await deckWithFrame(), brand({ logo: 'l.png', locale: 'da-DK' }), { logo: { name: 'l.png', bytes } });
    expect(shapesOf(da.pptx)).toContain('descr="Logo for Acme Clinic"');
    const zh = await run(await deckWithFrame(), brand({ logo: 'l.png', locale: 'zh-CN', organization: '北京诊所' }), { logo: { name: 'l.png', bytes } });
    expect(shapesOf(zh.pptx)).toContain('descr="北京诊所标志"');
  });

  it('places the logo in a frame on the slide master', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }], masterShapes: frame });
    const { pptx } = await run(deck, brand({ logo: 'l.png' }), { logo: { name: 'l.png', bytes: await png(600, 300) } });
    expect(partText(pptx, 'ppt/slideMasters/slideMaster1.xml')).toContain('descr="Acme Clinic logo"');
    expect(partText(pptx, 'ppt/slideMasters/_rels/slideMaster1.xml.rels')).toContain('Target="../media/va-logo1.png"');
  });

  it('removes the frame when the brand has no logo, and warns when a logo has no frame', async () => {
    const none = await run(await deckWithFrame(), brand());
    expect(shapesOf(none.pptx)).toBe('');
    const noFrame = await run(await miniDeck({ slides: [{ shapes: '' }] }), brand({ logo: 'l.png' }), { logo: { name: 'l.png', bytes: await png(10, 10) } });
    expect(noFrame.warnings.map((w) => w.code).filter((c) => c !== 'W_NOTHING_PLACED')).toEqual(['W_LOGO_NO_FRAME']);
    expect(partNames(noFrame.pptx).some((n) => n.startsWith('ppt/media/'))).toBe(false);
  });

  it('removes the placeholder picture the frame used, when nothing else uses it', async () => {
    const placeholderPic = `<p:pic><p:nvPicPr><p:cNvPr id="5" name="va:logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${IN}" cy="${IN}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
    const deck = await miniDeck({
      slides: [{ shapes: placeholderPic, rels: '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/>' }],
      extra: [{ name: 'ppt/media/image1.png', data: await png(10, 10) }],
      defaults: { png: 'image/png' },
    });
    const { pptx } = await run(deck, brand({ logo: 'l.png' }), { logo: { name: 'l.png', bytes: await png(100, 100) } });
    expect(partNames(pptx)).not.toContain('ppt/media/image1.png');
    expect(partText(pptx, 'ppt/slides/_rels/slide1.xml.rels')).not.toContain('rId10');
  });
});

describe('logo: limits and errors', () => {
  it('refuses a logo over the byte limit (E_LOGO_LIMIT)', async () => {
    const deck = await deckWithFrame();
    await expect(run(deck, brand({ logo: 'l.png' }), { logo: { name: 'l.png', bytes: await png(100, 100) } }, { logoLimits: { maxBytes: 50 } })).rejects.toMatchObject({
      code: 'E_LOGO_LIMIT',
      message: expect.stringMatching(/^the logo l\.png is \d+ bytes, over the limit of 50 bytes$/),
    });
  });

  it('refuses a decompression bomb by its declared pixels, before decoding (E_LOGO_LIMIT)', async () => {
    const bomb = pngHeader(50_000, 50_000);
    expect(bomb.length).toBeLessThan(100);
    await expect(run(await deckWithFrame(), brand({ logo: 'bomb.png' }), { logo: { name: 'bomb.png', bytes: bomb } })).rejects.toMatchObject({
      code: 'E_LOGO_LIMIT',
      message: 'the logo bomb.png is too large; the limit is 40000000 pixels',
    });
  });

  it('refuses a damaged image and a brand that names a logo without its bytes', async () => {
    const broken = (await png(10, 10)).slice(0, 40);
    await expect(run(await deckWithFrame(), brand({ logo: 'b.png' }), { logo: { name: 'b.png', bytes: broken } })).rejects.toMatchObject({ code: 'E_LOGO_INVALID' });
    await expect(run(await deckWithFrame(), brand({ logo: 'missing.png' }))).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});
