/**
 * No silent blanks: what the renderer approximates or leaves out is drawn or reported. The
 * shapes-fills-lines fixture edited in memory: a gradient without stops, gradient-filled text,
 * a picture bullet.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import type { PathOp } from '../../src/render/ops.js';
import { fixture, listOf, textWith } from './helpers/fixtures.js';

const SLIDE = 'ppt/slides/slide1.xml';

async function edited(edit: (xml: string) => string): Promise<Uint8Array> {
  const pkg = OpcPackage.open(fixture('shapes-fills-lines'));
  const xml = new TextDecoder().decode(pkg.get(SLIDE)!);
  const next = edit(xml);
  expect(next).not.toBe(xml);
  pkg.set(SLIDE, new TextEncoder().encode(next));
  return pkg.save();
}

const skipped = (warnings: { code: string; message: string }[]) => warnings.filter((w) => w.code === 'W_RENDER_SKIPPED').map((w) => w.message);

describe('no silent blanks', () => {
  it('reports a gradient fill without stops (not filled)', async () => {
    const bytes = await edited((x) => x.replace(/(name="linear gradient"[\s\S]*?<a:gradFill>)<a:gsLst>[\s\S]*?<\/a:gsLst>/, '$1'));
    const { list, warnings } = listOf(bytes);
    expect(skipped(warnings).some((m) => /gradient fill\(s\) without colour stops/.test(m))).toBe(true);
    expect(list.pages[0]!.ops.some((o) => o.kind === 'path' && (o as PathOp).fill?.kind === 'linear')).toBe(false);
  });

  it('draws gradient-filled text in the mean colour of its gradient, and says so', async () => {
    const grad = '<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs><a:gs pos="100000"><a:srgbClr val="000080"/></a:gs></a:gsLst><a:lin ang="0"/></a:gradFill>';
    const bytes = await edited((x) => x.replace('<a:rPr lang="en-US" sz="2000" b="1" dirty="0"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>', `<a:rPr lang="en-US" sz="2000" b="1" dirty="0">${grad}`));
    const { list, warnings } = listOf(bytes);
    const t = textWith(list, 'Shapes, fills');
    // Halfway between white and navy, not the first stop's white.
    expect(t.color.r).toBeCloseTo(0.5, 2);
    expect(t.color.b).toBeCloseTo((1 + 128 / 255) / 2, 2);
    expect(skipped(warnings).some((m) => /gradient-filled text/.test(m))).toBe(true);
  });

  it('draws a picture bullet as a round bullet, and says so', async () => {
    const bytes = await edited((x) => x.replace('<a:pPr indent="0" marL="0"><a:buNone/></a:pPr>', '<a:pPr indent="-228600" marL="228600"><a:buBlip><a:blip r:embed="rId1"/></a:buBlip></a:pPr>'));
    const { list, warnings } = listOf(bytes);
    expect(textWith(list, '•')).toBeDefined();
    expect(skipped(warnings).some((m) => /picture bullet/.test(m))).toBe(true);
  });
});
