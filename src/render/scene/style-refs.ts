/**
 * Shape style references (p:style): a:lnRef, a:fillRef and a:fontRef point into the theme's
 * format scheme (a:fmtScheme) with a colour that replaces phClr there.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { resolveColor, colorChild, type ColorContext } from '../color/resolve.js';
import type { Rgba } from '../color/rgba.js';
import type { Theme } from '../deck/theme.js';
import { fillElement, readFill, type BlipSource, type FillSpec } from './fill.js';
import type { LineSource } from './line.js';

export function refColor(ref: ReadonlyXElement | undefined, colors: ColorContext): Rgba | undefined {
  return resolveColor(colorChild(ref), colors) ?? undefined;
}

/** The fill of p:style/a:fillRef (idx 1–3: a:fillStyleLst, 1001–1003: a:bgFillStyleLst). */
export function styleFill(style: ReadonlyXElement | undefined, theme: Theme, colors: ColorContext, themeSource: BlipSource): FillSpec | undefined {
  const ref = style?.child(NS.a, 'fillRef');
  if (!ref) return undefined;
  return themeFill(Number.parseInt(ref.attr('idx') ?? '0', 10) || 0, refColor(ref, colors), theme, colors, themeSource);
}

/** A theme fill style by index with a placeholder colour. */
export function themeFill(idx: number, phClr: Rgba | undefined, theme: Theme, colors: ColorContext, themeSource: BlipSource): FillSpec | undefined {
  if (idx === 0) return { kind: 'none' };
  const list = idx >= 1001 ? theme.bgFillStyles : theme.fillStyles;
  const el = list[(idx >= 1001 ? idx - 1001 : idx - 1)];
  if (!el) return undefined;
  return readFill(el, { ...colors, phClr }, themeSource);
}

/** The theme line style of p:style/a:lnRef, as a line source. */
export function styleLine(style: ReadonlyXElement | undefined, theme: Theme, colors: ColorContext): LineSource | undefined {
  const ref = style?.child(NS.a, 'lnRef');
  if (!ref) return undefined;
  const idx = Number.parseInt(ref.attr('idx') ?? '0', 10) || 0;
  if (idx === 0) return undefined;
  const el = theme.lineStyles[idx - 1];
  if (!el) return undefined;
  return { el, colors: { ...colors, phClr: refColor(ref, colors) } };
}

/** The font and colour of p:style/a:fontRef. */
export function styleFont(style: ReadonlyXElement | undefined, colors: ColorContext): { font: 'major' | 'minor' | undefined; color: Rgba | undefined } | undefined {
  const ref = style?.child(NS.a, 'fontRef');
  if (!ref) return undefined;
  const idx = ref.attr('idx');
  return { font: idx === 'major' || idx === 'minor' ? idx : undefined, color: refColor(ref, colors) };
}

export { fillElement };
