/**
 * A shape's non-visual properties (p:nvSpPr, p:nvPicPr, p:nvGrpSpPr, p:nvGraphicFramePr,
 * p:nvCxnSpPr): p:cNvPr (id, name, alt text, title, hidden, the shape's hyperlink) and
 * p:nvPr/p:ph (the placeholder it fills). The one reader of them for edit, render, inspect
 * and the accessibility checks.
 */
import type { XElement } from '../../xml/element.js';
import { NS } from '../../xml/namespaces.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';

// The accessors that return an element of the shape are overloaded: a shape the brand engine
// owns (XElement) gives an element it may edit, a shared one (ReadonlyXElement) a read-only one.

/**
 * The non-visual properties element of a shape: its first child p:nv…Pr (schema.ts: always
 * the first child; found wherever it is, so a shape of a hand-edited part still has a name).
 */
export function nvPrOf(shape: XElement): XElement | undefined;
export function nvPrOf(shape: ReadonlyXElement): ReadonlyXElement | undefined;
export function nvPrOf(shape: ReadonlyXElement): ReadonlyXElement | undefined {
  for (const nv of shape.elements()) {
    if (nv.inNamespace(NS.p) && nv.localName.startsWith('nv') && nv.localName.endsWith('Pr')) return nv;
  }
  return undefined;
}

/** p:cNvPr of a shape, picture, group, graphic frame or connector. */
export function cNvPrOf(shape: XElement): XElement | undefined;
export function cNvPrOf(shape: ReadonlyXElement): ReadonlyXElement | undefined;
export function cNvPrOf(shape: ReadonlyXElement): ReadonlyXElement | undefined {
  return nvPrOf(shape)?.child(NS.p, 'cNvPr');
}

/** What p:cNvPr says, typed. */
export interface NonVisual<E extends ReadonlyXElement = ReadonlyXElement> {
  cNvPr: E | undefined;
  /** p:cNvPr/@id (unique on its slide, as written). */
  id: string | undefined;
  /** p:cNvPr/@name: what PowerPoint's Selection Pane shows. */
  name: string | undefined;
  /** p:cNvPr/@descr: the alternative text (PowerPoint's Alt Text pane), as written. */
  descr: string | undefined;
  /** p:cNvPr/@title. */
  title: string | undefined;
  /** p:cNvPr/@hidden: "1" or "true". */
  hidden: boolean;
}

export function nonVisual(shape: XElement): NonVisual<XElement>;
export function nonVisual(shape: ReadonlyXElement): NonVisual;
export function nonVisual(shape: ReadonlyXElement): NonVisual {
  const cNvPr = cNvPrOf(shape);
  const hidden = cNvPr?.attr('hidden');
  return {
    cNvPr,
    id: cNvPr?.attr('id'),
    name: cNvPr?.attr('name'),
    descr: cNvPr?.attr('descr'),
    title: cNvPr?.attr('title'),
    hidden: hidden === '1' || hidden === 'true',
  };
}

/** p:cNvPr/@name of a shape. */
export function shapeNameOf(shape: ReadonlyXElement): string | undefined {
  return cNvPrOf(shape)?.attr('name');
}

/** The alternative text of p:cNvPr (@descr), trimmed; undefined when empty. */
export function altText(cNvPr: ReadonlyXElement | undefined): string | undefined {
  const d = cNvPr?.attr('descr')?.trim();
  return d ? d : undefined;
}

/** A placeholder (p:nvPr/p:ph): its type ("obj" when absent, as the schema says) and idx. */
export interface Placeholder {
  type: string;
  idx: string | undefined;
}

/** The p:ph of a shape (any of the five kinds), or undefined when it is not a placeholder. */
export function placeholderOf(shape: ReadonlyXElement): Placeholder | undefined {
  const ph = nvPrOf(shape)?.child(NS.p, 'nvPr')?.child(NS.p, 'ph');
  return ph ? { type: ph.attr('type') ?? 'obj', idx: ph.attr('idx') } : undefined;
}
