/**
 * A laid-out SmartArt shape's style, as PowerPoint saves it in its drawings: the colours of a
 * style label (dgm:styleLbl) from the colours part (dgm:colorsDef: dgm:fillClrLst, dgm:linClrLst,
 * dgm:txFillClrLst, picked by the shape's index among its kind, meth "repeat" or "cycle") and the
 * theme references of the same label in the quick-style part (dgm:styleDef: dgm:style with
 * a:lnRef, a:fillRef, a:effectRef, a:fontRef). Both become one p:style, so fills, lines and text
 * colour come from the slide's theme and colour map and follow a rebrand.
 *
 * Without a colours or quick-style part, PowerPoint's defaults: accent1 fill, lt1 line and text
 * for nodes (node1 of colors/accent1_2 and quickstyle/simple1), theme line 2 and fill 1.
 */
import type { ReadonlyXElement } from '../../../xml/readonly.js';
import { serializeElement } from '../../../xml/serialize.js';

export interface DiagramStyle {
  /** A p:style element (XML text, prefixes p: and a:) for a label and the shape's index. */
  styleXml(label: string, index: number, count: number): string;
}

interface Label {
  fill: string[];
  line: string[];
  text: string[];
  fillMeth: string;
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

/**
 * Picks the colour of the i-th of n shapes from a list: meth "repeat" and "cycle" go round the
 * list (the "colorful" styles: accent2, accent3, ... accent6, accent2), "span" (the default)
 * spreads the list over the shapes (the nearest colour).
 */
function pick(list: string[], meth: string, i: number, n: number): string | undefined {
  if (list.length <= 1) return list[0];
  if (meth === 'repeat' || meth === 'cycle') return list[i % list.length];
  return list[n > 1 ? Math.round((i * (list.length - 1)) / (n - 1)) : 0];
}

export function diagramStyle(colorsRoot: ReadonlyXElement | undefined, styleRoot: ReadonlyXElement | undefined): DiagramStyle {
  const colorLabels = labelsOf(colorsRoot);
  const styleLabels = labelsOf(styleRoot);
  const cache = new Map<string, Label>();
  const labelOf = (name: string): Label => {
    const hit = cache.get(name);
    if (hit) return hit;
    // Text-only labels (revTx) missing from the parts: no fill, no line, tx1 text (PowerPoint's).
    if (name === 'revTx' && !colorLabels.has(name) && !styleLabels.has(name)) {
      const label: Label = { fill: [], line: [], text: ['<a:schemeClr val="tx1"/>'], fillMeth: 'repeat', refs: { ln: '0', fill: '0', effect: '0', font: 'minor', fontClr: undefined } };
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
      fillMeth: fillList?.attr('meth') ?? 'span',
      refs: st ? { ln: idx('lnRef', '2'), fill: idx('fillRef', '1'), effect: idx('effectRef', '0'), font: idx('fontRef', 'minor'), fontClr } : undefined,
    };
    cache.set(name, label);
    return label;
  };
  return {
    styleXml(name, index, count) {
      const l = labelOf(name);
      const meth = l.fillMeth;
      const fill = pick(l.fill, meth, index, count) ?? '';
      const line = pick(l.line, meth, index, count) ?? '';
      const text = pick(l.text, meth, index, count) ?? l.refs?.fontClr ?? (l.refs ? '' : '<a:schemeClr val="lt1"/>');
      const r = l.refs ?? { ln: '2', fill: '1', effect: '0', font: 'minor' };
      return (
        `<p:style><a:lnRef idx="${r.ln}">${line}</a:lnRef><a:fillRef idx="${r.fill}">${fill}</a:fillRef>` +
        `<a:effectRef idx="${r.effect}"/><a:fontRef idx="${r.font === 'major' ? 'major' : 'minor'}">${text}</a:fontRef></p:style>`
      );
    },
  };
}
