/**
 * Removing a shape from a slide tree (contract section 6): the shape (or the
 * mc:AlternateContent that wraps it) goes, a `va:stack` it belonged to closes the gap, a group
 * left without members goes too, and relationships only the shape used are dropped.
 */
import type { OpcPackage } from '../package/opc-package.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { dropUnreferenced, referencedIds } from './rels-hygiene.js';
import { boxOf, isShape } from './shapes.js';
import { closeGap, isStack } from './stack.js';

/** The element to detach for a shape: itself, or the mc:AlternateContent it is a branch of. */
function detachable(shape: XElement): XElement {
  const branch = shape.parent;
  if (branch && (branch.is(NS.mc, 'Choice') || branch.is(NS.mc, 'Fallback'))) {
    const alt = branch.parent;
    if (alt?.is(NS.mc, 'AlternateContent')) return alt;
  }
  return shape;
}

function hasMembers(group: XElement): boolean {
  for (const c of group.elements()) if (isShape(c) || c.is(NS.mc, 'AlternateContent')) return true;
  return false;
}

/** Removes `shape` from `part` (a slide, layout or master) and tidies up after it. */
export function removeShape(pkg: OpcPackage, part: string, shape: XElement): void {
  if (!shape.parent) return;
  const ids = referencedIds(detachable(shape));
  removeFromTree(shape);
  dropUnreferenced(pkg, part, ids);
  pkg.touch(part);
}

function removeFromTree(shape: XElement): void {
  const el = detachable(shape);
  const parent = el.parent;
  if (!parent) return;
  const box = boxOf(shape);
  if (isStack(parent) && box) closeGap(parent, el, box);
  el.remove();
  // A group (not the slide tree itself) without members disappears as well.
  if (parent.is(NS.p, 'grpSp') && parent.parent && !parent.parent.is(NS.p, 'cSld') && !hasMembers(parent)) {
    removeFromTree(parent);
  }
}
