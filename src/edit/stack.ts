/**
 * `va:stack` groups (contract section 6, rule 3): a p:grpSp whose members are laid out top to
 * bottom. When a member goes, the members below it move up by the removed member's height plus
 * the space that followed it, and the group shrinks by the same amount (a:ext and a:chExt of its
 * p:grpSpPr/a:xfrm). A stack inside a stack passes its shrinking on to the outer stack.
 * Coordinates are the group's child space (a:chOff/a:chExt), where its members' a:off live.
 */
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { boxOf, childBoxOf, hasMarker, isShape, moveY, xfrmOf, type Box } from './shapes.js';

export const STACK_NAME = 'va:stack';

export function isStack(el: XElement | null | undefined): el is XElement {
  return !!el && el.is(NS.p, 'grpSp') && hasMarker(el, STACK_NAME);
}

/** The marker of a stack member anchored to the stack's bottom edge (contract section 9). */
export const BOTTOM_MARKER = 'va:bottom';
/** The marker of a text shape whose box follows its text (contract section 9). */
export const GROW_MARKER = 'va:grow';

/**
 * A filled stack: a `va:stack` with a `va:bottom` member. It keeps its designed box and is laid
 * out again once every value is in (layout.ts), so removals do not close its gaps here.
 */
export function isFilledStack(el: XElement | null | undefined): el is XElement {
  if (!isStack(el)) return false;
  for (const c of el.elements()) {
    const shape = memberShape(c);
    if (shape && hasMarker(shape, BOTTOM_MARKER)) return true;
  }
  return false;
}

/** The shape inside a member (a member may be an mc:AlternateContent wrapping a shape). */
export function memberShape(el: XElement): XElement | undefined {
  if (isShape(el)) return el;
  if (el.is(NS.mc, 'AlternateContent')) {
    for (const branch of el.elements()) for (const c of branch.elements()) if (isShape(c)) return c;
  }
  return undefined;
}

/** Direct members of a group with their boxes (members without an a:xfrm are left alone). */
function members(group: XElement, except: XElement): { el: XElement; box: Box }[] {
  const out: { el: XElement; box: Box }[] = [];
  for (const c of group.elements()) {
    if (c === except) continue;
    const shape = memberShape(c);
    const box = shape && boxOf(shape);
    if (shape && box) out.push({ el: shape, box });
  }
  return out;
}

/** Tolerance for "below": members may overlap their neighbour by rounding (≤ 1 pt). */
const TOLERANCE = 12700;

/**
 * Closes the gap `removedBox` leaves in the stack `group` (call before or after detaching the
 * removed member; `removed` is skipped either way). Returns the child-space amount closed.
 */
export function closeGap(group: XElement, removed: XElement, removedBox: Box): number {
  if (isFilledStack(group)) return 0;
  const rest = members(group, removed);
  const top = removedBox.y;
  const bottom = removedBox.y + removedBox.cy;
  const tol = Math.min(TOLERANCE, removedBox.cy / 2);
  const below = rest.filter((m) => m.box.y >= bottom - tol);
  let delta: number;
  if (below.length > 0) {
    const nextTop = Math.min(...below.map((m) => m.box.y));
    delta = nextTop - top;
    if (delta <= 0) return 0;
    for (const m of below) moveY(m.el, -delta);
  } else {
    const above = rest.filter((m) => m.box.y < bottom - tol);
    const newBottom = above.length ? Math.max(...above.map((m) => m.box.y + m.box.cy)) : top;
    delta = bottom - newBottom;
    if (delta <= 0) return 0;
  }
  shrinkGroup(group, delta);
  return delta;
}

/** Shrinks a group's height by `deltaChild` (child units), and its outer stack with it. */
export function shrinkGroup(group: XElement, deltaChild: number): void {
  const xfrm = xfrmOf(group);
  const outer = boxOf(group);
  const inner = childBoxOf(group);
  if (!xfrm || !outer || !inner) return;
  const scale = inner.cy > 0 ? outer.cy / inner.cy : 1;
  const deltaOuter = Math.round(deltaChild * scale);
  xfrm.child(NS.a, 'chExt')!.setAttr('cy', String(Math.max(0, inner.cy - Math.round(deltaChild))));
  xfrm.child(NS.a, 'ext')!.setAttr('cy', String(Math.max(0, outer.cy - deltaOuter)));
  const parent = group.parent;
  if (deltaOuter > 0 && isStack(parent) && !isFilledStack(parent)) {
    // The group's bottom moved up: members of the outer stack below it follow.
    const oldBottom = outer.y + outer.cy;
    const tol = Math.min(TOLERANCE, outer.cy / 2);
    const below = members(parent, group).filter((m) => m.box.y >= oldBottom - tol);
    if (below.length > 0) {
      for (const m of below) moveY(m.el, -deltaOuter);
      shrinkGroup(parent, deltaOuter);
    } else {
      const rest = members(parent, group);
      const newBottom = Math.max(oldBottom - deltaOuter, ...rest.map((m) => m.box.y + m.box.cy));
      const parentBox = childBoxOf(parent);
      if (parentBox) {
        const closed = parentBox.y + parentBox.cy - newBottom;
        if (closed > 0 && parentBox.y + parentBox.cy <= oldBottom + TOLERANCE) shrinkGroup(parent, Math.min(closed, deltaOuter));
      }
    }
  }
}
