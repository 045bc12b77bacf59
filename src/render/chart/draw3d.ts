/**
 * 3-D charts drawn with their depth (c:bar3DChart, c:line3DChart, c:area3DChart, c:pie3DChart),
 * as LibreOffice draws them: the scene of view3d.ts with its floor (c:floor), back wall
 * (c:backWall) and side wall (c:sideWall), value gridlines on both walls, value labels along the
 * wall's front edge, category labels under the front edge and series labels along the floor's
 * side (charts with a series axis, c:serAx). Horizontal bars (c:barDir="bar") are the same chart
 * laid on its side: categories up the side wall, values along the floor, gridlines on the floor
 * and the back wall, category labels left of the front edge, value labels under it.
 *
 * - columns are prisms (c:shape: box; cylinder as a 16-sided prism; cone and pyramid narrowing to
 *   a point; coneToMax and pyramidToMax drawn as cone and pyramid), their faces flat-shaded as
 *   LibreOffice's light does (front 1.09, top 1.055, sides 0.99 of the series colour in a turned
 *   view; top 0.96, sides 0.88 with right-angled axes);
 * - standard (not stacked) columns, lines and areas stand one series behind the other, the first
 *   in front; clustered and stacked ones share one row, c:gapDepth apart from the walls;
 * - areas are extruded (front face, top, ends), lines are ribbons as deep as their row;
 * - a pie is tilted by its elevation (c:rotX), with its side (a fifth of its radius high) shaded;
 *   exploded slices (c:explosion) move out, their cut faces drawn, back to front.
 * Faces are drawn back to front (the painter's order), each facing away from the viewer left out.
 */
import type { Rgba } from '../color/rgba.js';
import type { Paint, PathCommand, Stroke } from '../ops.js';
import type { FillSpec } from '../scene/fill.js';
import { path, line, type Box, type Env } from './env.js';
import { child, val, type Axis, type ChartGroup, type Series } from './model.js';
import { formatNumber } from './number-format.js';
import { paintIn, readSpPr, solidStroke, strokeOf } from './paint.js';
import { niceScale, ticks, type Scale } from './scale.js';
import { defaults, label, styleOf, type Label } from './text.js';
import { fitScene, pieSceneSpread, readView3D, type Projection, type Pt, type Vec3, type View3D } from './view3d.js';

/** What draw.ts lends the 3-D drawing (kept there, shared with the flat charts). */
export interface Kit {
  seriesPaint(g: ChartGroup, s: Series, index: number, spPr: Series['spPr'], box: Box): { fill: Paint | undefined; fillSpec: FillSpec | undefined; stroke: Stroke | undefined; color: Rgba };
  pointColours(g: ChartGroup): boolean;
  styleStroke(): Stroke;
  dataRange(groups: ChartGroup[]): { min: number; max: number; percent: boolean };
  stackedValues(g: ChartGroup, i: number): { base: number; top: number }[];
  /** The data label of point i as a measured label and its c:dLblPos, or undefined. */
  pointLabel(g: ChartGroup, s: Series, i: number, v: number, total?: number): { label: Label; pos: string | undefined } | undefined;
}

const LABEL_GAP = (100 / 100) * (72 / 25.4);

function shade(c: Rgba, k: number): Rgba {
  return { r: Math.min(1, c.r * k), g: Math.min(1, c.g * k), b: Math.min(1, c.b * k), a: c.a };
}

const sub = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
const cross = (a: Vec3, b: Vec3): Vec3 => ({ x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x });
const dot = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
const norm = (a: Vec3): Vec3 => {
  const l = Math.hypot(a.x, a.y, a.z) || 1;
  return { x: a.x / l, y: a.y / l, z: a.z / l };
};
const centre = (pts: Vec3[]): Vec3 => ({ x: pts.reduce((s, p) => s + p.x, 0) / pts.length, y: pts.reduce((s, p) => s + p.y, 0) / pts.length, z: pts.reduce((s, p) => s + p.z, 0) / pts.length });

/**
 * LibreOffice's flat shading of a face with the scene normal n, measured on its PDFs: in a turned
 * view front 1.09, top 1.055, sides 0.99, bottom 0.95; with right-angled axes (a scene it shears
 * but does not turn, so its light falls differently) front 1.09, top 0.96, sides 0.88 (columns
 * and horizontal bars alike).
 */
function lightFactor(n: Vec3, oblique: boolean): number {
  const [top, side] = oblique ? [-0.04, -0.12] : [0.055, -0.01];
  return 1 + 0.09 * Math.max(0, -n.z) + top * Math.max(0, n.y) + side * Math.abs(n.x) - 0.05 * Math.max(0, -n.y);
}

function polygon(pts: Pt[]): PathCommand[] {
  return [{ op: 'M', x: pts[0]!.x, y: pts[0]!.y }, ...pts.slice(1).map((p) => ({ op: 'L' as const, x: p.x, y: p.y })), { op: 'Z' }];
}

function bboxOf(pts: Pt[]): Box {
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

interface FacePaint {
  color: Rgba;
  /** The front face's own paint (a gradient of the chart style), where it has one. */
  front: FillSpec | undefined;
  stroke: Stroke | undefined;
}

/**
 * Draws a planar face (outward normal `n`, or computed from the first three points when
 * undefined) if it faces the viewer; `twoSided` faces (ribbons) are drawn from either side.
 */
function face(e: Env, proj: Projection, pts: Vec3[], p: FacePaint, opts: { n?: Vec3; twoSided?: boolean; seam?: boolean } = {}): void {
  if (pts.length < 3) return;
  let n = opts.n ?? norm(cross(sub(pts[1]!, pts[0]!), sub(pts[2]!, pts[0]!)));
  const c = centre(pts);
  const facing = dot(n, proj.toCamera(c));
  if (facing <= 1e-9) {
    if (!opts.twoSided) return;
    n = { x: -n.x, y: -n.y, z: -n.z };
  }
  const flat = pts.map((q) => proj.at(q));
  const frontFacing = n.z < -0.999 && p.front && p.front.kind !== 'solid';
  const fill: Paint | undefined = frontFacing ? paintIn(p.front, ...boxArgs(bboxOf(flat))) : { kind: 'solid', color: shade(p.color, lightFactor(proj.toScene(n), proj.oblique)) };
  // Faces of a round body are edged in their own colour, so no background shows between them.
  const stroke = p.stroke ?? (opts.seam && fill?.kind === 'solid' ? solidStroke(fill.color, 0.5) : undefined);
  path(e, polygon(flat), fill, stroke);
}

const boxArgs = (b: Box): [number, number, number, number] => [b.x, b.y, b.w, b.h];

// ── Bar, line and area charts ──────────────────────────────────────────────────────────────

function axisOf(e: Env, g: ChartGroup, kind: Axis['kind'] | 'cat'): Axis | undefined {
  const axes = g.axIds.map((id) => e.model.axes.get(id)).filter((a): a is Axis => a !== undefined);
  if (kind === 'cat') return axes.find((a) => a.kind === 'cat' || a.kind === 'date');
  return axes.find((a) => a.kind === kind);
}

/** Whether draw3d draws this plot: 3-D bars and columns, lines and areas (not mixed with 2-D ones). */
export function drawsWithDepth(groups: ChartGroup[]): boolean {
  return groups.length > 0 && groups.every((g) => g.threeD && (g.kind === 'line' || g.kind === 'area' || g.kind === 'bar'));
}

/** Draws 3-D bars, columns, lines and areas with their walls and axes in `box` (or the manual plot area). */
export function drawAxes3D(e: Env, kit: Kit, groups: ChartGroup[], box: Box, manualPlot: Box | undefined): void {
  const main = groups[0]!;
  const view = readView3D(child(e.model.root, 'chart'), false);
  const catAx = axisOf(e, main, 'cat');
  const valAx = axisOf(e, main, 'val');
  const serAx = axisOf(e, main, 'ser');
  // Horizontal bars: the scene lies on its side (categories up, values to the right); everything
  // below is placed in the chart's own frame (x categories, y values, z depth) all the same.
  const lying = main.kind === 'bar' && main.barDir === 'bar';
  const catLabels = (main.series[0]?.categories ?? []).slice(0, 4096);
  const cats = Math.max(catLabels.length, ...groups.flatMap((g) => g.series.map((s) => s.values.length)), 1);
  // Standard (not stacked, not clustered) groups put each series in a row of its own.
  const deep = main.grouping === 'standard';
  const nSer = Math.max(1, main.series.length);
  const rows = deep ? nSer : 1;
  const gapDepth = Math.min(500, Math.max(0, Number(val(main.el, 'gapDepth') ?? 150) || 0)) / 100;
  const gap = main.gapWidth / 100;
  const clustered = main.kind === 'bar' && main.grouping === 'clustered';
  const slots = clustered ? nSer : 1;
  // A row as deep as a column is wide (LibreOffice's preferred 3-D aspect), times c:depthPercent.
  const rowDepth = (main.kind === 'bar' && !deep ? (1 + gap) / (slots + gap) : 1) * view.depth;
  const W = cats;
  const D = rows * rowDepth;

  const range = kit.dataRange(groups);
  const area = manualPlot && manualPlot.w > 0 && manualPlot.h > 0 ? manualPlot : box;
  const maxIntervals = Math.max(2, Math.min(10, Math.floor((lying ? area.w : area.h) / 14)));
  const valScale: Scale =
    range.percent && valAx?.max === undefined
      ? niceScale(Math.min(0, range.min), range.max, { min: valAx?.min, max: valAx?.max ?? (range.max > 0 ? 1 : 0), unit: valAx?.majorUnit }, maxIntervals, true, false)
      : niceScale(range.min, range.max, { min: valAx?.min, max: valAx?.max, unit: valAx?.majorUnit }, maxIntervals, true, false);
  const valFormat = valAx && !valAx.sourceLinked && valAx.formatCode ? valAx.formatCode : range.percent ? '0%' : (main.series[0]?.formatCode ?? 'General');
  const tickVals = ticks(valScale);
  const axisStyle = (a: Axis | undefined) => styleOf(defaults(1000, false), e.chartTx, a?.txPr);
  const shows = (a: Axis | undefined) => a !== undefined && !a.deleted && a.tickLblPos !== 'none';
  const valLabels = shows(valAx) ? tickVals.map((v) => label(formatNumber(v, valFormat), axisStyle(valAx), e.ctx, e.env, { align: 'r' })) : [];
  const catTexts = catLabels.length ? catLabels : Array.from({ length: cats }, (_, i) => String(i + 1));
  const catLbls = shows(catAx) ? catTexts.map((t) => label(t, axisStyle(catAx), e.ctx, e.env, lying ? { align: 'r' } : {})) : [];
  const catLine = catLbls;
  const widestCatWord = catLbls.length > 0 && catTexts.length <= 200 ? Math.max(0, ...catTexts.flatMap((t) => t.split(/\s+/).filter((w) => w !== '').map((w) => label(w, axisStyle(catAx), e.ctx, e.env).w))) : 0;
  const serLbls = deep && shows(serAx) ? main.series.map((s) => label(s.name, axisStyle(serAx), e.ctx, e.env, { align: 'l' })) : [];

  const yOf = (proj: Projection, v: number) => ((Math.min(valScale.max, Math.max(valScale.min, v)) - valScale.min) / (valScale.max - valScale.min || 1)) * proj.dims.y;
  const wallX = (proj: Projection) => (proj.seesRight ? 0 : W);
  const farX = (proj: Projection) => (proj.seesRight ? W : 0);
  const catX = (c: number) => (catAx?.reversed ? cats - 1 - c : c) + 0.5;
  const rowZ = (r: number) => (r + 0.5) * rowDepth;

  interface Placed {
    l: Label;
    x: number;
    y: number;
    /** Turned labels: the angle, and the box they cover. */
    rot?: number;
    box?: Box;
  }
  // Where LibreOffice puts the axes' labels: value labels along the front edge at the first
  // category (left of the columns, under the bars), or at the last when the category axis is
  // reversed (c:orientation maxMin) or c:tickLblPos says high; category labels where the value
  // axis crosses (c:tickLblPos nextTo: at zero when values go negative; low or high: at the value
  // axis' minimum or maximum). The value labels stand at the front, or at the back where the
  // viewer sees that side of the box from outside (the front edge would stand before the data).
  const valAtEnd = (catAx?.reversed ?? false) !== (valAx?.tickLblPos === 'high');
  const valZ = (proj: Projection) => (valAtEnd !== proj.seesRight ? 0 : D);
  const catAt = catAx?.tickLblPos === 'low' ? valScale.min : catAx?.tickLblPos === 'high' ? valScale.max : crossValue(valScale);
  const placeLabels = (proj: Projection): Placed[] => {
    if (lying) return placeLyingLabels(proj);
    const out: Placed[] = [];
    // Category labels are wrapped to the space between two categories at spaces (no narrower
    // than their widest word); only where a word is wider than that space are they all turned
    // 45°, reading up to their category, as in 2-D charts (draw.ts) and as PowerPoint's thumbnail
    // of Open-XML-SDK presentation_test shows ("2nd / Qtr" wrapped under its column).
    const step = cats > 1 ? Math.abs(proj.at({ x: catX(1), y: 0, z: 0 }).x - proj.at({ x: catX(0), y: 0, z: 0 }).x) : Infinity;
    const turn = widestCatWord > step;
    const wrapW = Number.isFinite(step) ? Math.max(Math.max(10, step * 0.95), Math.min(step, widestCatWord + 0.5)) : undefined;
    const catLbls = turn || wrapW === undefined || catLine.length === 0 ? catLine : catTexts.map((t) => label(t, axisStyle(catAx), e.ctx, e.env, { wrapWidth: wrapW }));
    valLabels.forEach((l, i) => {
      const p = proj.at({ x: valAtEnd ? W : 0, y: yOf(proj, tickVals[i]!), z: valZ(proj) });
      out.push({ l, x: valAtEnd ? p.x + LABEL_GAP : p.x - LABEL_GAP - l.w, y: p.y - l.h / 2 });
    });
    catLbls.forEach((l, c) => {
      const p = proj.at({ x: catX(c), y: yOf(proj, catAt), z: 0 });
      if (!turn) {
        out.push({ l, x: p.x - l.w / 2, y: p.y + LABEL_GAP - l.h / 6 });
        return;
      }
      // Turned by -45°: the text runs up to the right and ends, mid-height, under its category.
      const k = Math.SQRT1_2;
      const x = p.x - l.w * k - (l.h * k) / 2;
      const y = p.y + LABEL_GAP + l.w * k - (l.h * k) / 2;
      out.push({ l, x, y, rot: -45, box: { x, y: y - l.w * k, w: (l.w + l.h) * k, h: (l.w + l.h) * k } });
    });
    serLbls.forEach((l, r) => {
      const p = proj.at({ x: farX(proj), y: 0, z: rowZ(r) });
      out.push({ l, x: proj.seesRight ? p.x + LABEL_GAP : p.x - LABEL_GAP - l.w, y: p.y - l.h / 2 });
    });
    return out;
  };
  // Horizontal bars: value labels under the front edge (over it at the last category), category
  // labels left of it, series labels right of the floor's far end.
  const placeLyingLabels = (proj: Projection): Placed[] => {
    const out: Placed[] = [];
    valLabels.forEach((l, i) => {
      const p = proj.at({ x: valAtEnd ? W : 0, y: yOf(proj, tickVals[i]!), z: valZ(proj) });
      out.push({ l, x: p.x - l.w / 2, y: valAtEnd ? p.y - LABEL_GAP - l.h : p.y + LABEL_GAP - l.h / 6 });
    });
    catLbls.forEach((l, c) => {
      const p = proj.at({ x: catX(c), y: yOf(proj, catAt), z: 0 });
      out.push({ l, x: p.x - LABEL_GAP - l.w, y: p.y - l.h / 2 });
    });
    serLbls.forEach((l, r) => {
      const p = proj.at({ x: wallX(proj), y: proj.dims.y, z: rowZ(r) });
      out.push({ l, x: p.x + LABEL_GAP, y: p.y - l.h / 2 });
    });
    return out;
  };
  const sceneBox = (proj: Projection): Box => {
    const pts: Pt[] = [];
    for (const x of [0, W]) for (const y of [0, proj.dims.y]) for (const z of [0, D]) pts.push(proj.at({ x, y, z }));
    return bboxOf(pts);
  };

  // Fit the scene, then shrink it so that its labels fit too (LibreOffice's second layout pass).
  let proj = fitScene(view, W, D, area, lying);
  if (!(manualPlot && val(child(child(e.model.plotArea, 'layout'), 'manualLayout'), 'layoutTarget') === 'inner')) {
    const sb = sceneBox(proj);
    const all = [sb, ...placeLabels(proj).map((p) => p.box ?? { x: p.x, y: p.y, w: p.l.w, h: p.l.h })];
    const x0 = Math.min(...all.map((b) => b.x));
    const y0 = Math.min(...all.map((b) => b.y));
    const x1 = Math.max(...all.map((b) => b.x + b.w));
    const y1 = Math.max(...all.map((b) => b.y + b.h));
    const inner: Box = { x: area.x + (sb.x - x0), y: area.y + (sb.y - y0), w: area.w - (x1 - x0 - sb.w), h: area.h - (y1 - y0 - sb.h) };
    if (inner.w > 8 && inner.h > 8) proj = fitScene(view, W, D, inner, lying);
  }
  const H = proj.dims.y;
  const P = (x: number, y: number, z: number) => proj.at({ x, y, z });

  // Walls and floor: c:spPr fill where given, outlined as the gridlines unless a:ln says otherwise.
  const wallPaint = (el: string): { fill: Paint | undefined; stroke: Stroke | undefined } => {
    const sp = child(child(e.model.root, 'chart'), el);
    const p = readSpPr(child(sp, 'spPr'), e.ctx.colors, e.source);
    return { fill: p.fill ? { kind: 'solid', color: p.fill.kind === 'solid' ? p.fill.color : { r: 1, g: 1, b: 1, a: 0 } } : undefined, stroke: p.line === null ? undefined : p.line ? strokeOf(p.line) : kit.styleStroke() };
  };
  const wx = wallX(proj);
  const fx = farX(proj);
  const fy = proj.seesTop ? 0 : H;
  // The frame's floor (where values start) and side wall (where categories start) are the scene's
  // side wall and floor when it lies on its side.
  const floor = wallPaint(lying ? 'sideWall' : 'floor');
  const back = wallPaint('backWall');
  const side = wallPaint(lying ? 'floor' : 'sideWall');
  const quad = (pts: Pt[], p: { fill: Paint | undefined; stroke: Stroke | undefined }) => path(e, polygon(pts), p.fill, p.stroke);
  quad([P(0, fy, 0), P(W, fy, 0), P(W, fy, D), P(0, fy, D)], floor);
  quad([P(0, 0, D), P(W, 0, D), P(W, H, D), P(0, H, D)], back);
  quad([P(wx, 0, 0), P(wx, 0, D), P(wx, H, D), P(wx, H, 0)], side);

  // Value gridlines on the back and side walls.
  const gridStroke = (g: ReturnType<typeof child>): Stroke | undefined => {
    if (!g) return undefined;
    const p = readSpPr(child(g, 'spPr'), e.ctx.colors, e.source);
    return p.line === null ? undefined : p.line ? strokeOf(p.line) : kit.styleStroke();
  };
  const vGrid = gridStroke(valAx?.majorGridlines);
  if (vGrid) {
    for (const t of tickVals) {
      const y = yOf(proj, t);
      const a = P(wx, y, 0);
      const b = P(wx, y, D);
      const c = P(fx, y, D);
      path(e, [{ op: 'M', x: a.x, y: a.y }, { op: 'L', x: b.x, y: b.y }, { op: 'L', x: c.x, y: c.y }], undefined, vGrid);
    }
  }
  const cGrid = gridStroke(catAx?.majorGridlines);
  if (cGrid) {
    for (let i = 0; i <= cats; i++) {
      const a = P(i, fy, 0);
      const b = P(i, fy, D);
      const c = P(i, H - fy, D);
      path(e, [{ op: 'M', x: a.x, y: a.y }, { op: 'L', x: b.x, y: b.y }, { op: 'L', x: c.x, y: c.y }], undefined, cGrid);
    }
  }

  // The data, back to front.
  const labels: (() => void)[] = [];
  for (const g of groups) {
    const rows: RowLayout = { cats, deep, rowDepth, gapDepth, catX, yOf: (v) => yOf(proj, v), cross: crossValue(valScale) };
    if (g.kind === 'bar') bars3D(e, kit, g, proj, { ...rows, gap, slots, lying, mirrored: catAx?.reversed ?? false }, labels);
    else area3D(e, kit, g, proj, { ...rows, between: valAx?.crossBetween === 'between' }, labels);
  }

  // Axis lines along the front edges, then the labels.
  const axisStroke = (a: Axis | undefined): Stroke | undefined => {
    if (!a || a.deleted) return undefined;
    const p = readSpPr(a.spPr, e.ctx.colors, e.source);
    return p.line === null ? undefined : p.line ? strokeOf(p.line) : undefined;
  };
  const cs = axisStroke(catAx);
  const y0 = yOf(proj, crossValue(valScale));
  if (cs) line(e, P(0, y0, 0).x, P(0, y0, 0).y, P(W, y0, 0).x, P(W, y0, 0).y, cs);
  const vs = axisStroke(valAx);
  if (vs) line(e, P(wx, 0, 0).x, P(wx, 0, 0).y, P(wx, H, 0).x, P(wx, H, 0).y, vs);
  for (const p of placeLabels(proj)) p.l.draw(e.m, p.x, p.y, p.rot);
  for (const draw of labels) draw();
}

function crossValue(s: Scale): number {
  return s.min > 0 ? s.min : s.max < 0 ? s.max : 0;
}

/** Where the data of a bar, line or area group stands in the chart's frame. */
interface RowLayout {
  cats: number;
  /** Standard grouping: one row of depth per series. */
  deep: boolean;
  rowDepth: number;
  /** c:gapDepth / 100. */
  gapDepth: number;
  /** The centre of category c along x. */
  catX: (c: number) => number;
  /** A value's height along y. */
  yOf: (v: number) => number;
  /** The value where bars and areas start. */
  cross: number;
}

interface BarLayout extends RowLayout {
  /** c:gapWidth / 100. */
  gap: number;
  /** Bars side by side in a category (clustered: one per series). */
  slots: number;
  /** Horizontal bars (data labels beside the bar's end, not over it). */
  lying: boolean;
  /** A reversed category axis (c:orientation maxMin) mirrors the bars of a cluster too. */
  mirrored: boolean;
}

/** The outline of a prism's base at height y: a box, a 16-sided cylinder. */
function baseRing(shape: string, cx: number, cz: number, hx: number, hz: number, y: number): Vec3[] {
  const round = shape === 'cylinder' || shape === 'cone' || shape === 'coneToMax';
  const n = round ? 16 : 4;
  const out: Vec3[] = [];
  for (let i = 0; i < n; i++) {
    // Counter-clockwise seen from above (x right, z back), starting at the front left.
    const a = round ? Math.PI + (i / n) * 2 * Math.PI : Math.PI * (1.25 - i * 0.5);
    const k = round ? 1 : Math.SQRT2;
    out.push({ x: cx + k * hx * Math.cos(a), y, z: cz + k * hz * Math.sin(a) });
  }
  return out;
}

function prism(e: Env, proj: Projection, shape: string, x0: number, x1: number, z0: number, z1: number, y0: number, y1: number, p: FacePaint): void {
  const cx = (x0 + x1) / 2;
  const cz = (z0 + z1) / 2;
  const hx = (x1 - x0) / 2;
  const hz = (z1 - z0) / 2;
  const lo = Math.min(y0, y1);
  const hi = Math.max(y0, y1);
  const pointed = shape === 'cone' || shape === 'pyramid' || shape === 'coneToMax' || shape === 'pyramidToMax';
  const bottom = baseRing(shape, cx, cz, hx, hz, lo);
  // A negative value's cone points down.
  const tipUp = y1 >= y0;
  const top = baseRing(shape, cx, cz, pointed && tipUp ? 0 : hx, pointed && tipUp ? 0 : hz, hi);
  const bot = pointed && !tipUp ? baseRing(shape, cx, cz, 0, 0, lo) : bottom;
  const n = bottom.length;
  const body = centre([...bot, ...top]);
  const faces: { pts: Vec3[]; n: Vec3 }[] = [];
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const pts = [bot[i]!, bot[j]!, top[j]!, top[i]!];
    const uniq = pts.filter((q, k) => pts.findIndex((r) => Math.abs(r.x - q.x) + Math.abs(r.y - q.y) + Math.abs(r.z - q.z) < 1e-12) === k);
    if (uniq.length < 3) continue;
    let nn = norm(cross(sub(uniq[1]!, uniq[0]!), sub(uniq[2]!, uniq[0]!)));
    if (dot(nn, sub(centre(uniq), body)) < 0) nn = { x: -nn.x, y: -nn.y, z: -nn.z };
    faces.push({ pts: uniq, n: nn });
  }
  if (!(pointed && !tipUp)) faces.push({ pts: bottom.slice().reverse(), n: { x: 0, y: -1, z: 0 } });
  if (!(pointed && tipUp)) faces.push({ pts: top, n: { x: 0, y: 1, z: 0 } });
  // Round sides: drawn without their own outline, which would stripe them.
  const round = n > 4;
  for (const f of faces) {
    const side = round && Math.abs(f.n.y) < 0.99;
    face(e, proj, f.pts, side ? { ...p, stroke: undefined } : p, { n: f.n, seam: side });
  }
  if (round && p.stroke) {
    // The silhouette of a cylinder or cone: its top and bottom rims.
    for (const ring of [top, bottom]) {
      if (ring === top && pointed && tipUp) continue;
      path(e, polygon(ring.map((q) => proj.at(q))), undefined, p.stroke);
    }
  }
}

function bars3D(e: Env, kit: Kit, g: ChartGroup, proj: Projection, L: BarLayout, labels: (() => void)[]): void {
  const stacked = g.grouping === 'stacked' || g.grouping === 'percentStacked';
  const groupShape = val(g.el, 'shape') ?? 'box';
  const vary = kit.pointColours(g);
  const depthFrac = 1 / (1 + L.gapDepth);
  const barW = 1 / (L.slots + L.gap);
  interface Item {
    key: [number, number, number];
    draw: () => void;
  }
  const items: Item[] = [];
  for (let c = 0; c < L.cats; c++) {
    const stack = stacked ? kit.stackedValues(g, c) : undefined;
    g.series.forEach((s, si) => {
      const v = s.values[c];
      if (v === undefined) return;
      const row = L.deep ? si : 0;
      const slot = L.slots > 1 ? (L.mirrored ? L.slots - 1 - si : si) : 0;
      const xc = L.catX(c) - 0.5 + (L.gap * barW) / 2 + slot * barW;
      const x0 = xc;
      const x1 = xc + barW;
      const zc = (row + 0.5) * L.rowDepth;
      const half = (L.rowDepth * depthFrac) / 2;
      const [a, b] = stack ? [stack[si]!.base, stack[si]!.top] : [L.cross, v];
      const y0 = L.yOf(a);
      const y1 = L.yOf(b);
      const sp = kit.seriesPaint(g, s, vary ? c : s.idx, s.points.get(c) ?? s.spPr, { x: 0, y: 0, w: 10, h: 10 });
      let color = sp.color;
      if (s.invertIfNegative && v < 0 && !s.points.has(c)) color = { r: 1, g: 1, b: 1, a: 1 };
      const fp: FacePaint = { color, front: sp.fillSpec, stroke: sp.stroke };
      const kx = proj.seesRight ? x0 : -x0;
      // A series' own c:shape (PowerPoint writes one per series once a series is changed) wins.
      const shape = s.shape ?? groupShape;
      items.push({ key: [-zc, kx, Math.min(y0, y1) * (proj.seesTop ? 1 : -1)], draw: () => prism(e, proj, shape, x0, x1, zc - half, zc + half, y0, y1, fp) });
      const dl = kit.pointLabel(g, s, c, v);
      if (dl) {
        labels.push(() => {
          const pos = dl.pos ?? (stacked ? 'ctr' : 'outEnd');
          const l = dl.label;
          const mid = (x0 + x1) / 2;
          if (pos === 'ctr' || pos === 'inEnd' || pos === 'inBase') {
            const p = proj.at({ x: mid, y: pos === 'ctr' ? (y0 + y1) / 2 : pos === 'inEnd' ? y1 - (y1 - y0) * 0.1 : y0 + (y1 - y0) * 0.1, z: zc - half });
            l.draw(e.m, p.x - l.w / 2, p.y - l.h / 2);
          } else if (L.lying) {
            const p = proj.at({ x: mid, y: y1, z: zc });
            l.draw(e.m, v >= 0 ? p.x + 2 : p.x - 2 - l.w, p.y - l.h / 2);
          } else {
            const p = proj.at({ x: mid, y: y1, z: zc });
            l.draw(e.m, p.x - l.w / 2, v >= 0 ? p.y - l.h - 2 : p.y + 2);
          }
        });
      }
    });
  }
  items.sort((p, q) => p.key[0] - q.key[0] || p.key[1] - q.key[1] || p.key[2] - q.key[2]);
  for (const it of items) it.draw();
}

interface AreaLayout extends RowLayout {
  /** c:crossBetween="between": areas stand mid-category, as lines do, not edge to edge. */
  between: boolean;
}

/** 3-D areas (extruded) and lines (ribbons): each series a band of depth in its row. */
function area3D(e: Env, kit: Kit, g: ChartGroup, proj: Projection, L: AreaLayout, labels: (() => void)[]): void {
  const stacked = g.grouping === 'stacked' || g.grouping === 'percentStacked';
  const isLine = g.kind === 'line';
  // Areas span the category axis from the first category to the last; lines sit mid-category.
  const xAt = (c: number) => (isLine || L.between ? L.catX(c) : L.cats > 1 ? ((L.catX(c) - 0.5) * L.cats) / (L.cats - 1) : L.cats / 2);
  const stacks = stacked ? Array.from({ length: L.cats }, (_, c) => kit.stackedValues(g, c)) : undefined;
  // Line ribbons fill their row, as LibreOffice's; deep areas leave c:gapDepth between rows.
  const depthFrac = isLine ? 1 : L.deep ? 1 / (1 + L.gapDepth) : 1;
  const order = g.series.map((_, i) => i);
  // Deep rows: the back row first; stacked: the bottom series first.
  if (L.deep) order.reverse();
  for (const si of order) {
    const s = g.series[si]!;
    const row = L.deep ? si : 0;
    const zc = (row + 0.5) * L.rowDepth;
    const half = (L.rowDepth * depthFrac) / 2;
    const z0 = zc - half;
    const z1 = zc + half;
    const top: Vec3[] = [];
    const base: Vec3[] = [];
    for (let c = 0; c < L.cats; c++) {
      const v = s.values[c];
      if (v === undefined && !stacked) continue;
      const t = stacks ? stacks[c]![si]!.top : v!;
      const b = stacks ? stacks[c]![si]!.base : L.cross;
      top.push({ x: xAt(c), y: L.yOf(t), z: z0 });
      base.push({ x: xAt(c), y: L.yOf(b), z: z0 });
    }
    if (top.length === 0) continue;
    const sp = kit.seriesPaint(g, s, s.idx, s.spPr, { x: 0, y: 0, w: 10, h: 10 });
    const color = sp.fillSpec?.kind === 'solid' ? sp.fillSpec.color : isLine ? (sp.stroke?.color ?? sp.color) : sp.color;
    const fp: FacePaint = { color, front: isLine ? undefined : sp.fillSpec, stroke: isLine ? undefined : sp.stroke };
    const back = (q: Vec3): Vec3 => ({ ...q, z: z1 });
    // The top (a ribbon for lines), segment by segment, back to front.
    const strips: { pts: Vec3[]; d: number }[] = [];
    for (let i = 0; i + 1 < top.length; i++) {
      const pts = [top[i]!, top[i + 1]!, back(top[i + 1]!), back(top[i]!)];
      strips.push({ pts, d: proj.depth(centre(pts)) });
    }
    strips.sort((a, b) => b.d - a.d);
    if (isLine) {
      for (const st of strips) face(e, proj, st.pts, fp, { twoSided: true });
    } else {
      // Ends first, then the top, then the front face over them.
      const first = [base[0]!, top[0]!, back(top[0]!), back(base[0]!)];
      const lastI = top.length - 1;
      const last = [base[lastI]!, back(base[lastI]!), back(top[lastI]!), top[lastI]!];
      face(e, proj, first, fp, { n: { x: -1, y: 0, z: 0 } });
      face(e, proj, last, fp, { n: { x: 1, y: 0, z: 0 } });
      for (const st of strips) {
        const n0 = norm(cross(sub(st.pts[1]!, st.pts[0]!), sub(st.pts[3]!, st.pts[0]!)));
        face(e, proj, st.pts, fp, { n: n0.y < 0 ? { x: -n0.x, y: -n0.y, z: -n0.z } : n0 });
      }
      const front = [...top, ...base.slice().reverse()];
      const flat = front.map((q) => proj.at(q));
      const fill: Paint | undefined = fp.front && fp.front.kind !== 'solid' ? paintIn(fp.front, ...boxArgs(bboxOf(flat))) : { kind: 'solid', color: shade(color, lightFactor({ x: 0, y: 0, z: -1 }, proj.oblique)) };
      path(e, polygon(flat), fill, fp.stroke);
    }
    top.forEach((q, k) => {
      const c = Math.round(L.catX(0) === 0.5 ? k : k);
      const v = s.values[c];
      if (v === undefined) return;
      const dl = kit.pointLabel(g, s, c, v);
      if (!dl) return;
      labels.push(() => {
        const p = proj.at({ x: q.x, y: q.y, z: zc });
        dl.label.draw(e.m, p.x - dl.label.w / 2, p.y - dl.label.h - 2);
      });
    });
  }
}

// ── Pie ───────────────────────────────────────────────────────────────────────────────────

/** LibreOffice's 3-D pie, measured on its PDFs: top 0.96, side 0.9 of the slice colour, height 0.21 of the radius. */
const PIE_TOP = 0.96;
const PIE_SIDE = 0.9;
const PIE_HEIGHT = 0.21;
/** The cut faces of an exploded slice, a little darker than its rim. */
const PIE_CUT = 0.85;

/**
 * A 3-D pie in `plot`: an automatic plot area holds the box around the pie seen in perspective
 * (so the pie is smaller than the space); a manual one (c:manualLayout) is filled by the pie, as
 * LibreOffice draws the ShapeCrawler deck whose 3-D pie has an inner manual layout.
 */
export function drawPie3D(e: Env, kit: Kit, g: ChartGroup, plot: Box, manual = false): void {
  const s = g.series[0];
  if (!s) return;
  const view: View3D = readView3D(child(e.model.root, 'chart'), true);
  const elev = (Math.max(5, Math.min(90, view.rotX)) * Math.PI) / 180;
  const vals = s.values.map((v) => (v !== undefined && v > 0 ? v : 0));
  const total = vals.reduce((a, b) => a + b, 0);
  if (total <= 0) return;
  // c:explosion (series) or c:dPt/c:explosion moves a slice out by that share of the radius; the
  // pie shrinks so that the farthest slice stays in the plot area, as LibreOffice's does.
  const explosionOf = (i: number) => (s.pointExplosion.get(i) ?? s.explosion) / 100;
  const maxEx = Math.max(0, ...vals.map((v, i) => (v > 0 ? explosionOf(i) : 0)));
  // The projected pie: 2r wide, 2r·sin(elev) + h·cos(elev) high.
  const sy = Math.sin(elev);
  const hy = PIE_HEIGHT * Math.cos(elev);
  // LibreOffice fits the box around the pie, seen in perspective, into the plot area.
  const spread = manual ? { x: 1, y: 1 } : pieSceneSpread(view, elev, PIE_HEIGHT);
  const r = Math.min(plot.w / 2 / (1 + maxEx) / spread.x, plot.h / (2 * sy * (1 + maxEx) + hy) / spread.y);
  if (r <= 1) return;
  const cx = plot.x + plot.w / 2;
  const cy = plot.y + (plot.h - r * (2 * sy * (1 + maxEx) + hy)) / 2 + r * sy * (1 + maxEx);
  const hh = r * hy;
  // Angles clockwise from 12 o'clock as PowerPoint counts them; c:rotY turns the first slice.
  const start = view.rotY;
  const rad = (deg: number) => ((deg - 90) * Math.PI) / 180;
  interface Slice {
    a0: number;
    a1: number;
    i: number;
    /** The slice's centre after its explosion. */
    ox: number;
    oy: number;
    paint: ReturnType<Kit['seriesPaint']>;
  }
  const slices: Slice[] = [];
  let a = start;
  vals.forEach((v, i) => {
    if (v <= 0) return;
    const sweep = (v / total) * 360;
    const mid = rad(a + sweep / 2);
    const off = r * explosionOf(i);
    const spPr = s.points.get(i) ?? s.spPr;
    const auto = kit.seriesPaint(g, s, g.varyColors ? i : s.idx, spPr, { x: cx - r, y: cy - r * sy, w: 2 * r, h: 2 * r * sy });
    // LibreOffice outlines 3-D slices only where a:ln says so (not the 2-D pie's white edges).
    const paint = readSpPr(spPr, e.ctx.colors, e.source).line ? auto : { ...auto, stroke: undefined };
    slices.push({ a0: a, a1: a + sweep, i, ox: cx + off * Math.cos(mid), oy: cy + off * sy * Math.sin(mid), paint });
    a += sweep;
  });
  const labels: (() => void)[] = [];
  // Back to front: the slice whose middle is farthest back first.
  const order = slices.slice().sort((p, q) => Math.sin(rad((p.a0 + p.a1) / 2)) - Math.sin(rad((q.a0 + q.a1) / 2)));
  for (const sl of order) {
    const pt = (deg: number, dz = 0): Pt => ({ x: sl.ox + r * Math.cos(rad(deg)), y: sl.oy + r * sy * Math.sin(rad(deg)) + dz });
    const arc = (from: number, to: number, dz: number, out: PathCommand[]) => {
      const steps = Math.max(1, Math.ceil(Math.abs(to - from) / 6));
      for (let k = 1; k <= steps; k++) {
        const p = pt(from + ((to - from) * k) / steps, dz);
        out.push({ op: 'L', x: p.x, y: p.y });
      }
    };
    const side = (k: number): Paint => ({ kind: 'solid', color: shade(sl.paint.color, k) });
    // The cut faces (seen when the pie is exploded or a slice is wider than half of it): the one
    // turned away first, then the one facing the viewer.
    // A cut face shows where this slice or its neighbour on that side is moved out.
    const k = slices.indexOf(sl);
    const moved = (j: number) => explosionOf(slices[(j + slices.length) % slices.length]!.i) > 0;
    if (slices.length > 1) {
      const walls = [
        { at: sl.a0, facing: Math.sin(rad(sl.a0 - 90)) > 0, shows: moved(k) || moved(k - 1) },
        { at: sl.a1, facing: Math.sin(rad(sl.a1 + 90)) > 0, shows: moved(k) || moved(k + 1) },
      ].sort((p, q) => Number(p.facing) - Number(q.facing));
      for (const w of walls) {
        if (!w.shows) continue;
        const p = pt(w.at);
        const cmds: PathCommand[] = [{ op: 'M', x: sl.ox, y: sl.oy }, { op: 'L', x: p.x, y: p.y }, { op: 'L', x: p.x, y: p.y + hh }, { op: 'L', x: sl.ox, y: sl.oy + hh }, { op: 'Z' }];
        path(e, cmds, side(PIE_CUT), sl.paint.stroke);
      }
    }
    // The rim: the part facing the viewer (the lower half, 90°–270° from 12 o'clock).
    for (let turn = -360; turn <= 360; turn += 360) {
      const lo = Math.max(sl.a0, 90 + turn);
      const hi = Math.min(sl.a1, 270 + turn);
      if (hi <= lo) continue;
      const p0 = pt(lo);
      const cmds: PathCommand[] = [{ op: 'M', x: p0.x, y: p0.y }];
      arc(lo, hi, 0, cmds);
      const p1 = pt(hi, hh);
      cmds.push({ op: 'L', x: p1.x, y: p1.y });
      arc(hi, lo, hh, cmds);
      cmds.push({ op: 'Z' });
      path(e, cmds, side(PIE_SIDE), sl.paint.stroke);
    }
    // The top.
    const cmds: PathCommand[] = [{ op: 'M', x: sl.ox, y: sl.oy }];
    const p0 = pt(sl.a0);
    cmds.push({ op: 'L', x: p0.x, y: p0.y });
    arc(sl.a0, sl.a1, 0, cmds);
    cmds.push({ op: 'Z' });
    const fill: Paint | undefined = sl.paint.fillSpec && sl.paint.fillSpec.kind !== 'solid' ? sl.paint.fill : { kind: 'solid', color: shade(sl.paint.color, PIE_TOP) };
    path(e, cmds, fill, sl.paint.stroke);
    const dl = kit.pointLabel(g, s, sl.i, s.values[sl.i] ?? 0, total);
    if (dl) {
      labels.push(() => {
        const mid = (sl.a0 + sl.a1) / 2;
        const outside = dl.pos === 'outEnd' || dl.pos === 'bestFit';
        const k = outside ? 1.12 : 0.62;
        const x = sl.ox + k * r * Math.cos(rad(mid));
        const y = sl.oy + k * r * sy * Math.sin(rad(mid)) + (outside && Math.sin(rad(mid)) > 0 ? hh : 0);
        dl.label.draw(e.m, x - dl.label.w / 2, y - dl.label.h / 2);
      });
    }
  }
  for (const d of labels) d();
}
