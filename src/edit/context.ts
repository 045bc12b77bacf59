/**
 * What every editing operation of one `customize` run shares.
 */
import type { Brand } from '../brand/schema.js';
import type { OpcPackage } from '../package/opc-package.js';
import type { Warning, WarningSink } from '../warnings.js';
import type { XElement } from '../xml/element.js';
import { slideNumber, type Deck } from '../presentation/deck.js';

export interface EditContext {
  deck: Deck;
  pkg: OpcPackage;
  brand: Brand;
  warnings: WarningSink;
  /** Shapes whose text the engine changed, by part: text fitting looks at these. */
  changedText: Map<string, Set<XElement>>;
  /** The brand fields each changed shape shows (`organization`, `additionalInfo`, `links.booking`). */
  fields: WeakMap<XElement, Set<string>>;
}

export function createContext(deck: Deck, brand: Brand, warnings: WarningSink): EditContext {
  return { deck, pkg: deck.pkg, brand, warnings, changedText: new Map(), fields: new WeakMap() };
}

export function markChanged(ctx: EditContext, part: string, shape: XElement, fields: readonly string[] = []): void {
  let set = ctx.changedText.get(part);
  if (!set) ctx.changedText.set(part, (set = new Set()));
  set.add(shape);
  let f = ctx.fields.get(shape);
  if (!f) ctx.fields.set(shape, (f = new Set()));
  for (const name of fields) f.add(name);
}

/** The brand fields a shape shows, if the engine put any in it. */
export function fieldsOf(ctx: EditContext, shape: XElement): ReadonlySet<string> | undefined {
  return ctx.fields.get(shape);
}

/** Where a warning is: "slide 2" or the part name of a layout or master. */
export function where(ctx: EditContext, part: string): string {
  const n = slideNumber(ctx.deck, part);
  return n === undefined ? part : `slide ${n}`;
}

/** A warning about a part, with its slide number when it is a slide. */
export function warn(ctx: EditContext, code: string, message: string, part?: string): void {
  const w: Warning = { code, message };
  if (part !== undefined) {
    w.part = part;
    const n = slideNumber(ctx.deck, part);
    if (n !== undefined) w.slide = n;
  }
  ctx.warnings.add(w);
}
