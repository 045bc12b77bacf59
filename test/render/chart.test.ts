/**
 * Charts drawn from their cached values (src/render/chart): number formats, axis scaling, the
 * display list of the charts fixture (one chart type per slide), automatic series colours that
 * follow the theme (so a rebranded deck's charts take the brand's colours), and the placeholder
 * with a warning for a chart type that is not drawn.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { formatNumber } from '../../src/render/chart/number-format.js';
import { niceScale, ticks } from '../../src/render/chart/scale.js';
import { toHex } from '../../src/render/color/rgba.js';
import type { PathOp } from '../../src/render/ops.js';
import { fixture, listOf, texts } from './helpers/fixtures.js';

const solidFills = (ops: readonly { kind: string }[]) =>
  (ops as PathOp[]).filter((o) => o.kind === 'path' && o.fill?.kind === 'solid').map((o) => (o.fill?.kind === 'solid' ? toHex(o.fill.color) : ''));

describe('number formats of chart labels', () => {
  it('General, decimals, thousands, percent, literals and sections', () => {
    expect(formatNumber(4.3, 'General')).toBe('4.3');
    expect(formatNumber(0.1 + 0.2, 'General')).toBe('0.3');
    expect(formatNumber(1234567, '#,##0')).toBe('1,234,567');
    expect(formatNumber(1.23456, '0.00')).toBe('1.23');
    expect(formatNumber(0.256, '0%')).toBe('26%');
    expect(formatNumber(0.256, '0.0%')).toBe('25.6%');
    expect(formatNumber(1500, '"$"#,##0')).toBe('$1,500');
    expect(formatNumber(-5, '0;(0)')).toBe('(5)');
    expect(formatNumber(-5, '0')).toBe('-5');
    expect(formatNumber(12, '0" kr"')).toBe('12 kr');
  });
  it('dates and times: serial dates of the 1900 date system (the categories of a date axis)', () => {
    // python-pptx's cht-axis-props deck: a c:dateAx whose categories are 25204... in m/d/yy.
    expect(formatNumber(25204, 'm/d/yy')).toBe('1/1/69');
    expect(formatNumber(25204, 'd-mmm')).toBe('1-Jan');
    expect(formatNumber(25204, '[$-409]mmm-yy;@')).toBe('Jan-69');
    expect(formatNumber(44927, 'mmm yyyy')).toBe('Jan 2023');
    expect(formatNumber(45000, 'dddd, mmmm d')).toBe('Wednesday, March 15');
    expect(formatNumber(45000, 'mmmmm')).toBe('M');
    // m is minutes after h or before s.
    expect(formatNumber(44927.75, 'h:mm AM/PM')).toBe('6:00 PM');
    expect(formatNumber(44927.5 + 61 / 86400, 'yyyy-mm-dd hh:mm:ss')).toBe('2023-01-01 12:01:01');
    // Serials 1-59 are 1900's January and February; 61 is 1 March 1900.
    expect(formatNumber(1, 'd/m/yyyy')).toBe('1/1/1900');
    expect(formatNumber(61, 'd/m/yyyy')).toBe('1/3/1900');
    // Not a date: General.
    expect(formatNumber(-3, 'm/d/yy')).toBe('-3');
    expect(formatNumber(1e9, 'm/d/yy')).toBe('1000000000');
  });
});

describe('axis scaling', () => {
  it('includes zero, adds headroom and picks 1, 2 or 5 × 10^n', () => {
    expect(niceScale(1.8, 5, {}, 10)).toEqual({ min: 0, max: 6, unit: 1 });
    expect(ticks(niceScale(2, 19, {}, 10))).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(niceScale(10, 30, {}, 6, false).min).toBe(5);
    expect(niceScale(-3, 7, {}, 10).min).toBeLessThan(-3);
  });
  it('keeps what the file fixes (c:min, c:max, c:majorUnit)', () => {
    expect(niceScale(0, 1000, { min: 100, max: 900, unit: 200 }, 10)).toEqual({ min: 100, max: 900, unit: 200 });
  });
});

describe('the charts fixture', () => {
  const { list, warnings } = listOf(fixture('charts'));

  it('draws every chart type from its cached values', () => {
    expect(list.pages.length).toBe(9);
    for (let p = 0; p < 8; p++) {
      const words = texts(list, p).map((t) => t.text);
      expect(words.some((w) => ['North', 'Visits', 'Bookings', 'Waiting time'].includes(w)), `page ${p + 1}`).toBe(true);
    }
    // Clustered columns: 3 series × 4 regions, the data labels show the values.
    const c1 = list.pages[0]!.ops.filter((o): o is PathOp => o.kind === 'path' && o.commands.length === 5 && o.fill?.kind === 'solid');
    expect(c1.length).toBeGreaterThanOrEqual(12);
    for (const v of ['12', '19', '7', '15']) expect(texts(list, 0).some((t) => t.text === v), v).toBe(true);
    // Pie and doughnut: percentages of the cached values (12 + 19 + 7 + 15 = 53).
    expect(texts(list, 5).map((t) => t.text)).toEqual(expect.arrayContaining(['23%', '36%', '13%', '28%']));
    expect(texts(list, 6).map((t) => t.text)).toEqual(expect.arrayContaining(['24%', '33%', '15%', '27%']));
  });

  it('warns about the radar chart and draws a placeholder frame for it', () => {
    const w = warnings.filter((x) => x.code === 'W_RENDER_SKIPPED');
    expect(w.map((x) => x.message)).toEqual(['slide 9: 1 chart(s) of a kind not drawn (radar, surface, stock, bar-of-pie, Office 2016 chart types): a placeholder frame is drawn']);
    expect(texts(list, 8).some((t) => t.text.includes('radar chart not drawn'))).toBe(true);
  });

  it('series without their own fill take the theme accents: a new theme recolours the chart', async () => {
    const pkg = OpcPackage.open(fixture('charts'));
    const chart = 'ppt/charts/chart1.xml';
    // Leave the series to the automatic colours, then change the theme's accent1.
    const xml = new TextDecoder().decode(pkg.get(chart)!).replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (ser) => ser.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, ''));
    pkg.set(chart, new TextEncoder().encode(xml));
    const theme = pkg.partNames().find((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n))!;
    const before = listOf(await pkg.save()).list;
    pkg.set(theme, new TextEncoder().encode(new TextDecoder().decode(pkg.get(theme)!).replace(/<a:accent1>[\s\S]*?<\/a:accent1>/, '<a:accent1><a:srgbClr val="0A5FAD"/></a:accent1>')));
    const after = listOf(await pkg.save()).list;
    expect(solidFills(after.pages[0]!.ops)).toContain('#0a5fad');
    expect(solidFills(before.pages[0]!.ops)).not.toContain('#0a5fad');
  });
});

describe('date axes (c:dateAx)', () => {
  it('formats the categories as dates, one slot each, and says that they are not spaced by time', async () => {
    // The line chart of the fixture (slide 4) with serial-date categories in m/d/yy and a date axis.
    const pkg = OpcPackage.open(fixture('charts'));
    const part = 'ppt/charts/chart4.xml';
    const dates = [25204, 25205, 25215, 25223];
    const cat = `<c:cat><c:numRef><c:f>Sheet1!$A$2:$A$5</c:f><c:numCache><c:formatCode>m/d/yy</c:formatCode><c:ptCount val="4"/>${dates.map((d, i) => `<c:pt idx="${i}"><c:v>${d}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:cat>`;
    const xml = new TextDecoder()
      .decode(pkg.get(part)!)
      .replace(/<c:cat>[\s\S]*?<\/c:cat>/g, cat)
      .replace(/<c:catAx>([\s\S]*?)<\/c:catAx>/, (_, body: string) => `<c:dateAx>${body.replace(/<c:numFmt[^>]*\/>/, '<c:numFmt formatCode="m/d/yy" sourceLinked="1"/>')}</c:dateAx>`);
    pkg.set(part, new TextEncoder().encode(xml));
    const { list, warnings } = listOf(await pkg.save());
    const shown = texts(list, 3).map((t) => t.text);
    for (const d of ['1/1/69', '1/2/69', '1/12/69', '1/20/69']) expect(shown).toContain(d);
    expect(shown).not.toContain('25204');
    expect(warnings.filter((w) => w.code === 'W_RENDER_SKIPPED').map((w) => w.message)).toContain(
      'slide 4: 1 date axis (axes) drawn as category axes: the dates formatted, one slot per category, not spaced by time',
    );
    // The other slides' charts have no date axis: no such warning for them.
    expect(warnings.filter((w) => w.message.includes('date axis')).map((w) => w.slide)).toEqual([4]);
  });
});

describe('bubble charts (c:bubbleChart)', () => {
  it('draws a circle per point, the largest a quarter of the plot across, the others by area', async () => {
    // The scatter chart of the fixture (slide 8) turned into a bubble chart: sizes 1, 4, 9 ...
    const pkg = OpcPackage.open(fixture('charts'));
    const part = 'ppt/charts/chart8.xml';
    const sizes = [1, 4, 9, 16, 25, 36];
    const bubble = `<c:bubbleSize><c:numRef><c:f>Sheet1!$D$2:$D$7</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="6"/>${sizes.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:bubbleSize>`;
    const xml = new TextDecoder()
      .decode(pkg.get(part)!)
      .replace('<c:scatterChart><c:scatterStyle val="lineMarker"/>', '<c:bubbleChart>')
      .replace('</c:scatterChart>', '</c:bubbleChart>')
      .replace(/<c:marker>[\s\S]*?<\/c:marker>/g, '')
      .replace(/<\/c:yVal>/g, `</c:yVal>${bubble}`)
      .replace(/<c:smooth val="0"\/>/g, '');
    pkg.set(part, new TextEncoder().encode(xml));
    const { list, warnings } = listOf(await pkg.save());
    expect(warnings.filter((w) => w.slide === 8 && w.code === 'W_RENDER_SKIPPED')).toEqual([]);
    // Closed paths of four Béziers: the bubbles (two series × six points) and the two legend keys.
    const circles = (list.pages[7]!.ops as PathOp[])
      .filter((o) => o.kind === 'path' && o.commands.filter((c) => c.op === 'C').length === 4)
      .map((o) => {
        const xs = o.commands.flatMap((c) => ('x' in c ? [c.x] : []));
        return Math.max(...xs) - Math.min(...xs);
      })
      .filter((w) => w > 8);
    expect(circles.length).toBe(12);
    const largest = Math.max(...circles);
    // Diameters by area: 6 : 5 : 4 : 3 : 2 : 1 for sizes 36 : 25 : ... : 1.
    for (let k = 1; k <= 6; k++) expect(circles.some((w) => Math.abs(w - (largest * k) / 6) < 0.01)).toBe(true);
    // A quarter of the plot's smaller side (the frame is 4023360 EMU high, 316.8 pt).
    expect(largest).toBeGreaterThan(0.25 * 316.8 * 0.6);
    expect(largest).toBeLessThan(0.25 * 316.8);
  });
});

describe('value axes through zero and minor gridlines', () => {
  /** The column chart of the fixture (slide 1), edited, without its data labels; its display list. */
  async function column(edit: (xml: string) => string) {
    const pkg = OpcPackage.open(fixture('charts'));
    const part = 'ppt/charts/chart1.xml';
    const xml = new TextDecoder().decode(pkg.get(part)!).replaceAll('<c:showVal val="1"/>', '<c:showVal val="0"/>');
    pkg.set(part, new TextEncoder().encode(edit(xml)));
    return listOf(await pkg.save()).list;
  }
  const negative = (xml: string) => xml.replace('<c:v>7</c:v>', '<c:v>-9</c:v>');
  const nextTo = (xml: string) => xml.replace(/(<c:catAx>[\s\S]*?)<c:tickLblPos val="low"\/>/, '$1<c:tickLblPos val="nextTo"/>');
  /** The value axis's labels. */
  const numbers = (list: Awaited<ReturnType<typeof column>>) => texts(list, 0).filter((t) => /^-?\d+$/.test(t.text));

  it('puts category labels (c:tickLblPos nextTo) beside the axis where it crosses zero, inside the plot', async () => {
    const low = await column(negative);
    const next = await column((x) => nextTo(negative(x)));
    const north = (list: Awaited<ReturnType<typeof column>>) => texts(list, 0).find((t) => t.text === 'North')!;
    const zero = numbers(next).find((t) => t.text === '0')!;
    const lowest = Math.max(...numbers(next).map((t) => t.py));
    // low: under the plot, below the lowest value label; nextTo: just under the zero line.
    expect(north(low).py).toBeGreaterThan(Math.max(...numbers(low).map((t) => t.py)));
    expect(north(next).py).toBeGreaterThan(zero.py);
    expect(north(next).py).toBeLessThan(lowest);
    expect(north(next).py - zero.py).toBeLessThan(15);
  });

  it('gives the value axis at most as many intervals as its labels fit along it (LibreOffice: the axis over the tallest label, 2–10)', async () => {
    const small = numbers(await column((x) => x));
    // The same chart with 40 pt tick labels: about 6 labels of one em (LibreOffice's count) fit along its axis.
    const large = numbers(await column((x) => x.replaceAll('sz="1000"', 'sz="4000"')));
    const step = (ns: typeof small) => Math.abs(Number(ns[1]!.text) - Number(ns[0]!.text));
    expect(step(large)).toBeGreaterThan(step(small));
    const gaps = large.slice(1).map((t, i) => Math.abs(t.py - large[i]!.py));
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(large[0]!.size - 1e-6);
  });

  it('keeps half of the bottom value label inside the chart when the category axis has no labels (c:tickLblPos none)', async () => {
    const list = await column((x) => x.replace(/(<c:catAx>[\s\S]*?)<c:tickLblPos val="low"\/>/, '$1<c:tickLblPos val="none"/>'));
    const ns = numbers(list);
    const lowest = ns.reduce((a, b) => (b.py > a.py ? b : a));
    // The graphic frame: y 822960 EMU, 4023360 EMU high (64.8 + 316.8 pt); its inner 2 % margin.
    const bottom = (822960 + 4023360) / 12700 - 0.02 * (4023360 / 12700);
    // The label is centred on the plot's bottom edge, which now stands half a label (0.5 em) above
    // the margin: its baseline (0.35 em below its centre) stays above the margin (374.3 pt < 375.3;
    // it was 378.8 with the plot reaching the margin).
    expect(lowest.py).toBeLessThan(bottom);
    expect(bottom - lowest.py).toBeLessThan(0.3 * lowest.size);
    expect(texts(list, 0).some((t) => t.text === 'North')).toBe(false);
  });

  it('turns category labels 45° when a word is wider than its band, and never cuts a word', async () => {
    const word = 'Northernmostregionalheadquarterszone';
    const list = await column((x) => x.replace('<c:v>North</c:v>', `<c:v>${word}</c:v>`));
    const t = texts(list, 0).find((o) => o.text.includes('Northernmost'))!;
    // One run of text, the whole word, turned (its transform has a rotation).
    expect(t.text).toBe(word);
    expect(Math.abs(t.transform[1])).toBeGreaterThan(0.5);
    // Every category label is turned alike.
    const south = texts(list, 0).find((o) => o.text === 'South')!;
    expect(south.transform[1]).toBeCloseTo(t.transform[1], 6);
    // Labels that fit their band stay upright.
    const plain = texts(await column((x) => x), 0).find((o) => o.text === 'South')!;
    expect(plain.transform[1]).toBe(0);
  });

  it('draws c:minorGridlines every fifth of the major unit (or c:minorUnit), not over the major ones', async () => {
    const paths = (list: Awaited<ReturnType<typeof column>>) => list.pages[0]!.ops.filter((o) => o.kind === 'path').length;
    const plain = await column((x) => x);
    const majors = numbers(plain).length;
    const minor = await column((x) => x.replace('</c:majorGridlines>', '</c:majorGridlines><c:minorGridlines/>'));
    expect(paths(minor) - paths(plain)).toBe(4 * (majors - 1));
    const unit = await column((x) => x.replace('</c:majorGridlines>', '</c:majorGridlines><c:minorGridlines/>').replace('<c:crossBetween', '<c:minorUnit val="0.5"/><c:crossBetween'));
    const step = Math.abs(Number(numbers(plain)[1]!.text) - Number(numbers(plain)[0]!.text));
    expect(paths(unit) - paths(plain)).toBe((step / 0.5 - 1) * (majors - 1));
  });
});

describe('the chart title as LibreOffice lays it out', () => {
  it("stands in a text frame 0.3 × its size taller above and below, and the plot starts below that frame", async () => {
    // The column chart of the fixture (slide 1): the 14 pt title "Visits by region"; the graphic
    // frame at y 822960 EMU, 4023360 EMU high (64.8 + 316.8 pt).
    const pkg = OpcPackage.open(fixture('charts'));
    const part = 'ppt/charts/chart1.xml';
    pkg.set(part, new TextEncoder().encode(new TextDecoder().decode(pkg.get(part)!).replaceAll('<c:showVal val="1"/>', '<c:showVal val="0"/>')));
    const { list } = listOf(await pkg.save());
    const title = texts(list, 0).find((t) => t.text.startsWith('Visits'))!;
    const em = (v: number) => (v / title.face.unitsPerEm) * title.size;
    const top = 64.8 + 0.02 * 316.8 + 1.35 * (72 / 25.4);
    // chart2 ShapeFactory::createText: 0.3 × 14 pt above the text, whose first baseline is the face's ascent below its top.
    expect(title.py).toBeCloseTo(top + 0.3 * 14 + em(title.face.ascent), 1);
    // The frame's bottom (its text's ascent + descent, then 0.3 × 14 pt), 2 % of the chart, then
    // the plot, whose top value label is centred on its top edge.
    const frameBottom = top + em(title.face.ascent - title.face.descent) + 2 * 0.3 * 14;
    const values = texts(list, 0).filter((t) => /^\d+$/.test(t.text));
    const highest = values.reduce((a, b) => (b.py < a.py ? b : a));
    const labelEm = highest.size;
    const plotTop = frameBottom + 0.02 * 316.8 + labelEm / 2;
    // The label's baseline lies about a third of an em below its centre (its line's middle).
    expect(highest.py - plotTop).toBeGreaterThan(0);
    expect(highest.py - plotTop).toBeLessThan(0.5 * labelEm);
  });
});

describe('axis titles as LibreOffice lays them out', () => {
  it('stand 4.5 mm in from the left of the diagram space, in a text frame padded by 0.3 × their size, against the value labels', async () => {
    const pkg = OpcPackage.open(fixture('charts'));
    const part = 'ppt/charts/chart1.xml';
    const title = '<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:rPr sz="1400"/><a:t>Visitors</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>';
    const xml = new TextDecoder()
      .decode(pkg.get(part)!)
      .replaceAll('<c:showVal val="1"/>', '<c:showVal val="0"/>')
      .replace(/(<c:valAx>[\s\S]*?<c:axPos val="l"\/>)/, `$1${title}`);
    pkg.set(part, new TextEncoder().encode(xml));
    const { list } = listOf(await pkg.save());
    const t = texts(list, 0).find((o) => o.text === 'Visitors')!;
    const em = (v: number) => (v / t.face.unitsPerEm) * t.size;
    // Turned a quarter left: its baseline is a vertical line. The frame: x 36 pt, 648 pt wide.
    expect(Math.abs(t.transform[1])).toBeCloseTo(1, 6);
    const frameLeft = 36 + 0.02 * 648 + 4.5 * (72 / 25.4);
    expect(t.px).toBeCloseTo(frameLeft + 0.3 * 14 + em(t.face.ascent), 1);
    // The widest value label starts where the title's frame ends.
    const values = texts(list, 0).filter((o) => /^\d+$/.test(o.text));
    const labelsLeft = Math.min(...values.map((o) => o.px));
    expect(labelsLeft).toBeCloseTo(frameLeft + em(t.face.ascent - t.face.descent) + 2 * 0.3 * 14, 0);
  });
});

describe('exploded 2-D pies (c:explosion)', () => {
  it('move each slice out by its share of the radius, the pie shrunk so that they stay in the plot', async () => {
    // The pie of the fixture (slide 6): four slices; their apexes (the first point of each path).
    const apexes = async (edit: (xml: string) => string) => {
      const pkg = OpcPackage.open(fixture('charts'));
      const part = 'ppt/charts/chart6.xml';
      pkg.set(part, new TextEncoder().encode(edit(new TextDecoder().decode(pkg.get(part)!))));
      const slices = (listOf(await pkg.save()).list.pages[5]!.ops as PathOp[]).filter((o) => o.kind === 'path' && o.commands.length >= 4 && o.commands[1]!.op === 'L' && o.commands.some((c) => c.op === 'C'));
      return slices.map((o) => {
        const m = o.commands[0] as { x: number; y: number };
        const l = o.commands[1] as { x: number; y: number };
        return { x: m.x, y: m.y, r: Math.hypot(l.x - m.x, l.y - m.y) };
      });
    };
    const whole = await apexes((x) => x);
    const exploded = await apexes((x) => x.replace('<c:order val="0"/>', '<c:order val="0"/><c:explosion val="25"/>'));
    expect(whole.length).toBe(4);
    expect(exploded.length).toBe(4);
    // One centre for the whole pie; four for the exploded one, a quarter of the (smaller) radius out.
    const c = whole[0]!;
    for (const p of whole) expect(Math.hypot(p.x - c.x, p.y - c.y)).toBeLessThan(1e-6);
    for (const p of exploded) {
      expect(p.r).toBeCloseTo(c.r / 1.25, 4);
      expect(Math.hypot(p.x - c.x, p.y - c.y)).toBeCloseTo(0.25 * p.r, 4);
    }
  });
});
