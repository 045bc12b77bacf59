/**
 * One placement for shapes and pictures (src/render/scene/placement.ts): a p:sp and a p:pic with
 * the same a:xfrm in the same rotated, mirrored and scaled group are drawn with the same matrix;
 * hidden ones and ones without any a:xfrm are not drawn.
 */
import { describe, expect, it } from 'vitest';
import type { DrawOp } from '../../../src/render/ops.js';
import { groupShape, miniDeck } from '../../edit/helpers/mini-deck.js';
import { listOf } from '../helpers/fixtures.js';

const XFRM = '<a:xfrm rot="1800000" flipH="1"><a:off x="200" y="300"/><a:ext cx="400" cy="200"/></a:xfrm>';
const LINE = (rgb: string) => `<a:ln w="12700"><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></a:ln>`;
const sp = (id: number, rgb: string, extra = '') =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"${extra}/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${XFRM}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>${LINE(rgb)}</p:spPr></p:sp>`;
const pic = (id: number, rgb: string, extra = '', xfrm = XFRM) =>
  `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture ${id}"${extra}/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>${xfrm}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${LINE(rgb)}</p:spPr></p:pic>`;

function strokeOf(ops: DrawOp[], rgb: string): DrawOp[] {
  const want = Number.parseInt(rgb.slice(0, 2), 16) / 255;
  return ops.filter((o) => o.kind === 'path' && o.stroke !== undefined && Math.abs(o.stroke.color.r - want) < 1e-6);
}

describe('placeShape', () => {
  it('places a shape and a picture with the same transform in a turned, mirrored, scaled group the same way', async () => {
    const members = sp(3, 'FF0000') + pic(4, '800000') + pic(5, '400000', ' hidden="1"') + pic(6, '200000', '', '');
    const group = groupShape({ id: 2, name: 'Group', x: 914400, y: 914400, cx: 1828800, cy: 914400, chOff: { x: 0, y: 0 }, chExt: { cx: 1000, cy: 1000 }, children: members }).replace(
      '<a:xfrm>',
      '<a:xfrm rot="5400000" flipV="1">',
    );
    const { list } = listOf(await miniDeck({ slides: [{ shapes: group }] }));
    const ops = list.pages[0]!.ops;
    const shape = strokeOf(ops, 'FF0000');
    const picture = strokeOf(ops, '800000');
    expect(shape).toHaveLength(1);
    expect(picture).toHaveLength(1);
    expect(picture[0]!.transform).toEqual(shape[0]!.transform);
    // Hidden (p:cNvPr@hidden) and without a transform: not drawn.
    expect(strokeOf(ops, '400000')).toHaveLength(0);
    expect(strokeOf(ops, '200000')).toHaveLength(0);
  });
});
