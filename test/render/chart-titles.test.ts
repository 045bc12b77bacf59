/**
 * Chart and axis titles (src/render/chart/draw.ts): the turn of an axis title's text (its
 * a:bodyPr rot), titles moved by c:manualLayout, and the room the diagram leaves for a title that
 * does not overlay it (c:overlay 0), wherever the title was moved.
 */
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { apply } from '../../src/render/matrix.js';
import type { PathOp } from '../../src/render/ops.js';
import { fixture, listOf, textWith } from './helpers/fixtures.js';

const CHART = 'ppt/charts/chart1.xml';
// The chart's graphic frame on slide 1 of the charts fixture, in points.
const FRAME = { x: 36, y: 64.8, w: 648, h: 316.8 };

async function variant(edit: (xml: string) => string) {
  const pkg = OpcPackage.open(fixture('charts'));
  pkg.set(CHART, new TextEncoder().encode(edit(new TextDecoder().decode(pkg.get(CHART)!))));
  return listOf(await pkg.save()).list;
}

const manual = (x: number, y: number) => `<c:layout><c:manualLayout><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${x}"/><c:y val="${y}"/></c:manualLayout></c:layout>`;
/** A value-axis title "Height in cm", with its own a:bodyPr and layout. */
const axisTitle = (bodyPr: string, layout = '') => (xml: string) =>
  xml.replace('</c:majorGridlines>', `</c:majorGridlines><c:title><c:tx><c:rich>${bodyPr}<a:lstStyle/><a:p><a:r><a:rPr sz="1200"/><a:t>Height in cm</a:t></a:r></a:p></c:rich></c:tx>${layout}<c:overlay val="0"/></c:title>`);
/** The turn of a text operation on the page, in degrees. */
const turn = (m: readonly number[]) => Math.round((Math.atan2(m[1]!, m[0]!) * 180) / Math.PI);
/** The top of the plot: the highest horizontal gridline (#888888) of page 1. */
function plotTop(list: Awaited<ReturnType<typeof variant>>): number {
  const ys = list.pages[0]!.ops
    .filter((o): o is PathOp => o.kind === 'path' && o.commands.length === 2 && !!o.stroke && Math.round(o.stroke.color.r * 255) === 0x88)
    .map((o) => {
      const [a, b] = o.commands as { x: number; y: number }[];
      const p = apply(o.transform, a!.x, a!.y);
      const q = apply(o.transform, b!.x, b!.y);
      return Math.abs(p.y - q.y) < 0.01 ? p.y : Infinity;
    });
  return Math.min(...ys);
}

describe('axis titles', () => {
  it('the title beside the value axis reads upwards by default', async () => {
    const list = await variant(axisTitle('<a:bodyPr/>'));
    expect(Math.abs(turn(textWith(list, 'Height').transform))).toBe(90);
  });

  it('a:bodyPr rot="0" keeps it horizontal, wrapped to a fifth of the chart, and the plot moves right of it', async () => {
    const upright = await variant(axisTitle('<a:bodyPr rot="0" vert="horz"/>'));
    const t = textWith(upright, 'Height');
    expect(turn(t.transform)).toBe(0);
    const up = await variant(axisTitle('<a:bodyPr/>'));
    // Horizontal, the title takes more width than turned: the value labels stand further right.
    expect(textWith(upright, '0').px).toBeGreaterThan(textWith(up, '0').px + 10);
    expect(textWith(upright, 'Height').px).toBeLessThan(FRAME.x + FRAME.w * 0.2);
  });

  it('c:manualLayout puts the title\'s top-left corner at its x and y (fractions of the chart)', async () => {
    const list = await variant(axisTitle('<a:bodyPr rot="0" vert="horz"/>', manual(0.05, 0.5)));
    const t = textWith(list, 'Height');
    expect(t.px).toBeGreaterThanOrEqual(FRAME.x + 0.05 * FRAME.w - 0.5);
    expect(t.px).toBeLessThan(FRAME.x + 0.05 * FRAME.w + 20);
    // The baseline of the first line: below the top, within one line of 12 pt text after the
    // title frame's padding (0.3 × 12 pt, LibreOffice's).
    expect(t.py).toBeGreaterThan(FRAME.y + 0.5 * FRAME.h + 0.3 * 12);
    expect(t.py).toBeLessThan(FRAME.y + 0.5 * FRAME.h + 0.3 * 12 + 15);
  });
});

describe('the chart title', () => {
  it('moved by c:manualLayout, still keeps the diagram clear of it (c:overlay 0)', async () => {
    const auto = await variant((xml) => xml);
    const moved = await variant((xml) => xml.replace(/(<c:title>[\s\S]*?)<c:layout\/>/, `$1${manual(0.05, 0.02)}`));
    expect(textWith(moved, 'Visits').px).toBeLessThan(textWith(auto, 'Visits').px - 100);
    expect(plotTop(moved)).toBeCloseTo(plotTop(auto), 1);
    expect(plotTop(moved)).toBeGreaterThan(textWith(moved, 'Visits').py);
  });

  it('an overlay title takes no room', async () => {
    const auto = await variant((xml) => xml);
    const over = await variant((xml) => xml.replace(/(<c:title>[\s\S]*?)<c:overlay val="0"\/>/, '$1<c:overlay val="1"/>'));
    expect(plotTop(over)).toBeLessThan(plotTop(auto) - 10);
  });
});
