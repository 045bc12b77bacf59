/**
 * Geometry as the renderer consumes it: paths in the shape's own box (origin top-left, y down,
 * same units as the width and height passed in), made only of moves, lines, cubic Béziers and
 * closes. Arcs (a:arcTo) and quadratic curves are converted to cubics by the geometry code.
 */
export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

/** How a sub-path is filled (a:path@fill): darken/lighten modify the shape's fill colour. */
export type PathFillMode = 'norm' | 'none' | 'lighten' | 'lightenLess' | 'darken' | 'darkenLess';

export interface GeometryPath {
  commands: PathCommand[];
  fill: PathFillMode;
  /** a:path@stroke: false when the outline is not drawn for this sub-path. */
  stroke: boolean;
}

export interface Rect {
  l: number;
  t: number;
  r: number;
  b: number;
}

export interface Geometry {
  paths: GeometryPath[];
  /** The text rectangle (a:rect of the definition), in the same box coordinates. */
  textRect: Rect;
}
