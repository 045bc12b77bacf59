/**
 * 3-D charts drawn with their depth (src/render/chart/draw3d.ts, view3d.ts): the projection of
 * c:view3D, the fixtures/render/charts-3d.pptx deck (3-D columns, cylinders, stacked columns
 * with right-angled axes, pie, lines, areas, horizontal bars) and charts-3d-bars.pptx (horizontal
 * 3-D bars: clustered, stacked, percent-stacked cylinders, cones, standard pyramids).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../src/inspect/inspect.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { fitScene, pieSceneSpread, readView3D } from '../../src/render/chart/view3d.js';
import { toHex } from '../../src/render/color/rgba.js';
import { apply } from '../../src/render/matrix.js';
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
      // axes; a turned scene one way at least (its height comes from LibreOffice's estimate,
      // VDiagram::adjustAspectRatio3d, which does not look at the picture it makes).
      if (view.rightAngled) {
        expect(y1 - y0).toBeCloseTo(rect.h, 0);
        expect(x1 - x0).toBeCloseTo(rect.w, 0);
      } else {
        expect(Math.max((y1 - y0) / rect.h, (x1 - x0) / rect.w)).toBeCloseTo(1, 3);
      }
    }
  });

  it('a lying scene (horizontal bars) takes points in the chart frame: categories go up, values to the right', () => {
    const view = readView3D(chartEl('<c:view3D><c:rotX val="15"/><c:rotY val="20"/><c:rAngAx val="1"/></c:view3D>'), false);
    const rect = { x: 0, y: 0, w: 400, h: 300 };
    const proj = fitScene(view, 4, 1, rect, true);
    const o = proj.at({ x: 0, y: 0, z: 0 });
    const cat = proj.at({ x: 4, y: 0, z: 0 });
    const value = proj.at({ x: 0, y: proj.dims.y, z: 0 });
    // Categories straight up the front face, values straight along it (right-angled axes).
    expect(cat.x).toBeCloseTo(o.x, 9);
    expect(cat.y).toBeLessThan(o.y);
    expect(value.y).toBeCloseTo(o.y, 9);
    expect(value.x).toBeGreaterThan(o.x);
    // The value extent fills the width: the whole picture is the rectangle.
    const pts = [0, 4].flatMap((x) => [0, proj.dims.y].flatMap((y) => [0, 1].map((z) => proj.at({ x, y, z }))));
    expect(Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x))).toBeCloseTo(rect.w, 0);
    expect(Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y))).toBeCloseTo(rect.h, 0);
    // The frame's directions turned into the scene's: up the categories is the scene's up.
    expect(proj.toScene({ x: 1, y: 0, z: 0 })).toEqual({ x: 0, y: 1, z: 0 });
    // Seen from above and from the right: the frame sees its value end (the scene's right side)
    // and its top category (the scene's top).
    expect(proj.seesTop).toBe(true);
    expect(proj.seesRight).toBe(true);
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

  it("a turned scene's height is LibreOffice's estimate from the rectangle and the view's z angle", () => {
    // rotX 15, rotY 20: LibreOffice's z angle is atan(tan(-15°)·sin(20°)), |sin| 0.0913, |cos|
    // 0.9958; a 4 × 3 scene (x 1, z 0.75 once the larger is 1) in 300 × 200 gets the height
    // (300·0.0913 − 200·0.9958) / (200·0.0913 − 300·0.9958) = 0.6124 of its width: 2.450 for 4
    // categories. The old fit (the picture filling the height and 0.9 of the width) made it 2.59.
    const proj = fitScene(readView3D(chartEl(''), false), 4, 3, { x: 0, y: 0, w: 300, h: 200 });
    expect(proj.dims.y).toBeCloseTo(2.45, 2);
    // A flat view (rotX 0) has no z angle: the box is as high, relative to its width, as the rectangle.
    const flat = fitScene(readView3D(chartEl('<c:view3D><c:rotX val="0"/><c:rotY val="30"/></c:view3D>'), false), 4, 3, { x: 0, y: 0, w: 300, h: 200 });
    expect(flat.dims.y).toBeCloseTo((4 * 200) / 300, 6);
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

  it('draws every 3-D chart with depth, horizontal bars included, without a "drawn flat" warning', () => {
    expect(list.pages.length).toBe(7);
    expect(warnings.filter((w) => w.code === 'W_RENDER_SKIPPED').map((w) => w.message)).toEqual([]);
  });

  it('3-D columns: front, top and side faces shaded as LibreOffice shades them', () => {
    const fills = solidHexes(list.pages[0]!.ops);
    // Visits is C0504D, Bookings 4F81BD (the fixture's series colours).
    for (const base of ['#c0504d', '#4f81bd']) {
      expect(fills, `${base} front`).toContain(shaded(base, 1.09));
      expect(fills, `${base} top`).toContain(shaded(base, 1.055));
      expect(fills, `${base} side`).toContain(shaded(base, 0.99));
    }
    // Right-angled axes (page 3, stacked columns): LibreOffice's light falls on a sheared, not
    // turned, scene: tops 0.96, sides 0.88 (measured on its PDF), no turned-view shades.
    const sheared = solidHexes(list.pages[2]!.ops);
    for (const base of ['#c0504d', '#4f81bd']) {
      for (const k of [1.09, 0.88]) expect(sheared, `${base} × ${k}`).toContain(shaded(base, k));
      for (const k of [1.055, 0.99]) expect(sheared, `${base} × ${k}`).not.toContain(shaded(base, k));
    }
    expect(sheared).toContain(shaded('#9bbb59', 0.96));
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

  it("a 3-D pie is as wide as LibreOffice's box around it, seen in perspective, allows", async () => {
    // The pie of the fixture (slide 4, c:rotX 30), seen in perspective (the default, 30) and parallel (0).
    const pieWidth = async (perspective: string) => {
      const pkg = OpcPackage.open(fixture('charts-3d'));
      const part = 'ppt/charts/chart4.xml';
      pkg.set(part, new TextEncoder().encode(new TextDecoder().decode(pkg.get(part)!).replace('<c:rAngAx val="0"/>', `<c:rAngAx val="0"/>${perspective}`)));
      // A frame narrower than it is tall, so that the pie's width is what limits it.
      const slide = 'ppt/slides/slide4.xml';
      pkg.set(slide, new TextEncoder().encode(new TextDecoder().decode(pkg.get(slide)!).replace('<a:ext cx="8229600" cy="4023360"/>', '<a:ext cx="4023360" cy="4023360"/>')));
      const ops = paths(listOf(await pkg.save()).list.pages[3]!.ops).filter((o) => o.fill?.kind === 'solid' && o.commands.length > 8);
      const xs = ops.flatMap((o) => o.commands.flatMap((c) => ('x' in c ? [c.x] : [])));
      return Math.max(...xs) - Math.min(...xs);
    };
    const parallel = await pieWidth('<c:perspective val="0"/>');
    const seen = await pieWidth('');
    // The box's near corners come out 1.125 times wider at LibreOffice's camera distance for 30
    // (4.12 scene edges): measured on its PDFs, its pies are 0.895–0.906 of the parallel width.
    expect(pieSceneSpread(readView3D(chartEl(''), true), Math.PI / 6, 0.21).x).toBeCloseTo(1.125, 2);
    expect(pieSceneSpread(readView3D(chartEl('<c:view3D><c:perspective val="0"/></c:view3D>'), true), Math.PI / 6, 0.21)).toEqual({ x: 1, y: 1 });
    expect(seen / parallel).toBeCloseTo(1 / 1.125, 2);
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
    // Slide 5: 19 age bands under narrow columns. In the shipped fonts every word fits the space
    // between two categories, so each label wraps at its spaces under its column, upright, no
    // word cut (fd3c3a4; in wider system fonts "years" does not fit and they all turn 45°).
    const first = texts(list, 4).find((t) => t.text.startsWith('95 to'));
    expect(first, 'the category label "95 to 99 years"').toBeDefined();
    const column = texts(list, 4).filter((t) => t.transform[4] === first!.transform[4] && t.transform[5] === first!.transform[5]);
    expect(column.map((t) => t.text).join(' ')).toBe('95 to 99 years');
    expect(new Set(column.map((t) => t.y)).size).toBeGreaterThan(1);
    for (const t of column) expect([t.transform[1], t.transform[2]]).toEqual([0, 0]);
  });
});

/** A path's points on the page. */
const pagePts = (o: PathOp) => o.commands.flatMap((c) => ('x' in c ? [apply(o.transform, c.x, c.y)] : []));
const bbox = (pts: { x: number; y: number }[]) => ({ x0: Math.min(...pts.map((p) => p.x)), x1: Math.max(...pts.map((p) => p.x)), y0: Math.min(...pts.map((p) => p.y)), y1: Math.max(...pts.map((p) => p.y)) });
const fillHex = (o: PathOp) => (o.fill?.kind === 'solid' ? toHex(o.fill.color) : undefined);

describe('horizontal 3-D bars (the charts-3d-bars fixture)', () => {
  const { list, warnings } = listOf(fixture('charts-3d-bars'));
  const RED = '#c0504d';
  const BLUE = '#4f81bd';
  const GREEN = '#9bbb59';

  it('draws all five charts with depth, without a warning', () => {
    expect(list.pages.length).toBe(5);
    expect(warnings.filter((w) => w.code === 'W_RENDER_SKIPPED')).toEqual([]);
  });

  it('clustered bars lie along the values, their tops lit as tops and their ends as sides', () => {
    const ops = paths(list.pages[0]!.ops);
    for (const base of [RED, BLUE, GREEN]) {
      // Right-angled axes: LibreOffice's front 1.09, top 0.96, sides 0.88 (measured on its PDF).
      const fronts = ops.filter((o) => fillHex(o) === shaded(base, 1.09)).map((o) => bbox(pagePts(o)));
      const tops = ops.filter((o) => fillHex(o) === shaded(base, 0.96)).map((o) => bbox(pagePts(o)));
      const ends = ops.filter((o) => fillHex(o) === shaded(base, 0.88)).map((o) => bbox(pagePts(o)));
      // One bar per category; the longest much wider than high.
      expect(fronts.length, base).toBe(4);
      const longest = fronts.slice().sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0))[0]!;
      expect(longest.x1 - longest.x0, base).toBeGreaterThan(3 * (longest.y1 - longest.y0));
      // The top face (lit as a column's top) lies over its front face, and the end face (lit as
      // a column's side) at its right end: the scene's light, not the frame's.
      expect(tops.length, base).toBe(4);
      expect(ends.length, base).toBe(4);
      for (const t of tops) expect(fronts.some((f) => t.y0 < f.y0 && t.y1 <= f.y0 + 0.5 && Math.abs(t.x0 - f.x0) < 2)).toBe(true);
      for (const n of ends) expect(fronts.some((f) => n.x0 >= f.x1 - 0.5 && n.x1 - n.x0 < 0.25 * (f.x1 - f.x0))).toBe(true);
    }
    // The longest red bar is South's 19, the longest of all.
    const red = ops.filter((o) => fillHex(o) === shaded(RED, 1.09)).map((o) => bbox(pagePts(o)));
    const widths = red.map((b) => b.x1 - b.x0);
    // Categories from the bottom up: North (12), South (19), East (7), West (15).
    const byHeight = red.slice().sort((a, b) => b.y0 - a.y0).map((b) => b.x1 - b.x0);
    expect(byHeight[1]).toBe(Math.max(...widths));
    expect(byHeight[0]! / byHeight[1]!).toBeCloseTo(12 / 19, 1);
  });

  it('category labels stand left of the bars from the bottom up, value labels under them', () => {
    const t = texts(list, 0);
    const at = (s: string) => t.find((o) => o.text === s)!;
    const bars = paths(list.pages[0]!.ops).filter((o) => [RED, BLUE, GREEN].some((c) => fillHex(o) === shaded(c, 1.09)));
    const barsBox = bbox(bars.flatMap(pagePts));
    const cats = ['North', 'South', 'East', 'West'].map(at);
    for (const c of cats) expect(c.px + c.width).toBeLessThan(barsBox.x0);
    for (let i = 1; i < cats.length; i++) expect(cats[i]!.py).toBeLessThan(cats[i - 1]!.py);
    const values = ['0', '5', '10', '15', '20'].map((v) => t.find((o) => o.text === v)).filter((o) => o !== undefined);
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const v of values) expect(v.py).toBeGreaterThan(barsBox.y1);
    for (let i = 1; i < values.length; i++) expect(values[i]!.px).toBeGreaterThan(values[i - 1]!.px);
  });

  it('value gridlines run back along the floor and up the back wall', () => {
    // Right-angled axes: the front face is square, so a gridline's last leg is straight up.
    const bent = paths(list.pages[0]!.ops).filter((o) => o.stroke && !o.fill && o.commands.length === 3).map(pagePts);
    expect(bent.length).toBeGreaterThanOrEqual(5);
    for (const [, b, c] of bent) {
      expect(Math.abs(c!.x - b!.x)).toBeLessThan(0.01);
      expect(c!.y).toBeLessThan(b!.y - 20);
    }
  });

  it('stacked bars keep their data labels; their legend reads in series order, clustered bars the other way', () => {
    const words = texts(list, 1).map((o) => o.text);
    for (const v of ['12', '19', '7', '15', '8', '11', '5', '9']) expect(words).toContain(v);
    const legend = (page: number) => texts(list, page).filter((o) => ['Visits', 'Bookings', 'Cancelled'].includes(o.text)).sort((a, b) => a.py - b.py).map((o) => o.text);
    expect(legend(1)).toEqual(['Visits', 'Bookings', 'Cancelled']);
    expect(legend(0)).toEqual(['Cancelled', 'Bookings', 'Visits']);
    // A stack: each series' piece starts where the one before it ends.
    const fronts = (c: string) => paths(list.pages[1]!.ops).filter((o) => fillHex(o) === shaded(c, 1.09)).map((o) => bbox(pagePts(o)));
    const red = fronts(RED).sort((a, b) => a.y0 - b.y0);
    const blue = fronts(BLUE).sort((a, b) => a.y0 - b.y0);
    expect(red.length).toBe(4);
    for (let i = 0; i < 4; i++) expect(Math.abs(blue[i]!.x0 - red[i]!.x1)).toBeLessThan(1.5);
  });

  it('percent-stacked cylinders are round (16-sided) and all end at 100 %', () => {
    // Any shade of the green series (its faces are lit differently round the cylinder).
    const g = [0x9b, 0xbb, 0x59];
    const isGreen = (hex: string | undefined) => {
      if (!hex) return false;
      const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const k = c[0]! / g[0]!;
      return k > 0.8 && k < 1.2 && c.every((v, i) => Math.abs(v - Math.min(255, g[i]! * k)) <= 2);
    };
    // (The legend key is the series colour itself; every face is lit, so none is exactly that.)
    const green = paths(list.pages[2]!.ops).filter((o) => isGreen(fillHex(o)) && fillHex(o) !== GREEN).map((o) => bbox(pagePts(o)));
    // Four cylinders, each showing about half of its 16 sides and its end.
    expect(green.length).toBeGreaterThanOrEqual(4 * 8);
    // The cylinders (faces whose heights overlap belong to one), one per category, all end at 100 %.
    const rows: { y0: number; y1: number; x1: number }[] = [];
    for (const b of green.sort((p, q) => p.y0 - q.y0)) {
      const last = rows[rows.length - 1];
      if (last && b.y0 < last.y1) Object.assign(last, { y1: Math.max(last.y1, b.y1), x1: Math.max(last.x1, b.x1) });
      else rows.push({ ...b });
    }
    expect(rows.length).toBe(4);
    const ends = rows.map((r) => r.x1);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(0.5);
  });

  it('standard bars stand one series behind the other, named along the series axis right of the floor', () => {
    const t = texts(list, 4);
    const names = ['Visits', 'Bookings', 'Cancelled'].map((n) => t.filter((o) => o.text === n));
    for (const n of names) expect(n.length).toBe(2);
    const north = t.find((o) => o.text === 'North')!;
    // The series axis labels (the lower of each pair is in the legend, the axis labels are under it)...
    const axis = names.map((n) => n.slice().sort((a, b) => b.py - a.py)[0]!);
    for (const a of axis) expect(a.px).toBeGreaterThan(north.px + 100);
    // ...go back (up the page) from the front row, Visits, to the back row, Cancelled.
    expect(axis[0]!.py).toBeGreaterThan(axis[1]!.py);
    expect(axis[1]!.py).toBeGreaterThan(axis[2]!.py);
  });

  it("follows the theme's accents where the series leave their colour to it (a rebranded deck)", async () => {
    const pkg = OpcPackage.open(fixture('charts-3d-bars'));
    const chart = 'ppt/charts/chart1.xml';
    pkg.set(chart, new TextEncoder().encode(new TextDecoder().decode(pkg.get(chart)!).replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (ser) => ser.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, ''))));
    const theme = pkg.partNames().find((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n))!;
    pkg.set(theme, new TextEncoder().encode(new TextDecoder().decode(pkg.get(theme)!).replace(/<a:accent1>[\s\S]*?<\/a:accent1>/, '<a:accent1><a:srgbClr val="0A5FAD"/></a:accent1>')));
    const fills = solidHexes(listOf(await pkg.save()).list.pages[0]!.ops);
    for (const k of [1.09, 0.96, 0.88]) expect(fills).toContain(shaded('#0a5fad', k));
  });
});

describe('inspect agrees with the renderer on 3-D charts', () => {
  it('lists no horizontal 3-D bars; a 3-D group sharing its plot area with a 2-D one is drawn flat, and listed so', async () => {
    const bars = fixture('charts-3d-bars');
    expect(inspect(bars).unsupported).toEqual([]);
    // Chart 1 gets a 2-D copy of its bar group (c:barChart) beside its c:bar3DChart.
    const pkg = OpcPackage.open(bars);
    const part = 'ppt/charts/chart1.xml';
    const xml = new TextDecoder().decode(pkg.get(part)!);
    const group = /<c:bar3DChart>[\s\S]*?<\/c:bar3DChart>/.exec(xml)![0];
    const flat = group.replace(/c:bar3DChart>/g, 'c:barChart>').replace(/<c:gapDepth[^>]*\/>|<c:shape[^>]*\/>/g, '');
    pkg.set(part, new TextEncoder().encode(xml.replace(group, group + flat)));
    const mixed = await pkg.save();
    const { warnings } = listOf(mixed);
    expect(warnings.filter((w) => w.code === 'W_RENDER_SKIPPED').map((w) => w.message)).toEqual(['slide 1: 1 3-D chart(s) drawn flat']);
    expect(inspect(mixed).unsupported.map((u) => [u.kind, u.treatment, u.slide])).toEqual([['chart', 'drawn flat', 1]]);
  });
});

describe('the axes of horizontal 3-D bars follow c:orientation and c:tickLblPos, as in LibreOffice', () => {
  const edited = async (part: string, edit: (xml: string) => string) => {
    const pkg = OpcPackage.open(fixture('charts-3d-bars'));
    const before = new TextDecoder().decode(pkg.get(part)!);
    const after = edit(before);
    expect(after).not.toBe(before);
    pkg.set(part, new TextEncoder().encode(after));
    return listOf(await pkg.save()).list;
  };
  const barFronts = (ops: readonly { kind: string }[], hex: string) => paths(ops).filter((o) => fillHex(o) === shaded(hex, 1.09)).map((o) => bbox(pagePts(o)));

  it('a reversed category axis (maxMin) puts the first category on top, mirrors each cluster and takes the value labels up', async () => {
    const list = await edited('ppt/charts/chart1.xml', (x) => x.replace(/(<c:catAx>[\s\S]*?<c:orientation val=")minMax/, '$1maxMin'));
    const t = texts(list, 0);
    const at = (s: string) => t.find((o) => o.text === s)!;
    expect(at('North').py).toBeLessThan(at('West').py);
    // In each cluster the first series (red) is now on top of the last (green).
    const red = barFronts(list.pages[0]!.ops, '#c0504d').sort((a, b) => a.y0 - b.y0);
    const green = barFronts(list.pages[0]!.ops, '#9bbb59').sort((a, b) => a.y0 - b.y0);
    for (let i = 0; i < 4; i++) expect(red[i]!.y0).toBeLessThan(green[i]!.y0);
    const bars = bbox([...red, ...green].flatMap((b) => [{ x: b.x0, y: b.y0 }, { x: b.x1, y: b.y1 }]));
    for (const v of ['0', '10', '20']) expect(at(v).py, v).toBeLessThan(bars.y0);
  });

  it("a series' own c:shape (cylinder) wins over its group's (box)", async () => {
    let n = 0;
    const list = await edited('ppt/charts/chart1.xml', (x) => x.replace(/<\/c:val>/g, (m) => (n++ === 1 ? `${m}<c:shape val="cylinder"/>` : m)));
    // Faces in any shade of a series colour (the legend key, its colour itself, left out).
    const faces = (hex: string) => {
      const b = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      return paths(list.pages[0]!.ops).filter((o) => {
        const h = fillHex(o);
        if (!h || h === hex) return false;
        const c = [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
        const k = c[0]! / b[0]!;
        return c.every((v, i) => Math.abs(v - Math.min(255, b[i]! * k)) <= 2);
      }).length;
    };
    // Boxes show three faces each; 16-sided cylinders about half their sides and an end.
    expect(faces('#c0504d')).toBe(4 * 3);
    expect(faces('#4f81bd')).toBeGreaterThanOrEqual(4 * 8);
  });

  it('with negative values, category labels stand where the value axis crosses (c:tickLblPos nextTo): at zero', async () => {
    const list = await edited('ppt/charts/chart2.xml', (x) => x.replace('<c:grouping val="stacked"/>', '<c:grouping val="clustered"/>').replace('<c:overlap val="100"/>', '').replace(/(<c:v>)(8|11|5|9)(<\/c:v>)/g, '$1-$2$3'));
    const t = texts(list, 1);
    const zero = t.find((o) => o.text === '0')!;
    const minus = t.find((o) => o.text === '-10')!;
    const north = t.find((o) => o.text === 'North')!;
    // Right-aligned just left of the zero line, well right of the negative values' labels.
    expect(north.px + north.width).toBeLessThan(zero.px + zero.width + 6);
    expect(north.px).toBeGreaterThan(minus.px + 20);
    // The negative bars run left from zero.
    const blue = barFronts(list.pages[1]!.ops, '#4f81bd');
    expect(blue.length).toBe(4);
    for (const b of blue) expect(b.x0).toBeLessThan(north.px);
  });
});
