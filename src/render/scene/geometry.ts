/**
 * The outline of a shape: a:prstGeom (preset shapes, with a:avLst adjust values) or a:custGeom
 * (freeforms), evaluated by src/render/geometry for the shape's size. A preset we do not know
 * and a freeform that cannot be evaluated fall back to the rectangle, with a warning.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { customGeometry, presetGeometry, readAdjustValues, type Geometry } from '../geometry/index.js';
import type { SlideContext } from './context.js';
import { warn } from './context.js';
import { reportRecovered } from '../../diagnostics.js';

export function rectangle(w: number, h: number): Geometry {
  return {
    paths: [
      {
        commands: [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: w, y: 0 }, { op: 'L', x: w, y: h }, { op: 'L', x: 0, y: h }, { op: 'Z' }],
        fill: 'norm',
        stroke: true,
      },
    ],
    textRect: { l: 0, t: 0, r: w, b: h },
  };
}

/** The geometry element (a:prstGeom or a:custGeom) of the first spPr in `chain` that has one. */
export function geometryElement(chain: readonly (ReadonlyXElement | undefined)[]): ReadonlyXElement | undefined {
  for (const spPr of chain) {
    const g = spPr?.child(NS.a, 'custGeom') ?? spPr?.child(NS.a, 'prstGeom');
    if (g) return g;
  }
  return undefined;
}

export function shapeGeometry(el: ReadonlyXElement | undefined, w: number, h: number, ctx: SlideContext, shapeName: string): Geometry {
  if (!el) return rectangle(w, h);
  try {
    if (el.localName === 'custGeom') {
      // a:custGeom past its limits (CUSTOM_GEOMETRY_LIMITS) is drawn in part, with W_GEOMETRY_LIMIT.
      const g = customGeometry(el, w, h, { warnings: { add: (w) => warn(ctx, w.code, `${w.message} ("${shapeName}")`) } });
      return g.paths.length > 0 ? g : rectangle(w, h);
    }
    const name = el.attr('prst') ?? 'rect';
    const g = presetGeometry(name, w, h, readAdjustValues(el));
    if (g) return g;
    warn(ctx, 'W_RENDER_GEOMETRY', `the preset shape "${name}" is not supported; drawn as a rectangle`);
  } catch (error) {
    reportRecovered('geometry', error);
    warn(ctx, 'W_RENDER_GEOMETRY', `the outline of "${shapeName}" could not be computed (${(error as Error).message}); drawn as a rectangle`);
  }
  return rectangle(w, h);
}
