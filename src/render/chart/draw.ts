/**
 * Draws a chart (c:chartSpace) into the display list from its cached values, laid out the way
 * PowerPoint and LibreOffice lay charts out when the file leaves it to them: title on top, legend
 * on its side (c:legendPos), axes with tick labels and titles around the plot area, or the plot
 * area where c:manualLayout puts it. Bar and column (clustered, stacked, percent), line, area,
 * pie, doughnut and scatter charts; 3-D bars, columns, lines, areas and pies with their depth
 * (draw3d.ts).
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { compose, translate, type Matrix } from '../matrix.js';
import { pushAll } from '../../arrays.js';
import { blipImage, imageOpsFor } from '../scene/blip.js';
import { fillElement, readFill } from '../scene/fill.js';
import type { PathCommand, Paint, Stroke } from '../ops.js';
import type { Rgba } from '../color/rgba.js';
import { schemeColor } from '../color/resolve.js';
import type { SlideContext } from '../scene/context.js';
import type { ShapeEnv } from '../scene/placement.js';
import type { BlipSource, FillSpec } from '../scene/fill.js';
import { child, val, type Axis, type ChartGroup, type ChartModel, type Series } from './model.js';
import { formatNumber } from './number-format.js';
import { autoColor, paintIn, readSpPr, rectPath, solidStroke, strokeOf } from './paint.js';
import { niceScale, ticks, type Scale } from './scale.js';
import { bodyLabel, defaults, label, richOf, sizeOnly, styleOf, txPrSource, type Label, type TextStyle } from './text.js';
import { chartStyleNumber, gridColor, lineSeriesRelWidth, plotAreaColor, seriesFill, seriesOutlineColor, styleSeriesColor, themeLine } from './style.js';
import { themeSource } from '../scene/shape.js';
import { NS } from '../../xml/namespaces.js';
import { line, path, type Box, type Env } from './env.js';
import { ellipseCommands } from '../emf/shapes.js';
import { drawAxes3D, drawPie3D, drawsWithDepth, type Kit } from './draw3d.js';

const NS_A = NS.a;

/** LibreOffice's automatic chart layout (chart2 ChartView.cxx, VLegend.cxx), in points. */
const PAGE_DISTANCE = 0.02; // of the chart's width and height, around the diagram and its axes
const TITLE_EXTRA = (135 / 100) * (72 / 25.4); // 1.35 mm more above the main title
const TITLE_PAD_Y = 0.3; // a title's text frame: this share of its font size above and below the text
const TITLE_PAD_X = 0.18; // ... and left and right of it
const X_TITLE_DISTANCE = (420 / 100) * (72 / 25.4); // 4.2 mm under the title of the horizontal axis
const Y_TITLE_DISTANCE = (450 / 100) * (72 / 25.4); // 4.5 mm left of the title of the vertical axis
const LEGEND_X = (210 / 100) * (72 / 25.4); // 2.1 mm between a side legend and the frame / diagram
const LEGEND_Y = (185 / 100) * (72 / 25.4); // 1.85 mm for a legend above or below
const TICK = (150 / 100) * (72 / 25.4); // outer tick marks, 1.5 mm
const LABEL_GAP = (100 / 100) * (72 / 25.4); // tick labels, 1 mm beyond the ticks
const GREY: Rgba = { r: 0.525, g: 0.525, b: 0.525, a: 1 };

/**
 * Draws the chart in a w × h frame; `m` maps the frame to the page. `flat3d` says that a 3-D chart
 * was drawn flat (a 3-D group sharing its plot area with 2-D ones; 3-D charts alone are drawn
 * with depth by draw3d.ts).
 */
export function drawChartModel(model: ChartModel, w: number, h: number, m: Matrix, ctx: SlideContext, env: ShapeEnv, source: BlipSource): { flat3d: boolean } {
  const e: Env = { ctx, env, m, source, model, chartTx: model.txPr, style: chartStyleNumber(model.root) };
  // Chart area: c:chartSpace/c:spPr; without one, white as PowerPoint's default style.
  const area = readSpPr(model.spPr, ctx.colors, source);
  pictureFill(e, model.spPr, { x: 0, y: 0, w, h });
  const areaFill: FillSpec | undefined = area.fill ?? (model.spPr ? undefined : { kind: 'solid', color: { r: 1, g: 1, b: 1, a: 1 } });
  path(e, rectPath(0, 0, w, h), paintIn(areaFill, 0, 0, w, h), area.line ? strokeOf(area.line) : undefined);

  // The space left for the diagram: the whole frame, less the title and the legend (each at
  // LibreOffice's distances), then 2 % of the frame on every side.
  let box: Box = { x: 0, y: 0, w, h };
  const allSeries = model.groups.flatMap((g) => g.series);

  // Title (c:title): its rich text, or the series name of a one-series chart.
  if (model.title && !(model.autoTitleDeleted && !richOf(model.title))) {
    const rich = richOf(model.title);
    // The title is 120 % of the chart's own text size where c:chartSpace/c:txPr sets one (else 18 pt).
    const globalSz = Number(model.txPr?.child(NS_A, 'p')?.child(NS_A, 'pPr')?.child(NS_A, 'defRPr')?.attr('sz'));
    const base = styleOf(defaults(1800, true, true), e.chartTx, undefined);
    const scaled = Number.isFinite(globalSz) && globalSz > 0 ? [sizeOnly(Math.round(globalSz * 1.2))] : [];
    const style = { sources: [...base.sources, ...scaled, ...txPrSource(child(model.title, 'txPr'))] };
    const t = rich ? bodyLabel(rich, style, ctx, env, w * 0.8) : label(allSeries.length === 1 ? allSeries[0]!.name : 'Chart Title', style, ctx, env, { wrapWidth: w * 0.8 });
    if (t.h > 0) {
      const manual = manualBox(model.title, w, h);
      const dy = h * PAGE_DISTANCE + TITLE_EXTRA;
      // LibreOffice's title is a text frame 0.3 × its font size taller above and below the text
      // (chart2 ShapeFactory::createText, "#i109336# Improve auto positioning in chart"); its
      // first baseline lies the face's ascent below the text's top.
      const y = manual ? manual.y : box.y + dy;
      t.draw(m, manual ? manual.x + TITLE_PAD_X * t.lo.size : (w - t.w) / 2, y + titleText(t));
      // The diagram keeps clear of the title's frame (c:overlay 0) where the title would stand by
      // itself, also when c:manualLayout moves it (LibreOffice's ChartView takes the title's room
      // from the top either way; an overlay title takes none).
      const th = titleFrame(t);
      if (val(model.title, 'overlay') !== '1') box = { ...box, y: box.y + th + dy, h: box.h - th - dy };
    }
  }

  // Legend (c:legend).
  if (model.legend && allSeries.length > 0) box = drawLegend(e, box, w, h);

  const pie = model.groups.find((g) => g.kind === 'pie' || g.kind === 'doughnut');
  // 2 % of the frame on every side, pies too: LibreOffice 7.4's PDFs (newer versions keep a fixed
  // 3.5 mm around a pie; with the title's padding measured, 7.4's pies stand 2 % from it).
  const dx = w * PAGE_DISTANCE;
  const dy = h * PAGE_DISTANCE;
  box = { x: box.x + dx, y: box.y + dy, w: box.w - 2 * dx, h: box.h - 2 * dy };
  const manualPlot = manualBox(model.plotArea, w, h);
  if (pie) {
    const plot = manualPlot ?? box;
    drawPlotArea(e, plot);
    if (pie.threeD && pie.kind === 'pie') drawPie3D(e, kit(e), pie, plot, manualPlot !== undefined);
    else drawPie(e, pie, plot);
    return { flat3d: false };
  }
  const xy = model.groups.filter((g) => g.kind !== 'pie' && g.kind !== 'doughnut');
  if (xy.length === 0) return { flat3d: false };
  if (drawsWithDepth(xy)) {
    drawAxes3D(e, kit(e), xy, box, manualPlot);
    return { flat3d: false };
  }
  drawAxes(e, xy, box, manualPlot, w, h);
  return { flat3d: xy.some((g) => g.threeD) };
}

/** The helpers the 3-D drawing borrows (draw3d.ts). */
function kit(e: Env): Kit {
  return {
    seriesPaint: (g, s, index, spPr, box) => seriesPaint(e, g, s, index, spPr, box),
    pointColours,
    styleStroke: () => styleStroke(e),
    dataRange,
    stackedValues,
    pointLabel: (g, s, i, v, total) => {
      const d = dataLabels(g, s, i);
      if (!d) return undefined;
      return { label: label(pointText(d, s, i, v, total), labelStyle(e, g, s, d), e.ctx, e.env), pos: d.pos };
    },
  };
}

/** c:layout/c:manualLayout as a box in the frame (x, y, w, h are fractions of the chart). */
function manualBox(el: ReadonlyXElement | undefined, w: number, h: number): Box | undefined {
  const ml = child(child(el, 'layout'), 'manualLayout');
  if (!ml) return undefined;
  const f = (n: string) => {
    const v = Number(val(ml, n));
    return Number.isFinite(v) ? v : undefined;
  };
  const x = f('x');
  const y = f('y');
  if (x === undefined || y === undefined) return undefined;
  const bw = f('w');
  const bh = f('h');
  return { x: x * w, y: y * h, w: (bw ?? 0) * w, h: (bh ?? 0) * h };
}

/**
 * A picture or texture fill (a:blipFill in c:spPr) of the chart area or the plot area: the
 * picture stretched or tiled over the element's box (the chart part's own image relationship).
 */
function pictureFill(e: Env, spPr: ReadonlyXElement | undefined, box: Box): void {
  const fill = readFill(fillElement(spPr), e.ctx.colors, e.source);
  if (fill?.kind !== 'blip' || box.w <= 0 || box.h <= 0) return;
  const img = blipImage(fill.blipFill, fill.source, e.ctx, 'chart', fill.colors);
  if (!img) return;
  const m = compose(e.m, translate(box.x, box.y));
  pushAll(e.ctx.ops, imageOpsFor(img, fill.blipFill, { x: 0, y: 0, w: box.w, h: box.h }, m, rectPath(0, 0, box.w, box.h), e.ctx, fill.source.part, 'chart'));
}

function drawPlotArea(e: Env, plot: Box): void {
  const spPr = child(e.model.plotArea, 'spPr');
  const p = readSpPr(spPr, e.ctx.colors, e.source);
  pictureFill(e, spPr, plot);
  // Without a fill of its own, the plot area of the dark and tinted styles (33–48) is filled.
  const auto = p.fill === undefined ? plotAreaColor(e.style, e.ctx.colors) : undefined;
  const fill: FillSpec | undefined = p.fill ?? (auto ? { kind: 'solid', color: auto } : undefined);
  path(e, rectPath(plot.x, plot.y, plot.w, plot.h), paintIn(fill, plot.x, plot.y, plot.w, plot.h), p.line ? strokeOf(p.line) : undefined);
}

/** The stroke of gridlines and axis lines the file leaves to the chart style. */
function styleStroke(e: Env): Stroke {
  const color = gridColor(e.style, e.ctx.colors) ?? GREY;
  const spec = themeLine(e.ctx.chain.theme, color, e.ctx.colors, themeSource(e.ctx));
  return spec ? strokeOf(spec) : solidStroke(color, 0.75);
}

/** The number of automatic colours in the group (points of a varied one-series group, else series). */
function colourCount(g: ChartGroup): number {
  if (pointColours(g)) return Math.max(1, g.series[0]?.values.length ?? 1);
  return Math.max(1, ...g.series.map((s) => s.idx + 1));
}

// ── Colours of series and points ───────────────────────────────────────────────────────────

interface SeriesPaint {
  fill: Paint | undefined;
  fillSpec: FillSpec | undefined;
  stroke: Stroke | undefined;
  color: Rgba;
}

function seriesPaint(e: Env, g: ChartGroup, s: Series, index: number, spPr: ReadonlyXElement | undefined, box: Box): SeriesPaint {
  const auto = styleSeriesColor(e.style, index, colourCount(g), e.ctx.colors) ?? autoColor(index, e.ctx.colors);
  const p = readSpPr(spPr, e.ctx.colors, e.source);
  const isLine = g.kind === 'line' || g.kind === 'scatter';
  const theme = e.ctx.chain.theme;
  const fillSpec: FillSpec | undefined = isLine ? undefined : (p.fill ?? seriesFill(e.style, g.threeD, auto, theme, e.ctx.colors, themeSource(e.ctx)));
  let stroke: Stroke | undefined;
  const outline = seriesOutlineColor(e.style, index, e.ctx.colors);
  if (p.line === null) stroke = undefined;
  else if (p.line) stroke = strokeOf(p.line);
  else if (isLine) {
    const spec = themeLine(theme, auto, e.ctx.colors, themeSource(e.ctx), lineSeriesRelWidth(e.style));
    stroke = { ...solidStroke(auto, spec?.width ?? 2.25), cap: 'round', join: 'round' };
  } else if (outline) {
    const spec = themeLine(theme, outline, e.ctx.colors, themeSource(e.ctx));
    stroke = spec ? strokeOf(spec) : solidStroke(outline, 0.75);
  } else if (g.kind === 'pie' || g.kind === 'doughnut') stroke = solidStroke(schemeColor('bg1', e.ctx.colors) ?? { r: 1, g: 1, b: 1, a: 1 }, 0.75);
  const color = fillSpec?.kind === 'solid' ? fillSpec.color : (stroke?.color ?? auto);
  void s;
  return { fill: paintIn(fillSpec, box.x, box.y, box.w, box.h), fillSpec, stroke, color };
}

/** Whether each point of the group takes its own colour (c:varyColors with one series). */
function pointColours(g: ChartGroup): boolean {
  return g.varyColors && (g.kind === 'pie' || g.kind === 'doughnut' || g.series.length === 1);
}

// ── Legend ───────────────────────────────────────────────────────────────────────────────

interface Entry {
  text: string;
  paint: SeriesPaint;
  kind: ChartGroup['kind'];
  marker: boolean;
}

function legendEntries(e: Env): Entry[] {
  const out: Entry[] = [];
  const deleted = new Set<number>();
  for (const le of e.model.legend?.elements() ?? []) {
    if (le.localName !== 'legendEntry') continue;
    if (val(le, 'delete') === '1') deleted.add(Number(val(le, 'idx')));
  }
  let i = 0;
  for (const g of e.model.groups) {
    if (pointColours(g)) {
      const s = g.series[0];
      if (!s) continue;
      const n = Math.max(s.values.length, s.categories?.length ?? 0);
      for (let p = 0; p < n; p++, i++) {
        if (deleted.has(i)) continue;
        out.push({ text: s.categories?.[p] ?? String(p + 1), paint: seriesPaint(e, g, s, p, s.points.get(p) ?? s.spPr, { x: 0, y: 0, w: 7, h: 7 }), kind: g.kind, marker: false });
      }
      continue;
    }
    for (const s of g.series) {
      const idx = i++;
      if (deleted.has(idx)) continue;
      out.push({ text: s.name, paint: seriesPaint(e, g, s, s.idx, s.spPr, { x: 0, y: 0, w: 7, h: 7 }), kind: g.kind, marker: markerSymbol(g, s) !== 'none' });
    }
  }
  return out;
}

function drawLegend(e: Env, box: Box, w: number, h: number): Box {
  const legend = e.model.legend!;
  if (val(legend, 'delete') === '1') return box;
  const pos = val(legend, 'legendPos') ?? 'r';
  const style = styleOf(defaults(1000, false), e.chartTx, child(legend, 'txPr'));
  let entries = legendEntries(e).slice(0, 200);
  // Stacked columns list their series top-down, as the stack reads, and horizontal bars as the
  // bars read, bottom-up (LibreOffice's and PowerPoint's order).
  const first = e.model.groups[0];
  // (3-D standard columns stand one series behind the other, and 3-D stacked bars read from the
  // wall outwards: their legends read in series order, as LibreOffice's.)
  const stackedCols = first?.barDir === 'col' && first.grouping !== 'clustered' && !(first.threeD && first.grouping === 'standard');
  const bars = first?.barDir === 'bar' && !(first.threeD && (first.grouping === 'stacked' || first.grouping === 'percentStacked'));
  if (first?.kind === 'bar' && (stackedCols || bars) && (pos === 'r' || pos === 'l') && !pointColours(first)) entries = entries.reverse();
  if (entries.length === 0) return box;
  const labels = entries.map((en) => label(en.text, style, e.ctx, e.env, { align: 'l' }));
  // LibreOffice's legend (measured on its PDFs): rows one em high and 0.2 em apart, symbols 0.6 em
  // with 0.22 em before their text, 0.33 em padding left and right, 0.2 em above and below.
  const em = Math.max(1, ...labels.map((l) => l.h)) / 1.2;
  const sym = 0.6 * em;
  const gap = 0.22 * em;
  const padX = 0.33 * em;
  const padY = 0.2 * em;
  const rowH = Math.max(sym, em);
  // With a line among the entries every symbol is 8 mm wide (16 mm with a dashed one), so the
  // lines read: LibreOffice's preferred legend key of line series.
  const lines = entries.filter((en) => (en.kind === 'line' || en.kind === 'scatter') && en.paint.stroke);
  const dashed = lines.some((en) => (en.paint.stroke?.dash.length ?? 0) > 0);
  const symW = lines.length > 0 ? Math.max(sym, (dashed ? 16 : 8) * (72 / 25.4)) : sym;
  const widths = labels.map((l) => symW + gap + l.w);
  const manual = manualBox(legend, w, h);
  const overlay = val(legend, 'overlay') === '1';
  const vertical = pos === 'r' || pos === 'l' || pos === 'tr';
  let rows: number[][] = [];
  if (vertical) rows = entries.map((_, i) => [i]);
  else {
    let cur: number[] = [];
    let cw = 0;
    widths.forEach((ew, i) => {
      if (cur.length > 0 && cw + 10 + ew > box.w) {
        rows.push(cur);
        cur = [];
        cw = 0;
      }
      cw += (cur.length ? 10 : 0) + ew;
      cur.push(i);
    });
    if (cur.length) rows.push(cur);
  }
  const rowWidth = (r: number[]) => r.reduce((s, i, k) => s + widths[i]! + (k ? 10 : 0), 0);
  const lw = Math.max(...rows.map(rowWidth));
  const lh = rows.length * rowH + (rows.length - 1) * padY;
  // The legend's box (padding included) is placed as LibreOffice places it: at 2.1 mm from the
  // frame's side (centred on the frame's height), or 1.85 mm below the title (above the frame's
  // foot); the diagram keeps what is left beside it, less the same distance.
  const bw = lw + 2 * padX;
  const bh = lh + 2 * padY;
  let bx: number;
  let by: number;
  let rest = box;
  if (manual) {
    bx = manual.x;
    by = manual.y;
  } else if (pos === 'l') {
    bx = LEGEND_X;
    by = (h - bh) / 2;
    if (!overlay) rest = { ...box, x: box.x + bw + LEGEND_X, w: box.w - bw - LEGEND_X };
  } else if (pos === 't') {
    bx = (w - bw) / 2;
    by = box.y + LEGEND_Y;
    if (!overlay) rest = { ...box, y: box.y + bh + LEGEND_Y, h: box.h - bh - LEGEND_Y };
  } else if (pos === 'b') {
    bx = (w - bw) / 2;
    by = h - LEGEND_Y - bh;
    if (!overlay) rest = { ...box, h: box.h - bh - LEGEND_Y };
  } else {
    bx = w - LEGEND_X - bw;
    by = pos === 'tr' ? box.y + LEGEND_Y : (h - bh) / 2;
    if (!overlay) rest = { ...box, w: box.w - bw - LEGEND_X };
  }
  const x = bx + padX;
  const y = by + padY;
  const lp = readSpPr(child(legend, 'spPr'), e.ctx.colors, e.source);
  path(e, rectPath(bx, by, bw, bh), paintIn(lp.fill, bx, by, bw, bh), lp.line ? strokeOf(lp.line) : undefined);
  rows.forEach((r, ri) => {
    let cx = vertical ? x : x + (lw - rowWidth(r)) / 2;
    const cy = y + ri * (rowH + padY);
    for (const i of r) {
      const en = entries[i]!;
      const sy = cy + (rowH - sym) / 2;
      if (en.kind === 'line' || en.kind === 'scatter') {
        if (en.paint.stroke) line(e, cx, sy + sym / 2, cx + symW, sy + sym / 2, { ...en.paint.stroke, width: Math.min(en.paint.stroke.width, 3) });
        if (en.marker) drawMarker(e, 'circle', cx + symW / 2, sy + sym / 2, 4, { kind: 'solid', color: en.paint.color }, undefined);
      } else if (en.kind === 'bubble') path(e, ellipsePath({ x: cx + (symW - sym) / 2, y: sy, w: sym, h: sym }), en.paint.fill, en.paint.stroke);
      else path(e, rectPath(cx, sy, symW, sym), en.paint.fill, en.paint.stroke);
      labels[i]!.draw(e.m, cx + symW + gap, cy + (rowH - labels[i]!.h) / 2);
      cx += widths[i]! + 10;
    }
  });
  return rest;
}

// ── Axes and the plot of bar, line, area and scatter charts ────────────────────────────────

interface Frame {
  plot: Box;
  /** Category axis along x (columns, lines) or y (horizontal bars). */
  horizontal: boolean;
  cats: number;
  catReversed: boolean;
  between: boolean;
  val: Scale;
  valReversed: boolean;
  /** Scatter: the x value scale. */
  xval?: Scale;
}

function dataRange(groups: ChartGroup[]): { min: number; max: number; percent: boolean } {
  let min = Infinity;
  let max = -Infinity;
  let percent = false;
  for (const g of groups) {
    if (g.grouping === 'stacked' || g.grouping === 'percentStacked') {
      const n = Math.max(0, ...g.series.map((s) => s.values.length));
      for (let i = 0; i < n; i++) {
        let pos = 0;
        let neg = 0;
        for (const s of g.series) {
          const v = s.values[i] ?? 0;
          if (v >= 0) pos += v;
          else neg += v;
        }
        if (g.grouping === 'percentStacked') {
          percent = true;
          const t = pos - neg || 1;
          pos /= t;
          neg /= t;
        }
        min = Math.min(min, neg);
        max = Math.max(max, pos);
      }
    } else {
      for (const s of g.series) {
        for (const v of s.values) {
          if (v === undefined) continue;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
  }
  if (!Number.isFinite(min)) return { min: 0, max: 1, percent };
  return { min, max, percent };
}

function axesOf(e: Env, g: ChartGroup): { cat: Axis | undefined; val: Axis | undefined; x: Axis | undefined } {
  const axes = g.axIds.map((id) => e.model.axes.get(id)).filter((a): a is Axis => a !== undefined);
  if (g.kind === 'scatter' || g.kind === 'bubble') {
    const vals = axes.filter((a) => a.kind === 'val');
    const x = vals.find((a) => a.pos === 'b' || a.pos === 't') ?? vals[0];
    return { cat: undefined, x, val: vals.find((a) => a !== x) };
  }
  return { cat: axes.find((a) => a.kind !== 'val'), val: axes.find((a) => a.kind === 'val'), x: undefined };
}

/** The axes, gridlines and series of a 2-D chart in a w × h frame, in `box` (or `manualPlot`). */
function drawAxes(e: Env, groups: ChartGroup[], box: Box, manualPlot: Box | undefined, w: number, h: number): void {
  const main = groups[0]!;
  const { cat, val: vAx, x: xAx } = axesOf(e, main);
  const horizontal = main.kind === 'bar' && main.barDir === 'bar';
  const scatter = main.kind === 'scatter' || main.kind === 'bubble';
  const catLabels = (main.series[0]?.categories ?? []).slice(0, 4096);
  const cats = scatter ? 0 : Math.max(catLabels.length, ...groups.flatMap((g) => g.series.map((s) => s.values.length)), 1);
  const range = dataRange(groups);
  // The automatic scales, as LibreOffice lays them out (chart2 ChartView): a first pass with at
  // most 10 intervals sizes the tick labels and the plot; then each value axis gets at most as
  // many intervals as labels of that size fit along it (VCartesianAxis::
  // estimateMaximumAutoMainIncrementCount: the axis' length over the tallest label, or over the
  // widest along a horizontal axis; 10 when it has no labels; within 2–10 as ScaleAutomatism::
  // setMaximumAutoMainIncrementCount keeps it), and the plot is laid out again.
  const valScaleFor = (maxIntervals: number): Scale =>
    range.percent && vAx?.max === undefined ? niceScale(Math.min(0, range.min), range.max, { min: vAx?.min, max: vAx?.max ?? (range.max > 0 ? 1 : 0), unit: vAx?.majorUnit }, maxIntervals) : niceScale(range.min, range.max, { min: vAx?.min, max: vAx?.max, unit: vAx?.majorUnit }, maxIntervals);
  let xRange: { lo: number; hi: number } | undefined;
  if (scatter) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const g of groups) for (const s of g.series) s.values.forEach((_, i) => {
      const xv = s.xValues ? s.xValues[i] : i + 1;
      if (xv === undefined) return;
      lo = Math.min(lo, xv);
      hi = Math.max(hi, xv);
    });
    xRange = { lo: Number.isFinite(lo) ? lo : 0, hi: Number.isFinite(hi) ? hi : 1 };
  }
  const xScaleFor = (maxIntervals: number): Scale | undefined => (xRange ? niceScale(xRange.lo, xRange.hi, { min: xAx?.min, max: xAx?.max, unit: xAx?.majorUnit }, maxIntervals, false) : undefined);
  const valFormat = vAx && !vAx.sourceLinked && vAx.formatCode ? vAx.formatCode : range.percent ? '0%' : (main.series[0]?.formatCode ?? 'General');
  const axisStyle = (a: Axis | undefined) => styleOf(defaults(1000, false), e.chartTx, a?.txPr);
  const showLabels = (a: Axis | undefined) => a !== undefined && !a.deleted && a.tickLblPos !== 'none';

  // Labels of the axis along x (bottom) and along y (left), measured to make room for them.
  const xAxis = scatter ? xAx : horizontal ? vAx : cat;
  const yAxis = scatter ? vAx : horizontal ? cat : vAx;
  // The title beside the vertical axis reads upwards unless its a:bodyPr says otherwise (rot="0":
  // horizontal, wrapped to a fifth of the chart's width as LibreOffice wraps it).
  const yTurn = yAxis?.title ? titleAngle(yAxis.title) ?? -90 : -90;
  const yTitle = yAxis && !yAxis.deleted && yAxis.title ? axisTitle(e, yAxis, yTurn === 0 ? w * 0.2 : undefined) : undefined;
  const xTitle = xAxis && !xAxis.deleted && xAxis.title ? axisTitle(e, xAxis) : undefined;
  // The room of its text frame across the axis (LibreOffice's padding: 0.18 × its size beside a
  // horizontal text, 0.3 × above and below it).
  const yTitleRoom = yTitle ? (yTurn === 0 ? yTitle.w + 2 * TITLE_PAD_X * yTitle.lo.size : titleFrame(yTitle)) : 0;
  // Tick labels sit 1 mm beyond the outer tick marks (1.5 mm long).
  const tickOut = (a: Axis | undefined) => a !== undefined && !a.deleted && (a.majorTickMark === 'out' || a.majorTickMark === 'cross');
  const yGap = (tickOut(yAxis) ? TICK : 0) + LABEL_GAP;
  const xGap = (tickOut(xAxis) ? TICK : 0) + LABEL_GAP;
  const xIsCat = !scatter && !horizontal;
  const layoutFor = (valScale: Scale, xScale: Scale | undefined) => {
    const valText = ticks(valScale).map((v) => formatNumber(v, valFormat));
    const xTexts = scatter ? ticks(xScale!).map((v) => formatNumber(v, xAx && !xAx.sourceLinked && xAx.formatCode ? xAx.formatCode : 'General')) : horizontal ? valText : catLabels.length ? catLabels : Array.from({ length: cats }, (_, i) => String(i + 1));
    const yTexts = scatter || !horizontal ? valText : catLabels.length ? catLabels : Array.from({ length: cats }, (_, i) => String(i + 1));
    const yLabels = showLabels(yAxis) ? yTexts.map((t) => label(t, axisStyle(yAxis), e.ctx, e.env, { align: 'r' })) : [];
    const yLabelW = Math.max(0, ...yLabels.map((l) => l.w));
    let plot: Box;
    let left = (yLabels.length ? yLabelW + yGap : 0) + (yTitle ? Y_TITLE_DISTANCE + yTitleRoom : 0);
    // x labels: wrapped to their band when categories; their height decides the bottom margin.
    const provisionalW = manualPlot && manualPlot.w > 0 ? manualPlot.w : box.w - left;
    const band = xTexts.length > 0 ? provisionalW / Math.max(1, xTexts.length) : provisionalW;
    const wrapW = Math.max(10, band * 0.95);
    // Category labels are wrapped to their band at spaces; where a word is wider than the band
    // (it would have to be cut), all are turned 45° instead, one line each, as LibreOffice turns
    // labels it cannot break (and PowerPoint, which never cuts a word of a label).
    const widestWord = xIsCat && showLabels(xAxis) && xTexts.length <= 200 ? Math.max(0, ...xTexts.flatMap((t) => t.split(/\s+/).filter((w) => w !== '').map((w) => label(w, axisStyle(xAxis), e.ctx, e.env).w))) : 0;
    const turn = widestWord > band && !rotatedTxPr(xAxis);
    const xLabels = showLabels(xAxis) ? xTexts.map((t) => label(t, axisStyle(xAxis), e.ctx, e.env, xIsCat && !turn ? { wrapWidth: Math.max(wrapW, Math.min(band, widestWord + 0.5)) } : {})) : [];
    // LibreOffice reserves one em per line of a tick label (our line box is 1.2 em); a turned
    // label the height of its slanted box.
    const xLabelH = turn ? Math.max(0, ...xLabels.map((l) => (l.w + l.h / 1.2) * Math.SQRT1_2)) : Math.max(0, ...xLabels.map((l) => l.h)) / 1.2;
    // A turned first label reaches left of the plot: the plot moves right to keep it in the chart.
    const first = turn && !(cat?.reversed ?? false) ? xLabels[0] : undefined;
    if (first) left = Math.max(left, (first.w + first.h / 2) * Math.SQRT1_2 - band / 2);
    // c:tickLblPos nextTo (the default): category labels beside the category axis, which crosses
    // the values at zero; when zero lies inside the value range, they sit there, inside the plot
    // (PowerPoint and LibreOffice), on the c:axPos side, and take no room below it.
    const cross = crossValue(valScale);
    const labelsAtCross = xIsCat && xLabels.length > 0 && xAxis?.tickLblPos === 'nextTo' && cross > valScale.min && cross < valScale.max;
    // The top value label is centred on the plot's top edge: half of it reaches above; the bottom
    // one as far below, which the category labels' room covers unless there is none (c:tickLblPos
    // none, or labels at zero inside the plot): LibreOffice keeps every label inside the chart.
    const top = yLabels.length && !horizontal ? Math.max(0, ...yLabels.map((l) => l.h)) / 1.2 / 2 : 0;
    const bottom = Math.max(xLabels.length && !labelsAtCross ? xLabelH + xGap : 0, top) + (xTitle ? X_TITLE_DISTANCE + titleFrame(xTitle) : 0);
    if (manualPlot && manualPlot.w > 0 && manualPlot.h > 0) {
      const inner = child(child(e.model.plotArea, 'layout'), 'manualLayout');
      plot = val(inner, 'layoutTarget') === 'inner' ? manualPlot : { x: manualPlot.x + left, y: manualPlot.y, w: manualPlot.w - left, h: manualPlot.h - bottom };
    } else plot = { x: box.x + left, y: box.y + top, w: box.w - left, h: box.h - bottom - top };
    return { valScale, xScale, xLabels, yLabels, xLabelH, labelsAtCross, plot, turn };
  };
  // A label's height as LibreOffice counts it: one em per line (our line box is 1.2 em).
  const fits = (labels: Label[], len: number, along: 'w' | 'h'): number => {
    const need = Math.max(0, ...labels.map((l) => (along === 'h' ? l.h / 1.2 : l.w)));
    return need > 0 ? Math.min(10, Math.max(2, Math.floor(len / need))) : 10;
  };
  let laid = layoutFor(valScaleFor(10), xScaleFor(10));
  {
    const { plot } = laid;
    const nVal = horizontal ? fits(laid.xLabels, plot.w, 'w') : fits(laid.yLabels, plot.h, 'h');
    const nX = scatter ? fits(laid.xLabels, plot.w, 'w') : 10;
    if (nVal !== 10 || nX !== 10) laid = layoutFor(valScaleFor(nVal), xScaleFor(nX));
  }
  const { valScale, xScale, xLabels, yLabels, xLabelH, labelsAtCross, plot, turn } = laid;
  if (plot.w <= 4 || plot.h <= 4) return;
  drawPlotArea(e, plot);

  const f: Frame = {
    plot,
    horizontal,
    cats,
    catReversed: horizontal ? !(cat?.reversed ?? false) : (cat?.reversed ?? false),
    between: vAx?.crossBetween ? vAx.crossBetween === 'between' : main.kind !== 'area',
    val: valScale,
    valReversed: vAx?.reversed ?? false,
    ...(xScale ? { xval: xScale } : {}),
  };
  // Gridlines first, then the data, then axis lines and labels on top.
  drawGridlines(e, f, vAx, cat, xAx);
  for (const g of groups) {
    if (g.kind === 'bar') drawBars(e, g, f);
    else if (g.kind === 'area') drawArea(e, g, f);
    else if (g.kind === 'line') drawLines(e, g, f);
    else if (g.kind === 'scatter') drawScatter(e, g, f);
    else if (g.kind === 'bubble') drawBubbles(e, g, f);
  }
  // Axis lines.
  const axisStroke = (a: Axis | undefined): Stroke | undefined => {
    if (!a || a.deleted) return undefined;
    const p = readSpPr(a.spPr, e.ctx.colors, e.source);
    if (p.line === null) return undefined;
    return p.line ? strokeOf(p.line) : styleStroke(e);
  };
  const xs = axisStroke(xAxis);
  const ys = axisStroke(yAxis);
  const zeroY = scatter || !horizontal ? valPos(f, crossValue(f.val)) : plot.y + plot.h;
  const zeroX = horizontal ? valPos(f, crossValue(f.val)) : scatter ? xPos(f, crossValue(f.xval!)) : plot.x;
  if (xs) line(e, plot.x, zeroY, plot.x + plot.w, zeroY, xs);
  if (ys) line(e, zeroX, plot.y, zeroX, plot.y + plot.h, ys);
  // Outer tick marks (c:majorTickMark out/cross; in: inward): at the value ticks, and between
  // categories.
  const tickLen = (a: Axis | undefined): [number, number] | undefined => {
    if (!a || a.deleted) return undefined;
    if (a.majorTickMark === 'out') return [0, TICK];
    if (a.majorTickMark === 'in') return [-TICK, 0];
    if (a.majorTickMark === 'cross') return [-TICK / 2, TICK / 2];
    return undefined;
  };
  const catTicks = (): number[] => Array.from({ length: f.cats + 1 }, (_, i) => (horizontal ? plot.y + (i / f.cats) * plot.h : plot.x + (i / f.cats) * plot.w));
  const xt = tickLen(xAxis);
  if (xs && xt) {
    const at = xIsCat ? (f.between ? catTicks() : Array.from({ length: f.cats }, (_, i) => catCenter(f, i))) : horizontal ? ticks(f.val).map((v) => valPos(f, v)) : ticks(f.xval!).map((v) => xPos(f, v));
    for (const p of at.slice(0, 4097)) line(e, p, zeroY + xt[0], p, zeroY + xt[1], xs);
  }
  const yt = tickLen(yAxis);
  if (ys && yt) {
    const at = horizontal ? (f.between ? catTicks() : Array.from({ length: f.cats }, (_, i) => catCenter(f, i))) : ticks(f.val).map((v) => valPos(f, v));
    for (const p of at.slice(0, 4097)) line(e, zeroX - yt[1], p, zeroX - yt[0], p, ys);
  }
  // Tick labels.
  const n = xLabels.length;
  xLabels.forEach((l, i) => {
    const cx = xIsCat ? catCenter(f, i) : horizontal ? valPos(f, ticks(f.val)[i]!) : xPos(f, ticks(f.xval!)[i]!);
    if (turn) {
      // Turned by -45°: the text runs up to the right and ends, mid-height, under its category.
      const k = Math.SQRT1_2;
      const base = labelsAtCross ? zeroY : plot.y + plot.h;
      l.draw(e.m, cx - l.w * k - (l.h * k) / 2, base + xGap + l.w * k - (l.h * k) / 2, -45);
      return;
    }
    // Our line box is 1.2 em with 0.2 em above the text; LibreOffice's starts at the text.
    if (!labelsAtCross) l.draw(e.m, cx - l.w / 2, plot.y + plot.h + xGap - l.h / 6);
    else if (xAxis?.pos === 't') l.draw(e.m, cx - l.w / 2, zeroY - xGap - (l.h * 5) / 6);
    else l.draw(e.m, cx - l.w / 2, zeroY + xGap - l.h / 6);
  });
  void n;
  yLabels.forEach((l, i) => {
    const cy = horizontal ? catCenter(f, i) : valPos(f, ticks(f.val)[i]!);
    l.draw(e.m, plot.x - yGap - l.w, cy - l.h / 2);
  });
  // Axis titles (LibreOffice: text frames as the main title's, 4.5 mm from the diagram's space on
  // the left, 4.2 mm at the bottom, then moved against the axes' labels; the text starts its
  // frame's padding in), or where their c:manualLayout puts the frame's top-left corner; the
  // room they take is the same either way (as the chart title's).
  const yManual = yTitle ? manualBox(yAxis?.title, w, h) : undefined;
  const xManual = xTitle ? manualBox(xAxis?.title, w, h) : undefined;
  const yLeft = yManual ? yManual.x : box.x + Y_TITLE_DISTANCE;
  if (yTitle && yTurn === 0) yTitle.draw(e.m, yLeft + TITLE_PAD_X * yTitle.lo.size, yManual ? yManual.y + titleText(yTitle) : plot.y + (plot.h - yTitle.h) / 2);
  else if (yTitle && yTurn > 0) yTitle.draw(e.m, yLeft + titleFrame(yTitle) - titleText(yTitle), yManual ? yManual.y : plot.y + (plot.h - yTitle.w) / 2, 90);
  else if (yTitle) yTitle.draw(e.m, yLeft + titleText(yTitle), yManual ? yManual.y + yTitle.w : plot.y + (plot.h + yTitle.w) / 2, -90);
  if (xTitle) xTitle.draw(e.m, xManual ? xManual.x + TITLE_PAD_X * xTitle.lo.size : plot.x + (plot.w - xTitle.w) / 2, (xManual ? xManual.y : plot.y + plot.h + (labelsAtCross ? 0 : xGap + xLabelH)) + titleText(xTitle));
}

/** The turn of a title's text (its a:bodyPr rot, in degrees; c:rich's, else c:txPr's), when it sets one. */
function titleAngle(title: ReadonlyXElement): number | undefined {
  const rich = richOf(title);
  const rot = rich?.child(NS_A, 'bodyPr')?.attr('rot') ?? child(title, 'txPr')?.child(NS_A, 'bodyPr')?.attr('rot');
  const v = Number(rot);
  return rot === undefined || !Number.isFinite(v) || v === -60000000 ? undefined : v / 60000;
}

/** Whether an axis' c:txPr turns its labels itself (a:bodyPr rot other than 0 or the automatic -60000000). */
function rotatedTxPr(a: Axis | undefined): boolean {
  const rot = [...(a?.txPr?.elements() ?? [])].find((el) => el.localName === 'bodyPr')?.attr('rot');
  return rot !== undefined && rot !== '0' && rot !== '-60000000';
}

function axisTitle(e: Env, a: Axis, wrapWidth?: number): Label | undefined {
  const rich = richOf(a.title);
  const style = styleOf(defaults(1000, true, true), e.chartTx, child(a.title, 'txPr'));
  return rich ? bodyLabel(rich, style, e.ctx, e.env, wrapWidth) : label('Axis Title', style, e.ctx, e.env, wrapWidth ? { wrapWidth } : {});
}

/** The depth of a title's text frame across its lines: LibreOffice's line heights and the frame's padding. */
function titleFrame(t: Label): number {
  return t.lo.h + 2 * TITLE_PAD_Y * t.lo.size;
}

/** Where our layout of a title starts in its frame so that its first baseline lands on LibreOffice's. */
function titleText(t: Label): number {
  return TITLE_PAD_Y * t.lo.size + t.lo.ascent - t.lo.baseline;
}

function crossValue(s: Scale): number {
  return s.min > 0 ? s.min : s.max < 0 ? s.max : 0;
}

/** Position of a value along the value axis (y for columns, x for horizontal bars). */
function valPos(f: Frame, v: number): number {
  const t = (v - f.val.min) / (f.val.max - f.val.min || 1);
  const r = f.valReversed ? 1 - t : t;
  return f.horizontal ? f.plot.x + r * f.plot.w : f.plot.y + f.plot.h - r * f.plot.h;
}

function xPos(f: Frame, v: number): number {
  const s = f.xval!;
  return f.plot.x + ((v - s.min) / (s.max - s.min || 1)) * f.plot.w;
}

/** Centre of category i along the category axis. */
function catCenter(f: Frame, i: number): number {
  const len = f.horizontal ? f.plot.h : f.plot.w;
  const k = f.catReversed ? f.cats - 1 - i : i;
  const t = f.between ? (k + 0.5) / f.cats : f.cats > 1 ? k / (f.cats - 1) : 0.5;
  return (f.horizontal ? f.plot.y : f.plot.x) + t * len;
}

function drawGridlines(e: Env, f: Frame, vAx: Axis | undefined, cat: Axis | undefined, xAx: Axis | undefined): void {
  const stroke = (g: ReadonlyXElement | undefined): Stroke | undefined => {
    if (!g) return undefined;
    const p = readSpPr(child(g, 'spPr'), e.ctx.colors, e.source);
    return p.line === null ? undefined : p.line ? strokeOf(p.line) : styleStroke(e);
  };
  const { plot } = f;
  const valLine = (v: number, st: Stroke) => {
    const p = valPos(f, v);
    if (f.horizontal) line(e, p, plot.y, p, plot.y + plot.h, st);
    else line(e, plot.x, p, plot.x + plot.w, p, st);
  };
  // c:minorGridlines of the value axis: every c:minorUnit (a fifth of the major unit), under the major ones.
  const minor = vAx ? stroke(vAx.minorGridlines) : undefined;
  if (minor && vAx) {
    const given = vAx.minorUnit;
    const unit = given !== undefined && given > 0 && f.val.unit / given <= 100 ? given : f.val.unit / 5;
    const majors = new Set(ticks(f.val));
    for (const t of ticks({ ...f.val, unit })) if (!majors.has(t)) valLine(t, minor);
  }
  const vs = vAx && !vAx.deleted ? stroke(vAx.majorGridlines) : vAx ? stroke(vAx.majorGridlines) : undefined;
  if (vs) {
    for (const t of ticks(f.val)) {
      const p = valPos(f, t);
      if (f.horizontal) line(e, p, plot.y, p, plot.y + plot.h, vs);
      else line(e, plot.x, p, plot.x + plot.w, p, vs);
    }
  }
  const xs = f.xval ? stroke(xAx?.majorGridlines) : stroke(cat?.majorGridlines);
  if (xs && f.xval) for (const t of ticks(f.xval)) line(e, xPos(f, t), plot.y, xPos(f, t), plot.y + plot.h, xs);
  else if (xs) {
    for (let i = 0; i <= f.cats; i++) {
      const len = f.horizontal ? plot.h : plot.w;
      const p = (f.horizontal ? plot.y : plot.x) + (i / f.cats) * len;
      if (f.horizontal) line(e, plot.x, p, plot.x + plot.w, p, xs);
      else line(e, p, plot.y, p, plot.y + plot.h, xs);
    }
  }
}

function stackedValues(g: ChartGroup, i: number): { base: number; top: number }[] {
  let pos = 0;
  let neg = 0;
  let total = 1;
  if (g.grouping === 'percentStacked') total = g.series.reduce((s, x) => s + Math.abs(x.values[i] ?? 0), 0) || 1;
  return g.series.map((s) => {
    const v = (s.values[i] ?? 0) / total;
    if (v >= 0) {
      const r = { base: pos, top: pos + v };
      pos += v;
      return r;
    }
    const r = { base: neg, top: neg + v };
    neg += v;
    return r;
  });
}

function drawBars(e: Env, g: ChartGroup, f: Frame): void {
  const stacked = g.grouping === 'stacked' || g.grouping === 'percentStacked';
  const n = stacked ? 1 : Math.max(1, g.series.length);
  const ov = (g.overlap ?? (stacked ? 100 : 0)) / 100;
  const gap = g.gapWidth / 100;
  const len = f.horizontal ? f.plot.h : f.plot.w;
  const bandW = len / f.cats;
  const barW = bandW / (n - (n - 1) * ov + gap);
  const cross = crossValue(f.val);
  const vary = pointColours(g);
  const labels: (() => void)[] = [];
  for (let c = 0; c < f.cats; c++) {
    const stack = stacked ? stackedValues(g, c) : undefined;
    g.series.forEach((s, si) => {
      const v = s.values[c];
      if (v === undefined) return;
      // Series run along the category axis' direction: bottom-up in horizontal bars.
      const slot = stacked ? 0 : f.catReversed ? n - 1 - si : si;
      const k = f.catReversed ? f.cats - 1 - c : c;
      const start = (f.horizontal ? f.plot.y : f.plot.x) + k * bandW + (gap * barW) / 2 + slot * barW * (1 - ov);
      const [a, b] = stack ? [stack[si]!.base, stack[si]!.top] : [cross, v];
      const p1 = valPos(f, clampTo(f.val, a));
      const p2 = valPos(f, clampTo(f.val, b));
      const box: Box = f.horizontal ? { x: Math.min(p1, p2), y: start, w: Math.abs(p2 - p1), h: barW } : { x: start, y: Math.min(p1, p2), w: barW, h: Math.abs(p2 - p1) };
      const sp = seriesPaint(e, g, s, vary ? c : s.idx, s.points.get(c) ?? s.spPr, box);
      let fill = sp.fill;
      if (s.invertIfNegative && v < 0 && !s.points.has(c)) fill = { kind: 'solid', color: { r: 1, g: 1, b: 1, a: 1 } };
      path(e, rectPath(box.x, box.y, box.w, box.h), fill, sp.stroke);
      const dl = dataLabels(g, s, c);
      if (dl) {
        labels.push(() => {
          const l = label(pointText(dl, s, c, v), labelStyle(e, g, s, dl), e.ctx, e.env);
          const pos = dl.pos ?? (stacked ? 'ctr' : 'outEnd');
          const end = valPos(f, clampTo(f.val, b));
          if (f.horizontal) {
            const cy = box.y + box.h / 2 - l.h / 2;
            const x = pos === 'ctr' ? box.x + box.w / 2 - l.w / 2 : pos === 'inEnd' ? (v >= 0 ? end - l.w - 2 : end + 2) : pos === 'inBase' ? valPos(f, a) + 2 : v >= 0 ? end + 2 : end - l.w - 2;
            l.draw(e.m, x, cy);
          } else {
            const cx = box.x + box.w / 2 - l.w / 2;
            const y = pos === 'ctr' ? box.y + box.h / 2 - l.h / 2 : pos === 'inEnd' ? (v >= 0 ? end + 2 : end - l.h - 2) : pos === 'inBase' ? valPos(f, a) - l.h - 2 : v >= 0 ? end - l.h - 2 : end + 2;
            l.draw(e.m, cx, y);
          }
        });
      }
    });
  }
  for (const draw of labels) draw();
}

function clampTo(s: Scale, v: number): number {
  return Math.min(s.max, Math.max(s.min, v));
}

function seriesPoints(g: ChartGroup, f: Frame): { x: number; y: number; v: number; i: number }[][] {
  const stacked = g.grouping === 'stacked' || g.grouping === 'percentStacked';
  const stacks = stacked ? Array.from({ length: f.cats }, (_, c) => stackedValues(g, c)) : undefined;
  return g.series.map((s, si) => {
    const pts: { x: number; y: number; v: number; i: number }[] = [];
    for (let c = 0; c < f.cats; c++) {
      const v = s.values[c];
      if (v === undefined && !stacked) continue;
      const top = stacks ? stacks[c]![si]!.top : v!;
      pts.push({ x: catCenter(f, c), y: valPos(f, clampTo(f.val, top)), v: v ?? 0, i: c });
    }
    return pts;
  });
}

function drawLines(e: Env, g: ChartGroup, f: Frame): void {
  const all = seriesPoints(g, f);
  g.series.forEach((s, si) => {
    const pts = all[si]!;
    const sp = seriesPaint(e, g, s, s.idx, s.spPr, f.plot);
    if (sp.stroke && pts.length > 1) path(e, polyline(pts, s.smooth), undefined, sp.stroke);
    const sym = markerSymbol(g, s);
    if (sym !== 'none') {
      const mk = markerPaint(e, s, sp);
      for (const p of pts) drawMarker(e, sym, p.x, p.y, mk.size, mk.fill, mk.stroke);
    }
    pointLabels(e, g, s, pts);
  });
}

function drawArea(e: Env, g: ChartGroup, f: Frame): void {
  const all = seriesPoints(g, f);
  const stacked = g.grouping === 'stacked' || g.grouping === 'percentStacked';
  const base = valPos(f, crossValue(f.val));
  // Standard areas: the last series at the back, the first in front (as LibreOffice draws them);
  // stacked areas do not overlap.
  const order = g.series.map((_, i) => i);
  if (!stacked) order.reverse();
  for (const si of order) {
    const s = g.series[si]!;
    const pts = all[si]!;
    if (pts.length === 0) continue;
    const below = stacked && si > 0 ? all[si - 1]!.slice().reverse() : [{ x: pts[pts.length - 1]!.x, y: base }, { x: pts[0]!.x, y: base }];
    const cmds: PathCommand[] = [{ op: 'M', x: pts[0]!.x, y: pts[0]!.y }, ...pts.slice(1).map((p) => ({ op: 'L' as const, x: p.x, y: p.y })), ...below.map((p) => ({ op: 'L' as const, x: p.x, y: p.y })), { op: 'Z' }];
    const sp = seriesPaint(e, g, s, s.idx, s.spPr, f.plot);
    path(e, cmds, sp.fill, sp.stroke);
    pointLabels(e, g, s, pts);
  }
}

function drawScatter(e: Env, g: ChartGroup, f: Frame): void {
  g.series.forEach((s) => {
    const pts: { x: number; y: number; v: number; i: number }[] = [];
    s.values.forEach((v, i) => {
      const xv = s.xValues ? s.xValues[i] : i + 1;
      if (v === undefined || xv === undefined) return;
      pts.push({ x: xPos(f, xv), y: valPos(f, clampTo(f.val, v)), v, i });
    });
    const p = readSpPr(s.spPr, e.ctx.colors, e.source);
    const auto = autoColor(s.idx, e.ctx.colors);
    const wantsLine = p.line !== null && (p.line !== undefined || /line|smooth/i.test(g.scatterStyle));
    const stroke = wantsLine ? (p.line ? strokeOf(p.line) : { ...solidStroke(auto, 2.25), cap: 'round' as const, join: 'round' as const }) : undefined;
    if (stroke && pts.length > 1) path(e, polyline(pts, s.smooth || /smooth/i.test(g.scatterStyle)), undefined, stroke);
    const sym = markerSymbol(g, s);
    if (sym !== 'none') {
      const mk = markerPaint(e, s, { stroke, color: stroke?.color ?? auto });
      for (const pt of pts) drawMarker(e, sym, pt.x, pt.y, mk.size, mk.fill, mk.stroke);
    }
    pointLabels(e, g, s, pts);
  });
}

/**
 * c:bubbleChart: a circle per point at (c:xVal, c:yVal), filled with the series' paint. Sizes as
 * LibreOffice's BubbleChart scales them (and as PowerPoint's default): the largest c:bubbleSize of
 * the chart gets a diameter of a quarter of the plot's smaller side, times c:bubbleScale; the
 * others by area (c:sizeRepresents "area", the default) or by width ("w"). Negative sizes are left
 * out unless c:showNegBubbles (then drawn by their magnitude); zero, missing or unreadable ones are
 * left out.
 */
function drawBubbles(e: Env, g: ChartGroup, f: Frame): void {
  let maxSize = 0;
  for (const s of g.series) for (const b of s.bubbleSizes ?? []) if (b !== undefined && (b > 0 || g.showNegBubbles)) maxSize = Math.max(maxSize, Math.abs(b));
  if (!(maxSize > 0)) return;
  const largest = 0.25 * Math.min(f.plot.w, f.plot.h) * (g.bubbleScale / 100);
  g.series.forEach((s) => {
    const pts: { x: number; y: number; v: number; i: number }[] = [];
    s.values.forEach((v, i) => {
      const xv = s.xValues ? s.xValues[i] : i + 1;
      const b = s.bubbleSizes?.[i];
      if (v === undefined || xv === undefined || b === undefined || b === 0 || (b < 0 && !g.showNegBubbles)) return;
      const x = xPos(f, xv);
      const y = valPos(f, clampTo(f.val, v));
      const k = Math.abs(b) / maxSize;
      const d = largest * (g.sizeRepresents === 'w' ? k : Math.sqrt(k));
      if (d > 0) {
        const box = { x: x - d / 2, y: y - d / 2, w: d, h: d };
        const sp = seriesPaint(e, g, s, g.varyColors && g.series.length === 1 ? i : s.idx, s.points.get(i) ?? s.spPr, box);
        path(e, ellipsePath(box), sp.fill, sp.stroke);
      }
      pts.push({ x, y, v, i });
    });
    pointLabels(e, g, s, pts);
  });
}

/** A closed ellipse in `box` (the same four cubic Béziers as a metafile's Ellipse). */
function ellipsePath(b: Box): PathCommand[] {
  return ellipseCommands(b.x, b.y, b.x + b.w, b.y + b.h);
}

function polyline(pts: { x: number; y: number }[], smooth: boolean): PathCommand[] {
  const cmds: PathCommand[] = [{ op: 'M', x: pts[0]!.x, y: pts[0]!.y }];
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i]!;
    if (!smooth) {
      cmds.push({ op: 'L', x: p.x, y: p.y });
      continue;
    }
    // Catmull-Rom through the points, as cubic Béziers.
    const p0 = pts[i - 2] ?? pts[i - 1]!;
    const p1 = pts[i - 1]!;
    const p3 = pts[i + 1] ?? p;
    cmds.push({ op: 'C', x1: p1.x + (p.x - p0.x) / 6, y1: p1.y + (p.y - p0.y) / 6, x2: p.x - (p3.x - p1.x) / 6, y2: p.y - (p3.y - p1.y) / 6, x: p.x, y: p.y });
  }
  return cmds;
}

// ── Markers ───────────────────────────────────────────────────────────────────────────────

/** LibreOffice's automatic symbols, in its order. */
const AUTO_SYMBOLS = ['square', 'diamond', 'triangle', 'triangle', 'circle', 'star', 'x', 'plus'];

function markerSymbol(g: ChartGroup, s: Series): string {
  if (g.kind !== 'line' && g.kind !== 'scatter') return 'none';
  const sym = val(s.marker, 'symbol');
  if (sym) return sym === 'auto' ? AUTO_SYMBOLS[s.idx % AUTO_SYMBOLS.length]! : sym;
  // c:lineChart/c:marker val="0" turns automatic markers off; a scatter's style says it.
  if (g.kind === 'line') return val(g.el, 'marker') === '1' || val(g.el, 'marker') === 'true' ? AUTO_SYMBOLS[s.idx % AUTO_SYMBOLS.length]! : 'none';
  return /marker/i.test(g.scatterStyle) || g.scatterStyle === 'lineMarker' ? AUTO_SYMBOLS[s.idx % AUTO_SYMBOLS.length]! : 'none';
}

function markerPaint(e: Env, s: Series, sp: { stroke: Stroke | undefined; color: Rgba }): { size: number; fill: Paint | undefined; stroke: Stroke | undefined } {
  // c:size is in points; LibreOffice draws symbols about 1.4 times that across.
  const size = 1.4 * Math.min(72, Math.max(2, Number(val(s.marker, 'size') ?? 5) || 5));
  const p = readSpPr(child(s.marker, 'spPr'), e.ctx.colors, e.source);
  const fill = p.fill ? paintIn(p.fill, 0, 0, size, size) : { kind: 'solid' as const, color: sp.color };
  const stroke = p.line === null ? undefined : p.line ? strokeOf(p.line) : solidStroke(sp.color, 0.75);
  return { size, fill, stroke };
}

function drawMarker(e: Env, sym: string, x: number, y: number, size: number, fill: Paint | undefined, stroke: Stroke | undefined): void {
  const r = size / 2;
  let cmds: PathCommand[];
  switch (sym) {
    case 'circle':
    case 'dot': {
      const k = 0.5523 * r;
      cmds = [
        { op: 'M', x: x + r, y },
        { op: 'C', x1: x + r, y1: y + k, x2: x + k, y2: y + r, x, y: y + r },
        { op: 'C', x1: x - k, y1: y + r, x2: x - r, y2: y + k, x: x - r, y },
        { op: 'C', x1: x - r, y1: y - k, x2: x - k, y2: y - r, x, y: y - r },
        { op: 'C', x1: x + k, y1: y - r, x2: x + r, y2: y - k, x: x + r, y },
        { op: 'Z' },
      ];
      break;
    }
    case 'diamond':
      cmds = [{ op: 'M', x, y: y - r }, { op: 'L', x: x + r, y }, { op: 'L', x, y: y + r }, { op: 'L', x: x - r, y }, { op: 'Z' }];
      break;
    case 'triangle':
      cmds = [{ op: 'M', x, y: y - r }, { op: 'L', x: x + r, y: y + r }, { op: 'L', x: x - r, y: y + r }, { op: 'Z' }];
      break;
    case 'x':
    case 'star':
    case 'plus':
    case 'dash': {
      const s2 = stroke ?? (fill?.kind === 'solid' ? solidStroke(fill.color, 0.75) : undefined);
      if (!s2) return;
      if (sym === 'dash') line(e, x - r, y, x + r, y, s2);
      if (sym === 'x' || sym === 'star') {
        line(e, x - r, y - r, x + r, y + r, s2);
        line(e, x - r, y + r, x + r, y - r, s2);
      }
      if (sym === 'plus' || sym === 'star') {
        line(e, x - r, y, x + r, y, s2);
        line(e, x, y - r, x, y + r, s2);
      }
      return;
    }
    default:
      cmds = rectPath(x - r, y - r, size, size);
  }
  path(e, cmds, fill, stroke);
}

// ── Data labels ───────────────────────────────────────────────────────────────────────────

interface DataLabel {
  val: boolean;
  cat: boolean;
  ser: boolean;
  percent: boolean;
  pos: string | undefined;
  el: ReadonlyXElement;
}

/** The data label of point i (c:dLbl of the series, then the series' c:dLbls, then the group's). */
function dataLabels(g: ChartGroup, s: Series, i: number): DataLabel | undefined {
  const own = s.dLbls?.elements() ? [...s.dLbls.elements()].find((d) => d.localName === 'dLbl' && val(d, 'idx') === String(i)) : undefined;
  const el = own ?? s.dLbls ?? g.dLbls;
  if (!el || val(el, 'delete') === '1') return undefined;
  const on = (n: string) => val(el, n) === '1' || val(el, n) === 'true';
  const d = { val: on('showVal'), cat: on('showCatName'), ser: on('showSerName'), percent: on('showPercent'), pos: val(el, 'dLblPos'), el };
  return d.val || d.cat || d.ser || d.percent ? d : undefined;
}

function labelStyle(e: Env, g: ChartGroup, s: Series, d: DataLabel): TextStyle {
  const txPr = child(d.el, 'txPr') ?? child(s.dLbls, 'txPr') ?? child(g.dLbls, 'txPr');
  return styleOf(defaults(1000, false), e.chartTx, txPr);
}

function pointText(d: DataLabel, s: Series, i: number, v: number, total?: number): string {
  const parts: string[] = [];
  if (d.ser) parts.push(s.name);
  if (d.cat) parts.push(s.categories?.[i] ?? String(i + 1));
  const numFmt = child(d.el, 'numFmt');
  const code = numFmt && numFmt.attr('sourceLinked') !== '1' ? numFmt.attr('formatCode') : s.formatCode;
  if (d.val) parts.push(formatNumber(v, code));
  if (d.percent && total) parts.push(formatNumber(v / total, numFmt && numFmt.attr('sourceLinked') !== '1' && /%/.test(code ?? '') ? code : '0%'));
  const sep = val(d.el, 'separator') ?? ', ';
  return parts.join(sep);
}

function pointLabels(e: Env, g: ChartGroup, s: Series, pts: { x: number; y: number; v: number; i: number }[]): void {
  for (const p of pts) {
    const d = dataLabels(g, s, p.i);
    if (!d) continue;
    const l = label(pointText(d, s, p.i, p.v), labelStyle(e, g, s, d), e.ctx, e.env);
    const pos = d.pos ?? (g.kind === 'area' ? 'ctr' : 'r');
    const x = pos === 'l' ? p.x - l.w - 4 : pos === 'r' ? p.x + 4 : p.x - l.w / 2;
    const y = pos === 't' ? p.y - l.h - 3 : pos === 'b' ? p.y + 3 : p.y - l.h / 2;
    l.draw(e.m, x, y);
  }
}

// ── Pie and doughnut ──────────────────────────────────────────────────────────────────────

function drawPie(e: Env, g: ChartGroup, plot: Box): void {
  const series = g.kind === 'pie' ? g.series.slice(0, 1) : g.series;
  const d = Math.min(plot.w, plot.h);
  if (d <= 2 || series.length === 0) return;
  const cx = plot.x + plot.w / 2;
  const cy = plot.y + plot.h / 2;
  // c:explosion (the series') or c:dPt/c:explosion (a point's) moves a pie's slice out by that
  // share of the radius; the pie shrinks so that the farthest slice stays in the plot area, as
  // LibreOffice's PieChart does.
  const explosionOf = (s: Series, i: number) => (g.kind === 'pie' ? Math.max(0, s.pointExplosion.get(i) ?? s.explosion) / 100 : 0);
  const maxEx = Math.max(0, ...series.flatMap((s) => s.values.map((v, i) => (v !== undefined && v > 0 ? explosionOf(s, i) : 0))));
  const outer = d / 2 / (1 + maxEx);
  const hole = g.kind === 'doughnut' ? (outer * g.holeSize) / 100 : 0;
  const ring = (outer - hole) / series.length;
  const labels: (() => void)[] = [];
  const cx0 = cx;
  const cy0 = cy;
  series.forEach((s, si) => {
    const vals = s.values.map((v) => (v !== undefined && v > 0 ? v : 0));
    const total = vals.reduce((a, b) => a + b, 0);
    if (total <= 0) return;
    const r1 = outer - si * ring;
    const r0 = g.kind === 'doughnut' ? r1 - ring : 0;
    let a = -90 + g.firstSliceAng;
    vals.forEach((v, i) => {
      if (v <= 0) return;
      const sweep = (v / total) * 360;
      const mid = ((a + sweep / 2) * Math.PI) / 180;
      const off = r1 * explosionOf(s, i);
      const cx = cx0 + off * Math.cos(mid);
      const cy = cy0 + off * Math.sin(mid);
      const sp = seriesPaint(e, g, s, g.varyColors ? i : s.idx, s.points.get(i) ?? s.spPr, { x: cx - r1, y: cy - r1, w: 2 * r1, h: 2 * r1 });
      path(e, sector(cx, cy, r0, r1, a, sweep), sp.fill, sp.stroke, r0 > 0 && sweep >= 359.999);
      const dl = dataLabels(g, s, i);
      if (dl) {
        labels.push(() => {
          const l = label(pointText(dl, s, i, s.values[i] ?? 0, total), labelStyle(e, g, s, dl), e.ctx, e.env);
          const outside = dl.pos === 'outEnd';
          const rr = outside ? r1 + 4 + Math.max(l.w, l.h) / 2 : g.kind === 'doughnut' ? (r0 + r1) / 2 : r1 * (dl.pos === 'inEnd' ? 0.75 : 0.62);
          l.draw(e.m, cx + Math.cos(mid) * rr - l.w / 2, cy + Math.sin(mid) * rr - l.h / 2);
        });
      }
      a += sweep;
    });
  });
  for (const draw of labels) draw();
}

/** A pie slice or ring segment from angle `a` (degrees, clockwise from 3 o'clock) over `sweep`. */
function sector(cx: number, cy: number, r0: number, r1: number, a: number, sweep: number): PathCommand[] {
  const full = sweep >= 359.999;
  const arc = (r: number, from: number, to: number, out: PathCommand[]) => {
    const steps = Math.max(1, Math.ceil(Math.abs(to - from) / 90));
    const d = (to - from) / steps;
    for (let k = 0; k < steps; k++) {
      const t0 = ((from + k * d) * Math.PI) / 180;
      const t1 = ((from + (k + 1) * d) * Math.PI) / 180;
      const h = (4 / 3) * Math.tan((t1 - t0) / 4) * r;
      out.push({
        op: 'C',
        x1: cx + r * Math.cos(t0) - h * Math.sin(t0),
        y1: cy + r * Math.sin(t0) + h * Math.cos(t0),
        x2: cx + r * Math.cos(t1) + h * Math.sin(t1),
        y2: cy + r * Math.sin(t1) - h * Math.cos(t1),
        x: cx + r * Math.cos(t1),
        y: cy + r * Math.sin(t1),
      });
    }
  };
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const cmds: PathCommand[] = [];
  if (r0 <= 0) {
    if (full) cmds.push({ op: 'M', x: cx + r1 * Math.cos(rad(a)), y: cy + r1 * Math.sin(rad(a)) });
    else cmds.push({ op: 'M', x: cx, y: cy }, { op: 'L', x: cx + r1 * Math.cos(rad(a)), y: cy + r1 * Math.sin(rad(a)) });
    arc(r1, a, a + sweep, cmds);
    cmds.push({ op: 'Z' });
    return cmds;
  }
  cmds.push({ op: 'M', x: cx + r1 * Math.cos(rad(a)), y: cy + r1 * Math.sin(rad(a)) });
  arc(r1, a, a + sweep, cmds);
  if (full) {
    cmds.push({ op: 'Z' }, { op: 'M', x: cx + r0 * Math.cos(rad(a)), y: cy + r0 * Math.sin(rad(a)) });
    arc(r0, a, a + sweep, cmds);
    cmds.push({ op: 'Z' });
    return cmds;
  }
  cmds.push({ op: 'L', x: cx + r0 * Math.cos(rad(a + sweep)), y: cy + r0 * Math.sin(rad(a + sweep)) });
  arc(r0, a + sweep, a, cmds);
  cmds.push({ op: 'Z' });
  return cmds;
}

