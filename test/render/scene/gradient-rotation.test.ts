/**
 * a:gradFill rotWithShape: a linear gradient turns with its shape unless rotWithShape="0", when it
 * runs on the page at its own angle (a shape's flips still mirror it). The shapes-fills-lines
 * fixture's "linear gradient" rectangle (a:lin ang="0": first stop left, last stop right) edited
 * in memory.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../../src/package/opc-package.js';
import type { PathOp } from '../../../src/render/ops.js';
import { fixture, listOf } from '../helpers/fixtures.js';

const SLIDE = 'ppt/slides/slide1.xml';
const XFRM = '<a:xfrm><a:off x="457200" y="6583680"/><a:ext cx="3200400" cy="1371600"/></a:xfrm>';

/** The fixture with the gradient rectangle's a:xfrm attributes and a:gradFill attributes set. */
async function edited(xfrmAttrs: string, gradAttrs: string): Promise<Uint8Array> {
  const pkg = OpcPackage.open(fixture('shapes-fills-lines'));
  const xml = new TextDecoder().decode(pkg.get(SLIDE)!);
  const shape = /<p:sp><p:nvSpPr><p:cNvPr id="17" name="linear gradient">[\s\S]*?<\/p:sp>/.exec(xml)![0];
  expect(shape).toContain(XFRM);
  const next = shape.replace(XFRM, XFRM.replace('<a:xfrm>', `<a:xfrm${xfrmAttrs}>`)).replace('<a:gradFill>', `<a:gradFill${gradAttrs}>`);
  pkg.set(SLIDE, new TextEncoder().encode(xml.replace(shape, next)));
  return pkg.save();
}

/** The direction, on the page, from the gradient's first stop to its last (unit vector). */
async function pageDirection(deck: Promise<Uint8Array>): Promise<{ x: number; y: number }> {
  const op = listOf(await deck).list.pages[0]!.ops.find((o): o is PathOp => o.kind === 'path' && o.fill?.kind === 'linear')!;
  const f = op.fill!;
  if (f.kind !== 'linear') throw new Error('not linear');
  const [a, b, c, d] = op.transform;
  const dx = f.x2 - f.x1;
  const dy = f.y2 - f.y1;
  const px = a * dx + c * dy;
  const py = b * dx + d * dy;
  const len = Math.hypot(px, py);
  return { x: Math.round((px / len) * 1000) / 1000 + 0, y: Math.round((py / len) * 1000) / 1000 + 0 };
}

describe('a:gradFill rotWithShape', async () => {
  it('an unturned shape runs its gradient left to right either way', async () => {
    expect(await pageDirection(edited('', ''))).toEqual({ x: 1, y: 0 });
    expect(await pageDirection(edited('', ' rotWithShape="0"'))).toEqual({ x: 1, y: 0 });
  });

  it('a gradient that turns with its shape (the default) runs down a shape turned 90°', async () => {
    expect(await pageDirection(edited(' rot="5400000"', ''))).toEqual({ x: 0, y: 1 });
    expect(await pageDirection(edited(' rot="5400000"', ' rotWithShape="1"'))).toEqual({ x: 0, y: 1 });
  });

  it('rotWithShape="0" keeps the gradient left to right on a turned shape', async () => {
    expect(await pageDirection(edited(' rot="5400000"', ' rotWithShape="0"'))).toEqual({ x: 1, y: 0 });
    expect(await pageDirection(edited(' rot="2700000"', ' rotWithShape="0"'))).toEqual({ x: 1, y: 0 });
  });

  it('rotWithShape="0": the flips still mirror it (flipH right to left, flipV unchanged for a level gradient)', async () => {
    // Open-XML-SDK o09_Performance_typical's master: a:xfrm rot="16200000" flipH="1", a:lin ang="0".
    expect(await pageDirection(edited(' rot="16200000" flipH="1"', ' rotWithShape="0"'))).toEqual({ x: -1, y: 0 });
    expect(await pageDirection(edited(' rot="5400000" flipV="1"', ' rotWithShape="0"'))).toEqual({ x: 1, y: 0 });
    expect(await pageDirection(edited(' rot="5400000" flipH="1" flipV="1"', ' rotWithShape="0"'))).toEqual({ x: -1, y: 0 });
  });
});
