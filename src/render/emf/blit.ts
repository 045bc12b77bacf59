/**
 * Bitmaps of metafiles onto the page (StretchDIBits, BitBlt, StretchBlt, SetDIBitsToDevice,
 * AlphaBlend, TransparentBlt and WMF's DIB records): the source rectangle cut out of the DIB,
 * encoded as PNG and drawn as an image operation into the destination rectangle. Raster
 * operations: SRCCOPY draws; the transparency idiom "mask with SRCAND, then the picture with
 * SRCPAINT or SRCINVERT" becomes one picture with transparency; a lone SRCAND leaves white out,
 * a lone SRCPAINT/SRCINVERT black. A BitBlt without a source paints the brush (PATCOPY), black
 * or white.
 */
import type { ImageSource } from '../ops.js';
import { decodeDib, type Dib } from './dib.js';
import { encodePng } from './png.js';
import type { Player } from './player.js';

export const SRCCOPY = 0x00cc0020;
export const SRCAND = 0x008800c6;
export const SRCPAINT = 0x00ee0086;
export const SRCINVERT = 0x00660046;
const PATCOPY = 0x00f00021;
const BLACKNESS = 0x00000042;
const WHITENESS = 0x00ff0062;

export interface Dest {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SrcRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Pixels = { width: number; height: number; rgba: Uint8Array };

export class Blitter {
  private pending: { dest: Dest; px: Pixels } | undefined;
  private count = 0;

  constructor(
    private readonly player: Player,
    /** Names the image of the n-th bitmap (stable across renders of the same part). */
    private readonly source: (n: number, png: Uint8Array, format: 'png' | 'jpeg') => ImageSource,
    private readonly slide: number,
    private readonly part: string,
  ) {}

  /** A raster operation without a source bitmap over a logical rectangle. */
  pattern(dest: Dest, rop: number): void {
    this.flush();
    const p = this.player;
    const r = { l: dest.x, t: dest.y, r: dest.x + dest.w, b: dest.y + dest.h };
    if (rop === BLACKNESS || rop === WHITENESS) {
      const v = rop === BLACKNESS ? 0 : 1;
      p.fillBox(r.l, r.t, r.r, r.b, [{ paint: { kind: 'solid', color: { r: v, g: v, b: v, a: 1 } } }]);
      return;
    }
    if (rop === 0x00aa0029) return; // D: leaves the destination as it is
    if (rop !== PATCOPY) p.note(`raster operation 0x${rop.toString(16)}`);
    p.fillBox(r.l, r.t, r.r, r.b, p.brushPaints(p.s.brush, []));
  }

  /** A DIB (header and bits) into a logical rectangle. */
  bitmap(header: Uint8Array, bits: Uint8Array, src: SrcRect | undefined, dest: Dest, rop: number, opts: { alpha?: number; perPixelAlpha?: boolean; transparent?: number } = {}): void {
    let dib: Dib;
    try {
      dib = decodeDib(header, bits, opts.perPixelAlpha === true);
    } catch (e) {
      this.flush();
      this.player.note(`bitmap (${(e as Error).message})`);
      return;
    }
    if (dib.kind === 'encoded') {
      this.flush();
      this.draw(this.source(this.count++, dib.bytes, dib.format), dest);
      return;
    }
    let px: Pixels = crop(dib, src);
    if (opts.transparent !== undefined) px = keyOut(px, opts.transparent);
    if (opts.perPixelAlpha) px = unpremultiply(px);
    if (opts.alpha !== undefined && opts.alpha < 1) px = scaleAlpha(px, opts.alpha);
    if (rop === SRCAND) {
      this.flush();
      this.pending = { dest, px };
      return;
    }
    if ((rop === SRCPAINT || rop === SRCINVERT) && this.pending && same(this.pending.dest, dest) && this.pending.px.width === px.width && this.pending.px.height === px.height) {
      const mask = this.pending.px;
      this.pending = undefined;
      const out = new Uint8Array(px.rgba);
      for (let i = 0; i < out.length; i += 4) {
        const m = mask.rgba[i]! + mask.rgba[i + 1]! + mask.rgba[i + 2]!;
        // Black in the mask: the picture shows; white: the background does.
        out[i + 3] = Math.round(255 - m / 3);
      }
      this.emit({ ...px, rgba: out }, dest);
      return;
    }
    this.flush();
    if (rop === SRCPAINT || rop === SRCINVERT) px = keyOut(px, 0x000000);
    else if (rop !== SRCCOPY) this.player.note(`raster operation 0x${rop.toString(16)}`);
    this.emit(px, dest);
  }

  /** A lone mask (SRCAND) is drawn with its white left out. */
  flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.emit(keyOut(p.px, 0xffffff), p.dest);
  }

  private emit(px: Pixels, dest: Dest): void {
    let allClear = true;
    let anyClear = false;
    for (let i = 3; i < px.rgba.length; i += 4) {
      if (px.rgba[i] !== 0) allClear = false;
      if (px.rgba[i] !== 255) anyClear = true;
    }
    if (allClear) return;
    this.draw(this.source(this.count++, encodePng(px.width, px.height, px.rgba, !anyClear), 'png'), dest);
  }

  private draw(image: ImageSource, dest: Dest): void {
    if (!(dest.w !== 0 && dest.h !== 0)) return;
    this.player.image(image, dest.x, dest.y, dest.w, dest.h, this.slide, this.part);
  }
}

function same(a: Dest, b: Dest): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

function crop(dib: { width: number; height: number; rgba: Uint8Array }, src: SrcRect | undefined): Pixels {
  if (!src) return dib;
  const x0 = Math.max(0, Math.min(dib.width, Math.round(src.x)));
  const y0 = Math.max(0, Math.min(dib.height, Math.round(src.y)));
  const w = Math.max(0, Math.min(dib.width - x0, Math.round(Math.abs(src.w))));
  const h = Math.max(0, Math.min(dib.height - y0, Math.round(Math.abs(src.h))));
  if (x0 === 0 && y0 === 0 && w === dib.width && h === dib.height) return dib;
  if (w === 0 || h === 0) return dib;
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) out.set(dib.rgba.subarray(((y0 + y) * dib.width + x0) * 4, ((y0 + y) * dib.width + x0 + w) * 4), y * w * 4);
  return { width: w, height: h, rgba: out };
}

/** AlphaBlend's source pixels are premultiplied by their alpha. */
function unpremultiply(px: Pixels): Pixels {
  const out = new Uint8Array(px.rgba);
  for (let i = 0; i < out.length; i += 4) {
    const a = out[i + 3]!;
    if (a === 0 || a === 255) continue;
    for (let c = 0; c < 3; c++) out[i + c] = Math.min(255, Math.round((out[i + c]! * 255) / a));
  }
  return { ...px, rgba: out };
}

/** Pixels of one colour (0xRRGGBB) made transparent. */
function keyOut(px: Pixels, rgb: number): Pixels {
  const out = new Uint8Array(px.rgba);
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  for (let i = 0; i < out.length; i += 4) if (out[i] === r && out[i + 1] === g && out[i + 2] === b) out[i + 3] = 0;
  return { ...px, rgba: out };
}

function scaleAlpha(px: Pixels, a: number): Pixels {
  const out = new Uint8Array(px.rgba);
  for (let i = 3; i < out.length; i += 4) out[i] = Math.round(out[i]! * a);
  return { ...px, rgba: out };
}
