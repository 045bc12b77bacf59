/**
 * `va:when:<field>` shapes and groups (contract sections 3 and 6): content that only makes sense
 * when the brand has `<field>` is removed when it does not (a member of a va:stack closes its
 * gap). Fields: logo, additionalInfo, links.booking, links.billing, links.homepage, and the
 * handout extras handout.writeIn, handout.helpPhone, handout.privacy, handout.interpreter (also
 * accepted: organization, and the link roles without the "links." prefix).
 */
import type { XElement } from '../xml/element.js';
import { warn, where, type EditContext } from './context.js';
import { contentParts } from '../presentation/deck.js';
import { removeShape } from './remove-shape.js';
import { isShape, markerWithPrefix, shapesNamed } from './shapes.js';
import { normalizeMultiline } from './tokens.js';

const PREFIX = 'va:when:';
/** `va:when:room`: kept while a filled stack has room for it (layout.ts decides, not the brand). */
export const ROOM = 'va:when:room';
/**
 * `va:when:spare`: a hidden member of a filled stack shown only when the page has spare room for
 * it with every text at its own size (layout.ts decides, not the brand).
 */
export const SPARE = 'va:when:spare';
/**
 * `va:compact` (`va:compact:<n>`): a hidden shape inside a filled stack, the compact form of the
 * shape before it, put in its place only when the page's content does not fit (layout.ts).
 */
export const COMPACT = 'va:compact';
/** `va:full:<n>`: a shape inside a filled stack that goes at compaction level n (layout.ts). */
export const FULL = 'va:full';

export const WHEN_FIELDS = [
  'logo',
  'additionalInfo',
  'links.booking',
  'links.billing',
  'links.homepage',
  'organization',
  'handout.writeIn',
  'handout.helpPhone',
  'handout.privacy',
  'handout.interpreter',
] as const;

/**
 * The handout extras (`handout.writeIn` ...) that a shape or group shows: its own and its
 * descendants' `va:when:handout.<extra>` markers. After applyWhen these are extras the brand asked for.
 */
export function extrasShown(shape: XElement): string[] {
  const found = new Set<string>();
  for (const el of [shape, ...shape.descendants()]) {
    if (!isShape(el)) continue;
    const m = markerWithPrefix(el, `${PREFIX}handout.`);
    if (m) found.add(m.slice(PREFIX.length));
  }
  return [...found];
}

/** Whether the brand has a field, or undefined when the field is unknown. */
export function hasField(ctx: EditContext, field: string, hasLogo: boolean): boolean | undefined {
  const f = field.trim().toLowerCase();
  switch (f) {
    case 'logo':
      return hasLogo;
    case 'additionalinfo':
      return ctx.brand.additionalInfo !== undefined && normalizeMultiline(ctx.brand.additionalInfo) !== '';
    case 'organization':
      return true;
    case 'links.booking':
    case 'booking':
      return !!ctx.brand.links?.booking;
    case 'links.billing':
    case 'billing':
      return !!ctx.brand.links?.billing;
    case 'links.homepage':
    case 'homepage':
      return !!ctx.brand.links?.homepage;
    // The handout extras (brand `handout`): shown only when the brand asks for them.
    case 'handout.writein':
      return ctx.brand.handout?.writeIn === true;
    case 'handout.helpphone':
      return !!ctx.brand.handout?.helpPhone;
    case 'handout.privacy':
      return ctx.brand.handout?.privacy === true;
    case 'handout.interpreter':
      return ctx.brand.handout?.interpreter === true;
    default:
      return undefined;
  }
}

export function applyWhen(ctx: EditContext, hasLogo: boolean): void {
  for (const part of contentParts(ctx.deck)) {
    const root = ctx.pkg.xml(part).root;
    // Outer groups first; a shape inside a removed group is gone with it.
    for (const shape of shapesNamed(root, (n) => n.startsWith(PREFIX) && n !== ROOM && n !== SPARE)) {
      if (!isAttached(shape, root)) continue;
      const name = markerWithPrefix(shape, PREFIX) ?? '';
      const field = name.slice(PREFIX.length);
      const present = hasField(ctx, field, hasLogo);
      if (present === undefined) {
        warn(ctx, 'W_WHEN_UNKNOWN', `the shape "${name}" on ${where(ctx, part)} names an unknown field (known: ${WHEN_FIELDS.join(', ')}); it was kept`, part);
        continue;
      }
      if (!present) removeShape(ctx.pkg, part, shape);
    }
  }
}

/** True while the element is still inside its part's tree (not under a removed ancestor). */
function isAttached(el: XElement, root: XElement): boolean {
  let node: XElement = el;
  while (node.parent) node = node.parent;
  return node === root;
}
