/**
 * The colours of laid-out SmartArt shapes (src/render/scene/smartart/style.ts): a style label's
 * colour list applied to the n shapes of its kind by the list's method (ST_ClrAppMethod):
 * "repeat" one colour after the other, "span" interpolated from the first to the last, "cycle"
 * from the first to the last and back.
 */
import { describe, expect, it } from 'vitest';
import { parseXmlText } from '../../../src/xml/parse.js';
import { resolveColor } from '../../../src/render/color/resolve.js';
import { parseHex } from '../../../src/render/color/rgba.js';
import { diagramStyle } from '../../../src/render/scene/smartart/style.js';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
const scheme = { accent1: parseHex('4F81BD')!, accent2: parseHex('C0504D')!, lt1: parseHex('FFFFFF')!, dk1: parseHex('000000')! };
const resolve = (xml: string) => resolveColor([...parseXmlText(`<a:x xmlns:a="${A}">${xml}</a:x>`, 'test').root.elements()][0], { scheme, clrMap: {} });

function colorsDef(lists: string): ReturnType<typeof parseXmlText>['root'] {
  return parseXmlText(`<dgm:colorsDef xmlns:dgm="${DGM}" xmlns:a="${A}">${lists}</dgm:colorsDef>`, 'test').root;
}

/** The fill colour of the i-th of n node1 shapes, resolved (hex and alpha in %). */
function fills(lists: string, n: number): string[] {
  const style = diagramStyle(colorsDef(lists), undefined, resolve);
  return Array.from({ length: n }, (_, i) => {
    const xml = style.styleXml('node1', i, n);
    const fill = /<a:fillRef idx="\d+">(.*?)<\/a:fillRef>/.exec(xml)![1]!;
    const c = resolve(fill)!;
    const hex = [c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
    return `${hex}/${Math.round(c.a * 100)}`;
  });
}

const label = (fill: string, meth?: string) => `<dgm:styleLbl name="node1"><dgm:fillClrLst${meth ? ` meth="${meth}"` : ''}>${fill}</dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:txFillClrLst/></dgm:styleLbl>`;
const GRADIENT = '<a:schemeClr val="accent1"><a:alpha val="90000"/></a:schemeClr><a:schemeClr val="accent1"><a:alpha val="50000"/></a:schemeClr>';
const TWO = '<a:schemeClr val="accent1"/><a:schemeClr val="accent2"/>';

describe('SmartArt colour lists (dgm:fillClrLst meth)', () => {
  it('"span", the default, interpolates from the first colour to the last across the shapes (colors/accent1_5: 90 % to 50 % opaque)', () => {
    expect(fills(label(GRADIENT), 5)).toEqual(['4F81BD/90', '4F81BD/80', '4F81BD/70', '4F81BD/60', '4F81BD/50']);
    expect(fills(label(TWO, 'span'), 3)).toEqual(['4F81BD/100', '886985/100', 'C0504D/100']);
    // One shape takes the first colour.
    expect(fills(label(GRADIENT), 1)).toEqual(['4F81BD/90']);
  });

  it('"cycle" goes from the first colour to the last and back', () => {
    expect(fills(label(TWO, 'cycle'), 5)).toEqual(['4F81BD/100', '886985/100', 'C0504D/100', '886985/100', '4F81BD/100']);
  });

  it('"repeat" takes the colours one after the other, again from the first', () => {
    expect(fills(label(TWO, 'repeat'), 3)).toEqual(['4F81BD/100', 'C0504D/100', '4F81BD/100']);
  });

  it('keeps the list entry itself (a theme reference that a rebrand recolours) where a shape falls on it', () => {
    const style = diagramStyle(colorsDef(label(TWO, 'span')), undefined, resolve);
    expect(style.styleXml('node1', 0, 3)).toContain('<a:schemeClr val="accent1"/>');
    expect(style.styleXml('node1', 2, 3)).toContain('<a:schemeClr val="accent2"/>');
  });
});
