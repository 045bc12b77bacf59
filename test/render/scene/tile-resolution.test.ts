/**
 * a:tile repeats the picture at the size its file states: pixels over the resolution of a PNG's
 * pHYs chunk or a JPEG's JFIF density, 96 dpi when the file states none (PowerPoint's own
 * thumbnail of poi pptx2svg.pptx repeats its 75 dpi texture every 123.75 pt, not every 96 pt).
 * The backgrounds fixture's slide 2 (a stretched 85 × 110 pixel PNG background) edited in memory.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../../src/package/opc-package.js';
import { imageResolution } from '../../../src/render/images/size.js';
import type { ImageOp } from '../../../src/render/ops.js';
import { fixture, listOf } from '../helpers/fixtures.js';

const SLIDE = 'ppt/slides/slide2.xml';
const MEDIA = 'ppt/media/Slide-2-image-1.png';
const STRETCH = '<a:stretch><a:fillRect/></a:stretch>';

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** A PNG's chunks with its pHYs replaced (per metre, unit) or left out (undefined). */
function withPhys(png: Uint8Array, phys: { perMetre: number; unit: number } | undefined): Uint8Array {
  const out: number[] = [...png.subarray(0, 8)];
  let i = 8;
  while (i < png.length) {
    const len = ((png[i]! << 24) | (png[i + 1]! << 16) | (png[i + 2]! << 8) | png[i + 3]!) >>> 0;
    const type = String.fromCharCode(...png.subarray(i + 4, i + 8));
    if (type !== 'pHYs') out.push(...png.subarray(i, i + 12 + len));
    else if (phys) {
      const body = new Uint8Array([...new TextEncoder().encode('pHYs'), ...u32(phys.perMetre), ...u32(phys.perMetre), phys.unit]);
      out.push(...u32(9), ...body, ...u32(crc32(body)));
    }
    i += 12 + len;
  }
  return new Uint8Array(out);
}

/** A JPEG's first bytes: SOI, an APP0 JFIF segment (units, densities) unless left out, a SOF0 of 128 × 64. */
function jpegHeader(jfif: { units: number; x: number; y: number } | undefined): Uint8Array {
  const app0 = jfif ? [0xff, 0xe0, 0, 16, ...new TextEncoder().encode('JFIF'), 0, 1, 1, jfif.units, jfif.x >> 8, jfif.x & 255, jfif.y >> 8, jfif.y & 255, 0, 0] : [];
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, 0xc0, 0, 17, 8, 0, 64, 0, 128, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
}

/** The image operations of slide 2 with its background tiled and its PNG's pHYs set. */
async function tiles(phys: { perMetre: number; unit: number } | undefined): Promise<ImageOp[]> {
  const pkg = OpcPackage.open(fixture('backgrounds'));
  const xml = new TextDecoder().decode(pkg.get(SLIDE)!);
  expect(xml).toContain(STRETCH);
  pkg.set(SLIDE, new TextEncoder().encode(xml.replace(STRETCH, '<a:tile tx="0" ty="0" sx="100000" sy="100000" flip="none" algn="tl"/>')));
  pkg.set(MEDIA, withPhys(pkg.get(MEDIA)!, phys));
  return listOf(await pkg.save()).list.pages[1]!.ops.filter((o): o is ImageOp => o.kind === 'image');
}

describe('imageResolution', () => {
  const png = OpcPackage.open(fixture('backgrounds')).get(MEDIA)!;

  it("reads a PNG's pHYs in pixels per metre (unit 1), and nothing from an aspect ratio (unit 0) or no pHYs", () => {
    const r = imageResolution(withPhys(png, { perMetre: 2953, unit: 1 }), 'png')!;
    expect(r.x).toBeCloseTo(75.0, 1);
    expect(r.y).toBeCloseTo(75.0, 1);
    expect(imageResolution(withPhys(png, { perMetre: 2953, unit: 0 }), 'png')).toBeUndefined();
    expect(imageResolution(withPhys(png, undefined), 'png')).toBeUndefined();
  });

  it("reads a JPEG's JFIF density in dots per inch (units 1) or per centimetre (units 2)", () => {
    expect(imageResolution(jpegHeader({ units: 1, x: 75, y: 150 }), 'jpeg')).toEqual({ x: 75, y: 150 });
    const cm = imageResolution(jpegHeader({ units: 2, x: 30, y: 30 }), 'jpeg')!;
    expect(cm.x).toBeCloseTo(76.2, 6);
    expect(imageResolution(jpegHeader({ units: 0, x: 1, y: 1 }), 'jpeg')).toBeUndefined();
    expect(imageResolution(jpegHeader(undefined), 'jpeg')).toBeUndefined();
  });

  it('ignores a density of 0 and truncated headers', () => {
    expect(imageResolution(jpegHeader({ units: 1, x: 0, y: 72 }), 'jpeg')).toBeUndefined();
    expect(imageResolution(jpegHeader({ units: 1, x: 72, y: 72 }).subarray(0, 12), 'jpeg')).toBeUndefined();
    expect(imageResolution(withPhys(png, { perMetre: 2953, unit: 1 }).subarray(0, 40), 'png')).toBeUndefined();
  });
});

describe('a:tile', () => {
  it("repeats an 85 × 110 pixel PNG at its pHYs resolution (75 dpi: 81.6 × 105.6 pt)", async () => {
    const ops = await tiles({ perMetre: 2953, unit: 1 });
    expect(ops.length).toBeGreaterThan(1);
    for (const op of ops) {
      expect(op.w).toBeCloseTo((85 * 72) / (2953 * 0.0254), 3);
      expect(op.h).toBeCloseTo((110 * 72) / (2953 * 0.0254), 3);
    }
    // Laid edge to edge from the slide's top-left corner (algn="tl", no offset).
    const xs = [...new Set(ops.map((o) => Math.round(o.x * 1000) / 1000))].sort((a, b) => a - b);
    expect(xs[0]).toBe(0);
    expect(xs[1]).toBeCloseTo((85 * 72) / (2953 * 0.0254), 3);
  });

  it('repeats it at 96 dpi when the file states no resolution (63.75 × 82.5 pt)', async () => {
    const ops = await tiles(undefined);
    expect(ops.length).toBeGreaterThan(1);
    for (const op of ops) {
      expect(op.w).toBeCloseTo(63.75, 6);
      expect(op.h).toBeCloseTo(82.5, 6);
    }
  });
});
