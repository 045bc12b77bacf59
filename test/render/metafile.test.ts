/**
 * EMF/WMF pictures (src/render/emf/): the fixture deck metafiles.pptx, whose pictures are built
 * record by record (fixtures/render/metafile-bytes.mts), as display-list operations: where the
 * shapes land on the page, their colours, the clip, text, the bitmap, and the one warning per
 * picture for what is not drawn; damaged metafiles end in warnings, never exceptions.
 */
import { describe, expect, it } from 'vitest';
import { fixtureEmf, fixtureWmf } from '../../fixtures/render/metafile-bytes.mjs';
import { drawMetafile } from '../../src/render/emf/metafile.js';
import { apply } from '../../src/render/matrix.js';
import type { DrawOp, PathOp } from '../../src/render/ops.js';
import { newTextStats } from '../../src/render/text/stats.js';
import type { Warning } from '../../src/warnings.js';
import { fixture, listOf, registry, textWith } from './helpers/fixtures.js';

const near = (a: number, b: number, eps = 0.05) => Math.abs(a - b) <= eps;

/** Page-space bounds of a path operation. */
function pageBounds(op: PathOp): { l: number; t: number; r: number; b: number } {
  const pts = op.commands.filter((c) => c.op !== 'Z').map((c) => apply(op.transform, (c as { x: number }).x, (c as { y: number }).y));
  return { l: Math.min(...pts.map((p) => p.x)), t: Math.min(...pts.map((p) => p.y)), r: Math.max(...pts.map((p) => p.x)), b: Math.max(...pts.map((p) => p.y)) };
}

function filledWith(ops: DrawOp[], r: number, g: number, b: number): PathOp[] {
  return ops.filter((o): o is PathOp => o.kind === 'path' && o.fill?.kind === 'solid' && near(o.fill.color.r, r / 255, 0.002) && near(o.fill.color.g, g / 255, 0.002) && near(o.fill.color.b, b / 255, 0.002));
}

function play(bytes: Uint8Array, format: 'emf' | 'wmf', warnings: Warning[] = []): DrawOp[] {
  const box = { x: 0, y: 0, w: 100, h: 60 };
  return drawMetafile({ key: 'k', bytes, format, name: `test.${format}` }, { box, visible: box, m: [1, 0, 0, 1, 0, 0], alpha: 1 }, { fonts: registry, stats: newTextStats(), warnings, slide: 1, part: 'ppt/slides/slide1.xml', shapeName: 'test' });
}

describe('EMF and WMF pictures', () => {
  const { list, warnings } = listOf(fixture('metafiles'));
  const ops = list.pages[0]!.ops;

  it('maps the EMF frame onto the picture box (MM_ANISOTROPIC window 1000 × 600 on a 5 × 3 in picture at 0.5, 1 in)', () => {
    // Blue rectangle, logical (40, 40)-(340, 240): 360 pt / 1000 units across, 216 pt / 600 down.
    const blue = filledWith(ops, 40, 110, 200);
    expect(blue.length).toBe(3); // the picture, stretched and cropped
    const b = pageBounds(blue[0]!);
    expect(near(b.l, 36 + 14.4) && near(b.t, 72 + 14.4) && near(b.r, 36 + 122.4) && near(b.b, 72 + 86.4)).toBe(true);
    // Its outline: the dark pen, 4 logical units wide (1.44 pt).
    const outline = ops.find((o): o is PathOp => o.kind === 'path' && o.stroke !== undefined && near(o.stroke.color.b, 60 / 255, 0.002));
    expect(outline!.stroke!.width).toBeCloseTo(1.44, 2);
  });

  it('clips the ellipse to IntersectClipRect and restores the clip with RestoreDC', () => {
    const red = filledWith(ops, 220, 50, 50)[0]!;
    expect(red.clip).toBeDefined();
    const clip = red.clip!.filter((c) => c.op !== 'Z').map((c) => apply(red.transform, (c as { x: number }).x, (c as { y: number }).y));
    expect(Math.max(...clip.map((p) => p.x))).toBeCloseTo(36 + 180, 1); // logical x 500
    // The green triangle after RestoreDC is not clipped.
    expect(filledWith(ops, 60, 170, 90)[0]!.clip).toBeUndefined();
  });

  it('draws paths with Béziers, dashed pens, the bitmap, the world transform and text', () => {
    const path = filledWith(ops, 240, 170, 30)[0]!;
    expect(path.commands.some((c) => c.op === 'C')).toBe(true);
    expect(ops.some((o) => o.kind === 'path' && (o.stroke?.dash.length ?? 0) > 0)).toBe(true);
    const img = ops.find((o) => o.kind === 'image' && o.image.name.includes('fixture.emf'));
    expect(img).toBeDefined();
    // The 45° rectangle: its edges are diagonal on the page.
    const grey = filledWith(ops, 100, 100, 100)[0]!;
    const pts = grey.commands.filter((c) => c.op !== 'Z') as { x: number; y: number }[];
    expect(Math.abs(pts[1]!.x - pts[0]!.x)).toBeCloseTo(Math.abs(pts[1]!.y - pts[0]!.y), 1);
    const text = textWith(list, 'EMF text');
    expect(text.size).toBeCloseTo((50 * 216) / 600, 1);
  });

  it('draws the WMF (placeable header) and its text', () => {
    const purple = filledWith(ops, 130, 60, 180);
    expect(purple.length).toBe(1);
    const b = pageBounds(purple[0]!);
    // The ellipse, logical (1480, 40)-(2840, 700) of 2880 × 1440, on a 4 × 2 in picture at (0.5, 7.8) in.
    expect(near(b.l, 36 + (1480 / 2880) * 288, 0.5) && near(b.r, 36 + (2840 / 2880) * 288, 0.5)).toBe(true);
    expect(textWith(list, 'WMF')).toBeDefined();
  });

  it('warns once per picture about the records it did not draw', () => {
    const partial = warnings.filter((w) => w.code === 'W_METAFILE_PARTIAL');
    expect(partial.length).toBe(3);
    expect(partial[0]!.message).toMatch(/GradientFill/);
    expect(warnings.some((w) => w.code === 'W_IMAGE_UNSUPPORTED')).toBe(false);
  });

  it('survives truncated and damaged metafiles with a warning', () => {
    const emf = fixtureEmf();
    for (const cut of [120, 300, Math.floor(emf.length / 2), emf.length - 30]) {
      const warnings: Warning[] = [];
      const bytes = emf.slice(0, cut);
      expect(() => play(bytes, 'emf', warnings)).not.toThrow();
    }
    // A record claiming more points than it holds.
    const bad = fixtureEmf();
    const dv = new DataView(bad.buffer);
    for (let at = 108; at + 8 <= bad.length; at += dv.getUint32(at + 4, true)) {
      if (dv.getUint32(at, true) === 86) dv.setUint32(at + 24, 1_000_000, true);
    }
    const warnings: Warning[] = [];
    expect(play(bad, 'emf', warnings).length).toBeGreaterThan(0);
    expect(warnings.some((w) => w.code === 'W_METAFILE_PARTIAL' && /damaged record/.test(w.message))).toBe(true);
    const wmf = fixtureWmf();
    for (const cut of [30, 60, wmf.length - 10]) expect(() => play(wmf.slice(0, cut), 'wmf')).not.toThrow();
    const none: Warning[] = [];
    expect(play(new Uint8Array(40), 'emf', none)).toEqual([]);
    expect(none[0]!.code).toBe('W_IMAGE_UNSUPPORTED');
  });
});
