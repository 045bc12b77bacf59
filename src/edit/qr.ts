/**
 * The QR code of the booking link in `va:qr:booking` (contract section 5): error correction
 * level M, drawn as ONE vector p:sp with a:custGeom, square and centred in the area, black
 * modules on a white square with a 4-module quiet zone — the only literal colours in a handout.
 *
 * One shape cannot have two fill colours, so the white square is the shape's fill (path 1,
 * not stroked) and the black modules are its outline: path 2 is, for every row, one line per
 * run of dark modules along the row's centre line, stroked with a flat-capped a:ln exactly one
 * module wide (so each stroke covers exactly its modules). Path units are half modules, so the
 * centre lines fall on whole coordinates. The shape is a whole number of EMU per module.
 */
import QRCode from 'qrcode';
import { ALT_TEXT } from '../accessibility/alt-text.js';
import { asciiUri, readableLink } from '../brand/links.js';
import { brandLocale } from '../brand/schema.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { warn, where, type EditContext } from './context.js';
import { contentParts } from '../presentation/deck.js';
import { dropUnreferenced, referencedIds } from './rels-hygiene.js';
import { removeShape } from './remove-shape.js';
import { cNvPrOf } from '../presentation/shape/non-visual.js';
import { boxOf, shapesWithName, type Box } from './shapes.js';

export const QR_NAME = 'va:qr:booking';
export const QUIET_ZONE = 4;
/** Modules smaller than this (mm) are hard for phone cameras at arm's length. */
export const QR_MIN_MODULE_MM = 0.4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  return { size, dark: (r, c) => data[r * size + c] === 1 };
}

/** Horizontal runs of dark modules: [row, firstCol, endCol) in module units, quiet zone excluded. */
export function darkRuns(m: QrMatrix): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let r = 0; r < m.size; r++) {
    let start = -1;
    for (let c = 0; c <= m.size; c++) {
      const d = c < m.size && m.dark(r, c);
      if (d && start < 0) start = c;
      if (!d && start >= 0) {
        runs.push([r, start, c]);
        start = -1;
      }
    }
  }
  return runs;
}

/** Square, centred, a whole number of EMU per module. */
export function qrBox(area: Box, modules: number): { box: Box; module: number } {
  const side = Math.min(area.cx, area.cy);
  const module = Math.floor(side / modules);
  const s = module * modules;
  return { box: { x: area.x + Math.round((area.cx - s) / 2), y: area.y + Math.round((area.cy - s) / 2), cx: s, cy: s }, module };
}

function el(parent: XElement, ns: typeof NS.a, local: string, attrs?: Record<string, string>): XElement {
  return parent.append(parent.make(ns, local, attrs)) as XElement;
}

/** Builds the QR p:sp in place of `area` (inserted before it). */
function buildQrShape(area: XElement, box: Box, module: number, matrix: QrMatrix, alt: string): XElement {
  const parent = area.parent!;
  const sp = parent.insertBefore(parent.make(NS.p, 'sp'), area) as XElement;
  const nv = el(sp, NS.p, 'nvSpPr');
  // Alt text in the handout's language: what a reader needs, the address the code opens.
  el(nv, NS.p, 'cNvPr', { id: cNvPrOf(area)?.attr('id') ?? '0', name: 'QR code', descr: alt });
  const cNvSpPr = el(nv, NS.p, 'cNvSpPr');
  el(cNvSpPr, NS.a, 'spLocks', { noChangeAspect: '1' });
  el(nv, NS.p, 'nvPr');
  const spPr = el(sp, NS.p, 'spPr');
  const xfrm = el(spPr, NS.a, 'xfrm');
  el(xfrm, NS.a, 'off', { x: String(box.x), y: String(box.y) });
  el(xfrm, NS.a, 'ext', { cx: String(box.cx), cy: String(box.cy) });
  const geom = el(spPr, NS.a, 'custGeom');
  el(geom, NS.a, 'avLst');
  el(geom, NS.a, 'gdLst');
  el(geom, NS.a, 'ahLst');
  el(geom, NS.a, 'cxnLst');
  el(geom, NS.a, 'rect', { l: 'l', t: 't', r: 'r', b: 'b' });
  const pathLst = el(geom, NS.a, 'pathLst');
  const units = 2 * (matrix.size + 2 * QUIET_ZONE);
  // Path 1: the white square (the shape's fill), not outlined.
  const square = el(pathLst, NS.a, 'path', { w: String(units), h: String(units), stroke: '0' });
  const pt = (parentEl: XElement, op: string, x: number, y: number) => el(el(parentEl, NS.a, op), NS.a, 'pt', { x: String(x), y: String(y) });
  pt(square, 'moveTo', 0, 0);
  pt(square, 'lnTo', units, 0);
  pt(square, 'lnTo', units, units);
  pt(square, 'lnTo', 0, units);
  el(square, NS.a, 'close');
  // Path 2: the dark modules, as one-module-wide strokes along each row's centre line.
  const modules = el(pathLst, NS.a, 'path', { w: String(units), h: String(units), fill: 'none' });
  for (const [r, c0, c1] of darkRuns(matrix)) {
    const y = 2 * (r + QUIET_ZONE) + 1;
    pt(modules, 'moveTo', 2 * (c0 + QUIET_ZONE), y);
    pt(modules, 'lnTo', 2 * (c1 + QUIET_ZONE), y);
  }
  const fill = el(spPr, NS.a, 'solidFill');
  el(fill, NS.a, 'srgbClr', { val: 'FFFFFF' });
  const ln = el(spPr, NS.a, 'ln', { w: String(module), cap: 'flat', cmpd: 'sng', algn: 'ctr' });
  el(el(ln, NS.a, 'solidFill'), NS.a, 'srgbClr', { val: '000000' });
  el(ln, NS.a, 'prstDash', { val: 'solid' });
  el(ln, NS.a, 'miter', { lim: '800000' });
  return sp;
}

export function applyQr(ctx: EditContext): void {
  const url = ctx.brand.links?.booking;
  // Phones scan ASCII everywhere: an IRI is encoded as the PDF link is (an ASCII link is unchanged).
  const matrix = url ? qrMatrix(asciiUri(url)) : undefined;
  for (const part of contentParts(ctx.deck)) {
    for (const area of shapesWithName(ctx.pkg.xml(part).root, QR_NAME)) {
      const box = boxOf(area);
      if (!url || !matrix || !box || box.cx <= 0 || box.cy <= 0) {
        if (url) warn(ctx, 'W_QR_NO_SIZE', `the va:qr:booking shape on ${where(ctx, part)} has no size of its own (a:xfrm); it was removed`, part);
        removeShape(ctx.pkg, part, area);
        continue;
      }
      const { box: square, module } = qrBox(box, matrix.size + 2 * QUIET_ZONE);
      if (module / 36000 < QR_MIN_MODULE_MM) {
        warn(
          ctx,
          'W_QR_SMALL',
          `the QR code on ${where(ctx, part)} has ${(module / 36000).toFixed(2)} mm modules (the booking link needs ${matrix.size} × ${matrix.size}); below ${QR_MIN_MODULE_MM} mm phones may not read it — use a shorter booking link or a larger va:qr:booking area`,
          part,
        );
      }
      buildQrShape(area, square, module, matrix, ALT_TEXT[brandLocale(ctx.brand)].qr(readableLink(url)));
      const ids = referencedIds(area);
      area.remove();
      dropUnreferenced(ctx.pkg, part, ids);
      ctx.pkg.touch(part);
    }
  }
}
