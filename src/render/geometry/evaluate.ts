/**
 * Evaluates a geometry definition (the common form of a preset definition and of an
 * a:custGeom): adjust values (a:avLst), guides (a:gdLst), the text rectangle (a:rect) and the
 * paths (a:pathLst/a:path with a:moveTo, a:lnTo, a:arcTo, a:quadBezTo, a:cubicBezTo, a:close)
 * for one shape size. The result only has moves, lines, cubics and closes.
 */
import { arcToCubics, quadToCubic, type Point } from './arc.js';
import { argValue, builtInGuides, evaluateFormula, type Arg, type Formula, type GuideValues } from './formula.js';
import type { Geometry, GeometryPath, PathCommand, PathFillMode, Rect } from './types.js';

export type DefOp = 'M' | 'L' | 'A' | 'Q' | 'C' | 'Z';

/** One path command with its arguments: M/L x y; A wR hR stAng swAng; Q x1 y1 x y; C x1 y1 x2 y2 x y. */
export interface DefCommand {
  op: DefOp;
  args: Arg[];
}

export interface PathDef {
  /** a:path@w / @h: the path's own coordinate space; 0 means "the shape's size". */
  w: number;
  h: number;
  fill: PathFillMode;
  stroke: boolean;
  commands: DefCommand[];
}

export interface GuideDef {
  name: string;
  formula: Formula;
}

export interface GeometryDef {
  av: GuideDef[];
  gd: GuideDef[];
  /** a:rect l t r b, or null for the whole box. */
  rect: [Arg, Arg, Arg, Arg] | null;
  paths: PathDef[];
}

/** Coordinates are clamped to this many shape sizes around the box (hostile or broken guides). */
const COORD_RANGE = 1000;

/** Arguments each command needs. */
export const ARG_COUNT: Readonly<Record<DefOp, number>> = { M: 2, L: 2, A: 4, Q: 4, C: 6, Z: 0 };

/** Guide values for a definition at size w × h, with adjust values overridden by `adj`. */
export function evaluateGuides(def: GeometryDef, w: number, h: number, adj?: Readonly<Record<string, number>>): GuideValues {
  const values = builtInGuides(w, h);
  for (const g of def.av) {
    const override = adj !== undefined && Object.hasOwn(adj, g.name) ? adj[g.name] : undefined;
    values.set(g.name, typeof override === 'number' && Number.isFinite(override) ? override : evaluateFormula(g.formula, values));
  }
  for (const g of def.gd) values.set(g.name, evaluateFormula(g.formula, values));
  return values;
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

/** Evaluates the definition for a shape of w × h (any unit; the result is in the same unit). */
export function evaluateGeometry(def: GeometryDef, w: number, h: number, adj?: Readonly<Record<string, number>>): Geometry {
  w = finite(w);
  h = finite(h);
  const values = evaluateGuides(def, w, h, adj);
  const paths: GeometryPath[] = [];
  const range = COORD_RANGE * Math.max(Math.abs(w), Math.abs(h), 1);
  for (const p of def.paths) {
    const commands = buildPath(p, w, h, values, range);
    if (commands.length > 0) paths.push({ commands, fill: p.fill, stroke: p.stroke });
  }
  return { paths, textRect: textRect(def, w, h, values, range) };
}

/**
 * a:rect in box coordinates. An empty or inverted rectangle (extreme adjust values make e.g. an
 * arrow's shaft zero high) falls back to the whole box, as LibreOffice does.
 */
function textRect(def: GeometryDef, w: number, h: number, values: GuideValues, range: number): Rect {
  if (!def.rect) return { l: 0, t: 0, r: w, b: h };
  const clamp = (n: number) => Math.max(-range, Math.min(range, n));
  const l = clamp(argValue(def.rect[0], values));
  const t = clamp(argValue(def.rect[1], values));
  const r = clamp(argValue(def.rect[2], values));
  const b = clamp(argValue(def.rect[3], values));
  return r > l && b > t ? { l, t, r, b } : { l: 0, t: 0, r: w, b: h };
}

function buildPath(p: PathDef, w: number, h: number, values: GuideValues, range: number): PathCommand[] {
  // a:path@w/@h: coordinates (and arc radii) are in the path's space, scaled to the shape.
  const sx = p.w > 0 ? w / p.w : 1;
  const sy = p.h > 0 ? h / p.h : 1;
  // Clamped to the range; 0 × ∞ (a tiny path@w with a zero coordinate) counts as 0.
  const fit = (v: number) => (Number.isNaN(v) ? 0 : Math.max(-range, Math.min(range, v)));
  const X = (n: number) => fit(n * sx);
  const Y = (n: number) => fit(n * sy);
  const out: PathCommand[] = [];
  // Current point and sub-path start, in path space.
  let cur: Point = { x: 0, y: 0 };
  let start: Point = { x: 0, y: 0 };
  let open = false;
  const ensureOpen = () => {
    if (!open) {
      out.push({ op: 'M', x: X(cur.x), y: Y(cur.y) });
      start = { ...cur };
      open = true;
    }
  };
  for (const c of p.commands) {
    const v = (i: number) => argValue(c.args[i], values);
    switch (c.op) {
      case 'M':
        cur = { x: v(0), y: v(1) };
        start = { ...cur };
        out.push({ op: 'M', x: X(cur.x), y: Y(cur.y) });
        open = true;
        break;
      case 'L':
        ensureOpen();
        cur = { x: v(0), y: v(1) };
        out.push({ op: 'L', x: X(cur.x), y: Y(cur.y) });
        break;
      case 'A': {
        ensureOpen();
        for (const seg of arcToCubics(cur, v(0), v(1), v(2), v(3))) {
          out.push({ op: 'C', x1: X(seg.x1), y1: Y(seg.y1), x2: X(seg.x2), y2: Y(seg.y2), x: X(seg.x), y: Y(seg.y) });
          cur = { x: seg.x, y: seg.y };
        }
        break;
      }
      case 'Q': {
        ensureOpen();
        const seg = quadToCubic(cur, { x: v(0), y: v(1) }, { x: v(2), y: v(3) });
        out.push({ op: 'C', x1: X(seg.x1), y1: Y(seg.y1), x2: X(seg.x2), y2: Y(seg.y2), x: X(seg.x), y: Y(seg.y) });
        cur = { x: seg.x, y: seg.y };
        break;
      }
      case 'C':
        ensureOpen();
        out.push({ op: 'C', x1: X(v(0)), y1: Y(v(1)), x2: X(v(2)), y2: Y(v(3)), x: X(v(4)), y: Y(v(5)) });
        cur = { x: v(4), y: v(5) };
        break;
      case 'Z':
        if (open) {
          out.push({ op: 'Z' });
          cur = { ...start };
          open = false;
        }
        break;
    }
  }
  // A path of nothing but moves draws nothing.
  return out.some((c) => c.op !== 'M') ? out : [];
}
