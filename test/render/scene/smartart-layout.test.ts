/**
 * SmartArt without a saved drawing laid out from its data (src/render/scene/smartart/): hand-made
 * diagram parts (test/render/helpers/smartart.ts) whose dsp:drawing is empty, one layout at a time:
 * where the shapes and their text go, the colours of the colours part resolved through the theme
 * (a rebrand recolours them), text fitted to one size per group, and the plain-list fallback for
 * a layout we do not lay out.
 */
import { describe, expect, it } from 'vitest';
import type { PathOp } from '../../../src/render/ops.js';
import { officeTheme } from '../../edit/helpers/mini-deck.js';
import { inspect } from '../../../src/inspect/inspect.js';
import { listOf, texts } from '../helpers/fixtures.js';
import { laidOutDiagram } from '../helpers/smartart.js';

const skipped = (warnings: { code: string; message: string }[]) => warnings.filter((w) => w.code === 'W_RENDER_SKIPPED').map((w) => w.message);
const hex = (c: { r: number; g: number; b: number }) => [c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
/** Filled paths of the page with their bounds on the page. */
function filled(bytes: Uint8Array) {
  const { list } = listOf(bytes);
  return list.pages[0]!.ops
    .filter((o): o is PathOp => o.kind === 'path' && o.fill?.kind === 'solid')
    .map((o) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const c of o.commands) {
        const pts = 'x' in c ? [[c.x, c.y]] : [];
        for (const [x, y] of pts as [number, number][]) {
          const m = o.transform;
          xs.push(m[0] * x + m[2] * y + m[4]);
          ys.push(m[1] * x + m[3] * y + m[5]);
        }
      }
      return { color: hex((o.fill as { color: { r: number; g: number; b: number } }).color), x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    });
}

const FRAME = { x: 457200, y: 914400, cx: 6858000, cy: 4572000 }; // 36 pt, 72 pt; 540 × 360 pt
const ROWS = [
  { text: 'Plan', children: [{ text: 'Set the goal' }, { text: 'Name the owner' }] },
  { text: 'Build', children: [{ text: 'Write the code' }] },
  { text: 'Ship', children: [{ text: 'Release it' }] },
];

describe('vList5: label boxes on the left, their bullets on the right', () => {
  it('draws one row per top-level node, with a warning that says the diagram was laid out', async () => {
    const bytes = await laidOutDiagram('vList5', ROWS, { frame: FRAME });
    const { list, warnings } = listOf(bytes);
    const t = texts(list);
    const at = (s: string) => t.find((o) => o.text.includes(s))!;
    for (const s of ['Plan', 'Build', 'Ship', 'Set the goal', 'Name the owner', 'Write the code', 'Release it']) expect(at(s), s).toBeDefined();
    // Labels in the left 36 % of the frame, bullets right of it.
    for (const s of ['Plan', 'Build', 'Ship']) expect(at(s).px).toBeLessThan(36 + 540 * 0.36);
    for (const s of ['Set the goal', 'Write the code', 'Release it']) expect(at(s).px).toBeGreaterThan(36 + 540 * 0.36);
    // Rows from the top: each label level with its bullets, rows in order.
    expect(at('Plan').py).toBeLessThan(at('Build').py);
    expect(at('Build').py).toBeLessThan(at('Ship').py);
    expect(Math.abs(at('Write the code').py - at('Build').py)).toBeLessThan(20);
    // One size for every label (primFontSz "equ"), another for every bullet.
    expect(new Set(['Plan', 'Build', 'Ship'].map((s) => at(s).size)).size).toBe(1);
    expect(new Set(['Set the goal', 'Write the code', 'Release it'].map((s) => at(s).size)).size).toBe(1);
    expect(skipped(warnings)).toEqual(['slide 1: 1 SmartArt diagram(s) without a saved drawing laid out from their data (our layout of a built-in SmartArt layout; PowerPoint may place and size shapes a little differently)']);
  });

  it('sizes the boxes as the layout definition does: rows 5 % apart, labels 36 % wide, bullet boxes 80 % of a row high', async () => {
    const boxes = filled(await laidOutDiagram('vList5', ROWS, { frame: FRAME }));
    const labels = boxes.filter((b) => b.color === '4F81BD');
    expect(labels).toHaveLength(3);
    const rowH = 360 / (3 + 0.1);
    labels.forEach((b, i) => {
      expect(b.x0).toBeCloseTo(36, 0);
      expect(b.x1 - b.x0).toBeCloseTo(540 * 0.36, 0);
      expect(b.y0).toBeCloseTo(72 + i * rowH * 1.05, 0);
      expect(b.y1 - b.y0).toBeCloseTo(rowH, 0);
    });
    // accent1 at 40 % tint (alignAccFollowNode1): one box per row, beside the label.
    const bullets = boxes.filter((b) => b.color !== '4F81BD');
    expect(bullets).toHaveLength(3);
    for (const b of bullets) {
      expect(b.x0).toBeCloseTo(36 + 540 * 0.36, 0);
      expect(b.x1).toBeCloseTo(36 + 540, 0);
      expect(b.y1 - b.y0).toBeCloseTo(rowH * 0.8, 0);
    }
  });

  it('follows the theme: another accent1 recolours the boxes', async () => {
    const theme = officeTheme().replace('<a:accent1><a:srgbClr val="4F81BD"/>', '<a:accent1><a:srgbClr val="2E7D32"/>');
    const colors = new Set(filled(await laidOutDiagram('vList5', ROWS, { frame: FRAME, themes: [theme] })).map((b) => b.color));
    expect(colors.has('2E7D32')).toBe(true);
    expect(colors.has('4F81BD')).toBe(false);
  });

  it("keeps a node's own fill (dgm:spPr) and its own text size (custT)", async () => {
    const rows = [{ text: 'Plan', spPr: '<a:solidFill><a:srgbClr val="FF0000"/></a:solidFill>', sz: 1100, children: [{ text: 'Set the goal' }] }, ...ROWS.slice(1)];
    const bytes = await laidOutDiagram('vList5', rows, { frame: FRAME });
    expect(filled(bytes).filter((b) => b.color === 'FF0000')).toHaveLength(1);
    const t = texts(listOf(bytes).list);
    expect(t.find((o) => o.text === 'Plan')!.size).toBe(11);
    // The others are fitted (larger here: short words in tall boxes).
    expect(t.find((o) => o.text === 'Build')!.size).toBeGreaterThan(11);
  });

  it('shrinks long text to fit its box', async () => {
    const long = 'a rather long description of the step that needs several lines to fit into the box on the right';
    const { list, warnings } = listOf(await laidOutDiagram('vList5', [{ text: 'One', children: [{ text: long }, { text: long }, { text: long }] }, ...ROWS.slice(1)], { frame: FRAME }));
    const sizes = texts(list).filter((o) => !['One', 'Build', 'Ship'].includes(o.text)).map((o) => o.size);
    expect(Math.max(...sizes)).toBeLessThan(20);
    expect(warnings.filter((w) => w.code === 'W_TEXT_OVERFLOW')).toEqual([]);
    // In whole points, as PowerPoint fits SmartArt text (every fitted size in its saved drawings is one).
    for (const size of sizes) expect(Number.isInteger(size), `${size} pt`).toBe(true);
  });
});

describe('a layout we do not lay out', () => {
  it('is drawn as a plain list of its text, with a warning', async () => {
    const { list, warnings } = listOf(await laidOutDiagram('gear1', ROWS, { frame: FRAME }));
    expect(texts(list).map((t) => t.text).join(' ')).toContain('Plan');
    expect(skipped(warnings)).toEqual(['slide 1: 1 SmartArt diagram(s) without a saved drawing drawn as a plain list of their text']);
  });

  it("draws the list over the diagram's background (dgm:bg), in the theme's colour, over the whole frame", async () => {
    // poi stress022's process4 diagrams: accent5 at 20 % luminance, which PowerPoint (and
    // LibreOffice) fill the frame with whatever the layout draws over it.
    const bg = '<a:solidFill><a:schemeClr val="accent5"><a:lumMod val="20000"/><a:lumOff val="80000"/></a:schemeClr></a:solidFill>';
    const bytes = await laidOutDiagram('process4', ROWS, { frame: FRAME, bg });
    const boxes = filled(bytes);
    expect(boxes).toHaveLength(1);
    // accent5 4BACC6 at lumMod 20 % lumOff 80 % (in HSL).
    expect(boxes[0]!.color).toBe('DBEEF4');
    expect([boxes[0]!.x0, boxes[0]!.y0, boxes[0]!.x1, boxes[0]!.y1].map(Math.round)).toEqual([36, 72, 576, 432]);
    // The text over it.
    const { list } = listOf(bytes);
    const ops = list.pages[0]!.ops;
    const fillAt = ops.findIndex((o) => o.kind === 'path' && o.fill?.kind === 'solid');
    const textAt = ops.findIndex((o) => o.kind === 'text' && o.text.includes('Plan'));
    expect(fillAt).toBeGreaterThanOrEqual(0);
    expect(textAt).toBeGreaterThan(fillAt);
    // A rebrand recolours it.
    const theme = officeTheme().replace('<a:accent5><a:srgbClr val="4BACC6"/>', '<a:accent5><a:srgbClr val="000000"/>');
    expect(filled(await laidOutDiagram('process4', ROWS, { frame: FRAME, bg, themes: [theme] })).map((b) => b.color)).toEqual(['CCCCCC']);
  });

  it('draws no background where the data sets none', async () => {
    expect(filled(await laidOutDiagram('process4', ROWS, { frame: FRAME }))).toEqual([]);
  });
});

describe('vList6: label boxes with an arrow of bullets behind them', () => {
  it('draws rows 10 % apart: the label 40 % wide, then the arrow over the remaining 60 %', async () => {
    const bytes = await laidOutDiagram('vList6', ROWS, { frame: FRAME });
    const boxes = filled(bytes);
    const rowH = 360 / (3 + 0.2);
    const labels = boxes.filter((b) => b.color === '4F81BD');
    expect(labels.map((b) => [Math.round(b.x0), Math.round(b.x1 - b.x0), Math.round(b.y0 - 72), Math.round(b.y1 - b.y0)])).toEqual(
      [0, 1, 2].map((i) => [36, Math.round(540 * 0.4), Math.round(i * rowH * 1.1), Math.round(rowH)]),
    );
    const arrows = boxes.filter((b) => b.color !== '4F81BD');
    expect(arrows).toHaveLength(3);
    for (const a of arrows) {
      expect(a.x0).toBeCloseTo(36 + 540 * 0.4, 0);
      expect(a.x1).toBeCloseTo(36 + 540, 0);
    }
    const t = texts(listOf(bytes).list);
    expect(t.find((o) => o.text === 'Write the code')!.px).toBeGreaterThan(36 + 540 * 0.4);
  });

  it("draws the diagram's background (dgm:bg) behind its shapes", async () => {
    const bytes = await laidOutDiagram('vList6', ROWS, { frame: FRAME, bg: '<a:solidFill><a:srgbClr val="EEEEFF"/></a:solidFill>' });
    const boxes = filled(bytes);
    const bg = boxes.findIndex((b) => b.color === 'EEEEFF');
    expect(bg).toBeGreaterThanOrEqual(0);
    expect([boxes[bg]!.x0, boxes[bg]!.y0, boxes[bg]!.x1, boxes[bg]!.y1].map(Math.round)).toEqual([36, 72, 576, 432]);
    expect(bg).toBeLessThan(boxes.findIndex((b) => b.color === '4F81BD'));
  });
});

describe('chevron2: chevrons pointing down, their bullets beside them', () => {
  it('draws one chevron per node in the colours of the colours part, in turn, and the bullets right of it', async () => {
    const bytes = await laidOutDiagram('chevron2', ROWS, { frame: FRAME });
    const boxes = filled(bytes);
    // alignNode1 lists accent2 and accent3 ("repeat": taken in turn): rows 1 and 3 accent2.
    const chevrons = boxes.filter((b) => b.color === 'C0504D' || b.color === '9BBB59');
    expect(chevrons.map((b) => b.color)).toEqual(['C0504D', '9BBB59', 'C0504D']);
    // Each chevron as wide as 70 % of its row's height (less than 40 % of the frame here), from the left edge.
    for (const c of chevrons) {
      expect(c.x0).toBeCloseTo(36, 0);
      expect((c.x1 - c.x0) / (c.y1 - c.y0)).toBeCloseTo(0.7, 1);
    }
    // Rows overlap (the definition's negative space): each chevron starts above the previous one's end.
    expect(chevrons[1]!.y0).toBeLessThan(chevrons[0]!.y1);
    const t = texts(listOf(bytes).list);
    const chevronRight = chevrons[0]!.x1;
    for (const s of ['Set the goal', 'Write the code', 'Release it']) expect(t.find((o) => o.text === s)!.px).toBeGreaterThan(chevronRight);
  });

  it("sizes rows as PowerPoint's saved drawing of the layout does: full-height rows and the 14.88 mm overlap, scaled together to the frame", async () => {
    // pandoc's pptx-reader basic.pptx (drawing1.xml): 2 rows in a 640 × 315.3 pt frame; chevrons
    // 118.1 pt wide and 168.75 pt high (unrotated 2143157 × 1500210 EMU, turned 90°), the second
    // 146.2 pt below the first (overlap -14.88 mm × 315.3 / (2 × 315.3 - 42.2)); bullet boxes 109.7 pt high.
    const frame = { x: 917904, y: 2154621, cx: 8128000, cy: 4004733 };
    const rows = [
      { text: 'One', children: [{ text: 'first' }] },
      { text: 'Two', children: [{ text: 'second' }] },
    ];
    const boxes = filled(await laidOutDiagram('chevron2', rows, { frame }));
    const x = frame.x / 12700;
    const y = frame.y / 12700;
    const chevrons = boxes.filter((b) => b.color === 'C0504D' || b.color === '9BBB59');
    expect(chevrons).toHaveLength(2);
    expect(chevrons[0]!.x0 - x).toBeCloseTo(0, 0);
    expect(chevrons[0]!.y0 - y).toBeCloseTo(2545 / 12700, 0);
    expect(chevrons[0]!.x1 - chevrons[0]!.x0).toBeCloseTo(1500210 / 12700, 0);
    expect(chevrons[0]!.y1 - chevrons[0]!.y0).toBeCloseTo(2143157 / 12700, 0);
    expect(chevrons[1]!.y0 - chevrons[0]!.y0).toBeCloseTo((2180503 - 324018) / 12700, 0);
    // alignAcc1 boxes (white in the fixture): from the chevron's right edge to the frame's, 109.7 pt high.
    const bullets = boxes.filter((b) => b.color === 'FFFFFF');
    expect(bullets).toHaveLength(2);
    expect(bullets[0]!.x0 - x).toBeCloseTo(1500210 / 12700, 0);
    expect(bullets[0]!.y1 - bullets[0]!.y0).toBeCloseTo(1393052 / 12700, 0);
  });
});

describe('orgChart1: an organisation chart', () => {
  const ORG = [
    {
      text: 'Chief',
      children: [
        { text: 'Aide', assistant: true },
        { text: 'Sales', children: [{ text: 'North' }, { text: 'South' }] },
        { text: 'Tech' },
      ],
    },
  ];

  it('places children in a row centred under their parent, assistants between them, boxes of one size', async () => {
    const bytes = await laidOutDiagram('orgChart1', ORG, { frame: FRAME });
    const boxes = filled(bytes).filter((b) => b.color === '4F81BD');
    expect(boxes).toHaveLength(6);
    const t = texts(listOf(bytes).list);
    const boxOf = (s: string) => {
      const o = t.find((x) => x.text === s)!;
      return boxes.find((b) => o.px >= b.x0 && o.px <= b.x1 && o.py >= b.y0 && o.py <= b.y1)!;
    };
    const [chief, aide, sales, tech, north, south] = ['Chief', 'Aide', 'Sales', 'Tech', 'North', 'South'].map(boxOf);
    // Every box twice as wide as high, all the same size.
    for (const b of boxes) {
      expect((b.x1 - b.x0) / (b.y1 - b.y0)).toBeCloseTo(2, 1);
      expect(b.x1 - b.x0).toBeCloseTo(boxes[0]!.x1 - boxes[0]!.x0, 1);
    }
    const mid = (b: typeof chief) => (b!.x0 + b!.x1) / 2;
    // Levels from the top: the chief, the assistant, the departments, their teams.
    expect(chief!.y1).toBeLessThan(aide!.y0);
    expect(aide!.y1).toBeLessThan(sales!.y0);
    expect(sales!.y0).toBeCloseTo(tech!.y0, 1);
    expect(sales!.y1).toBeLessThan(north!.y0);
    // The assistant left of the chief's axis; the chief centred over its children's row (Sales'
    // with its teams, then Tech); the teams centred under Sales.
    expect(aide!.x1).toBeLessThan(mid(chief));
    expect(mid(chief)).toBeCloseTo((north!.x0 + tech!.x1) / 2, 0);
    expect(mid(sales)).toBeCloseTo((mid(north) + mid(south)) / 2, 0);
    // The gap between siblings is 0.21 box widths.
    expect((south!.x0 - north!.x1) / (north!.x1 - north!.x0)).toBeCloseTo(0.21, 2);
    // Scaled to fit the frame, inside it.
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(36 - 0.5);
      expect(b.x1).toBeLessThanOrEqual(576 + 0.5);
      expect(b.y0).toBeGreaterThanOrEqual(72 - 0.5);
      expect(b.y1).toBeLessThanOrEqual(432 + 0.5);
    }
  });

  it('joins every box to its parent with elbow connectors drawn behind the boxes', async () => {
    const { list } = listOf(await laidOutDiagram('orgChart1', ORG, { frame: FRAME }));
    const ops = list.pages[0]!.ops;
    const strokes = ops.map((o, i) => ({ o, i })).filter(({ o }) => o.kind === 'path' && (o as PathOp).stroke && !(o as PathOp).fill);
    // Chief: down, across, two drops, and the assistant's branch; Sales: down, across, two drops.
    expect(strokes.length).toBeGreaterThanOrEqual(9);
    const firstBox = ops.findIndex((o) => o.kind === 'path' && (o as PathOp).fill?.kind === 'solid');
    expect(Math.max(...strokes.map((s) => s.i))).toBeLessThan(firstBox);
  });
});

describe('inspect agrees', () => {
  it('lists SmartArt without a saved drawing only where its layout is not laid out', async () => {
    const kinds = async (layout: string) => inspect(await laidOutDiagram(layout, ROWS, { frame: FRAME }), { what: layout }).unsupported.map((u) => `${u.kind}:${u.treatment}`);
    expect(await kinds('vList5')).toEqual([]);
    expect(await kinds('orgChart1')).toEqual([]);
    expect(await kinds('gear1')).toEqual(['smartart:not drawn']);
  });
});

describe('pyramid2: a triangle with a column of boxes over its right half', () => {
  it('draws the triangle as high as the frame, centred, and one box per node from its centre line', async () => {
    const bytes = await laidOutDiagram('pyramid2', ROWS, { frame: FRAME });
    const boxes = filled(bytes);
    // The triangle (node1, accent1): a square of the frame's height (360 pt), the whole (1.15 × 360 wide) centred.
    const [triangle] = boxes.filter((b) => b.color === '4F81BD');
    const x0 = 36 + (540 - 360 * 1.15) / 2;
    expect([triangle!.x0, triangle!.y0, triangle!.x1 - triangle!.x0, triangle!.y1 - triangle!.y0].map(Math.round)).toEqual([Math.round(x0), 72, 360, 360]);
    // fgAcc1 boxes: white, drawn over it, 0.65 of its height wide, from its centre line.
    const list = boxes.filter((b) => b.color === 'FFFFFF');
    expect(list).toHaveLength(3);
    for (const b of list) {
      expect(b.x0).toBeCloseTo(x0 + 180, 0);
      expect(b.x1 - b.x0).toBeCloseTo(360 * 0.65, 0);
    }
    expect(list[0]!.y0).toBeCloseTo(72 + 36, 0);
    expect(list[2]!.y1).toBeCloseTo(72 + 360 - 36, 0);
    // Each box holds its node and its descendants.
    const t = texts(listOf(bytes).list);
    const plan = t.find((o) => o.text === 'Plan')!;
    const goal = t.find((o) => o.text.includes('Set the goal'))!;
    expect(plan.py).toBeGreaterThan(list[0]!.y0);
    expect(goal.py).toBeLessThan(list[0]!.y1);
  });
});

describe('vList2: full-width bars, each with its bullets below it', () => {
  it('stacks the bars and their bullets from the vertical centre, heights in the proportions of the definition', async () => {
    const rows = [{ text: 'Plan', children: [{ text: 'Set the goal' }] }, { text: 'Build' }, { text: 'Ship' }];
    const bytes = await laidOutDiagram('vList2', rows, { frame: FRAME });
    const bars = filled(bytes).filter((b) => b.color === '4F81BD');
    expect(bars).toHaveLength(3);
    for (const b of bars) {
      expect(b.x0).toBeCloseTo(36, 0);
      expect(b.x1).toBeCloseTo(576, 0);
    }
    const barH = bars[0]!.y1 - bars[0]!.y0;
    // Bullets (0.46 / 0.52 of a bar) below the first bar; one spacer (0.08 / 0.52) between the others.
    expect((bars[1]!.y0 - bars[0]!.y1) / barH).toBeCloseTo(0.46 / 0.52, 2);
    expect((bars[2]!.y0 - bars[1]!.y1) / barH).toBeCloseTo(0.08 / 0.52, 2);
    // The column fills the height at most 65 pt text: here the text size cap leaves room, centred.
    expect(bars[0]!.y0 - 72).toBeCloseTo(432 - bars[2]!.y1, 0);
    const t = texts(listOf(bytes).list);
    const goal = t.find((o) => o.text.includes('Set the goal'))!;
    expect(goal.py).toBeGreaterThan(bars[0]!.y1);
    expect(goal.py).toBeLessThan(bars[1]!.y0);
    // Indented by 9 % of the width (plus the bullet).
    expect(goal.px).toBeGreaterThan(36 + 540 * 0.09);
  });
});

describe('hostile data', () => {
  it('draws at most 400 nodes of a huge diagram, in a zero-size frame too, with no exception', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ text: `n${i}`, children: [{ text: `c${i}` }] }));
    const { list, warnings } = listOf(await laidOutDiagram('vList5', many, { frame: FRAME }));
    // 400 nodes read (labels and their children counted together): 200 rows.
    expect(texts(list).filter((t) => /^n\d+$/.test(t.text))).toHaveLength(200);
    expect(warnings.filter((w) => w.code === 'W_RENDER_SLIDE_FAILED')).toEqual([]);
    const flat = listOf(await laidOutDiagram('orgChart1', ROWS, { frame: { ...FRAME, cx: 0, cy: 0 } }));
    expect(flat.warnings.filter((w) => w.code === 'W_RENDER_SLIDE_FAILED')).toEqual([]);
  });

  it('arrow2 and matrix1 draw at most five circles and four quadrants, and survive an empty frame', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ text: `n${i}`, children: [{ text: `c${i}` }] }));
    const arrow = listOf(await laidOutDiagram('arrow2', many, { frame: FRAME }));
    expect(texts(arrow.list).filter((t) => /^n\d+$/.test(t.text)).map((t) => t.text)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    const matrix = listOf(await laidOutDiagram('matrix1', [{ text: 'top', children: many }], { frame: FRAME }));
    expect(texts(matrix.list).filter((t) => /^n\d+$/.test(t.text)).map((t) => t.text)).toEqual(['n0', 'n1', 'n2', 'n3']);
    for (const layout of ['arrow2', 'matrix1']) {
      const flat = listOf(await laidOutDiagram(layout, many, { frame: { ...FRAME, cx: 0, cy: 0 } }));
      expect(flat.warnings.filter((w) => w.code === 'W_RENDER_SLIDE_FAILED'), layout).toEqual([]);
    }
  });
});

describe('list1: labels over the top edge of full-width bars', () => {
  it('draws each label 70 % wide, 5 % in, half over its bar, the bar under it holding the bullets', async () => {
    const bytes = await laidOutDiagram('list1', ROWS, { frame: FRAME });
    const boxes = filled(bytes);
    const labels = boxes.filter((b) => b.color === '4F81BD');
    const bars = boxes.filter((b) => b.color === 'FFFFFF');
    expect(labels).toHaveLength(3);
    expect(bars).toHaveLength(3);
    labels.forEach((l, i) => {
      const bar = bars[i]!;
      expect(l.x0).toBeCloseTo(36 + 540 * 0.05, 0);
      expect(l.x1 - l.x0).toBeCloseTo(540 * 0.7, 0);
      expect(bar.x0).toBeCloseTo(36, 0);
      expect(bar.x1).toBeCloseTo(576, 0);
      // The bar starts at the label's middle.
      expect(bar.y0).toBeCloseTo((l.y0 + l.y1) / 2, 0);
    });
    // Drawn after its bar (on top of it), and each row below the previous one.
    expect(boxes.indexOf(labels[0]!)).toBeGreaterThan(boxes.indexOf(bars[0]!));
    expect(labels[1]!.y0).toBeGreaterThan(bars[0]!.y1);
    const t = texts(listOf(bytes).list);
    const goal = t.find((o) => o.text.includes('Set the goal'))!;
    expect(goal.py).toBeGreaterThan(labels[0]!.y1);
    expect(goal.py).toBeLessThan(bars[0]!.y1);
  });

  it("matches PowerPoint's saved drawing of the layout: heights from a text size in whole points", async () => {
    // Open-XML-SDK Bug571679_Brownbag slide 4 (drawing1.xml): three labels without bullets in a
    // 642 × 354 pt frame; text 34 pt (34.4 would fill the height): labels 0.82 × 34 mm = 79.03 pt
    // high, bars 0.7 × 34 mm = 67.46 pt, rows 121.4 pt apart, the first label 2.07 pt from the top.
    const frame = { x: 612648, y: 1600200, cx: 8153400, cy: 4495800 };
    const bytes = await laidOutDiagram('list1', [{ text: 'Application level add-ins' }, { text: 'Ribbon designer' }, { text: 'Custom Task Panes' }], { frame });
    const boxes = filled(bytes);
    const x = frame.x / 12700;
    const y = frame.y / 12700;
    const labels = boxes.filter((b) => b.color === '4F81BD');
    const bars = boxes.filter((b) => b.color === 'FFFFFF');
    expect(labels.map((b) => [b.x0 - x, b.y0 - y, b.x1 - b.x0, b.y1 - b.y0].map((v) => Math.round(v * 10) / 10))).toEqual([
      [407670, 26340, 5707380, 1003680],
      [407670, 1568580, 5707380, 1003680],
      [407670, 3110820, 5707380, 1003680],
    ].map((r) => r.map((v) => Math.round((v / 12700) * 10) / 10)));
    expect(bars.map((b) => Math.round((b.y1 - b.y0) * 10) / 10)).toEqual([67.5, 67.5, 67.5]);
    expect(new Set(texts(listOf(bytes).list).map((o) => o.size))).toEqual(new Set([34]));
  });
});

describe('arrow2: circles along a curved arrow, each with its text beside it', () => {
  const NODES = [{ text: 'One' }, { text: 'Two' }, { text: 'Three', children: [{ text: 'detail' }] }, { text: 'Four' }];
  it('draws the swoosh in a 1.6 : 1 composite centred in the frame and the circles where the definition puts them', async () => {
    const bytes = await laidOutDiagram('arrow2', NODES, { frame: FRAME });
    const boxes = filled(bytes);
    // The composite: 540 pt wide (the frame's width), 540 / 1.6 = 337.5 high, centred vertically.
    const [arrow] = boxes.filter((b) => b.x1 - b.x0 > 500);
    expect(arrow!.x0).toBeCloseTo(36, 0);
    expect(arrow!.y1).toBeCloseTo(72 + (360 + 337.5) / 2, 0);
    // The head's tip on the right edge; the band starts at the bottom-left corner.
    expect(arrow!.x1).toBeCloseTo(576, 0);
    // arrowDiagram4: centres (0.11, 0.762), (0.281, 0.543), (0.495, 0.382), (0.73, 0.283); diameters 0.023 … 0.071 of the width.
    const y0 = 72 + (360 - 337.5) / 2;
    const circles = boxes.filter((b) => b !== arrow).sort((a, b) => a.x0 - b.x0);
    expect(circles).toHaveLength(4);
    const want = [
      [0.11, 0.762, 0.023],
      [0.281, 0.543, 0.04],
      [0.495, 0.382, 0.053],
      [0.73, 0.283, 0.071],
    ];
    circles.forEach((c, i) => {
      const [fx, fy, fd] = want[i]!;
      expect((c.x0 + c.x1) / 2).toBeCloseTo(36 + fx! * 540, 0);
      expect((c.y0 + c.y1) / 2).toBeCloseTo(y0 + fy! * 337.5, 0);
      expect(c.x1 - c.x0).toBeCloseTo(fd! * 540, 0);
      expect(c.y1 - c.y0).toBeCloseTo(fd! * 540, 0);
    });
    // Each node's text (and its descendants') right of its circle, from the circle's centre line down.
    const t = texts(listOf(bytes).list);
    ['One', 'Two', 'Three', 'Four'].forEach((s, i) => {
      const o = t.find((x) => x.text === s)!;
      const c = circles[i]!;
      expect(o.px).toBeGreaterThan(c.x1 - 1);
      expect(o.py).toBeGreaterThan((c.y0 + c.y1) / 2);
    });
    const detail = t.find((x) => x.text.includes('detail'))!;
    expect(detail.py).toBeGreaterThan(t.find((x) => x.text === 'Three')!.py);
    // One size for all the text boxes (primFontSz "equ").
    expect(new Set(['One', 'Two', 'Four'].map((s) => t.find((x) => x.text === s)!.size)).size).toBe(1);
  });

  it('a single node: its circle at (0.8, 0.262), its text to the left of it, set from the right', async () => {
    const bytes = await laidOutDiagram('arrow2', [{ text: 'Alone' }], { frame: FRAME });
    const [circle] = filled(bytes).filter((b) => b.x1 - b.x0 < 100);
    expect((circle!.x0 + circle!.x1) / 2).toBeCloseTo(36 + 0.8 * 540, 0);
    const o = texts(listOf(bytes).list).find((x) => x.text === 'Alone')!;
    expect(o.px + o.width).toBeLessThan(circle!.x0 + 1);
  });
});

describe('matrix1: four quadrants around a centre tile', () => {
  it("draws one quadrant per child of the first node, their texts upright in the outer 75 %, the node itself in a tile at the centre", async () => {
    const nodes = [{ text: 'Centre', children: [{ text: 'North west' }, { text: 'North east' }, { text: 'South west' }, { text: 'South east' }] }];
    const bytes = await laidOutDiagram('matrix1', nodes, { frame: FRAME });
    const boxes = filled(bytes);
    // node1 (accent1 in the fixture): four quadrants of 270 × 180 pt filling the frame (36, 72, 540 × 360).
    const quads = boxes.filter((b) => b.color === '4F81BD' && b.x1 - b.x0 > 200).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    expect(quads.map((b) => [b.x0, b.y0, b.x1, b.y1].map(Math.round))).toEqual([
      [36, 72, 306, 252],
      [306, 72, 576, 252],
      [36, 252, 306, 432],
      [306, 252, 576, 432],
    ]);
    // The centre tile (fgShp: the fixture's node1 colour), 0.3 × 0.25 of the frame, centred, over the quadrants.
    const centre = boxes.filter((b) => b.x1 - b.x0 < 200);
    expect(centre.map((b) => [b.x0, b.y0, b.x1, b.y1].map(Math.round))).toEqual([[36 + 189, 72 + 135, 36 + 351, 72 + 225]]);
    expect(boxes.indexOf(centre[0]!)).toBe(boxes.length - 1);
    const t = texts(listOf(bytes).list);
    const at = (s: string) => t.find((o) => o.text.includes(s))!;
    expect(at('Centre').px).toBeGreaterThan(36 + 540 * 0.35 - 1);
    expect(at('Centre').px + at('Centre').width).toBeLessThan(36 + 540 * 0.65 + 1);
    expect(at('Centre').py).toBeGreaterThan(72 + 360 * 0.375);
    expect(at('Centre').py).toBeLessThan(72 + 360 * 0.625);
    // Each child's text in its quadrant: the top ones in the upper 75 % of theirs, the bottom ones in the lower 75 %.
    const inQuad = (s: string, q: number) => {
      const o = at(s);
      const b = quads[q]!;
      expect(o.px, s).toBeGreaterThan(b.x0);
      expect(o.px + o.width, s).toBeLessThan(b.x1);
      expect(o.py, s).toBeGreaterThan(q < 2 ? b.y0 : b.y0 + 180 * 0.25);
      expect(o.py, s).toBeLessThan(q < 2 ? b.y0 + 180 * 0.75 : b.y1);
    };
    ['North west', 'North east', 'South west', 'South east'].forEach((s, i) => inQuad(s, i));
    // The quadrants' texts stand upright (no turned text).
    for (const s of ['North west', 'South east']) expect(Math.abs(at(s).transform[1])).toBeLessThan(1e-6);
  });
});

describe('cycle8: one wedge of a circle per node, clockwise from 12 o\'clock', () => {
  const FOUR = [{ text: 'Plan' }, { text: 'Build' }, { text: 'Ship', children: [{ text: 'Release it' }] }, { text: 'Learn' }];

  it('draws the wedges where the definition puts them, each node\'s text over its wedge', async () => {
    const bytes = await laidOutDiagram('cycle8', FOUR, { frame: FRAME });
    // A square composite of side 360 pt centred in the 540 × 360 pt frame at (36, 72): from x 126.
    const side = 360;
    const x0 = 36 + (540 - side) / 2;
    const y0 = 72;
    const wedges = filled(bytes).filter((b) => b.color === '4F81BD');
    expect(wedges).toHaveLength(4);
    // Four quarter pies of one circle 0.84 × 360 across, each moved out a little from the centre
    // (the definition's l, t for four nodes: wedge1 0.0941, 0.0659; wedge2 0.0941, 0.0941; ...).
    const r = (0.84 * side) / 2;
    const centre = (l: number, t: number) => [x0 + l * side + r, y0 + t * side + r] as const;
    const [c1x, c1y] = centre(0.0941, 0.0659);
    const [c3x, c3y] = centre(0.0659, 0.0941);
    // wedge1 the top-right quarter, wedge3 the bottom-left one.
    expect(wedges[0]!.x0).toBeCloseTo(c1x, 0);
    expect(wedges[0]!.y1).toBeCloseTo(c1y, 0);
    expect(wedges[0]!.x1).toBeCloseTo(c1x + r, 0);
    expect(wedges[0]!.y0).toBeCloseTo(c1y - r, 0);
    expect(wedges[2]!.x1).toBeCloseTo(c3x, 0);
    expect(wedges[2]!.y0).toBeCloseTo(c3y, 0);
    expect(wedges[2]!.x0).toBeCloseTo(c3x - r, 0);
    expect(wedges[2]!.y1).toBeCloseTo(c3y + r, 0);
    // Texts in their boxes (wedge1Tx from 0.54 of the side, wedge3Tx ending at 0.46 of it), one size.
    const t = texts(listOf(bytes).list);
    const at = (s: string) => t.find((o) => o.text === s)!;
    expect(at('Plan').px).toBeGreaterThan(x0 + 0.54 * side);
    expect(at('Plan').py).toBeLessThan(y0 + 0.47 * side);
    expect(at('Build').px).toBeGreaterThan(x0 + 0.54 * side);
    expect(at('Build').py).toBeGreaterThan(y0 + 0.53 * side);
    expect(at('Ship').px).toBeLessThan(x0 + 0.46 * side);
    expect(at('Release it').py).toBeGreaterThan(at('Ship').py);
    expect(at('Learn').px).toBeLessThan(x0 + 0.46 * side);
    expect(at('Learn').py).toBeLessThan(y0 + 0.47 * side);
    expect(new Set(['Plan', 'Build', 'Ship', 'Learn'].map((s) => at(s).size)).size).toBe(1);
  });

  it('draws a single node as a whole circle', async () => {
    const wedges = filled(await laidOutDiagram('cycle8', [{ text: 'Plan' }], { frame: FRAME })).filter((b) => b.color === '4F81BD');
    expect(wedges).toHaveLength(1);
    expect(wedges[0]!.x1 - wedges[0]!.x0).toBeCloseTo(0.84 * 360, 0);
    expect(wedges[0]!.y1 - wedges[0]!.y0).toBeCloseTo(0.84 * 360, 0);
  });
});
