/**
 * DrawingML geometry for the renderer: preset shapes (a:prstGeom), freeforms (a:custGeom),
 * arrowheads (a:headEnd / a:tailEnd); src/render/scene/transform.ts places them on the page.
 */
export type { Geometry, GeometryPath, PathCommand, PathFillMode, Rect } from './types.js';
export type { Point, Cubic } from './arc.js';
export { arcToCubics, quadToCubic } from './arc.js';
export { evaluateFormula, parseFormula, builtInGuides, type Formula } from './formula.js';
export { presetGeometry, presetNames, isKnownPreset, readAdjustValues } from './preset.js';
export { customGeometry, readCustomGeometry, CUSTOM_GEOMETRY_LIMITS, type CustomGeometryLimits, type CustomGeometryOptions } from './custom.js';
export {
  lineEnd,
  lineEndSize,
  isLineEndType,
  MIN_BASE_WIDTH_PT,
  type LineEnd,
  type LineEndOptions,
  type LineEndSize,
  type LineEndType,
} from './line-end.js';
export { pathEnds, trimPathEnds, type PathEnd } from './path-ends.js';
