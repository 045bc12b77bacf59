/**
 * Category labels of a 3-D column chart (src/render/chart/draw3d.ts) wrap at spaces to the space
 * between two categories, as in 2-D charts; they turn 45° only when a word is wider than that
 * space. PowerPoint's own thumbnail of Open-XML-SDK presentation_test shows "2nd / Qtr" wrapped
 * under its column, where we turned all four labels. The charts-3d fixture's first chart (3-D
 * columns) with longer category names, edited in memory.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { fixture, listOf, texts } from './helpers/fixtures.js';

const CHART = 'ppt/charts/chart1.xml';

async function withCategories(names: Record<string, string>, edit: (xml: string) => string = (x) => x) {
  const pkg = OpcPackage.open(fixture('charts-3d'));
  let xml = edit(new TextDecoder().decode(pkg.get(CHART)!));
  for (const [from, to] of Object.entries(names)) xml = xml.split(`<c:v>${from}</c:v>`).join(`<c:v>${to}</c:v>`);
  pkg.set(CHART, new TextEncoder().encode(xml));
  return listOf(await pkg.save()).list;
}

/** The turn of a text operation, in degrees. */
const turn = (m: readonly number[]) => Math.round((Math.atan2(m[1]!, m[0]!) * 180) / Math.PI);

describe('3-D category labels', () => {
  it('wider than their band but made of short words: wrapped at the space, upright', async () => {
    const list = await withCategories({ North: 'Northern Region Sales Office Total', South: 'Southern Region Sales Office Total', East: 'Eastern Region Sales Office Total', West: 'Western Region Sales Office Total' });
    const ops = texts(list).filter((t) => /Northern|Southern|Eastern|Western|Region|Sales|Office|Total/.test(t.text));
    expect(ops.length).toBeGreaterThanOrEqual(8);
    for (const t of ops) expect(turn(t.transform)).toBe(0);
    const north = ops.find((t) => t.text.includes('Northern'))!;
    const region = ops.filter((t) => t.text.includes('Total')).sort((a, b) => Math.abs(a.px - north.px) - Math.abs(b.px - north.px))[0]!;
    // The rest of the label on the lines under "Northern".
    expect(region.py).toBeGreaterThan(north.py + 5);
  });

  it('with a word wider than the band: all turned 45°', async () => {
    const long = 'Northernmostsubregionalheadquarters';
    const list = await withCategories({ North: long, South: 'South', East: 'East', West: 'West' });
    const ops = texts(list).filter((t) => [long, 'South', 'East', 'West'].some((w) => t.text.includes(w)) && !t.text.includes('Bookings'));
    expect(ops.length).toBeGreaterThanOrEqual(4);
    for (const t of ops) expect(turn(t.transform)).toBe(-45);
  });

  it('an axis with c:tickLblPos none draws none of them, wrapped or not', async () => {
    const noLabels = (xml: string) => xml.replace(/(<c:catAx>[\s\S]*?)<c:tickLblPos val="low"\/>/, '$1<c:tickLblPos val="none"/>');
    const list = await withCategories({ North: 'Northern Region Sales Office Total' }, noLabels);
    expect(texts(list).some((t) => /Northern|Total|South/.test(t.text))).toBe(false);
  });
});
