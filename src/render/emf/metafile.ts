/**
 * An EMF or WMF picture (p:pic, a:blipFill, an OLE object's preview) as display-list operations:
 * the metafile's frame stretched into the picture's box, clipped to what the picture shows.
 * Compressed metafiles (.emz/.wmz, gzip) are inflated first, up to a size limit. What the
 * players could not draw is summed up in one warning per picture (`W_METAFILE_PARTIAL`); a
 * metafile without a readable header is not drawn (`W_IMAGE_UNSUPPORTED`).
 */
import { gunzipSync } from 'node:zlib';
import type { FontRegistry } from '../../fonts/types.js';
import type { Warning } from '../../warnings.js';
import type { Matrix } from '../matrix.js';
import type { DrawOp, ImageSource, PathCommand } from '../ops.js';
import type { TextStats } from '../text/stats.js';
import { Blitter } from './blit.js';
import type { Box } from './dc.js';
import { playEmf, readEmfHeader } from './emf.js';
import type { Player } from './player.js';
import { RegistryText } from './text.js';
import { playWmf, readWmfHeader } from './wmf.js';

/** Largest inflated .emz/.wmz. */
const MAX_INFLATED = 64 * 1024 * 1024;
/** Most display-list operations one picture produces. */
const MAX_OPS = 50_000;

export interface MetafileEnv {
  fonts: FontRegistry;
  stats: TextStats;
  warnings: Warning[];
  slide: number;
  /** The part the picture is drawn for (warnings, image decoding). */
  part: string;
  /** The shape's name, for messages. */
  shapeName: string;
}

export interface MetafilePlacement {
  /** Where the whole picture goes (local coordinates; cropping makes it larger than `visible`). */
  box: { x: number; y: number; w: number; h: number };
  /** What is shown of it (the shape's box). */
  visible: { x: number; y: number; w: number; h: number };
  /** The shape's outline when it is not the visible rectangle (a picture in an ellipse). */
  clipPath?: PathCommand[];
  /** Local → page. */
  m: Matrix;
  /** Opacity (a:alphaModFix): applied to every operation's colour. */
  alpha: number;
}

/** True for the formats drawn here. */
export function isMetafile(format: string): boolean {
  return format === 'emf' || format === 'wmf';
}

/** The operations of a metafile picture, with warnings pushed to `env.warnings`. */
export function drawMetafile(image: ImageSource, place: MetafilePlacement, env: MetafileEnv): DrawOp[] {
  const warn = (code: string, message: string) => env.warnings.push({ code, message: `slide ${env.slide}: ${message}`, slide: env.slide, part: env.part });
  const kind = image.format.toUpperCase();
  let bytes = image.bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_INFLATED }));
    } catch {
      warn('W_IMAGE_UNSUPPORTED', `the compressed ${kind} picture ${image.name} of "${env.shapeName}" could not be inflated and was not drawn`);
      return [];
    }
  }
  const v = place.visible;
  const common = {
    m: place.m,
    baseClip: [{ l: v.x, t: v.y, r: v.x + v.w, b: v.y + v.h }] as Box[],
    baseClipPath: place.clipPath && !isRect(place.clipPath, v) ? place.clipPath : null,
    text: new RegistryText(env.fonts, env.stats, (ws) => env.warnings.push(...ws)),
    maxOps: MAX_OPS,
    box: place.box,
    blitter: (p: Player) => new Blitter(p, (n, png, format) => ({ key: `${image.key}#${n}`, bytes: png, format, name: `${image.name} (bitmap ${n + 1})` }), env.slide, env.part),
  };
  if (!(place.box.w > 0 && place.box.h > 0)) return [];
  let player: Player | undefined;
  const emf = image.format === 'emf' ? readEmfHeader(bytes) : undefined;
  if (emf) player = playEmf(bytes, emf, common);
  else if (image.format === 'wmf') {
    const wmf = readWmfHeader(bytes);
    if (wmf) player = playWmf(bytes, wmf, common);
  }
  if (!player) {
    warn('W_IMAGE_UNSUPPORTED', `the ${kind} picture ${image.name} of "${env.shapeName}" has no readable header and was not drawn`);
    return [];
  }
  const left = [...player.unsupported].sort((a, b) => b[1] - a[1]);
  if (player.truncated) left.unshift([`more than ${MAX_OPS} drawing operations`, 1]);
  if (left.length > 0) {
    const what = left
      .slice(0, 4)
      .map(([name, n]) => (n > 1 ? `${name} ×${n}` : name))
      .join(', ');
    warn('W_METAFILE_PARTIAL', `the ${kind} picture ${image.name} of "${env.shapeName}" was drawn without ${what}${left.length > 4 ? `, and ${left.length - 4} more` : ''}`);
  }
  return place.alpha < 1 ? player.ops.map((op) => withAlpha(op, place.alpha)) : player.ops;
}

function isRect(cmds: readonly PathCommand[], v: { x: number; y: number; w: number; h: number }): boolean {
  const pts = cmds.filter((c): c is Extract<PathCommand, { op: 'M' | 'L' }> => c.op === 'M' || c.op === 'L');
  if (pts.length !== 4 || cmds.some((c) => c.op === 'C')) return false;
  const eps = 1e-6 + (v.w + v.h) * 1e-6;
  return pts.every((c) => (Math.abs(c.x - v.x) < eps || Math.abs(c.x - v.x - v.w) < eps) && (Math.abs(c.y - v.y) < eps || Math.abs(c.y - v.y - v.h) < eps));
}

function withAlpha(op: DrawOp, a: number): DrawOp {
  if (op.kind === 'image') return { ...op, alpha: op.alpha * a };
  if (op.kind === 'text') return { ...op, color: { ...op.color, a: op.color.a * a } };
  return {
    ...op,
    ...(op.fill?.kind === 'solid' ? { fill: { kind: 'solid' as const, color: { ...op.fill.color, a: op.fill.color.a * a } } } : {}),
    ...(op.stroke ? { stroke: { ...op.stroke, color: { ...op.stroke.color, a: op.stroke.color.a * a } } } : {}),
  };
}
