/**
 * Renderer fixes found by the fidelity run on the external corpus (npm run fidelity -- --external),
 * each asserted on the real deck that showed it (read from the mirrored repositories,
 * test/helpers/external-corpus.ts). Skips with a printed reason when the mirrors are absent.
 */
import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/render/color/rgba.js';
import { apply } from '../../src/render/matrix.js';
import type { PathOp } from '../../src/render/ops.js';
import { unavailableReason } from '../helpers/external-corpus.js';
import { externalDeckList } from '../render/helpers/external-deck.js';

const reason = unavailableReason();
if (reason) console.log(`skipped: renderer fixes on external decks: ${reason}`);


const paths = (ops: readonly { kind: string }[]) => ops.filter((o): o is PathOp => o.kind === 'path');

describe.skipIf(reason !== undefined)('renderer fixes on external decks', () => {
  it('table styles: borders given as theme line styles (a:lnRef) and the table background (a:tblBg)', async () => {
    // Open-XML-SDK bvt_O12Typical, slide 6: "Themed Style 1" (ppt/tableStyles.xml) draws every
    // border as a:lnRef idx="1" in accent1 and fills the table with a:tblBg/a:fillRef idx="2"
    // (the theme's first gradient, in accent1). Both were left out: a borderless white table
    // (26 % of the page differed from LibreOffice's, 3 % after).
    const { list } = await externalDeckList('Open-XML-SDK__ets_assets_TestDataStorage_v2FxTestFiles_bvt_O12Typical.pptx');
    const ops = paths(list.pages[5]!.ops);
    // accent1 of the deck's theme.
    const accent1 = '#4f81bd';
    const borders = ops.filter((o) => o.stroke && o.commands.length === 2 && toHex(o.stroke.color) === accent1);
    // 5 columns × 5 rows: at least the outer frame and the horizontal lines of the body rows.
    expect(borders.length).toBeGreaterThanOrEqual(20);
    // The theme's line styles 1 (6350 EMU, 0.5 pt: every border) and 2 (25400 EMU, 2 pt: the
    // right edge of the first column, a:firstCol's a:right lnRef idx="2", in the four body rows;
    // the header row has no inside vertical lines, a:firstRow's a:insideV is a:noFill).
    const widths = borders.map((o) => Math.round(o.stroke!.width * 100) / 100);
    expect(new Set(widths)).toEqual(new Set([0.5, 2]));
    expect(widths.filter((w) => w === 2).length).toBe(4);
    // The background: one gradient rectangle as large as the table (5 × 1645920 EMU wide).
    const bg = ops.find((o) => o.fill?.kind === 'linear' && o.commands.some((c) => 'x' in c && Math.abs(c.x - (5 * 1645920) / 12700) < 0.01));
    expect(bg, 'a gradient fill spanning the table').toBeDefined();
  }, 60_000);

  it('charts: a picture or texture fill of the chart area (a:blipFill in c:chartSpace/c:spPr) is drawn', async () => {
    // poi chart-picture-bg (a stretched picture) and chart-texture-bg (a tiled texture): the
    // only pictures of each deck are the chart area's fill, which was left out (40 % of the page
    // differed from LibreOffice's, under 2 % after).
    for (const file of ['poi__test-data_slideshow_chart-picture-bg.pptx', 'poi__test-data_slideshow_chart-texture-bg.pptx']) {
      const { list, warnings } = await externalDeckList(file);
      const images = list.pages[0]!.ops.filter((o) => o.kind === 'image');
      expect(images.length, file).toBeGreaterThanOrEqual(1);
      expect(warnings.filter((w) => w.code.startsWith('W_IMAGE')), file).toEqual([]);
    }
  }, 60_000);
  it('tables: rows of empty cells grow to one line of their end-of-paragraph size, as the saved frame height says', async () => {
    // tika testPPT_groups, slide 2: a 4 × 3 table of empty cells (18 pt, the default size, and
    // the default margins) whose rows are saved 25.1 pt high (a:tr h="319106"); PowerPoint laid
    // them out 28.8 pt high (1.2 x 18 + 3.6 + 3.6): the graphic frame's saved height is 3 x 28.8
    // = 86.4 pt (1097280 EMU). Empty cells did not grow their rows: the table was 75.4 pt high.
    // ShapeCrawler autoshapes_009_table, slide 3: three rows saved 28.0 pt, the first holding two
    // 18 pt bulleted paragraphs (three lines, 72 pt), the other two empty 18 pt cells: 28.8 pt
    // each, 129.6 pt in all as its frame (1645920 EMU) says; it was 128.0 pt.
    const cases = [
      { file: 'tika__module_src_test_resources_test-documents_testPPT_groups.pptx', page: 1, x: 838200, y: 1825625, cx: 3352136, cy: 1097280, rows: [0, 28.8, 57.6] },
      { file: 'ShapeCrawler__tests_ShapeCrawler.DevTests_Assets_autoshapes_009_table.pptx', page: 2, x: 3159241, y: 394849, cx: 5597640, cy: 1645920, rows: [0, 72, 100.8] },
    ];
    for (const c of cases) {
      const { list } = await externalDeckList(c.file);
      const top = c.y / 12700;
      const left = c.x / 12700;
      const right = left + c.cx / 12700;
      // The cells' fills (the table style's bands): their boxes on the page, those starting
      // inside the frame's saved box (other shapes of the slide lie below it).
      const boxes = paths(list.pages[c.page]!.ops)
        .filter((o) => o.fill?.kind === 'solid')
        .map((o) => {
          const pts = o.commands.flatMap((k) => ('x' in k && 'y' in k ? [apply(o.transform, k.x, k.y)] : []));
          return { x0: Math.min(...pts.map((p) => p.x)), x1: Math.max(...pts.map((p) => p.x)), y0: Math.min(...pts.map((p) => p.y)), y1: Math.max(...pts.map((p) => p.y)) };
        })
        .filter((b) => b.x0 >= left - 0.01 && b.x1 <= right + 0.01 && b.y0 >= top - 0.01 && b.y0 < top + c.cy / 12700);
      const rowTops = [...new Set(boxes.map((b) => Math.round(b.y0 * 100) / 100))].sort((a, b) => a - b);
      expect(rowTops, c.file).toEqual(c.rows.map((r) => Math.round((top + r) * 100) / 100));
      expect(Math.max(...boxes.map((b) => b.y1)), c.file).toBeCloseTo(top + c.cy / 12700, 2);
    }
  }, 120_000);
});
