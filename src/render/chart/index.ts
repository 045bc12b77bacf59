/**
 * Charts in graphic frames (a:graphicData uri=".../chart", c:chart r:id → the chart part): drawn
 * from the part's cached values (draw.ts). A chart of a kind we do not draw (radar, surface,
 * stock, bar-of-pie; chartex parts of Office 2016) shows a placeholder frame with its kind
 * and is reported; an mc:AlternateContent fallback picture, where the file has one, is drawn by the
 * shape tree instead.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { skip, type SlideContext } from '../scene/context.js';
import type { ShapeEnv } from '../scene/placement.js';
import { placeInGroup, readXfrm, shapeMatrix } from '../scene/transform.js';
import type { Matrix } from '../matrix.js';
import { C, readChart } from './model.js';
import { drawChartModel } from './draw.js';
import { rectPath, solidStroke } from './paint.js';
import { defaults, label } from './text.js';
import { overrideTheme } from '../deck/theme.js';
import { reportRecovered } from '../../diagnostics.js';

/** Draws the chart of a graphic frame (or its placeholder, with a warning). */
export function drawChartFrame(frame: ReadonlyXElement, data: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): void {
  const own = readXfrm(frame.child(NS.p, 'xfrm'));
  if (!own) return;
  const xfrm = placeInGroup(own, env.group);
  const m = shapeMatrix(xfrm);
  const ref = data.child(C, 'chart');
  const id = ref?.attrNS(NS.r, 'id');
  const part = id ? env.source.rels.targetPart(id) : undefined;
  if (!part || !ctx.pkg.has(part)) {
    placeholder(xfrm.w, xfrm.h, m, 'chart (its data part is missing)', env, ctx);
    skip(ctx, 'chartMissing');
    return;
  }
  const root = ctx.pkg.readOnlyXml(part).root;
  const model = readChart(root);
  const source = { part, rels: ctx.pkg.rels(part) };
  if (model.groups.length === 0) {
    placeholder(xfrm.w, xfrm.h, m, `${model.unsupported[0] ?? 'unknown'} chart`, env, ctx);
    skip(ctx, 'chartKind');
    return;
  }
  const drawn = withThemeOverride(ctx, part, () => drawChartModel(model, xfrm.w, xfrm.h, m, ctx, env, source));
  if (model.unsupported.length > 0) skip(ctx, 'chartKind');
  if (drawn.flat3d) skip(ctx, 'chart3d');
  // c:dateAx: categories drawn one slot each (not placed by date), every label drawn.
  const used = new Set(model.groups.flatMap((g) => g.axIds));
  if ([...model.axes].some(([id, a]) => a.kind === 'date' && !a.deleted && used.has(id))) skip(ctx, 'chartDateAxis');
}

/**
 * Runs `draw` with the chart's theme override (the part its `themeOverride` relationship names,
 * a:themeOverride: colours, fonts and formats of the workbook the chart came from, as PowerPoint
 * and LibreOffice draw it) in place of the slide's theme, then puts the slide's theme back.
 */
function withThemeOverride<T>(ctx: SlideContext, part: string, draw: () => T): T {
  const target = ctx.pkg.related(part, 'themeOverride')[0];
  if (!target || !ctx.pkg.has(target)) return draw();
  const root = tolerantRoot(ctx, target);
  if (!root) return draw();
  const { chain, colors } = ctx;
  const theme = overrideTheme(chain.theme, root, target);
  ctx.chain = { ...chain, theme };
  ctx.colors = { ...colors, scheme: theme.colors };
  try {
    return draw();
  } finally {
    ctx.chain = chain;
    ctx.colors = colors;
  }
}

/** The root of an XML part, or undefined when it does not parse (the override is then left out). */
function tolerantRoot(ctx: SlideContext, part: string): ReadonlyXElement | undefined {
  try {
    return ctx.pkg.readOnlyXml(part).root;
  } catch (error) {
    reportRecovered('part', error);
    return undefined;
  }
}

/** A chart of a kind we do not draw (Office 2016 chartex: waterfall, treemap, funnel ...). */
export function drawChartPlaceholder(frame: ReadonlyXElement, what: string, env: ShapeEnv, ctx: SlideContext): void {
  const own = readXfrm(frame.child(NS.p, 'xfrm'));
  if (!own) return;
  const xfrm = placeInGroup(own, env.group);
  placeholder(xfrm.w, xfrm.h, shapeMatrix(xfrm), what, env, ctx);
  skip(ctx, 'chartKind');
}

function placeholder(w: number, h: number, m: Matrix, what: string, env: ShapeEnv, ctx: SlideContext): void {
  const grey = { r: 0.6, g: 0.6, b: 0.6, a: 1 };
  ctx.ops.push({ kind: 'path', transform: m, commands: rectPath(0, 0, w, h), fill: { kind: 'solid', color: { r: 0.95, g: 0.95, b: 0.95, a: 1 } }, stroke: { ...solidStroke(grey, 0.75), dash: [3, 3] } });
  const l = label(`[${what} not drawn]`, { sources: [defaults(1000, false)] }, ctx, env, { wrapWidth: Math.max(20, w - 8) });
  l.draw(m, (w - Math.max(20, w - 8)) / 2, (h - l.h) / 2);
}
