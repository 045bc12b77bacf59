/**
 * 3-D charts drawn with their depth (src/render/chart/draw3d.ts, view3d.ts): the projection of
 * c:view3D, and the fixtures/render/charts-3d.pptx deck (3-D columns, cylinders, stacked
 * columns with right-angled axes, pie, lines, areas; horizontal 3-D bars drawn flat).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { fitScene, readView3D } from '../../src/render/chart/view3d.js';
import { toHex } from '../../src/render/color/rgba.js';
import type { PathOp } from '../../src/render/ops.js';
import { CORPUS } from '../edit/helpers/corpus.js';
import { fixture, listOf, texts } from './helpers/fixtures.js';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const chartEl = (view: string) => parseXmlText(`<c:chart xmlns:c="${C}">${view}</c:chart>`, 'test').root;

const paths = (ops: readonly { kind: string }[]) => ops.filter((o): o is PathOp => o.kind === 'path');
const solidHexes = (ops: readonly { kind: string }[]) => new Set(paths(ops).flatMap((o) => (o.fill?.kind === 'solid' ? [toHex(o.fill.color)] : [])));
/** A colour as draw3d shades it (0–255 channels times k, capped), in hex. */
const shaded = (hex: string, k: number) => {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return toHex({ r: Math.min(1, c[0]! * k), g: Math.min(1, c[1]! * k), b: Math.min(1, c[2]! * k), a: 1 });
};

describe('the view of a 3-D chart (c:view3D)', () => {
  it("takes LibreOffice's defaults where the file says nothing", () => {
    expect(readView3D(chartEl(''), false)).toEqual({ rotX: 15, rotY: 20, depth: 1, rightAngled: false, perspective: 30 });
    expect(readView3D(chartEl(''), true)).toMatchObject({ rotX: 30, rotY: 0, rightAngled: false });
    expect(readView3D(chartEl('<c:view3D><c:rotX val="40"/><c:rotY val="-20"/><c:depthPercent val="250"/><c:rAngAx/></c:view3D>'), false)).toEqual({ rotX: 40, rotY: 0, depth: 2.5, rightAngled: true, perspective: 30 });
  });

  it('fits the scene in its rectangle, filling its height', () => {
    const rect = { x: 10, y: 20, w: 300, h: 200 };
    for (const view of [readView3D(chartEl(''), false), readView3D(chartEl('<c:view3D><c:rAngAx val="1"/></c:view3D>'), false)]) {
      const proj = fitScene(view, 4, 3, rect);
      const pts = [0, 4].flatMap((x) => [0, proj.dims.y].flatMap((y) => [0, 3].map((z) => proj.at({ x, y, z }))));
      const x0 = Math.min(...pts.map((p) => p.x));
      const x1 = Math.max(...pts.map((p) => p.x));
      const y0 = Math.min(...pts.map((p) => p.y));
      const y1 = Math.max(...pts.map((p) => p.y));
      expect(x0).toBeGreaterThanOrEqual(rect.x - 1e-6);
      expect(x1).toBeLessThanOrEqual(rect.x + rect.w + 1e-6);
      expect(y0).toBeGreaterThanOrEqual(rect.y - 1e-6);
      expect(y1).toBeLessThanOrEqual(rect.y + rect.h + 1e-6);
      // The automatic height makes the picture fill the rectangle: both ways with right-angled
      // axes; a turned scene fills the height and 0.9 of the width, as LibreOffice's estimate does.
      expect(y1 - y0).toBeCloseTo(rect.h, 0);
      expect(x1 - x0).toBeCloseTo(view.rightAngled ? rect.w : 0.9 * rect.w, 0);
    }
  });

  it('right-angled axes keep the front face square and shift the back up and to the right', () => {
    const proj = fitScene(readView3D(chartEl('<c:view3D><c:rotX val="15"/><c:rotY val="20"/><c:rAngAx val="1"/></c:view3D>'), false), 4, 1, { x: 0, y: 0, w: 400, h: 300 });
    const a = proj.at({ x: 0, y: 0, z: 0 });
    const b = proj.at({ x: 4, y: 0, z: 0 });
    const c = proj.at({ x: 0, y: proj.dims.y, z: 0 });
    const back = proj.at({ x: 0, y: 0, z: 1 });
    expect(b.y).toBeCloseTo(a.y, 9);
    expect(c.x).toBeCloseTo(a.x, 9);
    expect(back.x).toBeGreaterThan(a.x);
    expect(back.y).toBeLessThan(a.y);
  });

  it('in perspective, the back of the scene is drawn smaller than its front, and the right side comes nearer', () => {
    const proj = fitScene(readView3D(chartEl(''), false), 4, 3, { x: 0, y: 0, w: 400, h: 300 });
    const front = proj.at({ x: 4, y: 0, z: 0 }).x - proj.at({ x: 0, y: 0, z: 0 }).x;
    const back = proj.at({ x: 4, y: 0, z: 3 }).x - proj.at({ x: 0, y: 0, z: 3 }).x;
    expect(back).toBeLessThan(front * 0.95);
    expect(proj.seesRight).toBe(true);
    // The category axis runs down to the right, as LibreOffice draws it at rotY 20.
    expect(proj.at({ x: 4, y: 0, z: 0 }).y).toBeGreaterThan(proj.at({ x: 0, y: 0, z: 0 }).y);
  });
});

describe('the charts-3d fixture', () => {
  const { list, warnings } = listOf(fixture('charts-3d'));

  it('draws every 3-D chart with depth; only horizontal 3-D bars are drawn flat, with a warning', () => {
    expect(list.pages.length).toBe(7);
    const skipped = warnings.filter((w) => w.code === 'W_RENDER_SKIPPED').map((w) => w.message);
    expect(skipped).toEqual(['slide 7: 1 3-D chart(s) drawn flat']);
  });

  it('3-D columns: front, top and side faces shaded as LibreOffice shades them', () => {
    const fills = solidHexes(list.pages[0]!.ops);
    // Visits is C0504D, Bookings 4F81BD (the fixture's series colours).
    for (const base of ['#c0504d', '#4f81bd']) {
      expect(fills, `${base} front`).toContain(shaded(base, 1.09));
      expect(fills, `${base} top`).toContain(shaded(base, 1.055));
      expect(fills, `${base} side`).toContain(shaded(base, 0.99));
    }
  });

  it('3-D columns: gridlines run along the back wall and bend onto the side wall; series names label the depth', () => {
    const bent = paths(list.pages[0]!.ops).filter((o) => o.stroke && !o.fill && o.commands.length === 3);
    expect(bent.length).toBeGreaterThanOrEqual(5);
    for (const o of bent) {
      const [a, b, c] = o.commands as { x: number; y: number }[];
      // Two segments that are not in line: the corner of the side and back walls.
      const crossZ = (b!.x - a!.x) * (c!.y - b!.y) - (b!.y - a!.y) * (c!.x - b!.x);
      expect(Math.abs(crossZ)).toBeGreaterThan(1);
    }
    const words = texts(list, 0).map((t) => t.text);
    // Each series name twice: in the legend and along the series axis.
    for (const name of ['Visits', 'Bookings', 'Cancelled']) expect(words.filter((w) => w === name).length, name).toBe(2);
    for (const cat of ['North', 'South', 'East', 'West']) expect(words).toContain(cat);
    // Value labels without LibreOffice's 2-D headroom: 0 to 20 for a maximum of 19.
    expect(words).toContain('20');
    expect(words).not.toContain('25');
  });

  it('stacked 3-D columns keep their data labels; the pie shows its side darker than its top', () => {
    const words = texts(list, 2).map((t) => t.text);
    for (const v of ['12', '19', '8', '11']) expect(words).toContain(v);
    // Pie: the first slice (accent-coloured by the theme) has a top at 0.96 and a side at 0.9.
    const pie = paths(list.pages[3]!.ops).filter((o) => o.fill?.kind === 'solid');
    const hexes = new Set(pie.map((o) => toHex((o.fill as { color: Parameters<typeof toHex>[0] }).color)));
    const tops = [...hexes].filter((h) => [...hexes].some((s) => s !== h && Math.abs(Number.parseInt(s.slice(1, 3), 16) / 0.9 - Number.parseInt(h.slice(1, 3), 16) / 0.96) <= 1.5 && Math.abs(Number.parseInt(s.slice(5, 7), 16) / 0.9 - Number.parseInt(h.slice(5, 7), 16) / 0.96) <= 1.5));
    expect(tops.length).toBeGreaterThanOrEqual(2);
    expect(texts(list, 3).map((t) => t.text)).toEqual(expect.arrayContaining(['23%', '36%', '13%', '28%']));
  });

  it('an exploded 3-D pie (c:explosion) moves its slices out and shows their cut faces', async () => {
    const pkg = OpcPackage.open(fixture('charts-3d'));
    const part = 'ppt/charts/chart4.xml';
    pkg.set(part, new TextEncoder().encode(new TextDecoder().decode(pkg.get(part)!).replace('<c:order val="0"/>', '<c:order val="0"/><c:explosion val="25"/>')));
    const exploded = listOf(await pkg.save()).list;
    // Cut faces are four-cornered (M L L L Z, like the legend keys): none on the whole pie, two per
    // slice when exploded.
    const quads = (ops: readonly { kind: string }[]) => paths(ops).filter((o) => o.fill?.kind === 'solid' && o.commands.length === 5).length;
    expect(quads(exploded.pages[3]!.ops) - quads(list.pages[3]!.ops)).toBe(8);
  });

  it('3-D lines are ribbons and 3-D areas are extruded: faces with four corners, not strokes', () => {
    for (const page of [4, 5]) {
      const quads = paths(list.pages[page]!.ops).filter((o) => o.fill?.kind === 'solid' && o.commands.length === 5 && o.commands[4]!.op === 'Z');
      expect(quads.length, `page ${page + 1}`).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('a real PowerPoint deck with a 3-D column chart', () => {
  const file = path.join(CORPUS, 'real/poi__aascu-multi-master-charts.pptx');
  it.skipIf(!existsSync(file))('draws it with depth, without the "drawn flat" warning', () => {
    if (!existsSync(file)) console.log(`skipped: ${file} is absent (the shared corpus)`);
    const { list, warnings } = listOf(new Uint8Array(readFileSync(file)));
    expect(list.pages.length).toBeGreaterThan(0);
    expect(warnings.filter((w) => /3-D chart/.test(w.message))).toEqual([]);
    // Slide 5: 19 age bands too wide for their columns are turned 45°, as LibreOffice turns them.
    const band = texts(list, 4).find((t) => t.text.startsWith('95 to 99'));
    expect(band, 'the category label "95 to 99 years"').toBeDefined();
    const [a, b] = [band!.transform[0], band!.transform[1]];
    expect(Math.abs(Math.atan2(b, a) * (180 / Math.PI))).toBeCloseTo(45, 0);
  });
});
