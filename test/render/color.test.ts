import { describe, expect, it } from 'vitest';
import { parseXmlText } from '../../src/xml/parse.js';
import { resolveColor, type ColorContext } from '../../src/render/color/resolve.js';
import { parseHex, toHex } from '../../src/render/color/rgba.js';
import { presetColorHex } from '../../src/render/color/preset-colors.js';

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const ctx: ColorContext = {
  scheme: { dk1: parseHex('000000')!, lt1: parseHex('FFFFFF')!, dk2: parseHex('44546A')!, lt2: parseHex('E7E6E6')!, accent1: parseHex('4472C4')!, accent2: parseHex('ED7D31')! },
  clrMap: { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2', accent1: 'accent1', accent2: 'accent2' },
};

function color(xml: string, c: ColorContext = ctx) {
  const el = parseXmlText(`<a:solidFill ${A}>${xml}</a:solidFill>`, 'test').root.elements().next().value!;
  return resolveColor(el, c);
}

describe('colour resolution', () => {
  it('reads srgbClr, prstClr, sysClr (lastClr first), scrgbClr and hslClr', () => {
    expect(toHex(color('<a:srgbClr val="1F2933"/>')!)).toBe('#1f2933');
    expect(toHex(color('<a:prstClr val="dkGreen"/>')!)).toBe('#006400');
    expect(toHex(color('<a:prstClr val="ltGray"/>')!)).toBe('#d3d3d3');
    expect(toHex(color('<a:sysClr val="windowText" lastClr="112233"/>')!)).toBe('#112233');
    expect(toHex(color('<a:sysClr val="window"/>')!)).toBe('#ffffff');
    expect(toHex(color('<a:scrgbClr r="100000" g="0" b="0"/>')!)).toBe('#ff0000');
    expect(toHex(color('<a:hslClr hue="14400000" sat="100000" lum="50000"/>')!)).toBe('#0000ff');
    expect(presetColorHex('medSeaGreen')).toBe('3CB371');
  });

  it('maps scheme colours through the colour map (tx1 → dk1, bg2 → lt2)', () => {
    expect(toHex(color('<a:schemeClr val="tx1"/>')!)).toBe('#000000');
    expect(toHex(color('<a:schemeClr val="bg2"/>')!)).toBe('#e7e6e6');
    const inverted = { ...ctx, clrMap: { ...ctx.clrMap, tx1: 'lt1', bg1: 'dk1' } };
    expect(toHex(color('<a:schemeClr val="tx1"/>', inverted)!)).toBe('#ffffff');
    expect(color('<a:schemeClr val="phClr"/>')).toBeNull();
    expect(toHex(color('<a:schemeClr val="phClr"/>', { ...ctx, phClr: parseHex('ABCDEF')! })!)).toBe('#abcdef');
  });

  it('applies lumMod/lumOff in HSL as PowerPoint\'s "lighter 80 %" does', () => {
    // accent1 4472C4, lighter 80 %: PowerPoint shows DAE3F3.
    expect(toHex(color('<a:schemeClr val="accent1"><a:lumMod val="20000"/><a:lumOff val="80000"/></a:schemeClr>')!)).toBe('#dae3f3');
    // darker 50 %: 203864.
    expect(toHex(color('<a:schemeClr val="accent1"><a:lumMod val="50000"/></a:schemeClr>')!)).toBe('#203864');
  });

  it('applies tint and shade on gamma-decoded RGB (LibreOffice\'s arithmetic)', () => {
    const tint = color('<a:srgbClr val="4472C4"><a:tint val="40000"/></a:srgbClr>')!;
    const shade = color('<a:srgbClr val="4472C4"><a:shade val="50000"/></a:srgbClr>')!;
    // Tint moves towards white, shade towards black; in linear light, so not a plain mix.
    expect(tint.r).toBeGreaterThan(0.6);
    expect(tint.b).toBeGreaterThan(0.85);
    expect(shade.b).toBeLessThan(0.77 * 0.8);
    expect(shade.b).toBeGreaterThan(0.77 * 0.5);
    expect(toHex(color('<a:srgbClr val="808080"><a:tint val="0"/></a:srgbClr>')!)).toBe('#ffffff');
    expect(toHex(color('<a:srgbClr val="808080"><a:shade val="0"/></a:srgbClr>')!)).toBe('#000000');
  });

  it('handles alpha, comp, inv, gray, satMod and hueOff', () => {
    expect(color('<a:srgbClr val="FF0000"><a:alpha val="25000"/></a:srgbClr>')!.a).toBeCloseTo(0.25);
    expect(color('<a:srgbClr val="FF0000"><a:alpha val="50000"/><a:alphaMod val="50000"/></a:srgbClr>')!.a).toBeCloseTo(0.25);
    expect(toHex(color('<a:srgbClr val="FF0000"><a:comp/></a:srgbClr>')!)).toBe('#00ffff');
    expect(toHex(color('<a:srgbClr val="FFFFFF"><a:inv/></a:srgbClr>')!)).toBe('#000000');
    const g = color('<a:srgbClr val="FF0000"><a:gray/></a:srgbClr>')!;
    expect(g.r).toBeCloseTo(0.22, 2);
    expect(g.g).toBeCloseTo(g.r, 5);
    const desat = color('<a:srgbClr val="FF0000"><a:satMod val="0"/></a:srgbClr>')!;
    expect(desat.r).toBeCloseTo(desat.g, 5);
    expect(toHex(color('<a:srgbClr val="FF0000"><a:hueOff val="7200000"/></a:srgbClr>')!)).toBe('#00ff00');
  });

  it('returns null for what cannot be resolved', () => {
    expect(color('<a:srgbClr val="XYZ"/>')).toBeNull();
    expect(color('<a:schemeClr val="accent6"/>')).toBeNull();
    expect(color('<a:prstClr val="notAColour"/>')).toBeNull();
  });
});
