/**
 * A chart's theme override (a:themeOverride, named by the chart part's `themeOverride`
 * relationship; charts pasted from Excel carry the workbook's theme this way): its colours and
 * fonts replace the slide theme's for that chart only (src/render/chart/index.ts).
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { toHex } from '../../src/render/color/rgba.js';
import type { PathOp, TextOp } from '../../src/render/ops.js';
import { fixture, listOf } from './helpers/fixtures.js';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const CHART = 'ppt/charts/chart1.xml';
const OVERRIDE = 'ppt/theme/themeOverride1.xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/themeOverride';

const clr = (slot: string, hex: string) => `<a:${slot}><a:srgbClr val="${hex}"/></a:${slot}>`;
const overrideXml = `<a:themeOverride xmlns:a="${A}"><a:clrScheme name="Book">${clr('dk1', '000000')}${clr('lt1', 'FFFFFF')}${clr('dk2', '1F497D')}${clr('lt2', 'EEECE1')}${clr('accent1', 'C0FFEE')}${clr('accent2', 'BADA55')}${clr('accent3', '9BBB59')}${clr('accent4', '8064A2')}${clr('accent5', '4BACC6')}${clr('accent6', 'F79646')}${clr('hlink', '0000FF')}${clr('folHlink', '800080')}</a:clrScheme><a:fontScheme name="Book"><a:majorFont><a:latin typeface="Lora"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Merriweather"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeOverride>`;

/** The charts fixture's first chart with its series left to the theme and its text in the theme's minor font. */
async function chartDeck(withOverride: boolean, overrideBytes = overrideXml) {
  const pkg = OpcPackage.open(fixture('charts'));
  const xml = new TextDecoder().decode(pkg.get(CHART)!);
  const bare = xml
    .replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (ser) => ser.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, ''))
    .replace(/<a:latin typeface="Inter"\/>/g, '');
  pkg.set(CHART, new TextEncoder().encode(bare));
  if (withOverride) {
    pkg.set(OVERRIDE, new TextEncoder().encode(overrideBytes), 'application/vnd.openxmlformats-officedocument.themeOverride+xml');
    pkg.rels(CHART).add(REL, '../theme/themeOverride1.xml');
  }
  return listOf(await pkg.save());
}

const fills = (ops: readonly unknown[]) => (ops as PathOp[]).filter((o) => o.kind === 'path' && o.fill?.kind === 'solid').map((o) => (o.fill?.kind === 'solid' ? toHex(o.fill.color) : ''));
const fonts = (ops: readonly unknown[]) => new Set((ops as TextOp[]).filter((o) => o.kind === 'text').map((o) => o.face.family));

describe('a chart with a theme override', () => {
  it('draws its series in the override\'s accents, not the slide theme\'s', async () => {
    const plain = (await chartDeck(false)).list.pages[0]!.ops;
    const over = (await chartDeck(true)).list.pages[0]!.ops;
    expect(fills(plain)).toContain('#4472c4');
    expect(fills(plain)).not.toContain('#c0ffee');
    expect(fills(over)).toContain('#c0ffee');
    expect(fills(over)).toContain('#bada55');
    expect(fills(over)).not.toContain('#4472c4');
  });

  it('sets its text in the override\'s minor font', async () => {
    const plain = fonts((await chartDeck(false)).list.pages[0]!.ops);
    const over = fonts((await chartDeck(true)).list.pages[0]!.ops);
    expect([...plain].some((f) => /Merriweather/i.test(f))).toBe(false);
    expect([...over].some((f) => /Merriweather/i.test(f))).toBe(true);
  });

  it('keeps the slide theme for the shapes around the chart and after it', async () => {
    const { list } = await chartDeck(true);
    // Slide 2 has no override: its chart is in the slide theme's accent 1.
    const later = list.pages.slice(1).flatMap((p) => fills(p.ops));
    expect(later).not.toContain('#c0ffee');
  });

  it('is left out, with the slide theme drawn, when the override part is not XML', async () => {
    const { list } = await chartDeck(true, 'not xml <');
    expect(fills(list.pages[0]!.ops)).toContain('#4472c4');
  });
});
