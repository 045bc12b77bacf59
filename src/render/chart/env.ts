/**
 * What every drawing step of a chart shares: the slide context, the frame's matrix, the chart
 * model and its style, and the two primitives (a path, a line) that push display-list operations.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import type { Matrix } from '../matrix.js';
import type { PathCommand, Paint, Stroke } from '../ops.js';
import type { SlideContext } from '../scene/context.js';
import type { ShapeEnv } from '../scene/placement.js';
import type { BlipSource } from '../scene/fill.js';
import type { ChartModel } from './model.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Env {
  ctx: SlideContext;
  env: ShapeEnv;
  m: Matrix;
  source: BlipSource;
  model: ChartModel;
  chartTx: ReadonlyXElement | undefined;
  /** c:style (1–48): the automatic formatting of what the file leaves unsaid (style.ts). */
  style: number;
}

export function path(e: Env, commands: PathCommand[], fill?: Paint, stroke?: Stroke, evenOdd = false): void {
  if (!fill && !stroke) return;
  e.ctx.ops.push({ kind: 'path', transform: e.m, commands, ...(fill ? { fill } : {}), ...(stroke ? { stroke } : {}), ...(evenOdd ? { evenOdd } : {}) });
}

export function line(e: Env, x1: number, y1: number, x2: number, y2: number, stroke: Stroke): void {
  path(e, [{ op: 'M', x: x1, y: y1 }, { op: 'L', x: x2, y: y2 }], undefined, stroke);
}
