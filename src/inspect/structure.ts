/**
 * Shapes as the inspector names them: the enclosing shape of an element, its p:cNvPr and name,
 * and a walk that skips mc:Fallback. The deck's parts come from the one Deck reader
 * (src/presentation/deck.ts).
 */
import { shapeNameOf } from '../presentation/shape/non-visual.js';
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';

const SHAPE_ELEMENTS = ['sp', 'pic', 'cxnSp', 'graphicFrame', 'grpSp', 'contentPart'];

/** The nearest enclosing shape (p:sp, p:pic, ...) of an element, if any. */
export function enclosingShape(el: ReadonlyXElement): ReadonlyXElement | undefined {
  for (let e: ReadonlyXElement | null = el; e; e = e.parent) {
    if (e.inNamespace(NS.p) && SHAPE_ELEMENTS.includes(e.localName)) return e;
  }
  return undefined;
}

/** p:cNvPr/@name of a shape, if there is a shape. */
export function shapeName(shape: ReadonlyXElement | undefined): string | undefined {
  return shape ? shapeNameOf(shape) : undefined;
}

/** Names of the shape and its enclosing groups, innermost first. */
export function shapeNames(el: ReadonlyXElement): string[] {
  const names: string[] = [];
  for (let s = enclosingShape(el); s; s = s.parent ? enclosingShape(s.parent) : undefined) {
    const n = shapeName(s);
    if (n !== undefined) names.push(n);
  }
  return names;
}

/**
 * Descendants of `el` in document order, skipping the `mc:Fallback` branch of markup-compatibility
 * blocks (its content duplicates the `mc:Choice` branch and would be counted twice).
 */
export function* walk(el: ReadonlyXElement): Generator<ReadonlyXElement> {
  for (const c of el.elements()) {
    if (c.is(NS.mc, 'Fallback')) continue;
    yield c;
    yield* walk(c);
  }
}
