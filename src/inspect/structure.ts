/**
 * The parts of a presentation that carry visible content, in presentation order: slides
 * (p:sldIdLst), slide masters (p:sldMasterIdLst), the layouts each master lists, and the theme
 * each master uses. Every location the inspector reports is named from this map.
 */
import type { OpcPackage } from '../package/opc-package.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';

export type PartRole = 'slide' | 'layout' | 'master';

export interface ContentPart {
  part: string;
  role: PartRole;
  /** 1-based slide number (slides only). */
  slide?: number;
}

export interface DeckStructure {
  slides: ContentPart[];
  layouts: ContentPart[];
  masters: ContentPart[];
  /** Theme part of each master (masters without a theme relationship are absent). */
  themeOfMaster: Map<string, string>;
}

function idListTargets(pkg: OpcPackage, list: XElement | undefined, local: string): string[] {
  if (!list) return [];
  const rels = pkg.rels(pkg.mainPart);
  const out: string[] = [];
  for (const el of list.childrenNamed(NS.p, local)) {
    const id = el.attrNS(NS.r, 'id');
    const target = id === undefined ? undefined : rels.targetPart(id);
    const canonical = target === undefined ? undefined : pkg.canonicalName(target);
    if (canonical !== undefined && !out.includes(canonical)) out.push(canonical);
  }
  return out;
}

export function deckStructure(pkg: OpcPackage): DeckStructure {
  const root = pkg.xml(pkg.mainPart).root;
  const slides = idListTargets(pkg, root.child(NS.p, 'sldIdLst'), 'sldId').map((part, i) => ({ part, role: 'slide' as const, slide: i + 1 }));
  const masterParts = idListTargets(pkg, root.child(NS.p, 'sldMasterIdLst'), 'sldMasterId');
  // Masters reachable only from layouts of slides (rare, but seen in hand-edited decks).
  for (const s of slides) {
    for (const layout of pkg.related(s.part, 'slideLayout')) {
      for (const m of pkg.related(layout, 'slideMaster')) if (!masterParts.includes(m)) masterParts.push(m);
    }
  }
  const layoutParts: string[] = [];
  const themeOfMaster = new Map<string, string>();
  for (const m of masterParts) {
    for (const l of pkg.related(m, 'slideLayout')) if (!layoutParts.includes(l)) layoutParts.push(l);
    const theme = pkg.related(m, 'theme')[0];
    if (theme !== undefined) themeOfMaster.set(m, theme);
  }
  for (const s of slides) for (const l of pkg.related(s.part, 'slideLayout')) if (!layoutParts.includes(l)) layoutParts.push(l);
  return {
    slides,
    layouts: layoutParts.map((part) => ({ part, role: 'layout' as const })),
    masters: masterParts.map((part) => ({ part, role: 'master' as const })),
    themeOfMaster,
  };
}

export function contentParts(structure: DeckStructure): ContentPart[] {
  return [...structure.slides, ...structure.layouts, ...structure.masters];
}

/** A short human label of a part: "slide 2", "layout slideLayout3.xml", "master slideMaster1.xml". */
export function partLabel(p: ContentPart): string {
  if (p.role === 'slide') return `slide ${p.slide}`;
  return `${p.role} ${p.part.split('/').pop()}`;
}

const SHAPE_ELEMENTS = ['sp', 'pic', 'cxnSp', 'graphicFrame', 'grpSp', 'contentPart'];

/** The nearest enclosing shape (p:sp, p:pic, ...) of an element, if any. */
export function enclosingShape(el: XElement): XElement | undefined {
  for (let e: XElement | null = el; e; e = e.parent) {
    if (e.inNamespace(NS.p) && SHAPE_ELEMENTS.includes(e.localName)) return e;
  }
  return undefined;
}

/** The p:cNvPr of a shape element (p:nvSpPr/p:cNvPr, p:nvPicPr/p:cNvPr, ...). */
export function shapeProps(shape: XElement): XElement | undefined {
  for (const nv of shape.elements()) {
    if (nv.inNamespace(NS.p) && nv.localName.startsWith('nv') && nv.localName.endsWith('Pr')) return nv.child(NS.p, 'cNvPr');
  }
  return undefined;
}

export function shapeName(shape: XElement | undefined): string | undefined {
  if (!shape) return undefined;
  return shapeProps(shape)?.attr('name');
}

/** Names of the shape and its enclosing groups, innermost first. */
export function shapeNames(el: XElement): string[] {
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
export function* walk(el: XElement): Generator<XElement> {
  for (const c of el.elements()) {
    if (c.is(NS.mc, 'Fallback')) continue;
    yield c;
    yield* walk(c);
  }
}
