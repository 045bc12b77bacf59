import { describe, expect, it } from 'vitest';
import { isKnownPreset, presetGeometry, presetNames, readAdjustValues } from '../../../src/render/geometry/preset.js';
import { geometryBounds, pathBounds } from './helpers/bounds.js';
import type { Geometry, PathCommand } from '../../../src/render/geometry/types.js';
import { parseXmlText } from '../../../src/xml/parse.js';

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

/** End points of every command of a path, rounded. */
function vertices(cmds: PathCommand[]): [number, number][] {
  return cmds.filter((c) => c.op !== 'Z').map((c) => [round((c as { x: number }).x), round((c as { y: number }).y)]);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000 + 0;
}

function geometry(name: string, w: number, h: number, adj?: Record<string, number>): Geometry {
  const g = presetGeometry(name, w, h, adj);
  if (!g) throw new Error(`no preset ${name}`);
  return g;
}

/** Signed area of the polygon through the end points (positive = clockwise on a y-down page). */
function signedArea(cmds: PathCommand[]): number {
  const v = vertices(cmds);
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const [x1, y1] = v[i]!;
    const [x2, y2] = v[(i + 1) % v.length]!;
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

describe('preset catalogue', () => {
  const required = `rect roundRect round1Rect round2SameRect round2DiagRect snip1Rect snip2SameRect snipRoundRect
    ellipse triangle rtTriangle diamond parallelogram trapezoid pentagon hexagon heptagon octagon decagon
    dodecagon star4 star5 star6 star8 plus chevron homePlate rightArrow leftArrow upArrow downArrow
    leftRightArrow upDownArrow notchedRightArrow stripedRightArrow pie chord arc blockArc donut frame
    halfFrame corner plaque can cube bevel foldedCorner smileyFace heart cloud teardrop line
    straightConnector1 bentConnector2 bentConnector3 bentConnector4 curvedConnector3 wedgeRectCallout
    wedgeRoundRectCallout wedgeEllipseCallout cloudCallout flowChartProcess flowChartDecision flowChartTerminator
    flowChartAlternateProcess flowChartDocument flowChartConnector leftBracket rightBracket leftBrace
    rightBrace bracketPair bracePair mathPlus mathMinus mathMultiply mathEqual`.split(/\s+/);

  it('has every preset the renderer was asked to support', () => {
    expect(required.filter((n) => !isKnownPreset(n))).toEqual([]);
    expect(presetNames().length).toBeGreaterThanOrEqual(130);
  });

  it('returns null for an unknown preset (the caller falls back to a rectangle)', () => {
    expect(presetGeometry('gear9', 100, 100)).toBeNull();
    expect(presetGeometry('__proto__', 100, 100)).toBeNull();
    expect(presetGeometry('toString', 100, 100)).toBeNull();
    expect(isKnownPreset('constructor')).toBe(false);
  });

  it('evaluates every preset to finite paths at ordinary, flat, empty and huge sizes', () => {
    for (const name of presetNames()) {
      for (const [w, h] of [
        [200, 100],
        [100, 200],
        [0, 0],
        [300, 0],
        [0, 300],
        [1e7, 1e7],
      ] as const) {
        const g = geometry(name, w, h);
        for (const p of g.paths) {
          for (const c of p.commands) for (const v of Object.values(c)) if (typeof v === 'number') expect(Number.isFinite(v), `${name} ${w}×${h}`).toBe(true);
        }
        for (const v of Object.values(g.textRect)) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('stays finite for extreme adjust values', () => {
    for (const name of presetNames()) {
      for (const v of [-1e12, -1, 0, 1, 21_599_999, 5e7, 1e12]) {
        const adj = Object.fromEntries(['adj', 'adj1', 'adj2', 'adj3', 'adj4', 'adj5', 'adj6', 'adj7', 'adj8', 'hf', 'vf'].map((k) => [k, v]));
        const g = geometry(name, 200, 100, adj);
        for (const p of g.paths) for (const c of p.commands) for (const x of Object.values(c)) if (typeof x === 'number') expect(Number.isFinite(x), `${name} ${v}`).toBe(true);
      }
    }
  });

  it('keeps every non-callout preset inside its box (within the stroke of a curve)', () => {
    for (const name of presetNames()) {
      if (/allout/.test(name)) continue;
      const b = geometryBounds(geometry(name, 200, 100))!;
      expect(b.l, name).toBeGreaterThanOrEqual(-1);
      expect(b.t, name).toBeGreaterThanOrEqual(-1);
      expect(b.r, name).toBeLessThanOrEqual(201);
      expect(b.b, name).toBeLessThanOrEqual(101);
    }
  });

  it('puts every text rectangle inside the box with a positive size', () => {
    for (const name of presetNames()) {
      const { l, t, r, b } = geometry(name, 200, 100).textRect;
      expect(r - l, name).toBeGreaterThan(0);
      expect(b - t, name).toBeGreaterThan(0);
      expect(l, name).toBeGreaterThanOrEqual(-1e-9);
      expect(r, name).toBeLessThanOrEqual(200 + 1e-9);
    }
  });
});

describe('presets with known geometry', () => {
  it('roundRect: corner radius = adj × ss / 100000, adj pinned to 50000', () => {
    const g = geometry('roundRect', 200, 100);
    const cmds = g.paths[0]!.commands;
    // Default adj 16667 on a short side of 100.
    expect(vertices(cmds)[0]).toEqual([0, 16.667]);
    expect(vertices(cmds)[1]).toEqual([16.667, 0]);
    expect(cmds[1]!.op).toBe('C');
    expect(vertices(geometry('roundRect', 200, 100, { adj: 30000 }).paths[0]!.commands).slice(0, 2)).toEqual([
      [0, 30],
      [30, 0],
    ]);
    expect(vertices(geometry('roundRect', 200, 100, { adj: 90000 }).paths[0]!.commands).slice(0, 2)).toEqual([
      [0, 50],
      [50, 0],
    ]);
    // Text inset: the point of the corner arc at 45°, r·(1 − cos 45°).
    expect(round(g.textRect.l)).toBe(round(16.667 * 0.29289));
  });

  it('chevron and homePlate points', () => {
    expect(vertices(geometry('chevron', 200, 100).paths[0]!.commands)).toEqual([
      [0, 0],
      [150, 0],
      [200, 50],
      [150, 100],
      [0, 100],
      [50, 50],
    ]);
    expect(vertices(geometry('chevron', 200, 100, { adj: 25000 }).paths[0]!.commands)).toEqual([
      [0, 0],
      [175, 0],
      [200, 50],
      [175, 100],
      [0, 100],
      [25, 50],
    ]);
    expect(vertices(geometry('homePlate', 200, 100).paths[0]!.commands)).toEqual([
      [0, 0],
      [150, 0],
      [200, 50],
      [150, 100],
      [0, 100],
    ]);
  });

  it('rightArrow: shaft height adj1 × h, head length adj2 × ss, text rect along the shaft', () => {
    const g = geometry('rightArrow', 200, 100);
    expect(vertices(g.paths[0]!.commands)).toEqual([
      [0, 25],
      [150, 25],
      [150, 0],
      [200, 50],
      [150, 100],
      [150, 75],
      [0, 75],
    ]);
    expect(g.textRect).toEqual({ l: 0, t: 25, r: 175, b: 75 });
    const thin = geometry('rightArrow', 200, 100, { adj1: 20000, adj2: 80000 });
    expect(vertices(thin.paths[0]!.commands)).toEqual([
      [0, 40],
      [120, 40],
      [120, 0],
      [200, 50],
      [120, 100],
      [120, 60],
      [0, 60],
    ]);
  });

  it('triangle apex follows adj', () => {
    expect(vertices(geometry('triangle', 200, 100).paths[0]!.commands)).toEqual([
      [0, 100],
      [100, 0],
      [200, 100],
    ]);
    expect(vertices(geometry('triangle', 200, 100, { adj: 0 }).paths[0]!.commands)[1]).toEqual([0, 0]);
  });

  it('ellipse is bounded exactly by its box', () => {
    const b = pathBounds(geometry('ellipse', 200, 100).paths[0]!.commands)!;
    expect([round(b.l), round(b.t), round(b.r), round(b.b)]).toEqual([0, 0, 200, 100]);
  });

  it('donut, frame, noSmoking: the hole winds the other way (holes under both fill rules)', () => {
    for (const name of ['donut', 'frame', 'noSmoking']) {
      const cmds = geometry(name, 200, 100).paths[0]!.commands;
      const second = cmds.findIndex((c, i) => i > 0 && c.op === 'M');
      expect(Math.sign(signedArea(cmds.slice(0, second)))).toBe(-Math.sign(signedArea(cmds.slice(second))));
    }
  });

  it('pie: a wedge from adj1 to adj2 closed through the centre', () => {
    const cmds = geometry('pie', 100, 100, { adj1: 0, adj2: 5400000 }).paths[0]!.commands;
    const v = vertices(cmds);
    expect(v[0]).toEqual([100, 50]);
    expect(v[v.length - 2]).toEqual([50, 100]);
    expect(v[v.length - 1]).toEqual([50, 50]);
  });

  it('arc: an unfilled outline plus a filled, unstroked wedge; text box = bounding box of the arc', () => {
    const g = geometry('arc', 200, 100);
    expect(g.paths.map((p) => [p.fill, p.stroke])).toEqual([
      ['norm', false],
      ['none', true],
    ]);
    const { l, t, r, b } = g.textRect;
    expect([round(l), round(t), round(r), round(b)]).toEqual([100, 0, 200, 50]);
  });

  it('solid presets carry their shading modes', () => {
    expect(geometry('cube', 100, 100).paths.map((p) => p.fill)).toEqual(['norm', 'darkenLess', 'lightenLess', 'none']);
    expect(geometry('can', 100, 100).paths.map((p) => p.fill)).toEqual(['norm', 'lighten', 'none']);
  });

  it('connectors are open, unfilled paths', () => {
    for (const name of ['line', 'straightConnector1', 'bentConnector3', 'curvedConnector3']) {
      const g = geometry(name, 200, 100);
      expect(g.paths.every((p) => p.fill === 'none' && !p.commands.some((c) => c.op === 'Z')), name).toBe(true);
    }
    expect(vertices(geometry('bentConnector3', 200, 100, { adj1: 25000 }).paths[0]!.commands)).toEqual([
      [0, 0],
      [50, 0],
      [50, 100],
      [200, 100],
    ]);
  });

  it('star5 is symmetric about the vertical axis and touches the top, left, right and bottom', () => {
    const v = vertices(geometry('star5', 200, 200).paths[0]!.commands);
    expect(v).toHaveLength(10);
    for (const [x, y] of v) expect(v.some(([x2, y2]) => Math.abs(x2 - (200 - x)) < 1e-3 && Math.abs(y2 - y) < 1e-3)).toBe(true);
    // hf and vf are rounded in the specification, so the fit is within a hundredth.
    const b = pathBounds(geometry('star5', 200, 200).paths[0]!.commands)!;
    for (const [v, want] of [
      [b.l, 0],
      [b.t, 0],
      [b.r, 200],
      [b.b, 200],
    ] as const)
      expect(v).toBeCloseTo(want, 2);
  });

  it('a text rectangle that extreme adjust values make empty becomes the whole box', () => {
    // adj1 pinned to 0: the arrow's shaft has no height.
    expect(geometry('rightArrow', 200, 100, { adj1: -5 }).textRect).toEqual({ l: 0, t: 0, r: 200, b: 100 });
  });
});

describe('adjust values', () => {
  it('ignores names the preset does not have, and non-finite values', () => {
    const plain = geometry('roundRect', 200, 100);
    expect(geometry('roundRect', 200, 100, { adj7: 1, foo: 2 })).toEqual(plain);
    expect(geometry('roundRect', 200, 100, { adj: Number.NaN })).toEqual(plain);
    expect(geometry('roundRect', 200, 100, { adj: Number.POSITIVE_INFINITY })).toEqual(plain);
  });

  it('reads a:avLst/a:gd from a:prstGeom whatever the prefix', () => {
    const el = parseXmlText(
      `<d:prstGeom xmlns:d="http://schemas.openxmlformats.org/drawingml/2006/main" prst="rightArrow"><d:avLst><d:gd name="adj1" fmla="val 20000"/><d:gd name="adj2" fmla="val 80000"/><d:gd fmla="val 3"/></d:avLst></d:prstGeom>`,
      'test.xml',
    ).root;
    expect({ ...readAdjustValues(el) }).toEqual({ adj1: 20000, adj2: 80000 });
    expect({ ...readAdjustValues(el.children[0] as never) }).toEqual({ adj1: 20000, adj2: 80000 });
    expect({ ...readAdjustValues(undefined) }).toEqual({});
  });

  it('reads an avLst entry named __proto__ as data, not as a prototype', () => {
    const el = parseXmlText(`<a:prstGeom ${A} prst="rect"><a:avLst><a:gd name="__proto__" fmla="val 5"/></a:avLst></a:prstGeom>`, 't.xml').root;
    const adj = readAdjustValues(el);
    expect(Object.getPrototypeOf(adj)).toBeNull();
    // biome-ignore lint/complexity/useLiteralKeys: the key is the point of the test
    // biome-ignore lint/suspicious/noProto: read as data, which is what is tested
    expect(adj['__proto__']).toBe(5);
    expect(presetGeometry('rect', 10, 10, adj)).not.toBeNull();
  });
});

describe('swooshArrow (SmartArt arrow2)', () => {
  it('rises from the bottom-left corner to its head, which adj2 lengthens (ECMA-376 guides)', () => {
    // 100 × 60, defaults: ss 60, head length ss × 16667 / 100000 = 10, head tip at
    // (r, t + (yF + ssd8) / 2 - h / 20) = (100, 12), the head's top corner at xB - ssd8 × tan(90°/14).
    const g = geometry('swooshArrow', 100, 60);
    const v = vertices(g.paths[0]!.commands);
    expect(v[0]).toEqual([0, 60]);
    expect(v).toContainEqual([100, 12]);
    const corner = v.find(([, y]) => y === 0)!;
    expect(corner[0]).toBeCloseTo(90 - 7.5 * Math.tan(Math.PI / 28), 2);
    const longer = vertices(geometry('swooshArrow', 100, 60, { adj2: 25000 }).paths[0]!.commands).find(([, y]) => y === 0)!;
    expect(longer[0]).toBeCloseTo(85 - 7.5 * Math.tan(Math.PI / 28), 2);
    expect(g.textRect).toEqual({ l: 0, t: 0, r: 100, b: 60 });
  });
});

describe('cloudCallout (ECMA-376 guides)', () => {
  it('is the cloud with three circles from its edge towards the tip, growing away from it', () => {
    // 216 × 216 (ss 216, so ss × 600 / 21600 = 6), tip at adj1 −20833, adj2 62500 (the defaults):
    // xPos = 108 − 45 = 63, yPos = 108 + 135 = 243.
    const g = geometry('cloudCallout', 216, 216);
    const cloud = geometry('cloud', 216, 216);
    expect(g.paths.length).toBe(5);
    expect(g.paths[0]).toEqual(cloud.paths[0]);
    expect(g.paths[4]).toEqual(cloud.paths[1]);
    expect(g.textRect).toEqual(cloud.textRect);
    const circles = g.paths.slice(1, 4).map((p) => {
      const b = pathBounds(p.commands)!;
      return { cx: (b.l + b.r) / 2, cy: (b.t + b.b) / 2, r: (b.r - b.l) / 2, ry: (b.b - b.t) / 2 };
    });
    // Radii ss × 600, 1200, 1800 / 21600: the smallest at the tip.
    expect(circles.map((c) => round(c.r))).toEqual([6, 12, 18]);
    for (const c of circles) expect(c.ry).toBeCloseTo(c.r, 3);
    expect(circles[0]!.cx).toBeCloseTo(63, 2);
    expect(circles[0]!.cy).toBeCloseTo(243, 2);
    // The other two on the line from the tip to where it meets the ellipse (wd2, hd2) around the centre.
    const dx = 63 - 108;
    const dy = 243 - 108;
    const t = Math.atan2(dy * 108, dx * 108);
    const edge = { x: 108 + 108 * Math.cos(t), y: 108 + 108 * Math.sin(t) };
    for (const c of circles.slice(1)) {
      // Distance of the circle's centre from that line.
      const cross = (c.cx - 63) * (edge.y - 243) - (c.cy - 243) * (edge.x - 63);
      expect(Math.abs(cross) / Math.hypot(edge.x - 63, edge.y - 243)).toBeLessThan(0.01);
    }
    const dist = circles.map((c) => Math.hypot(c.cx - 63, c.cy - 243));
    expect(dist[0]).toBeLessThan(dist[1]!);
    expect(dist[1]).toBeLessThan(dist[2]!);
    expect(Math.hypot(edge.x - 63, edge.y - 243)).toBeGreaterThan(dist[2]!);
  });

  it('follows its adjust values', () => {
    const g = geometry('cloudCallout', 200, 100, { adj1: 50000, adj2: -80000 });
    const b = pathBounds(g.paths[1]!.commands)!;
    // Tip at (100 + 100, 50 − 80) = (200, −30), radius ss × 600 / 21600.
    expect((b.l + b.r) / 2).toBeCloseTo(200, 2);
    expect((b.t + b.b) / 2).toBeCloseTo(-30, 2);
  });
});

describe('verticalScroll and horizontalScroll (ECMA-376 guides)', () => {
  it('verticalScroll: a sheet inside the box with its rolls top right and bottom left, the rolls darkened, the outline apart', () => {
    // 100 × 200, adj 12500: ch = ss × 12.5 % = 12.5, ch2 = 6.25.
    const g = geometry('verticalScroll', 100, 200);
    expect(g.paths.map((p) => [p.fill, p.stroke])).toEqual([
      ['norm', false],
      ['darkenLess', false],
      ['none', true],
    ]);
    // The whole fills the box; the sheet (the first path) starts right of the bottom roll (x ch2).
    const all = geometryBounds(g)!;
    expect([all.l, all.t, all.r, all.b].map(round)).toEqual([0, 0, 100, 200]);
    const b = pathBounds(g.paths[0]!.commands)!;
    expect([b.l, b.t, b.r, b.b].map(round)).toEqual([6.25, 0, 100, 200]);
    // The text between the rolls: l = ch, t = ch, r = r - ch, b = b - ch2.
    expect(g.textRect).toEqual({ l: 12.5, t: 12.5, r: 87.5, b: 193.75 });
    // adj is pinned to 25 %: the rolls grow with it.
    expect(geometry('verticalScroll', 100, 200, { adj: 90000 }).textRect.l).toBe(25);
  });

  it('horizontalScroll: the same turned, the text between the top and bottom rolls', () => {
    const g = geometry('horizontalScroll', 200, 100);
    expect(g.paths.map((p) => p.fill)).toEqual(['norm', 'darkenLess', 'none']);
    const all = geometryBounds(g)!;
    expect([all.l, all.t, all.r, all.b].map(round)).toEqual([0, 0, 200, 100]);
    const b = pathBounds(g.paths[0]!.commands)!;
    expect([b.l, b.t, b.r, b.b].map(round)).toEqual([0, 6.25, 200, 100]);
    expect(g.textRect).toEqual({ l: 12.5, t: 12.5, r: 193.75, b: 87.5 });
  });
});
