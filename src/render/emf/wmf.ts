/**
 * WMF (MS-WMF) records played into the GDI player (player.ts). The picture's extent is the
 * placeable header's bounding box (META_PLACEABLE), else the first window (SetWindowOrg/Ext);
 * the current window is mapped onto that extent. Objects take the lowest free slot of the object
 * table, as GDI numbers them. Parameters of WMF records come in reverse order (y before x).
 */
import { compose, scale, translate, type Matrix } from '../matrix.js';
import type { Blitter } from './blit.js';
import { decodeCharset } from './charset.js';
import { colorRef, type Box, type Brush, type DcState, type GdiObject, type LogFont } from './dc.js';
import { decodeDib } from './dib.js';
import { Player, type PlayerOptions, type Point } from './player.js';
import { Rec, RecordTooShort } from './record.js';

export interface WmfHeader {
  /** Where the records start (after the placeable and standard headers). */
  start: number;
  /** The picture's extent in logical units. */
  frame: Box;
  /** Logical units per inch (the placeable header's; 1440 when unknown). */
  inch: number;
}

/** Reads the WMF headers, or undefined when the bytes are not a WMF with a known extent. */
export function readWmfHeader(bytes: Uint8Array): WmfHeader | undefined {
  if (bytes.length < 18) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let frame: Box | undefined;
  let inch = 1440;
  if (dv.getUint32(0, true) === 0x9ac6cdd7) {
    if (bytes.length < 40) return undefined;
    const l = dv.getInt16(6, true);
    const t = dv.getInt16(8, true);
    const r = dv.getInt16(10, true);
    const b = dv.getInt16(12, true);
    inch = dv.getUint16(14, true) || 1440;
    if (r !== l && b !== t) frame = { l: Math.min(l, r), t: Math.min(t, b), r: Math.max(l, r), b: Math.max(t, b) };
    at = 22;
  }
  const headerWords = dv.getUint16(at + 2, true);
  if (headerWords !== 9) return undefined;
  const start = at + 18;
  if (!frame) frame = firstWindow(bytes, start);
  if (!frame) return undefined;
  return { start, frame, inch };
}

/** The window of the first SetWindowOrg/SetWindowExt records (a WMF without placeable header). */
function firstWindow(bytes: Uint8Array, start: number): Box | undefined {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let org: Point = { x: 0, y: 0 };
  let at = start;
  for (let n = 0; n < 10_000 && at + 6 <= bytes.length; n++) {
    const words = dv.getUint32(at, true);
    const fn = dv.getUint16(at + 4, true);
    if (words < 3 || at + words * 2 > bytes.length || fn === 0) return undefined;
    if (fn === 0x020b && words >= 5) org = { x: dv.getInt16(at + 8, true), y: dv.getInt16(at + 6, true) };
    // No window before the first bitmap: the bitmap's destination is the picture.
    const dest = fn === 0x0b41 && words > 14 ? 9 : fn === 0x0f43 && words > 15 ? 10 : fn === 0x0940 && words > 12 ? 7 : 0;
    if (dest > 0) {
      const i = (k: number) => dv.getInt16(at + 6 + k * 2, true);
      const x = i(dest);
      const y = i(dest - 1);
      const w = i(fn === 0x0940 ? 5 : dest - 2);
      const h = i(fn === 0x0940 ? 4 : dest - 3);
      if (w !== 0 && h !== 0) return { l: Math.min(x, x + w), t: Math.min(y, y + h), r: Math.max(x, x + w), b: Math.max(y, y + h) };
    }
    if (fn === 0x020c && words >= 5) {
      const w = dv.getInt16(at + 8, true);
      const h = dv.getInt16(at + 6, true);
      if (w === 0 || h === 0) return undefined;
      return { l: Math.min(org.x, org.x + w), t: Math.min(org.y, org.y + h), r: Math.max(org.x, org.x + w), b: Math.max(org.y, org.y + h) };
    }
    at += words * 2;
  }
  return undefined;
}

/** Records that change nothing we draw: palettes, stretch mode, mapper flags, escapes, ... */
const IGNORED = new Set([0x0035, 0x0037, 0x0105, 0x0107, 0x0108, 0x0139, 0x0149, 0x0231, 0x0234, 0x020a, 0x0626]);

const NAMES = new Map<number, string>([
  [0x0419, 'FloodFill'],
  [0x0548, 'ExtFloodFill'],
  [0x0922, 'BitBlt (device-dependent)'],
  [0x0b23, 'StretchBlt (device-dependent)'],
  [0x0d33, 'SetDIBitsToDevice'],
  [0x0228, 'FillRegion'],
  [0x012b, 'PaintRegion'],
  [0x0129, 'InvertRegion'],
  [0x0429, 'FrameRegion'],
  [0x012c, 'SelectClipRegion'],
  [0x0220, 'OffsetClipRgn'],
  [0x06ff, 'CreateRegion'],
  [0x0521, 'TextOut'],
  [0x0a32, 'ExtTextOut'],
]);

export interface WmfPlayOptions extends Omit<PlayerOptions, 'toLocal' | 'pageMatrix'> {
  box: { x: number; y: number; w: number; h: number };
  blitter: (p: Player) => Blitter;
}

export function playWmf(bytes: Uint8Array, header: WmfHeader, o: WmfPlayOptions): Player {
  const f = header.frame;
  const sx = o.box.w / (f.r - f.l);
  const sy = o.box.h / (f.b - f.t);
  const toLocal: Matrix = compose(translate(o.box.x, o.box.y), scale(sx, sy), translate(-f.l, -f.t));
  let windowSet = false;
  // Logical → frame units: the current window mapped onto the first window (or the placeable
  // box), so records drawn after a window change land where GDI puts them on the device.
  const pageMatrix = (s: DcState): Matrix => {
    if (!windowSet || s.winExt.x === 0 || s.winExt.y === 0) return [1, 0, 0, 1, 0, 0];
    const kx = (f.r - f.l) / s.winExt.x;
    const ky = (f.b - f.t) / s.winExt.y;
    // A negative extent flips: the window's origin stays on the frame's first edge.
    return [kx, 0, 0, ky, f.l - s.winOrg.x * kx, f.t - s.winOrg.y * ky];
  };
  const pixel = Math.abs(sx) * (header.inch / 96);
  const player = new Player({ ...o, toLocal, pageMatrix, pixel });
  const blit = o.blitter(player);
  const slots: (GdiObject | undefined)[] = [];
  const create = (obj: GdiObject) => {
    let i = slots.indexOf(undefined);
    if (i < 0) i = slots.length;
    if (i >= 65535) return;
    slots[i] = obj;
    player.objects.set(i, obj);
  };
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = header.start;
  let count = 0;
  while (at + 6 <= bytes.length && count++ < 2_000_000 && !player.truncated) {
    const words = dv.getUint32(at, true);
    const fn = dv.getUint16(at + 4, true);
    if (fn === 0) break; // META_EOF
    if (words < 3 || at + words * 2 > bytes.length) {
      player.note('damaged record');
      break;
    }
    const r = new Rec(bytes, at, words * 2);
    try {
      if (fn !== 0x0940 && fn !== 0x0b41 && fn !== 0x0f43) blit.flush();
      const set = record(player, blit, r, fn, create, slots);
      if (set) windowSet = true;
    } catch (e) {
      if (e instanceof RecordTooShort) player.note('damaged record');
      else throw e;
    }
    at += words * 2;
  }
  blit.flush();
  return player;
}

/** A packed DIB (header, colour table, bits) split into header-with-table and bits. */
export function splitDib(bytes: Uint8Array): { header: Uint8Array; bits: Uint8Array } | undefined {
  if (bytes.length < 12) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = dv.getUint32(0, true);
  let table: number;
  if (size === 12) {
    const bc = dv.getUint16(10, true);
    table = bc <= 8 ? (1 << bc) * 3 : 0;
  } else {
    if (size < 40 || bytes.length < 40) return undefined;
    const bc = dv.getUint16(14, true);
    const comp = dv.getUint32(16, true);
    const used = dv.getUint32(32, true);
    table = (bc <= 8 ? (used > 0 ? Math.min(used, 256) : 1 << bc) : used) * 4;
    if (size === 40 && comp === 3) table += 12;
    if (size === 40 && comp === 6) table += 16;
  }
  const end = size + table;
  if (end > bytes.length) return undefined;
  return { header: bytes.subarray(0, end), bits: bytes.subarray(end) };
}

function pts(r: Rec, n: number, at: number): Point[] {
  if (at + n * 4 > r.size) throw new RecordTooShort();
  const out: Point[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { x: r.i16(at + i * 4), y: r.i16(at + i * 4 + 2) };
  return out;
}

function brushOf(style: number, color: number, hatch: number): Brush {
  const c = colorRef(color);
  return style === 1 ? { kind: 'null' } : style === 2 ? { kind: 'hatch', color: c, hatch } : { kind: 'solid', color: c };
}

function meanBrush(dib: { header: Uint8Array; bits: Uint8Array } | undefined): Brush {
  try {
    const d = dib ? decodeDib(dib.header, dib.bits) : undefined;
    if (d && d.kind === 'pixels') {
      const n = d.width * d.height;
      let rr = 0;
      let gg = 0;
      let bb = 0;
      for (let i = 0; i < n * 4; i += 4) {
        rr += d.rgba[i]!;
        gg += d.rgba[i + 1]!;
        bb += d.rgba[i + 2]!;
      }
      return { kind: 'pattern', color: { r: rr / n / 255, g: gg / n / 255, b: bb / n / 255, a: 1 } };
    }
  } catch {
    // mid grey below
  }
  return { kind: 'pattern', color: { r: 0.5, g: 0.5, b: 0.5, a: 1 } };
}

/** Plays one record; returns true when it set the window. */
function record(p: Player, blit: Blitter, r: Rec, fn: number, create: (o: GdiObject) => void, slots: (GdiObject | undefined)[]): boolean {
  const s = p.s;
  const w = (i: number) => r.i16(6 + i * 2);
  const u = (i: number) => r.u16(6 + i * 2);
  const c32 = (i: number) => r.u32(6 + i * 2);
  switch (fn) {
    case 0x0201:
      s.bkColor = colorRef(c32(0));
      return false;
    case 0x0102:
      s.bkMode = u(0);
      return false;
    case 0x0103:
      s.mapMode = u(0);
      return false;
    case 0x0104:
      s.rop2 = u(0);
      return false;
    case 0x0106:
      s.polyFillMode = u(0);
      return false;
    case 0x012e:
      s.textAlign = u(0);
      return false;
    case 0x0209:
      s.textColor = colorRef(c32(0));
      return false;
    case 0x020b:
      s.winOrg = { x: w(1), y: w(0) };
      return true;
    case 0x020c:
      s.winExt = { x: w(1), y: w(0) };
      return true;
    case 0x020f:
      s.winOrg = { x: s.winOrg.x + w(1), y: s.winOrg.y + w(0) };
      return true;
    case 0x0410: {
      // META_SCALEWINDOWEXT: yDenom, yNum, xDenom, xNum.
      if (w(0) === 0 || w(2) === 0) return false;
      s.winExt = { x: (s.winExt.x * w(3)) / w(2), y: (s.winExt.y * w(1)) / w(0) };
      return true;
    }
    case 0x020d:
    case 0x020e:
    case 0x0211:
    case 0x0412:
      // Viewport records: the extent is the device, so the viewport does not move the picture.
      return false;
    case 0x0213:
      p.lineTo([{ x: w(1), y: w(0) }]);
      return false;
    case 0x0214:
      p.moveTo(w(1), w(0));
      return false;
    case 0x0415:
      p.excludeClip(w(3), w(2), w(1), w(0));
      return false;
    case 0x0416:
      p.intersectClip(w(3), w(2), w(1), w(0));
      return false;
    case 0x0418:
      p.ellipse(w(3), w(2), w(1), w(0));
      return false;
    case 0x041b:
      p.rectangle(w(3), w(2), w(1), w(0));
      return false;
    case 0x061c:
      p.roundRect(w(5), w(4), w(3), w(2), w(1), w(0));
      return false;
    case 0x0817:
    case 0x081a:
    case 0x0830: {
      const kind = fn === 0x0817 ? 'arc' : fn === 0x081a ? 'pie' : 'chord';
      p.arc(kind, w(7), w(6), w(5), w(4), w(3), w(2), w(1), w(0));
      return false;
    }
    case 0x0324:
      p.polygons([pts(r, u(0), 8)]);
      return false;
    case 0x0325:
      p.polyline(pts(r, u(0), 8));
      return false;
    case 0x0538: {
      const n = u(0);
      const polys: Point[][] = [];
      let at = 8 + n * 2;
      for (let i = 0; i < n; i++) {
        const k = u(1 + i);
        polys.push(pts(r, k, at));
        at += k * 4;
      }
      p.polygons(polys);
      return false;
    }
    case 0x001e:
      p.save();
      return false;
    case 0x0127:
      p.restore(w(0));
      return false;
    case 0x012d: {
      const i = u(0);
      if (slots[i]) p.select(i);
      return false;
    }
    case 0x01f0: {
      const i = u(0);
      slots[i] = undefined;
      p.objects.delete(i);
      return false;
    }
    case 0x02fa:
      create({ type: 'pen', pen: { style: u(0), width: Math.abs(w(1)), color: colorRef(c32(3)) } });
      return false;
    case 0x02fc:
      create({ type: 'brush', brush: brushOf(u(0), c32(1), u(3)) });
      return false;
    case 0x0142:
      create({ type: 'brush', brush: meanBrush(splitDib(r.slice(10, r.size - 10))) });
      return false;
    case 0x01f9:
      create({ type: 'brush', brush: { kind: 'pattern', color: { r: 0.5, g: 0.5, b: 0.5, a: 1 } } });
      return false;
    case 0x02fb: {
      let face = '';
      for (let i = 24; i < Math.min(r.size, 56); i++) {
        const ch = r.u8(i);
        if (ch === 0) break;
        face += String.fromCharCode(ch);
      }
      const font: LogFont = { height: w(0), width: w(1), escapement: w(2), weight: w(4), italic: r.u8(16) !== 0, underline: r.u8(17) !== 0, strikeout: r.u8(18) !== 0, charset: r.u8(19), face };
      create({ type: 'font', font });
      return false;
    }
    case 0x00f7:
    case 0x06ff:
      create({ type: 'other' });
      if (fn === 0x06ff) p.note('CreateRegion');
      return false;
    case 0x0521: {
      const n = u(0);
      const bytes = r.slice(8, n);
      const at = 8 + n + (n % 2);
      p.text(r.i16(at + 2), r.i16(at), decodeCharset(bytes, s.font.charset), undefined, undefined, undefined);
      return false;
    }
    case 0x0a32: {
      const y = w(0);
      const x = w(1);
      const n = u(2);
      const opts = u(3);
      let at = 14;
      let rect: Box | undefined;
      if (opts & 6) {
        rect = { l: r.i16(14), t: r.i16(16), r: r.i16(18), b: r.i16(20) };
        at = 22;
      }
      const str = decodeCharset(r.slice(at, n), s.font.charset);
      at += n + (n % 2);
      let dx: number[] | undefined;
      if (at + n * 2 <= r.size && n > 0) {
        dx = [];
        for (let i = 0; i < n; i++) dx.push(r.i16(at + i * 2));
        // Double-byte text: one advance per byte; keep the advances of the characters only.
        if ([...str].length !== n) dx = undefined;
      }
      const hasRect = rect !== undefined && rect.r > rect.l && rect.b > rect.t;
      p.text(x, y, str, dx, hasRect && opts & 2 ? rect : undefined, hasRect && opts & 4 ? rect : undefined);
      return false;
    }
    case 0x061d: {
      // META_PATBLT: rop, height, width, y, x.
      blit.pattern({ x: w(5), y: w(4), w: w(3), h: w(2) }, c32(0));
      return false;
    }
    case 0x0940: {
      // META_DIBBITBLT: rop, ySrc, xSrc, height, width, yDest, xDest, DIB (or a reserved word without).
      const rop = c32(0);
      if (r.size === 24) {
        blit.pattern({ x: w(8), y: w(7), w: w(6), h: w(5) }, rop);
        return false;
      }
      const dib = splitDib(r.slice(22, r.size - 22));
      if (!dib) return noteBitmap(p);
      blit.bitmap(dib.header, dib.bits, { x: w(3), y: w(2), w: w(5), h: w(4) }, { x: w(7), y: w(6), w: w(5), h: w(4) }, rop);
      return false;
    }
    case 0x0b41: {
      // META_DIBSTRETCHBLT: rop, srcH, srcW, ySrc, xSrc, destH, destW, yDest, xDest, DIB.
      const rop = c32(0);
      if (r.size === 28) {
        blit.pattern({ x: w(10), y: w(9), w: w(8), h: w(7) }, rop);
        return false;
      }
      const dib = splitDib(r.slice(26, r.size - 26));
      if (!dib) return noteBitmap(p);
      blit.bitmap(dib.header, dib.bits, { x: w(5), y: w(4), w: w(3), h: w(2) }, { x: w(9), y: w(8), w: w(7), h: w(6) }, rop);
      return false;
    }
    case 0x0f43: {
      // META_STRETCHDIB: rop, usage, srcH, srcW, ySrc, xSrc, destH, destW, yDest, xDest, DIB.
      const rop = c32(0);
      const dib = splitDib(r.slice(28, r.size - 28));
      if (!dib) return noteBitmap(p);
      blit.bitmap(dib.header, dib.bits, { x: w(6), y: w(5), w: w(4), h: w(3) }, { x: w(10), y: w(9), w: w(8), h: w(7) }, rop);
      return false;
    }
    default:
      if (IGNORED.has(fn)) return false;
      p.note(NAMES.get(fn) ?? `WMF record 0x${fn.toString(16)}`);
      return false;
  }
}

function noteBitmap(p: Player): false {
  p.note('bitmap (damaged)');
  return false;
}

