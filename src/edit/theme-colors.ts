/**
 * The colour scheme of a theme part (a:theme/a:themeElements/a:clrScheme): every one of the
 * twelve slots is rewritten with an a:srgbClr, replacing whatever colour element it held
 * (a:sysClr windowText/window included: the whole child, not a `val`). A theme without a
 * clrScheme gets a complete one, inserted in schema order.
 */
import type { ColorScheme } from '../brand/colors.js';
import { SCHEME_SLOTS } from '../brand/colors.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';

/** CT_BaseStyles sequence: a:themeElements children. */
export const THEME_ELEMENTS_ORDER = ['clrScheme', 'fontScheme', 'fmtScheme', 'extLst'] as const;
/** CT_OfficeStyleSheet sequence: a:theme children. */
export const THEME_ORDER = ['themeElements', 'objectDefaults', 'extraClrSchemeLst', 'custClrLst', 'extLst'] as const;
/** CT_ColorScheme sequence. */
const CLR_SCHEME_ORDER = [...SCHEME_SLOTS, 'extLst'] as const;

/** a:themeElements of a theme, created (in schema order) when missing. */
export function themeElements(theme: XElement): { el: XElement; created: boolean } {
  const existing = theme.child(NS.a, 'themeElements');
  if (existing) return { el: existing, created: false };
  const el = theme.insertInOrder(theme.make(NS.a, 'themeElements'), THEME_ORDER);
  return { el, created: true };
}

/**
 * Writes `scheme` into the theme root element `theme` (a:theme). Returns true when the theme had
 * no a:clrScheme and one was inserted.
 */
export function writeColorScheme(theme: XElement, scheme: ColorScheme, name: string): boolean {
  const elements = themeElements(theme).el;
  let clrScheme = elements.child(NS.a, 'clrScheme');
  const inserted = !clrScheme;
  if (!clrScheme) clrScheme = elements.insertInOrder(elements.make(NS.a, 'clrScheme'), THEME_ELEMENTS_ORDER);
  clrScheme.setAttr('name', name);
  for (const slot of SCHEME_SLOTS) {
    let slotEl = clrScheme.child(NS.a, slot);
    if (!slotEl) slotEl = clrScheme.insertInOrder(clrScheme.make(NS.a, slot), CLR_SCHEME_ORDER);
    // Duplicated slots (invalid, but seen in hand-edited files): keep the first only.
    for (const dup of clrScheme.childrenNamed(NS.a, slot).slice(1)) dup.remove();
    // Replace the whole colour choice (a:srgbClr, a:sysClr, a:schemeClr...), with its modifiers.
    slotEl.setText('');
    slotEl.append(slotEl.make(NS.a, 'srgbClr', { val: scheme[slot] }));
  }
  return inserted;
}
