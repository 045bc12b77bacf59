/**
 * Table rows (a:tr) grow to fit their cells' text, empty cells included: PowerPoint gives an
 * empty cell's paragraph one line of its a:endParaRPr size (1.2 x the size) plus the cell's
 * margins. The graphic frames of PowerPoint decks in the external corpus record the grown height
 * (ShapeCrawler autoshapes_009_table slide 3, tika testPPT_groups slide 2, poi HowWeRefactor
 * slide 16; docs/renderer.md). A merged cell (rowSpan) whose text needs more than its rows grows
 * the last of them (poi table_test2's frame holds the growth; LibreOffice grows the last row).
 */
import { describe, expect, it } from 'vitest';
import { apply } from '../../../src/render/matrix.js';
import { toHex } from '../../../src/render/color/rgba.js';
import type { PathOp } from '../../../src/render/ops.js';
import { miniDeck } from '../../edit/helpers/mini-deck.js';
import { listOf, textWith } from '../helpers/fixtures.js';

const EMU_PER_PT = 12700;

function tableFrame(rows: string, cy: number): string {
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Rows"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="914400" y="914400"/><a:ext cx="3657600" cy="${cy}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblGrid><a:gridCol w="1828800"/><a:gridCol w="1828800"/></a:tblGrid>${rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
}

/** A cell filled with `color`; `paras` is the a:p content; `margins` the tcPr margin attributes. */
function cell(color: string, paras: string, margins = ''): string {
  return `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>${paras}</a:p></a:txBody><a:tcPr${margins}><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:tcPr></a:tc>`;
}

function solidHex(op: PathOp): string | undefined {
  return op.fill?.kind === 'solid' ? toHex(op.fill.color) : undefined;
}

/** Top and bottom (page points) of the cell fill in `hex`. */
function fillSpan(ops: readonly { kind: string }[], hex: string): { top: number; bottom: number } {
  const op = ops.find((o): o is PathOp => o.kind === 'path' && (o as PathOp).fill?.kind === 'solid' && solidHex(o as PathOp) === hex);
  if (!op) throw new Error(`no fill ${hex}`);
  const ys = op.commands.flatMap((c) => ('x' in c && 'y' in c ? [apply(op.transform, c.x, c.y).y] : []));
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('table rows grow to fit their cells', () => {
  it('an empty cell takes one line of its end-of-paragraph size: empty rows saved lower grow, and the rows below move down', async () => {
    const low = 100000; // 7.87 pt, lower than any line
    const rows =
      `<a:tr h="${low}">${cell('FF0000', '<a:endParaRPr lang="en-US" sz="1800"/>')}${cell('FF0001', '<a:endParaRPr lang="en-US" sz="1800"/>')}</a:tr>` +
      `<a:tr h="${low}">${cell('00FF00', '<a:endParaRPr lang="en-US" sz="1000"/>', ' marT="0" marB="0"')}${cell('00FF01', '<a:endParaRPr lang="en-US" sz="1000"/>', ' marT="0" marB="0"')}</a:tr>` +
      `<a:tr h="370840">${cell('0000FF', '<a:r><a:rPr lang="en-US" sz="1200"/><a:t>Below</a:t></a:r>')}${cell('0000FE', '<a:endParaRPr lang="en-US" sz="1200"/>')}</a:tr>`;
    const { list, warnings } = listOf(await miniDeck({ slides: [{ shapes: tableFrame(rows, 2 * low + 370840) }] }));
    expect(warnings.filter((w) => w.code !== 'W_FONT_MISSING')).toEqual([]);
    const ops = list.pages[0]!.ops;
    const top = 914400 / EMU_PER_PT;
    // 18 pt: 1.2 x 18 + the default margins 3.6 + 3.6 (marT/marB 45720 EMU).
    const first = fillSpan(ops, '#ff0000');
    expect(first.top).toBeCloseTo(top, 3);
    expect(first.bottom - first.top).toBeCloseTo(28.8, 3);
    // 10 pt without margins: 1.2 x 10.
    const second = fillSpan(ops, '#00ff00');
    expect(second.top).toBeCloseTo(top + 28.8, 3);
    expect(second.bottom - second.top).toBeCloseTo(12, 3);
    // The third row keeps its saved 29.2 pt and starts below the grown rows; its text's baseline
    // is its top + 3.6 pt margin + 12 pt (a 1.2 x 12 pt line, baseline 1.0 x the size down).
    const third = fillSpan(ops, '#0000ff');
    expect(third.top).toBeCloseTo(top + 40.8, 3);
    expect(third.bottom - third.top).toBeCloseTo(370840 / EMU_PER_PT, 3);
    expect(textWith(list, 'Below').py).toBeCloseTo(top + 40.8 + 3.6 + 12, 2);
  });

  it('an empty cell no taller than its saved row leaves the row as saved', async () => {
    const rows = `<a:tr h="457200">${cell('FF0000', '<a:endParaRPr lang="en-US" sz="1800"/>')}${cell('FF0001', '<a:endParaRPr lang="en-US" sz="1800"/>')}</a:tr>`;
    const { list } = listOf(await miniDeck({ slides: [{ shapes: tableFrame(rows, 457200) }] }));
    const span = fillSpan(list.pages[0]!.ops, '#ff0000');
    expect(span.bottom - span.top).toBeCloseTo(36, 3);
  });

  it('a merged cell (rowSpan) taller than its rows grows the last of them', async () => {
    const h = 254000; // 20 pt
    const paras = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'].map((t) => `<a:r><a:rPr lang="en-US" sz="1200"/><a:t>${t}</a:t></a:r>`).join('</a:p><a:p>');
    const merged = cell('FFCC00', paras).replace('<a:tc>', '<a:tc rowSpan="3">');
    const cont = '<a:tc vMerge="1"><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US" sz="1200"/></a:p></a:txBody><a:tcPr/></a:tc>';
    const text = (t: string, color: string) => cell(color, `<a:r><a:rPr lang="en-US" sz="1200"/><a:t>${t}</a:t></a:r>`);
    const rows =
      `<a:tr h="${h}">${merged}${text('r1', 'FF0000')}</a:tr>` +
      `<a:tr h="${h}">${cont}${text('r2', '00FF00')}</a:tr>` +
      `<a:tr h="${h}">${cont}${text('r3', '0000FF')}</a:tr>` +
      `<a:tr h="${h}">${text('after', '000001')}${text('after', '000002')}</a:tr>`;
    const { list } = listOf(await miniDeck({ slides: [{ shapes: tableFrame(rows, 4 * h) }] }));
    const ops = list.pages[0]!.ops;
    const top = 914400 / EMU_PER_PT;
    // One 12 pt line and the margins: 21.6 pt for each single row.
    expect(fillSpan(ops, '#ff0000').bottom - fillSpan(ops, '#ff0000').top).toBeCloseTo(21.6, 3);
    expect(fillSpan(ops, '#00ff00').bottom - fillSpan(ops, '#00ff00').top).toBeCloseTo(21.6, 3);
    // Eight lines and the margins, 122.4 pt, over the three rows: the last takes the rest.
    const merged3 = fillSpan(ops, '#ffcc00');
    expect(merged3.top).toBeCloseTo(top, 3);
    expect(merged3.bottom - merged3.top).toBeCloseTo(122.4, 3);
    expect(fillSpan(ops, '#0000ff').bottom - fillSpan(ops, '#0000ff').top).toBeCloseTo(122.4 - 43.2, 3);
    expect(textWith(list, 'after').py).toBeCloseTo(top + 122.4 + 3.6 + 12, 2);
  });
});
