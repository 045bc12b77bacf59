/**
 * The theme (`a:theme`) of a template: the industry's colour scheme (`a:clrScheme`, all twelve
 * slots as `a:srgbClr`, including dk1/lt1 that pptxgenjs writes as `a:sysClr`) and a font
 * scheme whose major and minor fonts are shipped families, with the East Asian slot (`a:ea`)
 * set to Noto Sans SC, which pptxgenjs leaves empty. The supplemental per-script fonts
 * (`a:font script="Hans"` …, Office defaults that are not shipped) are removed, so `a:ea` is
 * the one East Asian font every renderer uses.
 */
import type { XElement } from '../../../xml/element.js';
import { NS } from '../../../xml/namespaces.js';
import type { XDocument } from '../../../xml/parse.js';
import { EAST_ASIAN_FAMILY, type IndustrySource, type Palette } from '../../source/types.js';

const SLOTS: readonly (keyof Palette)[] = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

function fontGroup(ctx: XElement, local: 'majorFont' | 'minorFont', latin: string): XElement {
  const group = ctx.make(NS.a, local);
  group.append(ctx.make(NS.a, 'latin', { typeface: latin }));
  group.append(ctx.make(NS.a, 'ea', { typeface: EAST_ASIAN_FAMILY }));
  group.append(ctx.make(NS.a, 'cs', { typeface: '' }));
  return group;
}

export function finishTheme(doc: XDocument, industry: IndustrySource): void {
  const theme = doc.root;
  const name = `va-infographic ${industry.themeName}`;
  theme.setAttr('name', name);
  const elements = theme.child(NS.a, 'themeElements');
  const clr = elements?.child(NS.a, 'clrScheme');
  const fonts = elements?.child(NS.a, 'fontScheme');
  if (!elements || !clr || !fonts) throw new Error('pptxgenjs wrote a theme without colour or font scheme');

  clr.setAttr('name', industry.themeName);
  for (const c of [...clr.elements()]) c.remove();
  for (const slot of SLOTS) {
    const el = clr.make(NS.a, slot);
    el.append(clr.make(NS.a, 'srgbClr', { val: industry.palette[slot].toUpperCase() }));
    clr.append(el);
  }

  fonts.setAttr('name', industry.themeName);
  for (const c of [...fonts.elements()]) if (c.is(NS.a, 'majorFont') || c.is(NS.a, 'minorFont')) c.remove();
  fonts.insertAt(0, fontGroup(fonts, 'minorFont', industry.fonts.body));
  fonts.insertAt(0, fontGroup(fonts, 'majorFont', industry.fonts.heading));

  // a:themeFamily (thm15) names the theme in PowerPoint's gallery.
  for (const el of theme.descendants()) if (el.localName === 'themeFamily') el.setAttr('name', name);
}
