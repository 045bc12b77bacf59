/**
 * Where a:headEnd and a:tailEnd sit on an open path (its first and last points, with the
 * direction the path arrives in) and the path shortened so its stroke stops inside the heads.
 */
import type { Point } from './arc.js';
import type { PathCommand } from './types.js';

export interface PathEnd {
  point: Point;
  /** Direction in which the path arrives at `point` when walked from inside (unit length). */
  direction: Point;
}

function unit(dx: number, dy: number): Point | null {
  const l = Math.hypot(dx, dy);
  return l > 0 && Number.isFinite(l) ? { x: dx / l, y: dy / l } : null;
}

/** Points of a command list as segments [start, ...controls, end] (closes and moves split them). */
function segments(commands: readonly PathCommand[]): Point[][] {
  const out: Point[][] = [];
  let cur: Point | null = null;
  let start: Point | null = null;
  for (const c of commands) {
    if (c.op === 'M') {
      cur = { x: c.x, y: c.y };
      start = cur;
    } else if (c.op === 'L' && cur) {
      out.push([cur, { x: c.x, y: c.y }]);
      cur = { x: c.x, y: c.y };
    } else if (c.op === 'C' && cur) {
      out.push([cur, { x: c.x1, y: c.y1 }, { x: c.x2, y: c.y2 }, { x: c.x, y: c.y }]);
      cur = { x: c.x, y: c.y };
    } else if (c.op === 'Z' && cur && start) {
      out.push([cur, start]);
      cur = start;
    }
  }
  return out;
}

/**
 * Where a:headEnd and a:tailEnd go on a path: its first and last points, with the directions
 * to pass to lineEnd (from inside the path towards each end). Null when the path has no length.
 */
export function pathEnds(commands: readonly PathCommand[]): { head: PathEnd; tail: PathEnd } | null {
  const segs = segments(commands);
  let head: PathEnd | null = null;
  for (const s of segs) {
    const p0 = s[0]!;
    for (let i = 1; i < s.length && !head; i++) {
      const d = unit(p0.x - s[i]!.x, p0.y - s[i]!.y);
      if (d) head = { point: p0, direction: d };
    }
    if (head) break;
  }
  let tail: PathEnd | null = null;
  for (let j = segs.length - 1; j >= 0 && !tail; j--) {
    const s = segs[j]!;
    const pn = s[s.length - 1]!;
    for (let i = s.length - 2; i >= 0 && !tail; i--) {
      const d = unit(pn.x - s[i]!.x, pn.y - s[i]!.y);
      if (d) tail = { point: pn, direction: d };
    }
  }
  return head && tail ? { head, tail } : null;
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Splits a cubic at t (de Casteljau): the part before and the part after. */
function splitCubic(p: Point[], t: number): [Point[], Point[]] {
  const [p0, p1, p2, p3] = p as [Point, Point, Point, Point];
  const a = lerp(p0, p1, t);
  const b = lerp(p1, p2, t);
  const c = lerp(p2, p3, t);
  const d = lerp(a, b, t);
  const e = lerp(b, c, t);
  const f = lerp(d, e, t);
  return [
    [p0, a, d, f],
    [f, e, c, p3],
  ];
}

const SAMPLES = 32;

function cubicPoint(p: Point[], t: number): Point {
  const [p0, p1, p2, p3] = p as [Point, Point, Point, Point];
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
}

/** The parameter at which a cubic has run `dist` from its start (by sampled arc length), or null if it is shorter. */
function cubicParamAt(p: Point[], dist: number): number | null {
  let prev = cubicPoint(p, 0);
  let run = 0;
  for (let i = 1; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    const pt = cubicPoint(p, t);
    const step = Math.hypot(pt.x - prev.x, pt.y - prev.y);
    if (run + step >= dist) return step > 0 ? (i - 1 + (dist - run) / step) / SAMPLES : t;
    run += step;
    prev = pt;
  }
  return null;
}

function cubicLength(p: Point[]): number {
  let len = 0;
  let prev = cubicPoint(p, 0);
  for (let i = 1; i <= SAMPLES; i++) {
    const pt = cubicPoint(p, i / SAMPLES);
    len += Math.hypot(pt.x - prev.x, pt.y - prev.y);
    prev = pt;
  }
  return len;
}

/** Shortens the first segment of an open path by `by` at its start. */
function trimStart(segs: Point[][], by: number): void {
  while (by > 0 && segs.length > 0) {
    const s = segs[0]!;
    if (s.length === 2) {
      const len = Math.hypot(s[1]!.x - s[0]!.x, s[1]!.y - s[0]!.y);
      if (len > by) {
        s[0] = lerp(s[0]!, s[1]!, by / len);
        return;
      }
      by -= len;
      segs.shift();
    } else {
      const t = cubicParamAt(s, by);
      if (t !== null) {
        segs[0] = splitCubic(s, t)[1];
        return;
      }
      by -= cubicLength(s);
      segs.shift();
    }
  }
}

function reverse(segs: Point[][]): Point[][] {
  return segs.reverse().map((s) => [...s].reverse());
}

/**
 * An open path with its start shortened by `headInset` and its end by `tailInset` (the insets
 * lineEnd returns), so that the stroke stops inside the arrowheads. Closed sub-paths and every
 * sub-path but the first (head) and last (tail) are left alone; a path too short for the
 * insets disappears.
 */
export function trimPathEnds(commands: readonly PathCommand[], headInset: number, tailInset: number): PathCommand[] {
  if (!(headInset > 0) && !(tailInset > 0)) return [...commands];
  if (commands.some((c) => c.op === 'Z')) return [...commands];
  // Split into sub-paths, trim the first one's start and the last one's end.
  const subs: PathCommand[][] = [];
  for (const c of commands) {
    if (c.op === 'M' || subs.length === 0) subs.push([]);
    subs[subs.length - 1]!.push(c);
  }
  const trimmed = subs.map((s) => segments(s));
  if (headInset > 0 && trimmed.length > 0) trimStart(trimmed[0]!, headInset);
  if (tailInset > 0 && trimmed.length > 0) {
    const last = trimmed.length - 1;
    const rev = reverse(trimmed[last]!);
    trimStart(rev, tailInset);
    trimmed[last] = reverse(rev);
  }
  const out: PathCommand[] = [];
  for (const segs of trimmed) {
    if (segs.length === 0) continue;
    out.push({ op: 'M', x: segs[0]![0]!.x, y: segs[0]![0]!.y });
    for (const s of segs) {
      const e = s[s.length - 1]!;
      if (s.length === 2) out.push({ op: 'L', x: e.x, y: e.y });
      else out.push({ op: 'C', x1: s[1]!.x, y1: s[1]!.y, x2: s[2]!.x, y2: s[2]!.y, x: e.x, y: e.y });
    }
  }
  return out;
}
