/**
 * Tables (a:tbl in a graphic frame): the grid (a:tblGrid, a:tr@h; rows grow to fit their text,
 * empty cells and merged cells included), merged cells (gridSpan, rowSpan, hMerge, vMerge), cell
 * fills and borders (a:tcPr, else the table style of ppt/tableStyles.xml: a:wholeTbl, bands,
 * first/last row and column; borders as a:ln or as a theme line style, a:lnRef), the style's
 * table background (a:tblBg: a:fill or a theme fill, a:fillRef) under the cells, and cell text
 * with its margins and anchoring.
 */
import { shapeNameOf } from '../../presentation/shape/non-visual.js';
import { XElement } from '../../xml/element.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { resolveColorIn } from '../color/resolve.js';
import { compose, translate } from '../matrix.js';
import { emuToPt, intAttr, boolAttr } from '../units.js';
import type { SlideContext } from './context.js';
import { fillElement, readFill, type FillSpec } from './fill.js';
import { readLine, type LineSource } from './line.js';
import { rectangle } from './geometry.js';
import type { ShapeEnv } from './placement.js';
import { drawGeometry, linkEnvFor } from './shape.js';
import { styleLine, themeFill } from './style-refs.js';
import { emitText, prepareText } from './text-body.js';
import { placeInGroup, readXfrm, shapeMatrix } from './transform.js';
import type { StyleChain } from '../text/paragraphs.js';
import type { FontRefProps } from '../text/props.js';
import { themeSource } from './shape.js';
import { builtInTableStyle } from './table-styles.js';
import type { StructElem } from '../structure/types.js';

interface Cell {
  tc: ReadonlyXElement;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

const PART_ORDER = ['wholeTbl', 'band1V', 'band2V', 'band1H', 'band2H', 'lastCol', 'firstCol', 'lastRow', 'firstRow', 'seCell', 'swCell', 'neCell', 'nwCell'] as const;

export function drawTable(frame: ReadonlyXElement, tbl: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): void {
  const own = readXfrm(frame.child(NS.p, 'xfrm'));
  if (!own) return;
  const xfrm = placeInGroup(own, env.group);
  const name = shapeNameOf(frame) ?? 'table';
  const cols = (tbl.child(NS.a, 'tblGrid')?.childrenNamed(NS.a, 'gridCol') ?? []).map((c) => emuToPt(intAttr(c.attr('w'), 0)));
  const trs = tbl.childrenNamed(NS.a, 'tr');
  if (cols.length === 0 || trs.length === 0) return;
  const rowH = trs.map((tr) => emuToPt(intAttr(tr.attr('h'), 0)));
  const tblPr = tbl.child(NS.a, 'tblPr');
  const flags = {
    firstRow: boolAttr(tblPr?.attr('firstRow'), false),
    lastRow: boolAttr(tblPr?.attr('lastRow'), false),
    firstCol: boolAttr(tblPr?.attr('firstCol'), false),
    lastCol: boolAttr(tblPr?.attr('lastCol'), false),
    bandRow: boolAttr(tblPr?.attr('bandRow'), false),
    bandCol: boolAttr(tblPr?.attr('bandCol'), false),
  };
  const style = tableStyle(ctx, tblPr?.child(NS.a, 'tableStyleId')?.textContent().trim());

  // The cells that are drawn (continuations of merges are not).
  const cells: Cell[] = [];
  trs.forEach((tr, r) => {
    tr.childrenNamed(NS.a, 'tc').forEach((tc, c) => {
      if (c >= cols.length) return;
      if (boolAttr(tc.attr('hMerge'), false) || boolAttr(tc.attr('vMerge'), false)) return;
      cells.push({
        tc,
        row: r,
        col: c,
        rowSpan: Math.max(1, Math.min(trs.length - r, intAttr(tc.attr('rowSpan'), 1))),
        colSpan: Math.max(1, Math.min(cols.length - c, intAttr(tc.attr('gridSpan'), 1))),
      });
    });
  });
  const colX = [0];
  for (const w of cols) colX.push(colX[colX.length - 1]! + w);
  const partsOf = (cell: Cell): ReadonlyXElement[] => {
    if (!style) return [];
    const lastR = trs.length - 1;
    const lastC = cols.length - 1;
    const out: ReadonlyXElement[] = [];
    for (const part of PART_ORDER) {
      const el = style.child(NS.a, part);
      if (!el) continue;
      const dataRow = cell.row - (flags.firstRow ? 1 : 0);
      const dataCol = cell.col - (flags.firstCol ? 1 : 0);
      const applies =
        part === 'wholeTbl' ||
        (part === 'band1H' && flags.bandRow && dataRow >= 0 && dataRow % 2 === 0) ||
        (part === 'band2H' && flags.bandRow && dataRow >= 0 && dataRow % 2 === 1) ||
        (part === 'band1V' && flags.bandCol && dataCol >= 0 && dataCol % 2 === 0) ||
        (part === 'band2V' && flags.bandCol && dataCol >= 0 && dataCol % 2 === 1) ||
        (part === 'firstRow' && flags.firstRow && cell.row === 0) ||
        (part === 'lastRow' && flags.lastRow && cell.row + cell.rowSpan - 1 === lastR) ||
        (part === 'firstCol' && flags.firstCol && cell.col === 0) ||
        (part === 'lastCol' && flags.lastCol && cell.col + cell.colSpan - 1 === lastC) ||
        (part === 'nwCell' && flags.firstRow && flags.firstCol && cell.row === 0 && cell.col === 0) ||
        (part === 'neCell' && flags.firstRow && flags.lastCol && cell.row === 0 && cell.col + cell.colSpan - 1 === lastC) ||
        (part === 'swCell' && flags.lastRow && flags.firstCol && cell.row + cell.rowSpan - 1 === lastR && cell.col === 0) ||
        (part === 'seCell' && flags.lastRow && flags.lastCol && cell.row + cell.rowSpan - 1 === lastR && cell.col + cell.colSpan - 1 === lastC);
      if (applies) out.push(el);
    }
    return out;
  };

  // Lay out text first: rows grow to fit it.
  const prepared = cells.map((cell) => {
    const txBody = cell.tc.child(NS.a, 'txBody');
    if (!txBody) return undefined;
    const parts = partsOf(cell);
    const w = colX[cell.col + cell.colSpan]! - colX[cell.col]!;
    const tcPr = cell.tc.child(NS.a, 'tcPr');
    const bodyPr = new XElement('bodyPr', [
      ['lIns', tcPr?.attr('marL') ?? '91440'],
      ['rIns', tcPr?.attr('marR') ?? '91440'],
      ['tIns', tcPr?.attr('marT') ?? '45720'],
      ['bIns', tcPr?.attr('marB') ?? '45720'],
      ['anchor', tcPr?.attr('anchor') ?? 't'],
      ['vert', tcPr?.attr('vert') ?? 'horz'],
    ]);
    // Vertical text runs along the cell's height: lay it out against the row's height.
    const vertical = (tcPr?.attr('vert') ?? 'horz') !== 'horz';
    let spanH = 0;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) spanH += rowH[r]!;
    const p = prepareText(
      {
        txBody,
        chain: cellChain(txBody, parts, ctx),
        bodyPrs: [bodyPr],
        box: { x: 0, y: 0, w, h: vertical ? spanH : 0 },
        props: { theme: ctx.chain.theme, colors: ctx.colors, source: env.source },
        links: linkEnvFor(env.source, ctx),
      },
      ctx,
    );
    // An empty cell counts too: its paragraph is one line of its a:endParaRPr size (PowerPoint
    // grows a row of empty 18 pt cells saved 25.1 pt high to 28.8 pt: the graphic frame's saved
    // height says so in the decks of the external corpus, docs/renderer.md).
    const needed = p.layout.height + p.body.tIns + p.body.bIns;
    if (cell.rowSpan === 1 && !vertical) rowH[cell.row] = Math.max(rowH[cell.row]!, needed);
    return p;
  });
  // A merged cell (rowSpan) whose text needs more than its rows grows the last of them, as
  // LibreOffice does; the cells spanning fewer rows first, so that a longer span sees their growth.
  const spans = cells
    .map((cell, i) => ({ cell, p: prepared[i] }))
    .filter((c) => c.cell.rowSpan > 1 && c.p !== undefined && (c.cell.tc.child(NS.a, 'tcPr')?.attr('vert') ?? 'horz') === 'horz')
    .sort((a, b) => a.cell.rowSpan - b.cell.rowSpan);
  for (const { cell, p } of spans) {
    const needed = p!.layout.height + p!.body.tIns + p!.body.bIns;
    let have = 0;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) have += rowH[r]!;
    const last = cell.row + cell.rowSpan - 1;
    if (needed > have) rowH[last] = rowH[last]! + (needed - have);
  }
  const rowY = [0];
  for (const h of rowH) rowY.push(rowY[rowY.length - 1]! + h);
  const m = shapeMatrix(xfrm);

  // The table background (a:tblBg) under every cell: the cells' own fills are drawn over it.
  const bg = tableBackground(style, ctx, env);
  if (bg && bg.kind !== 'none') {
    const w = colX[cols.length]!;
    const h = rowY[trs.length]!;
    drawGeometry(rectangle(w, h), bg, null, m, ctx, name, { w, h });
  }
  // Fills.
  cells.forEach((cell) => {
    const fill = cellFill(cell, partsOf(cell), ctx, env);
    if (!fill || fill.kind === 'none') return;
    const x = colX[cell.col]!;
    const y = rowY[cell.row]!;
    const w = colX[cell.col + cell.colSpan]! - x;
    const h = rowY[cell.row + cell.rowSpan]! - y;
    drawGeometry(rectangle(w, h), fill, null, compose(m, translate(x, y)), ctx, name, { w, h });
  });
  // Text; for the tagged PDF, a row (TR) per table row and a cell (TD, or TH in a header row or
  // column) per drawn cell, empty cells included, with its spans.
  const table = ctx.struct.container.type === 'Table' && ctx.tag === undefined ? ctx.struct.container : undefined;
  let tr: StructElem | undefined;
  let row = -1;
  cells.forEach((cell, i) => {
    let cellElem: StructElem | undefined;
    if (table) {
      if (cell.row !== row || !tr) {
        tr = ctx.struct.elem('TR', table);
        row = cell.row;
      }
      const columnHeader = flags.firstRow && cell.row === 0;
      const rowHeader = flags.firstCol && cell.col === 0;
      cellElem = ctx.struct.elem(columnHeader || rowHeader ? 'TH' : 'TD', tr, {
        ...(columnHeader ? { scope: 'Column' as const } : rowHeader ? { scope: 'Row' as const } : {}),
        ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
        ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
      });
    }
    const p = prepared[i];
    if (!p) return;
    const x = colX[cell.col]!;
    const y = rowY[cell.row]!;
    const w = colX[cell.col + cell.colSpan]! - x;
    const h = rowY[cell.row + cell.rowSpan]! - y;
    const saved = ctx.textTags;
    if (cellElem) ctx.textTags = { kind: 'whole', elem: cellElem };
    try {
      emitText(p, { x: 0, y: 0, w, h }, compose(m, translate(x, y)), ctx, `${name} (row ${cell.row + 1}, column ${cell.col + 1})`);
    } finally {
      ctx.textTags = saved;
    }
  });
  // Borders: each cell draws its four edges (a:lnL/R/T/B, else the style's borders).
  cells.forEach((cell) => {
    const x0 = colX[cell.col]!;
    const y0 = rowY[cell.row]!;
    const x1 = colX[cell.col + cell.colSpan]!;
    const y1 = rowY[cell.row + cell.rowSpan]!;
    const tcPr = cell.tc.child(NS.a, 'tcPr');
    const parts = partsOf(cell);
    // Each style part names its edges by the region it covers: the whole table (outer edges,
    // inside lines between cells), a row part (a:firstRow, a:lastRow, a:band1H/2H: its top and
    // bottom are the row's), a column part (a:firstCol, a:lastCol, a:band1V/2V: its left and
    // right are the column's), a corner cell (all four its own).
    const firstC = cell.col === 0;
    const lastC = cell.col + cell.colSpan === cols.length;
    const firstR = cell.row === 0;
    const lastR = cell.row + cell.rowSpan === trs.length;
    const edgeName = (part: string, side: 'left' | 'right' | 'top' | 'bottom'): string => {
      const rowPart = part === 'firstRow' || part === 'lastRow' || part === 'band1H' || part === 'band2H';
      const colPart = part === 'firstCol' || part === 'lastCol' || part === 'band1V' || part === 'band2V';
      const corner = part === 'nwCell' || part === 'neCell' || part === 'swCell' || part === 'seCell';
      if (corner) return side;
      if (side === 'left') return firstC || colPart ? 'left' : 'insideV';
      if (side === 'right') return lastC || colPart ? 'right' : 'insideV';
      if (side === 'top') return firstR || rowPart ? 'top' : 'insideH';
      return lastR || rowPart ? 'bottom' : 'insideH';
    };
    const edges: [string, 'left' | 'right' | 'top' | 'bottom', number, number, number, number][] = [
      ['lnL', 'left', x0, y0, x0, y1],
      ['lnR', 'right', x1, y0, x1, y1],
      ['lnT', 'top', x0, y0, x1, y0],
      ['lnB', 'bottom', x0, y1, x1, y1],
    ];
    for (const [own, side, ax, ay, bx, by] of edges) {
      const sources: LineSource[] = [];
      const ln = tcPr?.child(NS.a, own);
      if (ln) sources.push({ el: ln, colors: ctx.colors });
      for (let pi = parts.length - 1; pi >= 0; pi--) {
        const part = parts[pi]!;
        const edge = part.child(NS.a, 'tcStyle')?.child(NS.a, 'tcBdr')?.child(NS.a, edgeName(part.localName, side));
        const sln = edge?.child(NS.a, 'ln');
        if (sln) sources.push({ el: sln, colors: ctx.colors });
        else if (edge?.child(NS.a, 'lnRef')) {
          // A theme line style in the reference's colour (idx 0: no line).
          const themed = styleLine(edge, ctx.chain.theme, ctx.colors);
          sources.push(themed ?? { el: NO_BORDER, colors: ctx.colors });
        }
      }
      const line = readLine(sources, env.source);
      if (!line || line.width <= 0) continue;
      ctx.ops.push({
        kind: 'path',
        transform: m,
        commands: [{ op: 'M', x: ax, y: ay }, { op: 'L', x: bx, y: by }],
        stroke: { color: line.color, width: line.width, cap: 'square', join: 'miter', miterLimit: 4, dash: line.dash.map((d) => d * line.width) },
      });
    }
  });
}

function tableStyle(ctx: SlideContext, id: string | undefined): ReadonlyXElement | undefined {
  const part = ctx.pkg.related(ctx.pres.part, 'tableStyles')[0];
  let root: ReadonlyXElement | undefined;
  try {
    root = part ? ctx.pkg.xml(part).root : undefined;
  } catch {
    root = undefined;
  }
  // No a:tableStyleId: no style (tblStyleLst@def is only the style of new tables).
  if (!id) return undefined;
  return root?.childrenNamed(NS.a, 'tblStyle').find((s) => s.attr('styleId') === id) ?? builtInTableStyle(id);
}

/** The style's table background (a:tblBg): its a:fill, or the theme fill its a:fillRef names. */
function tableBackground(style: ReadonlyXElement | undefined, ctx: SlideContext, env: ShapeEnv): FillSpec | undefined {
  const tblBg = style?.child(NS.a, 'tblBg');
  if (!tblBg) return undefined;
  const el = fillElement(tblBg.child(NS.a, 'fill'));
  if (el) return readFill(el, ctx.colors, env.source);
  const ref = tblBg.child(NS.a, 'fillRef');
  if (!ref) return undefined;
  const phClr = resolveColorIn(ref, ctx.colors) ?? undefined;
  return themeFill(intAttr(ref.attr('idx'), 0), phClr, ctx.chain.theme, ctx.colors, themeSource(ctx));
}

/** An a:ln without a fill: a border whose a:lnRef has idx="0". */
const NO_BORDER: XElement = (() => {
  const ln = new XElement('a:ln', [['xmlns:a', NS.a.uris[0]!]]);
  ln.append(new XElement('a:noFill'));
  return ln;
})();

function cellFill(cell: Cell, parts: ReadonlyXElement[], ctx: SlideContext, env: ShapeEnv): FillSpec | undefined {
  const tcPr = cell.tc.child(NS.a, 'tcPr');
  const own = fillElement(tcPr);
  if (own) return readFill(own, ctx.colors, env.source);
  for (let i = parts.length - 1; i >= 0; i--) {
    const tcStyle = parts[i]!.child(NS.a, 'tcStyle');
    const f = tcStyle?.child(NS.a, 'fill');
    const el = fillElement(f);
    if (el) return readFill(el, ctx.colors, env.source);
    const ref = tcStyle?.child(NS.a, 'fillRef');
    if (ref) {
      const phClr = resolveColorIn(ref, ctx.colors) ?? undefined;
      return themeFill(intAttr(ref.attr('idx'), 0), phClr, ctx.chain.theme, ctx.colors, themeSource(ctx));
    }
  }
  return undefined;
}

/** Text of a cell: presentation defaults, then the table style's a:tcTxStyle, then the cell's list style. */
function cellChain(txBody: ReadonlyXElement, parts: ReadonlyXElement[], ctx: SlideContext): StyleChain {
  let ref: FontRefProps | undefined;
  for (const p of parts) {
    const ts = p.child(NS.a, 'tcTxStyle');
    if (!ts) continue;
    ref ??= { font: undefined, color: undefined };
    const fr = ts.child(NS.a, 'fontRef')?.attr('idx');
    if (fr === 'major' || fr === 'minor') ref.font = fr;
    const c = resolveColorIn(ts, ctx.colors);
    if (c) ref.color = c;
    const b = ts.attr('b');
    if (b) ref.bold = b === 'on';
    const i = ts.attr('i');
    if (i) ref.italic = i === 'on';
  }
  const lists = [ctx.pres.defaultTextStyle, txBody.child(NS.a, 'lstStyle')];
  const levels = (level: number) => {
    const out: ReadonlyXElement[] = [];
    for (const list of lists) {
      if (!list) continue;
      const def = list.child(NS.a, 'defPPr');
      if (def) out.push(def);
      const lvl = list.child(NS.a, `lvl${level + 1}pPr`);
      if (lvl) out.push(lvl);
    }
    return out;
  };
  const ownCount = (level: number) => {
    const list = lists[1];
    if (!list) return 0;
    return (list.child(NS.a, 'defPPr') ? 1 : 0) + (list.child(NS.a, `lvl${level + 1}pPr`) ? 1 : 0);
  };
  return { levels, fontRef: ref, fontRefAfter: (level) => levels(level).length - ownCount(level) };
}
