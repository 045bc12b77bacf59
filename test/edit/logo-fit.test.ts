import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyseLogoPixels, readableShare } from '../../src/edit/logo-contrast.js';
import { alignFor, logoSize, minHeightMarker, placeIn } from '../../src/edit/logo-fit.js';

const MM = 36000;
const PT = 12700;

async function pixels(svg: string): Promise<{ data: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

describe('logoSize: the logo gets the weight of a square as tall as the area, within its limits', () => {
  const area = { cx: 173 * PT, cy: 40 * PT };
  const min = 8 * MM;

  it('gives a square logo the full height and a tall mark the full height', () => {
    expect(logoSize(area, 300, 300, min)).toEqual({ cx: 40 * PT, cy: 40 * PT });
    expect(logoSize(area, 100, 400, min)).toEqual({ cx: 10 * PT, cy: 40 * PT });
  });

  it('gives a 2:1 logo the area of the square (height / √2) and a 4:1 wordmark at least 8 mm', () => {
    const two = logoSize(area, 200, 100, min);
    expect(two.cy).toBe(Math.round((40 * PT) / Math.SQRT2));
    expect(two.cx * two.cy).toBeCloseTo(40 * PT * 40 * PT, -9);
    // 40 pt / 2 = 20 pt is under 8 mm (22.7 pt): the minimum wins.
    expect(logoSize(area, 400, 100, min)).toEqual({ cx: 4 * 8 * MM, cy: 8 * MM });
  });

  it('limits an 8:1 wordmark by the area width (it cannot reach 8 mm in 173 pt)', () => {
    const s = logoSize(area, 800, 100, min);
    expect(s.cx).toBe(area.cx);
    expect(s.cy).toBe(Math.round(area.cx / 8));
  });

  it('never makes a logo taller than the area, even when the minimum is larger', () => {
    expect(logoSize({ cx: 1000 * PT, cy: 15 * PT }, 400, 100, min)).toEqual({ cx: 60 * PT, cy: 15 * PT });
  });

  it('places the logo centred vertically, on the side of the page edge', () => {
    const box = { x: 1000, y: 2000, cx: 5000, cy: 1000 };
    expect(placeIn(box, { cx: 1000, cy: 500 }, 'right')).toEqual({ x: 5000, y: 2250, cx: 1000, cy: 500 });
    expect(placeIn(box, { cx: 1000, cy: 500 }, 'left')).toEqual({ x: 1000, y: 2250, cx: 1000, cy: 500 });
    expect(placeIn(box, { cx: 1000, cy: 500 }, 'center')).toEqual({ x: 3000, y: 2250, cx: 1000, cy: 500 });
    expect(alignFor({ x: 7000, y: 0, cx: 2000, cy: 100 }, 10000)).toBe('right');
    expect(alignFor({ x: 500, y: 0, cx: 2000, cy: 100 }, 10000)).toBe('left');
    expect(alignFor({ x: 4000, y: 0, cx: 2000, cy: 100 }, 10000)).toBe('center');
  });

  it('reads the minimum height from va:logo:min:<length>', () => {
    expect(minHeightMarker(['va:logo', 'va:logo:min:10mm'])).toBe(10 * MM);
    expect(minHeightMarker(['va:logo:MIN:28pt'])).toBe(28 * PT);
    expect(minHeightMarker(['va:logo:min:0.5in'])).toBe(457200);
    expect(minHeightMarker(['va:logo:min:1cm'])).toBe(10 * MM);
    expect(minHeightMarker(['va:logo:min:9'])).toBe(9 * MM);
    expect(minHeightMarker(['va:logo', 'va:logo:min:big'])).toBeUndefined();
  });
});

describe('logo contrast: the outline of the visible pixels against a colour', () => {
  it('finds the outline of a dark mark on a transparent picture, its extent and no background of its own', async () => {
    const p = await pixels('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect x="50" y="25" width="100" height="50" fill="#1B2A4A"/></svg>');
    const a = analyseLogoPixels(p.data, p.width, p.height);
    expect(a.opaqueBackground).toBe(false);
    expect(a.ink).toEqual({ left: 0.25, top: 0.25, width: 0.5, height: 0.5 });
    expect(a.outlinePixels).toBe(2 * 100 + 2 * 48);
    expect(readableShare(a, 'FFFFFF')).toBe(1);
    expect(readableShare(a, '0A3D62')).toBe(0);
  });

  it('judges only the outline: white letters inside a blue disc do not count against a white page', async () => {
    const p = await pixels(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="48" fill="#2B6CB0"/><rect x="35" y="35" width="30" height="30" fill="#FFFFFF"/></svg>',
    );
    expect(readableShare(analyseLogoPixels(p.data, p.width, p.height), 'FFFFFF')).toBeGreaterThan(0.95);
  });

  it('recognises a logo with its own opaque background', async () => {
    const p = await pixels('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#F4E9D8"/><rect x="20" y="10" width="60" height="30" fill="#7A3E00"/></svg>');
    const a = analyseLogoPixels(p.data, p.width, p.height);
    expect(a.opaqueBackground).toBe(true);
    expect(a.ink).toEqual({ left: 0, top: 0, width: 1, height: 1 });
  });

  it('counts a two-tone logo half readable on white and half on near-black', async () => {
    const p = await pixels('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="50" height="50" fill="#FFFFFF"/><rect x="50" width="50" height="50" fill="#111111"/></svg>');
    const a = analyseLogoPixels(p.data, p.width, p.height);
    // The picture's edge is the outline here: no transparent pixel at all, so it is its own background.
    expect(a.opaqueBackground).toBe(true);
    expect(readableShare(a, 'FFFFFF')).toBeCloseTo(0.5, 1);
    expect(readableShare(a, '1F2933')).toBeCloseTo(0.5, 1);
  });

  it('has no outline for a transparent picture', () => {
    const a = analyseLogoPixels(new Uint8Array(4 * 16), 4, 4);
    expect(a.outlinePixels).toBe(0);
    expect(a.ink).toBeUndefined();
    expect(readableShare(a, 'FFFFFF')).toBe(0);
  });
});
