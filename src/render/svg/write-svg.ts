/**
 * The display list as SVG, the second backend of the same drawing operations: paths, gradients,
 * clipped pictures (embedded as data: URIs) and text as glyph outlines from the font files
 * (each glyph defined once and placed with <use>), so rasterising needs no fonts at all.
 */
import { fontFileOf } from '../../fonts/face.js';
import type { Face } from '../../fonts/types.js';
import { toHex } from '../color/rgba.js';
import type { Matrix } from '../matrix.js';
import type { ImageOp, PageList, PathCommand, PathOp, TextOp, Paint } from '../ops.js';
import { loadSharp, type PreparedImage } from '../images/prepare.js';
import { positionedRun } from '../../text/advances.js';
import { VaError } from '../../errors.js';

/** The most characters of data: URIs one page's SVG may hold (V8's longest string is ~536 M). */
export const MAX_SVG_PICTURE_CHARS = 256 * 1024 * 1024;

const n = (v: number) => String(Math.round(v * 1000) / 1000);

export async function writeSvg(page: PageList, images: ReadonlyMap<string, PreparedImage | null>, dpi: number): Promise<string> {
  const w = new SvgWriter();
  const uris = await imageUris(page, images);
  let chars = 0;
  for (const uri of uris.values()) chars += uri.length;
  if (chars > MAX_SVG_PICTURE_CHARS) {
    const mb = Math.round(chars / 1024 / 1024);
    throw new VaError('E_RENDER', `the pictures of one page need ${mb} MB to draw as PNG at ${dpi} dpi (at most ${MAX_SVG_PICTURE_CHARS / 1024 / 1024} MB): use a lower --dpi`);
  }
  const body: string[] = [];
  for (const op of page.ops) {
    if (op.kind === 'path') body.push(w.path(op));
    else if (op.kind === 'image') body.push(w.image(op, uris.get(op.image.key)));
    else body.push(w.text(op));
  }
  const px = (pt: number) => Math.max(1, Math.round((pt * dpi) / 72));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${px(page.width)}" height="${px(page.height)}" viewBox="0 0 ${n(page.width)} ${n(page.height)}">` +
    `<rect x="0" y="0" width="${n(page.width)}" height="${n(page.height)}" fill="#ffffff"/>` +
    `<defs>${w.defs.join('')}</defs>` +
    body.join('') +
    '</svg>'
  );
}

async function imageUris(page: PageList, images: ReadonlyMap<string, PreparedImage | null>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const op of page.ops) {
    if (op.kind !== 'image' || out.has(op.image.key)) continue;
    const img = images.get(op.image.key);
    if (!img) continue;
    if (img.jpeg) {
      out.set(op.image.key, `data:image/jpeg;base64,${Buffer.from(img.jpeg).toString('base64')}`);
      continue;
    }
    const sharp = await loadSharp();
    const channels = img.alpha ? 4 : 3;
    const raw = Buffer.alloc(img.width * img.height * channels);
    for (let i = 0, j = 0, k = 0; i < img.width * img.height; i++, j += channels, k += 3) {
      raw[j] = img.rgb![k]!;
      raw[j + 1] = img.rgb![k + 1]!;
      raw[j + 2] = img.rgb![k + 2]!;
      if (img.alpha) raw[j + 3] = img.alpha[i]!;
    }
    const png = await sharp(raw, { raw: { width: img.width, height: img.height, channels } }).png({ compressionLevel: 1 }).toBuffer();
    out.set(op.image.key, `data:image/png;base64,${png.toString('base64')}`);
  }
  return out;
}

class SvgWriter {
  readonly defs: string[] = [];
  private ids = 0;
  private readonly glyphIds = new Map<string, string>();

  private id(prefix: string): string {
    return `${prefix}${++this.ids}`;
  }

  path(op: PathOp): string {
    const d = pathData(op.commands);
    if (!d) return '';
    let fill = 'none';
    let fillOpacity = '';
    if (op.fill) {
      const p = this.paint(op.fill);
      fill = p.ref;
      if (p.opacity < 1) fillOpacity = ` fill-opacity="${n(p.opacity)}"`;
    }
    let strokeAttrs = '';
    const s = op.stroke;
    if (s && s.color.a > 0) {
      strokeAttrs =
        ` stroke="${toHex(s.color)}" stroke-width="${n(Math.max(s.width, 0.01))}"` +
        (s.color.a < 1 ? ` stroke-opacity="${n(s.color.a)}"` : '') +
        ` stroke-linecap="${s.cap}" stroke-linejoin="${s.join}"` +
        (s.join === 'miter' ? ` stroke-miterlimit="${n(s.miterLimit)}"` : '') +
        (s.dash.length > 0 ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : '');
    }
    const rule = op.evenOdd ? ' fill-rule="evenodd"' : '';
    const clip = this.clipAttr(op.clip);
    const el = `<path transform="${matrix(op.transform)}" d="${d}" fill="${fill}"${fillOpacity}${rule}${strokeAttrs}/>`;
    // The clip is in the operation's local coordinates: a group with the same transform.
    return clip ? `<g transform="${matrix(op.transform)}"${clip}><path d="${d}" fill="${fill}"${fillOpacity}${rule}${strokeAttrs}/></g>` : el;
  }

  /** A clip-path attribute for a clip in an operation's local coordinates ('' for none). */
  private clipAttr(clip: PathCommand[] | undefined): string {
    if (!clip || clip.length === 0) return '';
    const id = this.id('c');
    this.defs.push(`<clipPath id="${id}" clipPathUnits="userSpaceOnUse"><path d="${pathData(clip)}"/></clipPath>`);
    return ` clip-path="url(#${id})"`;
  }

  private paint(p: Paint): { ref: string; opacity: number } {
    if (p.kind === 'solid') return { ref: toHex(p.color), opacity: p.color.a };
    const id = this.id('g');
    const stops = p.stops.map((s) => `<stop offset="${n(s.pos)}" stop-color="${toHex(s.color)}"${s.color.a < 1 ? ` stop-opacity="${n(s.color.a)}"` : ''}/>`).join('');
    if (p.kind === 'linear') {
      this.defs.push(`<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}">${stops}</linearGradient>`);
    } else {
      this.defs.push(`<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${n(p.cx)}" cy="${n(p.cy)}" r="${n(p.r)}">${stops}</radialGradient>`);
    }
    return { ref: `url(#${id})`, opacity: 1 };
  }

  image(op: ImageOp, uri: string | undefined): string {
    if (!uri || op.alpha <= 0) return '';
    let clip = '';
    if (op.clip && op.clip.length > 0) {
      const id = this.id('c');
      this.defs.push(`<clipPath id="${id}" clipPathUnits="userSpaceOnUse"><path d="${pathData(op.clip)}"/></clipPath>`);
      clip = ` clip-path="url(#${id})"`;
    }
    const opacity = op.alpha < 1 ? ` opacity="${n(op.alpha)}"` : '';
    return (
      `<g transform="${matrix(op.transform)}"${clip}${opacity}>` +
      `<image x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}" preserveAspectRatio="none" xlink:href="${uri}"/>` +
      '</g>'
    );
  }

  text(op: TextOp): string {
    const file = fontFileOf(op.face);
    if (!file) return '';
    const run = positionedRun(op.face, op.text, op.size, op.charSpacing);
    const k = op.size / file.unitsPerEm;
    const slant = op.fakeItalic ? 0.2 * k : 0;
    const fill = toHex(op.color);
    const opacity = op.color.a < 1 ? ` fill-opacity="${n(op.color.a)}"` : '';
    const bold = op.fakeBold ? ` stroke="${fill}" stroke-width="${n((op.size * 0.03) / k)}"` : '';
    let x = op.x;
    const uses: string[] = [];
    run.ids.forEach((gid, i) => {
      const id = this.glyph(op.face, file.font.getGlyph(gid) as unknown as GlyphWithPath);
      if (id) uses.push(`<use xlink:href="#${id}" transform="matrix(${n(k)} 0 ${n(slant)} ${n(-k)} ${n(x)} ${n(op.y)})"/>`);
      x += run.advances[i]!;
    });
    if (uses.length === 0) return '';
    return `<g transform="${matrix(op.transform)}"${this.clipAttr(op.clip)} fill="${fill}"${opacity}${bold}>${uses.join('')}</g>`;
  }

  private glyph(face: Face, g: GlyphWithPath): string | undefined {
    const key = `${face.key}#${g.id}`;
    let id = this.glyphIds.get(key);
    if (id === undefined) {
      const d = g.path?.toSVG() ?? '';
      if (!d) {
        this.glyphIds.set(key, '');
        return undefined;
      }
      id = this.id('f');
      this.defs.push(`<path id="${id}" d="${d}"/>`);
      this.glyphIds.set(key, id);
    }
    return id || undefined;
  }
}

interface GlyphWithPath {
  id: number;
  path?: { toSVG(): string };
}

function matrix(m: Matrix): string {
  return `matrix(${m.map(n).join(' ')})`;
}

export function pathData(commands: readonly PathCommand[]): string {
  let d = '';
  for (const c of commands) {
    if (c.op === 'M') d += `M${n(c.x)} ${n(c.y)}`;
    else if (c.op === 'L') d += `L${n(c.x)} ${n(c.y)}`;
    else if (c.op === 'C') d += `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
    else d += 'Z';
  }
  return d;
}


