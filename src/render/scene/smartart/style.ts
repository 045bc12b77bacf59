/**
 * A laid-out SmartArt shape's style, as PowerPoint saves it in its drawings: the colours of a
 * style label (dgm:styleLbl) from the colours part (dgm:colorsDef: dgm:fillClrLst, dgm:linClrLst,
 * dgm:txFillClrLst, picked by the shape's index among its kind by each list's meth) and the
 * theme references of the same label in the quick-style part (dgm:styleDef: dgm:style with
 * a:lnRef, a:fillRef, a:effectRef, a:fontRef). Both become one p:style, so fills, lines and text
 * colour come from the slide's theme and colour map and follow a rebrand.
 *
 * Without a colours or quick-style part, PowerPoint's defaults: accent1 fill, lt1 line and text
 * for nodes (node1 of colors/accent1_2 and quickstyle/simple1), theme line 2 and fill 1.
 */
import type { ReadonlyXElement } from '../../../xml/readonly.js';
import { serializeElement } from '../../../xml/serialize.js';
import { mix, toHex, type Rgba } from '../../color/rgba.js';

export interface DiagramStyle {
  /** A p:style element (XML text, prefixes p: and a:) for a label and the shape's index. */
  styleXml(label: string, index: number, count: number): string;
}

interface Label {
  fill: string[];
  line: string[];
  text: string[];
  /** The lists' methods (meth of dgm:fillClrLst, dgm:linClrLst, dgm:txFillClrLst). */
  meth: { fill: string; line: string; text: string };
  refs: { ln: string; fill: string; effect: string; font: string; fontClr: string | undefined } | undefined;
}

const COLOR_NAMES = new Set(['schemeClr', 'srgbClr', 'scrgbClr', 'sysClr', 'prstClr', 'hslClr']);

/** The colour elements of a list, serialised (prefix a:). */
function colors(list: ReadonlyXElement | undefined): string[] {
  if (!list) return [];
  return [...list.elements()].filter((e) => COLOR_NAMES.has(e.localName)).map((e) => asA(serializeElement(e)));
}

/** Serialised DrawingML with whatever prefix the part used for a: mapped to a:. */
function asA(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z0-9_]+:/g, '<$1a:').replace(/\sxmlns(:[A-Za-z0-9_]+)?="[^"]*"/g, '');
}

const labelsOf = (root: ReadonlyXElement | undefined) => {
  const out = new Map<string, ReadonlyXElement>();
  if (!root) return out;
  for (const el of root.elements()) if (el.localName === 'styleLbl' && el.attr('name')) out.set(el.attr('name')!, el);
  return out;
};

const child = (el: ReadonlyXElement | undefined, local: string) => (el ? [...el.elements()].find((e) => e.localName === local) : undefined);

/** Resolves a colour element (XML text, prefix a:) through the slide's theme and colour map. */
export type ColorResolver = (xml: string) => Rgba | null;

/**
 * Picks the colour of the i-th of n shapes from a list by its method (the list's meth,
 * ST_ClrAppMethod): "repeat" goes round the list, one colour per shape (the "colorful" styles: accent2,
 * accent3, ... accent6, accent2); "span" (the default) interpolates from the first colour at the
 * first shape to the last at the last shape (the "gradient" and "transparent gradient" styles:
 * accent1 at 90 % opacity to 50 %); "cycle" interpolates from the first to the last and back.
 * Colours between two entries are resolved through `resolve` and mixed, then given as a:srgbClr
 * with its a:alpha.
 */
function pick(list: string[], meth: string, i: number, n: number, resolve: ColorResolver | undefined): string | undefined {
  if (list.length <= 1) return list[0];
  if (meth === 'repeat') return list[i % list.length];
  const stops = meth === 'cycle' ? [...list, ...list.slice(0, -1).reverse()] : list;
  const t = n > 1 ? Math.min(1, Math.max(0, i / (n - 1))) : 0;
  const p = t * (stops.length - 1);
  const j = Math.floor(p + 1e-9);
  const f = p - j;
  if (f < 1e-6 || j >= stops.length - 1) return stops[Math.min(j, stops.length - 1)];
  const a = resolve?.(stops[j]!);
  const b = resolve?.(stops[j + 1]!);
  if (!a || !b) return stops[Math.round(p)];
  const c = mix(a, b, f);
  return `<a:srgbClr val="${toHex(c).slice(1).toUpperCase()}"><a:alpha val="${Math.round(Math.min(1, Math.max(0, c.a)) * 100000)}"/></a:srgbClr>`;
}

export function diagramStyle(colorsRoot: ReadonlyXElement | undefined, styleRoot: ReadonlyXElement | undefined, resolve?: ColorResolver): DiagramStyle {
  const colorLabels = labelsOf(colorsRoot);
  const styleLabels = labelsOf(styleRoot);
  const cache = new Map<string, Label>();
  const labelOf = (name: string): Label => {
    const hit = cache.get(name);
    if (hit) return hit;
    // Text-only labels (revTx) missing from the parts: no fill, no line, tx1 text (PowerPoint's).
    if (name === 'revTx' && !colorLabels.has(name) && !styleLabels.has(name)) {
      const label: Label = { fill: [], line: [], text: ['<a:schemeClr val="tx1"/>'], meth: { fill: 'repeat', line: 'repeat', text: 'repeat' }, refs: { ln: '0', fill: '0', effect: '0', font: 'minor', fontClr: undefined } };
      cache.set(name, label);
      return label;
    }
    const c = colorLabels.get(name) ?? colorLabels.get('node1');
    const s = styleLabels.get(name) ?? styleLabels.get('node1');
    const fillList = child(c, 'fillClrLst');
    const st = child(s, 'style');
    const ref = (local: string) => child(st, local);
    const idx = (local: string, dflt: string) => ref(local)?.attr('idx') ?? dflt;
    const fontClr = colors(ref('fontRef'))[0];
    const label: Label = {
      fill: c ? colors(fillList) : ['<a:schemeClr val="accent1"/>'],
      line: c ? colors(child(c, 'linClrLst')) : ['<a:schemeClr val="lt1"/>'],
      text: colors(child(c, 'txFillClrLst')),
      meth: { fill: fillList?.attr('meth') ?? 'span', line: child(c, 'linClrLst')?.attr('meth') ?? 'span', text: child(c, 'txFillClrLst')?.attr('meth') ?? 'span' },
      refs: st ? { ln: idx('lnRef', '2'), fill: idx('fillRef', '1'), effect: idx('effectRef', '0'), font: idx('fontRef', 'minor'), fontClr } : undefined,
    };
    cache.set(name, label);
    return label;
  };
  return {
    styleXml(name, index, count) {
      const l = labelOf(name);
      const fill = pick(l.fill, l.meth.fill, index, count, resolve) ?? '';
      const line = pick(l.line, l.meth.line, index, count, resolve) ?? '';
      const text = pick(l.text, l.meth.text, index, count, resolve) ?? l.refs?.fontClr ?? (l.refs ? '' : '<a:schemeClr val="lt1"/>');
      const r = l.refs ?? { ln: '2', fill: '1', effect: '0', font: 'minor' };
      return (
        `<p:style><a:lnRef idx="${r.ln}">${line}</a:lnRef><a:fillRef idx="${r.fill}">${fill}</a:fillRef>` +
        `<a:effectRef idx="${r.effect}"/><a:fontRef idx="${r.font === 'major' ? 'major' : 'minor'}">${text}</a:fontRef></p:style>`
      );
    },
  };
}
