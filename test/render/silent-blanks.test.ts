/**
 * No silent blanks: what the renderer approximates or leaves out is drawn or reported. The
 * shapes-fills-lines fixture edited in memory: a gradient without stops, gradient-filled text,
 * a picture bullet, outer shadows, SmartArt without a saved drawing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import type { PathOp } from '../../src/render/ops.js';
import { diagramNodes } from '../../src/render/scene/diagram-text.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { fixture, listOf, ROOT, textWith } from './helpers/fixtures.js';

/** A real WPS deck of ../shared/corpus (never copied into the repository). */
const WPS_SMARTART = path.resolve(ROOT, '../shared/corpus/real/docxtemplater__wps-smartart.pptx');
if (!existsSync(WPS_SMARTART)) console.log(`skipped: the corpus deck ${WPS_SMARTART} is absent`);

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

  it("takes a stopless gradient's stops from the shape's style (p:style/a:fillRef), keeping its own direction", async () => {
    // poi 63200: PowerPoint wrote <a:gradFill><a:lin ang="2700000"/></a:gradFill> on a shape whose
    // style fills it with the theme's third fill (a gradient of accent1); LibreOffice fills it.
    const style = '<p:style><a:lnRef idx="1"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="3"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>';
    const bytes = await edited((x) =>
      x.replace(/(name="linear gradient"[\s\S]*?<a:gradFill>)<a:gsLst>[\s\S]*?<\/a:gsLst>([\s\S]*?<\/p:spPr>)/, `$1$2${style}`),
    );
    const { list, warnings } = listOf(bytes);
    expect(skipped(warnings).some((m) => /without colour stops/.test(m))).toBe(false);
    const grads = list.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path' && o.fill?.kind === 'linear');
    // The shape's own a:lin ang="0" (left to right), not the theme fill's 90° (top to bottom).
    const g = grads.find((o) => o.fill?.kind === 'linear' && o.fill.stops.length === 3 && o.fill.y1 === o.fill.y2);
    expect(g).toBeDefined();
    const fill = g!.fill as Extract<PathOp['fill'], { kind: 'linear' }>;
    // The theme's third fill: accent1 shaded to 78 % at the end, darker than at the start.
    expect(fill.stops[2]!.color.b).toBeLessThan(fill.stops[0]!.color.b);
    expect(fill.x2).toBeGreaterThan(fill.x1);
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

describe('outer shadows', () => {
  it('draws a:outerShdw under the shape, offset by dist at dir, softened by blurRad', async () => {
    const shdw = '<a:effectLst><a:outerShdw blurRad="50800" dist="76200" dir="2700000"><a:srgbClr val="000000"><a:alpha val="40000"/></a:srgbClr></a:outerShdw></a:effectLst>';
    const bytes = await edited((x) => x.replace(/(name="shape 0"[\s\S]*?<a:solidFill><a:schemeClr val="accent1"\/><\/a:solidFill><a:ln><\/a:ln>)/, `$1${shdw}`));
    const { list } = listOf(bytes);
    const ops = list.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path');
    const shape = ops.findIndex((o) => o.fill?.kind === 'solid' && o.fill.color.a === 1 && Math.abs(o.transform[4] - 36) < 0.01 && Math.abs(o.transform[5] - 79.2) < 0.01);
    expect(shape).toBeGreaterThan(0);
    const shadows = ops.slice(0, shape).filter((o) => o.fill?.kind === 'solid' && o.fill.color.r === 0 && o.fill.color.a < 0.4);
    expect(shadows.length).toBe(4);
    // 6 pt at 45°: 4.24 pt right and down.
    expect(shadows[0]!.transform[4] - 36).toBeCloseTo(6 * Math.SQRT1_2, 2);
    expect(shadows[0]!.transform[5] - 79.2).toBeCloseTo(6 * Math.SQRT1_2, 2);
    // Stacked, the layers give the shadow's 40 %.
    const fill = shadows[0]!.fill!;
    expect(fill.kind === "solid" && 1 - (1 - fill.color.a) ** 4).toBeCloseTo(0.4, 3);
    expect(shadows[3]!.stroke!.width).toBeGreaterThan(shadows[1]!.stroke!.width);
  });

  it('an empty a:effectLst turns off the theme effect style', async () => {
    const bytes = await edited((x) => x.replace(/(name="shape 0"[\s\S]*?<a:ln><\/a:ln>)/, '$1<a:effectLst/>'));
    const { list } = listOf(bytes);
    expect(list.pages[0]!.ops.some((o) => o.kind === 'path' && o.fill?.kind === 'solid' && o.fill.color.a < 0.4 && o.fill.color.r === 0)).toBe(false);
  });
});

describe('SmartArt without a saved drawing', () => {
  it('lists the data model text in the order and depth of its parent-of connections', () => {
    const xml =
      '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>' +
      '<dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>ignored</a:t></a:r></a:p></dgm:t></dgm:pt>' +
      '<dgm:pt modelId="b"><dgm:t><a:p><a:r><a:t>Second</a:t></a:r></a:p></dgm:t></dgm:pt>' +
      '<dgm:pt modelId="a"><dgm:t><a:p><a:r><a:t>First</a:t></a:r></a:p></dgm:t></dgm:pt>' +
      '<dgm:pt modelId="c"><dgm:t><a:p><a:r><a:t>Child </a:t></a:r><a:r><a:t>of first</a:t></a:r></a:p></dgm:t></dgm:pt>' +
      '<dgm:pt modelId="t" type="parTrans"/><dgm:pt modelId="e"><dgm:t><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>' +
      '</dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="x1" srcId="0" destId="b" srcOrd="1"/><dgm:cxn modelId="x2" srcId="0" destId="a" srcOrd="0"/>' +
      '<dgm:cxn modelId="x3" srcId="a" destId="c" srcOrd="0"/><dgm:cxn modelId="x4" type="presOf" srcId="a" destId="b"/></dgm:cxnLst></dgm:dataModel>';
    const nodes = diagramNodes(parseXmlText(xml, 'data1.xml').root);
    expect(nodes).toEqual([
      { text: 'First', depth: 1 },
      { text: 'Child of first', depth: 2 },
      { text: 'Second', depth: 1 },
    ]);
  });

  it.skipIf(!existsSync(WPS_SMARTART))('draws a real diagram whose drawing part is gone as a list, with a warning', async () => {
    const pkg = OpcPackage.open(new Uint8Array(readFileSync(WPS_SMARTART)));
    pkg.delete('ppt/diagrams/drawing1.xml');
    const { list, warnings } = listOf(await pkg.save());
    expect(textWith(list, 'Hello')).toBeDefined();
    expect(skipped(warnings).some((m) => /SmartArt diagram\(s\) without a saved drawing drawn as a plain list/.test(m))).toBe(true);
  });
});
