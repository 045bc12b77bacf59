/**
 * The state of a GDI device context as EMF and WMF records change it: selected pen, brush and
 * font, colours and modes, the mapping from logical to device units (map mode, window and
 * viewport, EMF's world transform), the clipping region and the current position. Shared by the
 * EMF and WMF players (emf.ts, wmf.ts), saved and restored with SaveDC/RestoreDC.
 */
import type { Rgba } from '../color/rgba.js';
import { IDENTITY, type Matrix } from '../matrix.js';

/** A pen: PS_* style bits, width in logical units (0: one device pixel). */
export interface Pen {
  style: number;
  width: number;
  color: Rgba;
  /** Dash lengths of a PS_USERSTYLE pen, logical units. */
  user?: number[];
}

export type Brush =
  | { kind: 'solid'; color: Rgba }
  | { kind: 'null' }
  /** HS_* hatch lines in `color` (over the background colour when the mode is opaque). */
  | { kind: 'hatch'; color: Rgba; hatch: number }
  /** A bitmap pattern, drawn as its mean colour. */
  | { kind: 'pattern'; color: Rgba };

/** LOGFONT: height < 0 is the character (em) height, > 0 the cell height, logical units. */
export interface LogFont {
  height: number;
  width: number;
  /** Tenths of a degree, counter-clockwise. */
  escapement: number;
  weight: number;
  italic: boolean;
  underline: boolean;
  strikeout: boolean;
  charset: number;
  face: string;
}

export type GdiObject =
  | { type: 'pen'; pen: Pen }
  | { type: 'brush'; brush: Brush }
  | { type: 'font'; font: LogFont }
  | { type: 'region'; rects: Box[] }
  | { type: 'other' };

/** An axis-aligned rectangle (left, top, right, bottom). */
export interface Box {
  l: number;
  t: number;
  r: number;
  b: number;
}

export interface DcState {
  pen: Pen;
  brush: Brush;
  font: LogFont;
  textColor: Rgba;
  bkColor: Rgba;
  /** 1: transparent, 2: opaque. */
  bkMode: number;
  textAlign: number;
  /** 1: alternate (even-odd), 2: winding. */
  polyFillMode: number;
  mapMode: number;
  winOrg: { x: number; y: number };
  winExt: { x: number; y: number };
  vpOrg: { x: number; y: number };
  vpExt: { x: number; y: number };
  /** EMF world transform (logical → page). */
  world: Matrix;
  /** Clipping region in the picture's local coordinates (a union of rectangles); null: none. */
  clip: Box[] | null;
  /** A clip path (SelectClipPath) in local coordinates, intersected with `clip`. */
  clipPath: import('../ops.js').PathCommand[] | null;
  /** 1: counter-clockwise (the default), 2: clockwise. */
  arcDirection: number;
  miterLimit: number;
  /** R2_* mix mode (R2_NOP draws nothing). */
  rop2: number;
}

export const BLACK_C: Rgba = { r: 0, g: 0, b: 0, a: 1 };
export const WHITE_C: Rgba = { r: 1, g: 1, b: 1, a: 1 };

export const DEFAULT_FONT: LogFont = { height: -12, width: 0, escapement: 0, weight: 400, italic: false, underline: false, strikeout: false, charset: 0, face: 'Arial' };

export function initialState(): DcState {
  return {
    pen: { style: 0, width: 0, color: BLACK_C },
    brush: { kind: 'solid', color: WHITE_C },
    font: DEFAULT_FONT,
    textColor: BLACK_C,
    bkColor: WHITE_C,
    bkMode: 2,
    textAlign: 0,
    polyFillMode: 1,
    mapMode: 1,
    winOrg: { x: 0, y: 0 },
    winExt: { x: 1, y: 1 },
    vpOrg: { x: 0, y: 0 },
    vpExt: { x: 1, y: 1 },
    world: IDENTITY,
    clip: null,
    clipPath: null,
    arcDirection: 1,
    miterLimit: 10,
    rop2: 13,
  };
}

export function cloneState(s: DcState): DcState {
  return { ...s, winOrg: { ...s.winOrg }, winExt: { ...s.winExt }, vpOrg: { ...s.vpOrg }, vpExt: { ...s.vpExt }, clip: s.clip ? s.clip.map((b) => ({ ...b })) : null };
}

/** GDI stock objects (GetStockObject indices, or'ed with 0x80000000 in EMF). */
export function stockObject(index: number): GdiObject | undefined {
  const gray = (v: number): Rgba => ({ r: v, g: v, b: v, a: 1 });
  switch (index) {
    case 0:
      return { type: 'brush', brush: { kind: 'solid', color: WHITE_C } };
    case 1:
      return { type: 'brush', brush: { kind: 'solid', color: gray(0xc0 / 255) } };
    case 2:
      return { type: 'brush', brush: { kind: 'solid', color: gray(0x80 / 255) } };
    case 3:
      return { type: 'brush', brush: { kind: 'solid', color: gray(0x40 / 255) } };
    case 4:
      return { type: 'brush', brush: { kind: 'solid', color: BLACK_C } };
    case 5:
      return { type: 'brush', brush: { kind: 'null' } };
    case 6:
      return { type: 'pen', pen: { style: 0, width: 0, color: WHITE_C } };
    case 7:
      return { type: 'pen', pen: { style: 0, width: 0, color: BLACK_C } };
    case 8:
      return { type: 'pen', pen: { style: 5, width: 0, color: BLACK_C } };
    case 10:
    case 11:
    case 16:
      return { type: 'font', font: { ...DEFAULT_FONT, face: 'Courier New' } };
    case 12:
    case 13:
    case 14:
    case 17:
      return { type: 'font', font: DEFAULT_FONT };
    case 18:
      return { type: 'brush', brush: { kind: 'solid', color: WHITE_C } };
    case 19:
      return { type: 'pen', pen: { style: 0, width: 0, color: BLACK_C } };
    default:
      return index === 15 ? { type: 'other' } : undefined;
  }
}

/** COLORREF (0x00bbggrr) as a colour. */
export function colorRef(v: number): Rgba {
  return { r: (v & 255) / 255, g: ((v >>> 8) & 255) / 255, b: ((v >>> 16) & 255) / 255, a: 1 };
}
