/**
 * The chart style (c:style 1–48, src/render/chart/style.ts) decides what a chart part leaves
 * unsaid: gridline and axis colour, the theme fill style of series (row 3 and 4 styles: the
 * intense one, a gradient in Office themes), one-accent shades.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { chartStyleNumber, gridColor, seriesFillIndex, styleSeriesColor } from '../../src/render/chart/style.js';
import { toHex } from '../../src/render/color/rgba.js';
import type { ColorContext } from '../../src/render/color/resolve.js';
import type { PathOp } from '../../src/render/ops.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { fixture, listOf } from './helpers/fixtures.js';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const space = (inner: string) => parseXmlText(`<c:chartSpace xmlns:c="${C}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart">${inner}</c:chartSpace>`, 'test').root;
const rgb = (hex: string) => ({ r: parseInt(hex.slice(0, 2), 16) / 255, g: parseInt(hex.slice(2, 4), 16) / 255, b: parseInt(hex.slice(4, 6), 16) / 255, a: 1 });
const colors: ColorContext = {
  scheme: { dk1: rgb('000000'), lt1: rgb('FFFFFF'), dk2: rgb('1F497D'), lt2: rgb('EEECE1'), accent1: rgb('4F81BD'), accent2: rgb('C0504D'), accent3: rgb('9BBB59'), accent4: rgb('8064A2'), accent5: rgb('4BACC6'), accent6: rgb('F79646') },
  clrMap: { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' },
};

describe('the chart style number', () => {
  it('reads c:style, the c:style fallback of mc:AlternateContent (c14:style 118 = 18), else 2', () => {
    expect(chartStyleNumber(space('<c:style val="26"/>'))).toBe(26);
    expect(chartStyleNumber(space('<mc:AlternateContent><mc:Choice Requires="c14"><c14:style val="118"/></mc:Choice><mc:Fallback><c:style val="18"/></mc:Fallback></mc:AlternateContent>'))).toBe(18);
    expect(chartStyleNumber(space('<mc:AlternateContent><mc:Choice Requires="c14"><c14:style val="103"/></mc:Choice></mc:AlternateContent>'))).toBe(3);
    expect(chartStyleNumber(space(''))).toBe(2);
    expect(chartStyleNumber(space('<c:style val="99"/>'))).toBe(2);
  });
});

describe('automatic formatting by style', () => {
  it('gridlines are text 1 at 75 % tint (#878787 on black text, as LibreOffice draws them)', () => {
    const c = gridColor(2, colors)!;
    expect(Math.round(c.r * 255)).toBeGreaterThanOrEqual(133);
    expect(Math.round(c.r * 255)).toBeLessThanOrEqual(141);
  });
  it('rows 3, 4 and 6 take the intense theme fill; 3-D charts only for their accent style', () => {
    expect(seriesFillIndex(2, false)).toBe(1);
    expect(seriesFillIndex(10, false)).toBe(1);
    expect(seriesFillIndex(18, false)).toBe(3);
    expect(seriesFillIndex(27, false)).toBe(3);
    expect(seriesFillIndex(19, true)).toBe(1);
    expect(seriesFillIndex(26, true)).toBe(3);
    expect(seriesFillIndex(42, false)).toBe(3);
  });
  it('one-accent styles shade their accent from dark to light; accent styles leave the colour to the cycle', () => {
    expect(styleSeriesColor(2, 0, 3, colors)).toBeUndefined();
    const shades = [0, 1, 2].map((i) => styleSeriesColor(3, i, 3, colors)!);
    expect(toHex(shades[1]!)).toBe('#4f81bd');
    const lum = (c: { r: number; g: number; b: number }) => c.r + c.g + c.b;
    expect(lum(shades[0]!)).toBeLessThan(lum(shades[1]!));
    expect(lum(shades[2]!)).toBeGreaterThan(lum(shades[1]!));
  });
});

describe('a chart left to its style', () => {
  const variant = async (edit: (xml: string) => string) => {
    const pkg = OpcPackage.open(fixture('charts'));
    const chart = 'ppt/charts/chart1.xml';
    pkg.set(chart, new TextEncoder().encode(edit(new TextDecoder().decode(pkg.get(chart)!))));
    return listOf(await pkg.save()).list;
  };
  // Series and gridlines without c:spPr of their own.
  const bare = (xml: string) => xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (ser) => ser.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, '')).replace(/<c:majorGridlines>[\s\S]*?<\/c:majorGridlines>/, '<c:majorGridlines/>');
  const withStyle = (n: number) => (xml: string) => bare(xml).replace(/<c:style val="\d+"\/>/, '').replace('<c:chart>', `<c:style val="${n}"/><c:chart>`);

  it('style 2: flat accent columns, gridlines in the 75 % tint of text 1', async () => {
    const list = await variant(withStyle(2));
    const ops = list.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path');
    const fills = ops.filter((o) => o.fill?.kind === 'solid').map((o) => (o.fill?.kind === 'solid' ? toHex(o.fill.color) : ''));
    expect(fills.length).toBeGreaterThanOrEqual(12);
    const strokes = ops.filter((o) => o.stroke && o.commands.length === 2).map((o) => toHex(o.stroke!.color));
    expect(strokes.filter((s) => s === '#878787' || s === '#8b8b8b' || s === '#8c8c8c' || s === '#898989' || s === '#8a8a8a').length).toBeGreaterThanOrEqual(5);
  });

  it('style 18: the columns take the theme\'s intense fill style (a gradient in the series colour)', async () => {
    const list = await variant(withStyle(18));
    const gradients = list.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path' && o.commands.length === 5 && (o.fill?.kind === 'linear' || o.fill?.kind === 'radial'));
    expect(gradients.length).toBeGreaterThanOrEqual(12);
  });


  it('a legend with lines gives every key the 8 mm width LibreOffice gives it', () => {
    const list = listOf(fixture('charts')).list;
    const keys = list.pages[3]!.ops.filter((o): o is PathOp => {
      if (o.kind !== 'path' || o.commands.length !== 2 || !o.stroke) return false;
      const [a, b] = o.commands as { x: number; y: number }[];
      return Math.abs(a!.y - b!.y) < 1e-6 && Math.abs(Math.abs(b!.x - a!.x) - 8 * (72 / 25.4)) < 0.01;
    });
    expect(keys.length).toBe(3);
  });
});

