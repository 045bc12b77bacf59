/**
 * Arrowheads of a:ln/a:headEnd and a:ln/a:tailEnd (ECMA-376 20.1.8.38 / 20.1.8.57). Where they
 * go on a path and how the path is shortened for them: path-ends.ts.
 *
 * a:headEnd sits at the first point of the path, a:tailEnd at the last one. Sizes are relative to
 * the line width: width and length are 2, 3 or 5 line widths for sm, med and lg, measured on a
 * line at least MIN_BASE_WIDTH wide so that hairlines keep visible heads (the same proportions
 * and minimum as LibreOffice's import, our reference renderer). triangle, stealth and arrow have
 * their tip on the end point; diamond and oval are centred on it. The open `arrow` is returned
 * as the filled outline of its two barbs stroked with the line width, so every head is simply
 * filled with the line colour.
 */
import type { Point } from './arc.js';
import type { PathCommand } from './types.js';

export type LineEndType = 'triangle' | 'stealth' | 'diamond' | 'oval' | 'arrow';
export type LineEndSize = 'sm' | 'med' | 'lg';

export interface LineEnd {
  /** Closed outline of the head, to be filled (not stroked) with the line's colour. */
  commands: PathCommand[];
  /** How far back from the tip, along the line, the line's own stroke should stop. */
  inset: number;
  /** Extent of the head along the line and across it. */
  length: number;
  width: number;
}

export interface LineEndOptions {
  /**
   * Line width below which heads stop shrinking, in the caller's unit. Default 0.7 mm in points
   * (1.984), which assumes the caller works in points.
   */
  minBaseWidth?: number;
}

export const MIN_BASE_WIDTH_PT = (0.7 / 25.4) * 72;

const FACTOR: Record<LineEndSize, number> = { sm: 2, med: 3, lg: 5 };

/** a:headEnd/a:tailEnd@type values we draw; 'none' and unknown values draw nothing. */
export function isLineEndType(value: string | undefined): value is LineEndType {
  return value === 'triangle' || value === 'stealth' || value === 'diamond' || value === 'oval' || value === 'arrow';
}

/** a:headEnd/a:tailEnd@w and @len; anything else (absent or invalid) is 'med'. */
export function lineEndSize(value: string | undefined): LineEndSize {
  return value === 'sm' || value === 'lg' ? value : 'med';
}

/** Kappa for a quarter ellipse as one cubic. */
const KAPPA = (4 / 3) * (Math.SQRT2 - 1);

/**
 * The head of `type` with its tip (or centre, for diamond and oval) at `tip`, for a line that
 * arrives at the tip travelling in `direction` (for a:headEnd: from the second point of the path
 * towards the first). Returns null for a zero direction or a non-positive line width.
 */
export function lineEnd(
  type: LineEndType,
  w: LineEndSize,
  len: LineEndSize,
  lineWidth: number,
  tip: Point,
  direction: Point,
  options: LineEndOptions = {},
): LineEnd | null {
  const dl = Math.hypot(direction.x, direction.y);
  if (!(dl > 0) || !Number.isFinite(dl) || !(lineWidth > 0) || !Number.isFinite(lineWidth)) return null;
  if (!Number.isFinite(tip.x) || !Number.isFinite(tip.y)) return null;
  // Local frame: `along` points back into the line, `across` to its left.
  const ux = -direction.x / dl;
  const uy = -direction.y / dl;
  const vx = -uy;
  const vy = ux;
  const at = (along: number, across: number): Point => ({ x: tip.x + along * ux + across * vx, y: tip.y + along * uy + across * vy });
  const polygon = (pts: [number, number][]): PathCommand[] => {
    const cmds: PathCommand[] = pts.map(([a, c], i) => ({ op: i === 0 ? 'M' : 'L', ...at(a, c) }) as PathCommand);
    cmds.push({ op: 'Z' });
    return cmds;
  };

  const base = Math.max(lineWidth, options.minBaseWidth ?? MIN_BASE_WIDTH_PT);
  const W = FACTOR[w] * base;
  const L = FACTOR[len] * base;
  const h = lineWidth / 2;

  switch (type) {
    case 'triangle':
      // The line stops half a line width inside the base, so no seam shows between them.
      return { commands: polygon([[0, 0], [L, W / 2], [L, -W / 2]]), inset: Math.max(0, L - h), length: L, width: W };
    case 'stealth':
      return { commands: polygon([[0, 0], [L, W / 2], [0.6 * L, 0], [L, -W / 2]]), inset: Math.max(0, 0.6 * L - h), length: L, width: W };
    case 'diamond':
      return { commands: polygon([[-L / 2, 0], [0, W / 2], [L / 2, 0], [0, -W / 2]]), inset: 0, length: L, width: W };
    case 'oval': {
      const a = L / 2;
      const c = W / 2;
      const k = KAPPA;
      const p = (along: number, across: number) => at(along, across);
      const seg = (c1: Point, c2: Point, e: Point): PathCommand => ({ op: 'C', x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, x: e.x, y: e.y });
      const commands: PathCommand[] = [
        { op: 'M', ...p(a, 0) },
        seg(p(a, k * c), p(k * a, c), p(0, c)),
        seg(p(-k * a, c), p(-a, k * c), p(-a, 0)),
        seg(p(-a, -k * c), p(-k * a, -c), p(0, -c)),
        seg(p(k * a, -c), p(a, -k * c), p(a, 0)),
        { op: 'Z' },
      ];
      return { commands, inset: 0, length: L, width: W };
    }
    case 'arrow': {
      // Two barbs from the tip to (L, ±W/2), stroked with the line width, mitred at the tip;
      // shifted so that the outer point of the mitre is the tip.
      const barb = Math.hypot(L, W / 2);
      const sin = W / 2 / barb;
      const cos = L / barb;
      const miter = h / sin;
      const s = miter;
      const commands = polygon([
        [-miter + s, 0],
        [L - h * sin + s, W / 2 + h * cos],
        [L + h * sin + s, W / 2 - h * cos],
        [miter + s, 0],
        [L + h * sin + s, -(W / 2 - h * cos)],
        [L - h * sin + s, -(W / 2 + h * cos)],
      ]);
      return { commands, inset: miter + h, length: L + h * sin + s, width: W + 2 * h * cos };
    }
  }
}
