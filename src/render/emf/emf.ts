/**
 * EMF (MS-EMF) records played into the GDI player (player.ts): the header's frame (EMR_HEADER
 * rclFrame, 0.01 mm) is what fills the picture's box; map modes, window, viewport and world
 * transform; pens, brushes, fonts; lines, polygons, poly-polygons, Béziers (32- and 16-bit
 * points), rectangles, ellipses, arcs, paths (BeginPath … FillPath/StrokePath/SelectClipPath);
 * clipping rectangles and regions; text (EMR_EXTTEXTOUTW/A); bitmaps (StretchDIBits, BitBlt,
 * StretchBlt, SetDIBitsToDevice, AlphaBlend, TransparentBlt). EMF+ records (in EMR_GDICOMMENT)
 * of "dual" files are skipped, since the GDI records after them draw the same picture; an
 * EMF+-only file is reported. Every record not drawn is counted by name.
 */
import { compose, multiply, scale, translate, type Matrix } from '../matrix.js';
import { type Blitter, SRCCOPY } from './blit.js';
import { decodeCharset } from './charset.js';
import { colorRef, type Box, type Brush, type DcState, type GdiObject, type LogFont } from './dc.js';
import { decodeDib } from './dib.js';
import { Player, type PlayerOptions, type Point } from './player.js';
import { Rec, RecordTooShort } from './record.js';

export interface EmfHeader {
  /** rclBounds, device units (inclusive). */
  bounds: Box;
  /** rclFrame, 0.01 mm (inclusive). */
  frame: Box;
  /** Device pixels per millimetre. */
  pxPerMm: { x: number; y: number };
  records: number;
}

/** Reads EMR_HEADER, or undefined when the bytes are not an EMF. */
export function readEmfHeader(bytes: Uint8Array): EmfHeader | undefined {
  if (bytes.length < 88) return undefined;
  const r = new Rec(bytes, 0, Math.min(bytes.length, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true)));
  try {
    if (r.u32(0) !== 1 || r.u32(40) !== 0x464d4520) return undefined;
    const box = (o: number): Box => ({ l: r.i32(o), t: r.i32(o + 4), r: r.i32(o + 8), b: r.i32(o + 12) });
    const devX = r.i32(72);
    const devY = r.i32(76);
    const mmX = r.i32(80);
    const mmY = r.i32(84);
    const ok = devX > 0 && devY > 0 && mmX > 0 && mmY > 0;
    return { bounds: box(8), frame: box(24), pxPerMm: ok ? { x: devX / mmX, y: devY / mmY } : { x: 96 / 25.4, y: 96 / 25.4 }, records: r.u32(52) };
  } catch {
    return undefined;
  }
}

/** The frame of the picture in device units (what the picture's box shows). */
export function emfDeviceFrame(h: EmfHeader): Box | undefined {
  const f = h.frame;
  const fr: Box = { l: (f.l / 100) * h.pxPerMm.x, t: (f.t / 100) * h.pxPerMm.y, r: (f.r / 100) * h.pxPerMm.x, b: (f.b / 100) * h.pxPerMm.y };
  if (fr.r - fr.l > 0 && fr.b - fr.t > 0) return fr;
  const b = h.bounds;
  if (b.r >= b.l && b.b >= b.t) return { l: b.l, t: b.t, r: b.r + 1, b: b.b + 1 };
  return undefined;
}

/** Millimetres per logical unit of the fixed map modes (MM_LOMETRIC … MM_TWIPS). */
const MM_UNIT: Record<number, number> = { 2: 0.1, 3: 0.01, 4: 0.254, 5: 0.0254, 6: 25.4 / 1440 };

/** Logical → device units for a DC state (map mode, window, viewport). */
export function gdiPageMatrix(s: DcState, pxPerMm: { x: number; y: number }): Matrix {
  let sx = 1;
  let sy = 1;
  const unit = MM_UNIT[s.mapMode];
  if (unit !== undefined) {
    sx = unit * pxPerMm.x;
    sy = -unit * pxPerMm.y;
  } else if (s.mapMode === 7 || s.mapMode === 8) {
    sx = s.winExt.x !== 0 ? s.vpExt.x / s.winExt.x : 1;
    sy = s.winExt.y !== 0 ? s.vpExt.y / s.winExt.y : 1;
    if (s.mapMode === 7) {
      const k = Math.min(Math.abs(sx), Math.abs(sy));
      sx = Math.sign(sx || 1) * k;
      sy = Math.sign(sy || 1) * k;
    }
  }
  return [sx, 0, 0, sy, s.vpOrg.x - s.winOrg.x * sx, s.vpOrg.y - s.winOrg.y * sy];
}

/** Most records played per picture. */
const MAX_RECORDS = 2_000_000;

/** Record types that change nothing we draw (palettes, colour management, layout hints ...). */
const IGNORED = new Set([13, 16, 21, 23, 28, 48, 49, 50, 51, 52, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 115, 119, 120, 121, 122]);

const NAMES: Record<number, string> = {
  15: 'SetPixelV',
  41: 'AngleArc',
  53: 'ExtFloodFill',
  56: 'PolyDraw',
  65: 'FlattenPath',
  66: 'WidenPath',
  71: 'FillRgn',
  72: 'FrameRgn',
  73: 'InvertRgn',
  74: 'PaintRgn',
  78: 'MaskBlt',
  79: 'PlgBlt',
  92: 'PolyDraw16',
  96: 'PolyTextOutA',
  97: 'PolyTextOutW',
  116: 'TransparentBlt',
  118: 'GradientFill',
};

export interface EmfPlayOptions extends Omit<PlayerOptions, 'toLocal' | 'pageMatrix'> {
  /** The picture's box (local coordinates) the header's frame fills. */
  box: { x: number; y: number; w: number; h: number };
  blitter: (p: Player) => Blitter;
}

/** Plays an EMF into a new player (its `ops` and `unsupported` are the result). */
export function playEmf(bytes: Uint8Array, header: EmfHeader, o: EmfPlayOptions): Player {
  const frame = emfDeviceFrame(header)!;
  const sx = o.box.w / (frame.r - frame.l);
  const sy = o.box.h / (frame.b - frame.t);
  const toLocal: Matrix = compose(translate(o.box.x, o.box.y), scale(sx, sy), translate(-frame.l, -frame.t));
  const player = new Player({ ...o, toLocal, pageMatrix: (s) => gdiPageMatrix(s, header.pxPerMm) });
  const blit = o.blitter(player);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  let count = 0;
  while (at + 8 <= bytes.length && count++ < MAX_RECORDS && !player.truncated) {
    const type = dv.getUint32(at, true);
    const size = dv.getUint32(at + 4, true);
    if (size < 8 || size % 4 !== 0 || at + size > bytes.length) {
      player.note('damaged record');
      break;
    }
    if (type === 14) break; // EMR_EOF
    const r = new Rec(bytes, at, size);
    try {
      if (type !== 76 && type !== 77 && type !== 81 && type !== 80 && type !== 114) blit.flush();
      record(player, blit, r, type, header);
    } catch (e) {
      if (e instanceof RecordTooShort) player.note('damaged record');
      else throw e;
    }
    at += size;
  }
  blit.flush();
  return player;
}

function points32(r: Rec, countAt: number, at: number): Point[] {
  const n = r.u32(countAt);
  if (at + n * 8 > r.size) throw new RecordTooShort();
  const out: Point[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { x: r.i32(at + i * 8), y: r.i32(at + i * 8 + 4) };
  return out;
}

function points16(r: Rec, countAt: number, at: number): Point[] {
  const n = r.u32(countAt);
  if (at + n * 4 > r.size) throw new RecordTooShort();
  const out: Point[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = { x: r.i16(at + i * 4), y: r.i16(at + i * 4 + 2) };
  return out;
}

/** EMR_POLYPOLYLINE/POLYPOLYGON(16): nPolys at 24, total points at 28, counts, then points. */
function polyPoly(r: Rec, wide: boolean): Point[][] {
  const nPolys = r.u32(24);
  const total = r.u32(28);
  const ptSize = wide ? 8 : 4;
  if (32 + nPolys * 4 + total * ptSize > r.size) throw new RecordTooShort();
  let at = 32 + nPolys * 4;
  const out: Point[][] = [];
  let used = 0;
  for (let i = 0; i < nPolys; i++) {
    const n = r.u32(32 + i * 4);
    used += n;
    if (used > total) throw new RecordTooShort();
    const pts: Point[] = new Array(n);
    for (let k = 0; k < n; k++, at += ptSize) pts[k] = wide ? { x: r.i32(at), y: r.i32(at + 4) } : { x: r.i16(at), y: r.i16(at + 2) };
    out.push(pts);
  }
  return out;
}

/** RGNDATA (header of 32 bytes, then rectangles), device units. */
function regionRects(r: Rec, at: number, cb: number): Box[] {
  if (cb < 32) return [];
  const n = r.u32(at + 8);
  if (32 + n * 16 > cb) throw new RecordTooShort();
  const out: Box[] = [];
  for (let i = 0; i < n; i++) {
    const o = at + 32 + i * 16;
    out.push({ l: r.i32(o), t: r.i32(o + 4), r: r.i32(o + 8), b: r.i32(o + 12) });
  }
  return out;
}

/** The bitmap of a record: header (with its colour table) and bits, by their offsets. */
function dibOf(r: Rec, offBmi: number, cbBmi: number, offBits: number, cbBits: number): { header: Uint8Array; bits: Uint8Array } | undefined {
  if (cbBmi === 0 || cbBits === 0) return undefined;
  return { header: r.slice(offBmi, cbBmi), bits: r.slice(offBits, cbBits) };
}

/** The mean colour of a pattern brush's bitmap (patterns are drawn flat). */
function patternBrush(header: Uint8Array, bits: Uint8Array): Brush {
  try {
    const dib = decodeDib(header, bits);
    if (dib.kind === 'pixels') {
      let rr = 0;
      let gg = 0;
      let bb = 0;
      const n = dib.width * dib.height;
      for (let i = 0; i < n * 4; i += 4) {
        rr += dib.rgba[i]!;
        gg += dib.rgba[i + 1]!;
        bb += dib.rgba[i + 2]!;
      }
      return { kind: 'pattern', color: { r: rr / n / 255, g: gg / n / 255, b: bb / n / 255, a: 1 } };
    }
  } catch {
    // fall through: mid grey
  }
  return { kind: 'pattern', color: { r: 0.5, g: 0.5, b: 0.5, a: 1 } };
}

function logFontW(r: Rec, at: number): LogFont {
  let face = r.utf16(at + 28, Math.min(32, Math.max(0, (r.size - at - 28) >> 1)));
  const nul = face.indexOf('\u0000');
  if (nul >= 0) face = face.slice(0, nul);
  return {
    height: r.i32(at),
    width: r.i32(at + 4),
    escapement: r.i32(at + 8),
    weight: r.i32(at + 16),
    italic: r.u8(at + 20) !== 0,
    underline: r.u8(at + 21) !== 0,
    strikeout: r.u8(at + 22) !== 0,
    charset: r.u8(at + 23),
    face,
  };
}

function record(p: Player, blit: Blitter, r: Rec, type: number, header: EmfHeader): void {
  const s = p.s;
  switch (type) {
    case 1: // EMR_HEADER
      return;
    case 2:
      p.polyBezier(points32(r, 24, 28));
      return;
    case 3:
      p.polygons([points32(r, 24, 28)]);
      return;
    case 4:
      p.polyline(points32(r, 24, 28));
      return;
    case 5:
      p.bezierTo(points32(r, 24, 28));
      return;
    case 6:
      p.lineTo(points32(r, 24, 28));
      return;
    case 7:
      p.polylines(polyPoly(r, true));
      return;
    case 8:
      p.polygons(polyPoly(r, true));
      return;
    case 9:
      s.winExt = { x: r.i32(8), y: r.i32(12) };
      return;
    case 10:
      s.winOrg = { x: r.i32(8), y: r.i32(12) };
      return;
    case 11:
      s.vpExt = { x: r.i32(8), y: r.i32(12) };
      return;
    case 12:
      s.vpOrg = { x: r.i32(8), y: r.i32(12) };
      return;
    case 17:
      s.mapMode = r.u32(8);
      return;
    case 18:
      s.bkMode = r.u32(8);
      return;
    case 19:
      s.polyFillMode = r.u32(8);
      return;
    case 20:
      s.rop2 = r.u32(8);
      return;
    case 22:
      s.textAlign = r.u32(8);
      return;
    case 24:
      s.textColor = colorRef(r.u32(8));
      return;
    case 25:
      s.bkColor = colorRef(r.u32(8));
      return;
    case 26:
      p.offsetClip(r.i32(8), r.i32(12));
      return;
    case 27:
      p.moveTo(r.i32(8), r.i32(12));
      return;
    case 29:
      p.excludeClip(r.i32(8), r.i32(12), r.i32(16), r.i32(20));
      return;
    case 30:
      p.intersectClip(r.i32(8), r.i32(12), r.i32(16), r.i32(20));
      return;
    case 31:
    case 32: {
      // EMR_SCALEVIEWPORTEXTEX / EMR_SCALEWINDOWEXTEX: xNum, xDenom, yNum, yDenom.
      const xd = r.i32(12);
      const yd = r.i32(20);
      if (xd === 0 || yd === 0) return;
      const ext = type === 31 ? s.vpExt : s.winExt;
      const next = { x: (ext.x * r.i32(8)) / xd, y: (ext.y * r.i32(16)) / yd };
      if (type === 31) s.vpExt = next;
      else s.winExt = next;
      return;
    }
    case 33:
      p.save();
      return;
    case 34:
      p.restore(r.i32(8));
      return;
    case 35:
      s.world = xform(r, 8);
      return;
    case 36: {
      const x = xform(r, 8);
      const mode = r.u32(32);
      if (mode === 1) s.world = [1, 0, 0, 1, 0, 0];
      else if (mode === 2) s.world = multiply(s.world, x);
      else if (mode === 3) s.world = multiply(x, s.world);
      else if (mode === 4) s.world = x;
      return;
    }
    case 37:
      p.select(r.u32(8));
      return;
    case 38: {
      const w = r.i32(16);
      p.objects.set(r.u32(8), { type: 'pen', pen: { style: r.u32(12), width: Math.abs(w), color: colorRef(r.u32(24)) } });
      return;
    }
    case 95: {
      // EMR_EXTCREATEPEN: LOGPENEX at 28.
      const style = r.u32(28);
      const n = r.u32(48);
      const user: number[] = [];
      for (let i = 0; i < Math.min(n, 16); i++) user.push(r.u32(52 + i * 4));
      const brushStyle = r.u32(36);
      const color = colorRef(r.u32(40));
      p.objects.set(r.u32(8), { type: 'pen', pen: { style: brushStyle === 1 ? (style & ~0xf) | 5 : style, width: r.u32(32), color, ...(user.length > 0 ? { user } : {}) } });
      return;
    }
    case 39: {
      const style = r.u32(12);
      const color = colorRef(r.u32(16));
      const brush: Brush = style === 1 ? { kind: 'null' } : style === 2 ? { kind: 'hatch', color, hatch: r.u32(20) } : { kind: 'solid', color };
      p.objects.set(r.u32(8), { type: 'brush', brush });
      return;
    }
    case 93:
    case 94: {
      // EMR_CREATEMONOBRUSH / EMR_CREATEDIBPATTERNBRUSHPT: usage 12, offBmi 16, cbBmi 20, offBits 24, cbBits 28.
      const dib = dibOf(r, r.u32(16), r.u32(20), r.u32(24), r.u32(28));
      p.objects.set(r.u32(8), { type: 'brush', brush: dib ? patternBrush(dib.header, dib.bits) : { kind: 'solid', color: { r: 0.5, g: 0.5, b: 0.5, a: 1 } } });
      return;
    }
    case 82:
      p.objects.set(r.u32(8), { type: 'font', font: logFontW(r, 12) });
      return;
    case 40:
      p.objects.delete(r.u32(8));
      return;
    case 42:
      p.ellipse(r.i32(8), r.i32(12), r.i32(16), r.i32(20));
      return;
    case 43:
      p.rectangle(r.i32(8), r.i32(12), r.i32(16), r.i32(20));
      return;
    case 44:
      p.roundRect(r.i32(8), r.i32(12), r.i32(16), r.i32(20), r.i32(24), r.i32(28));
      return;
    case 45:
    case 46:
    case 47:
    case 55: {
      const kind = type === 45 ? 'arc' : type === 46 ? 'chord' : type === 47 ? 'pie' : 'arcTo';
      p.arc(kind, r.i32(8), r.i32(12), r.i32(16), r.i32(20), r.i32(24), r.i32(28), r.i32(32), r.i32(36));
      return;
    }
    case 54:
      p.lineTo([{ x: r.i32(8), y: r.i32(12) }]);
      return;
    case 57:
      s.arcDirection = r.u32(8);
      return;
    case 58:
      s.miterLimit = r.u32(8);
      return;
    case 59:
      p.beginPath();
      return;
    case 60:
      p.endPath();
      return;
    case 61:
      p.closeFigure();
      return;
    case 62:
      p.drawPath(true, false);
      return;
    case 63:
      p.drawPath(true, true);
      return;
    case 64:
      p.drawPath(false, true);
      return;
    case 67:
      p.selectClipPath(r.u32(8));
      return;
    case 68:
      p.abortPath();
      return;
    case 70:
      gdiComment(p, r);
      return;
    case 75: {
      const cb = r.u32(8);
      const mode = r.u32(12);
      p.setClipRegion(cb === 0 ? null : regionRects(r, 16, cb), mode);
      return;
    }
    case 83:
    case 84:
      extTextOut(p, r, type === 84);
      return;
    case 85:
      p.polyBezier(points16(r, 24, 28));
      return;
    case 86:
      p.polygons([points16(r, 24, 28)]);
      return;
    case 87:
      p.polyline(points16(r, 24, 28));
      return;
    case 88:
      p.bezierTo(points16(r, 24, 28));
      return;
    case 89:
      p.lineTo(points16(r, 24, 28));
      return;
    case 90:
      p.polylines(polyPoly(r, false));
      return;
    case 91:
      p.polygons(polyPoly(r, false));
      return;
    case 76:
    case 77: {
      // EMR_BITBLT / EMR_STRETCHBLT.
      const dest = { x: r.i32(24), y: r.i32(28), w: r.i32(32), h: r.i32(36) };
      const rop = r.u32(40);
      const dib = dibOf(r, r.u32(84), r.u32(88), r.u32(92), r.u32(96));
      if (!dib) {
        blit.pattern(dest, rop);
        return;
      }
      const src = { x: r.i32(44), y: r.i32(48), w: type === 77 ? r.i32(100) : dest.w, h: type === 77 ? r.i32(104) : dest.h };
      blit.bitmap(dib.header, dib.bits, src, dest, rop);
      return;
    }
    case 80: {
      // EMR_SETDIBITSTODEVICE: drawn 1:1 in logical units.
      const dib = dibOf(r, r.u32(48), r.u32(52), r.u32(56), r.u32(60));
      if (!dib) return;
      const cx = r.i32(40);
      const cy = r.i32(44);
      blit.bitmap(dib.header, dib.bits, { x: r.i32(32), y: r.i32(36), w: cx, h: cy }, { x: r.i32(24), y: r.i32(28), w: cx, h: cy }, SRCCOPY);
      return;
    }
    case 81: {
      // EMR_STRETCHDIBITS.
      const dib = dibOf(r, r.u32(48), r.u32(52), r.u32(56), r.u32(60));
      const dest = { x: r.i32(24), y: r.i32(28), w: r.i32(72), h: r.i32(76) };
      const rop = r.u32(68);
      if (!dib) {
        blit.pattern(dest, rop);
        return;
      }
      blit.bitmap(dib.header, dib.bits, { x: r.i32(32), y: r.i32(36), w: r.i32(40), h: r.i32(44) }, dest, rop);
      return;
    }
    case 114:
    case 116: {
      // EMR_ALPHABLEND / EMR_TRANSPARENTBLT.
      const dib = dibOf(r, r.u32(84), r.u32(88), r.u32(92), r.u32(96));
      if (!dib) return;
      const dest = { x: r.i32(24), y: r.i32(28), w: r.i32(32), h: r.i32(36) };
      const src = { x: r.i32(44), y: r.i32(48), w: r.i32(100), h: r.i32(104) };
      if (type === 114) {
        const constant = r.u8(42) / 255;
        const perPixel = (r.u8(43) & 1) !== 0;
        blit.bitmap(dib.header, dib.bits, src, dest, SRCCOPY, { alpha: constant, perPixelAlpha: perPixel });
      } else {
        const key = r.u32(40);
        blit.bitmap(dib.header, dib.bits, src, dest, SRCCOPY, { transparent: ((key & 255) << 16) | (key & 0xff00) | ((key >>> 16) & 255) });
      }
      return;
    }
    default:
      if (IGNORED.has(type)) return;
      p.note(NAMES[type] ?? `EMF record ${type}`);
  }
  void header;
}

function xform(r: Rec, at: number): Matrix {
  const m: Matrix = [r.f32(at), r.f32(at + 4), r.f32(at + 8), r.f32(at + 12), r.f32(at + 16), r.f32(at + 20)];
  return m.every(Number.isFinite) ? m : [1, 0, 0, 1, 0, 0];
}

/** EMR_GDICOMMENT: EMF+ records. A dual file draws the same with GDI records; EMF+ only does not. */
function gdiComment(p: Player, r: Rec): void {
  if (r.size < 20 || r.u32(12) !== 0x2b464d45) return; // "EMF+"
  const end = 12 + r.u32(8);
  let at = 16;
  while (at + 12 <= Math.min(end, r.size)) {
    const type = r.u16(at);
    const flags = r.u16(at + 2);
    const size = r.u32(at + 4);
    if (type === 0x4001 && (flags & 1) === 0) p.note('EMF+ records (a file without GDI records)');
    if (size < 12) return;
    at += size;
  }
}

/** EMR_EXTTEXTOUTW / EMR_EXTTEXTOUTA: EMRTEXT at 36. */
function extTextOut(p: Player, r: Rec, wide: boolean): void {
  const x = r.i32(36);
  const y = r.i32(40);
  const n = r.u32(44);
  const offString = r.u32(48);
  const options = r.u32(52);
  const rect: Box = { l: r.i32(56), t: r.i32(60), r: r.i32(64), b: r.i32(68) };
  const offDx = r.u32(72);
  if (n > 100_000) throw new RecordTooShort();
  const str = n === 0 ? '' : wide ? r.utf16(offString, n) : decodeCharset(r.slice(offString, n), p.s.font.charset);
  let dx: number[] | undefined;
  if (offDx > 0 && n > 0) {
    const pdy = (options & 0x2000) !== 0;
    const step = pdy ? 8 : 4;
    if (offDx + n * step <= r.size) {
      dx = [];
      for (let i = 0; i < n; i++) dx.push(r.i32(offDx + i * step));
    }
  }
  const hasRect = rect.r > rect.l && rect.b > rect.t;
  const opaque = (options & 2) !== 0 && hasRect ? rect : undefined;
  const clipped = (options & 4) !== 0 && hasRect ? rect : undefined;
  p.text(x, y, str, dx, opaque, clipped);
}

export type { GdiObject };
