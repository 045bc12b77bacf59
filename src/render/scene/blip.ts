/**
 * Picture fills (a:blipFill) of pictures and shapes: the picture part behind a:blip@r:embed (or
 * the SVG of asvg:svgBlip), cropping (a:srcRect), stretching into a:stretch/a:fillRect, tiling
 * (a:tile) and transparency (a:alphaModFix). EMF/WMF pictures are played into operations
 * (emf/metafile.ts). Linked pictures (r:link) are never fetched, and reported.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { ColorContext } from '../color/resolve.js';
import { drawMetafile, isMetafile } from '../emf/metafile.js';
import { effectsKey, readImageEffects } from '../images/effects.js';
import { imagePixelSize, imageResolution } from '../images/size.js';
import { sniffImageFormat } from '../images/sniff.js';
import type { Matrix } from '../matrix.js';
import type { DrawOp, ImageSource, PathCommand } from '../ops.js';
import { emuToPt, intAttr, pctAttr } from '../units.js';
import { warn, type SlideContext } from './context.js';
import type { BlipSource } from './fill.js';

/** The picture a:blipFill shows, or undefined (reported) when it cannot be drawn. */
export function blipImage(blipFill: ReadonlyXElement, source: BlipSource, ctx: SlideContext, shapeName: string, colors: ColorContext = ctx.colors): ImageSource | undefined {
  const blip = blipFill.child(NS.a, 'blip');
  if (!blip) return undefined;
  const effects = readImageEffects(blip, colors);
  // asvg:svgBlip (in a:extLst) holds the vector original of a PNG fallback.
  let svgId: string | undefined;
  for (const ext of blip.child(NS.a, 'extLst')?.childrenNamed(NS.a, 'ext') ?? []) {
    for (const c of ext.elements()) if (c.is(NS.asvg, 'svgBlip')) svgId = c.attrNS(NS.r, 'embed');
  }
  const embed = blip.attrNS(NS.r, 'embed');
  const link = blip.attrNS(NS.r, 'link');
  for (const id of [svgId, embed]) {
    if (!id) continue;
    const rel = source.rels.get(id);
    if (!rel) continue;
    if (rel.external) {
      warn(ctx, 'W_IMAGE_EXTERNAL', `the picture of "${shapeName}" is a link to ${clip(rel.target)} and was not fetched`, source.part);
      return undefined;
    }
    const part = source.rels.targetPart(id);
    const name = part === undefined ? undefined : ctx.pkg.canonicalName(part);
    const bytes = name === undefined ? undefined : ctx.pkg.get(name);
    if (!bytes || name === undefined) continue;
    const format = sniffImageFormat(bytes, ctx.pkg.contentType(name) ?? name);
    if (isMetafile(format)) {
      if (id === svgId) continue;
      return { key: name, bytes, format, name };
    }
    if (format === 'unknown') {
      if (id === svgId) continue;
      warn(ctx, 'W_IMAGE_UNSUPPORTED', `the picture ${name} of "${shapeName}" is in an unknown format and was not drawn`, source.part);
      return undefined;
    }
    return { key: effects ? `${name}#${effectsKey(effects)}` : name, bytes, format, name, ...(effects ? { effects } : {}) };
  }
  if (link) {
    const rel = source.rels.get(link);
    warn(ctx, 'W_IMAGE_EXTERNAL', `the picture of "${shapeName}" is a link${rel ? ` to ${clip(rel.target)}` : ''} and was not fetched`, source.part);
  } else if (embed) {
    warn(ctx, 'W_IMAGE_MISSING', `the picture of "${shapeName}" is missing from the package`, source.part);
  }
  return undefined;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * The image operations of a picture fill over `box` (local coordinates): cropping by
 * a:srcRect, placement by a:stretch/a:fillRect, or repetition by a:tile (the picture at its
 * own size, scaled by sx/sy, offset by tx/ty, aligned by algn), clipped to the outline.
 */
export function imageOpsFor(
  image: ImageSource,
  blipFill: ReadonlyXElement,
  box: { x: number; y: number; w: number; h: number },
  m: Matrix,
  clipPath: PathCommand[] | undefined,
  ctx: SlideContext,
  part: string,
  shapeName = '',
): DrawOp[] {
  const amt = blipFill.child(NS.a, 'blip')?.child(NS.a, 'alphaModFix')?.attr('amt');
  const base = {
    kind: 'image' as const,
    transform: m,
    image,
    ...(clipPath ? { clip: clipPath } : {}),
    alpha: amt === undefined ? 1 : Math.min(1, Math.max(0, pctAttr(amt, 1))),
    slide: ctx.slideNo,
    part,
  };
  const tile = blipFill.child(NS.a, 'tile');
  if (tile && !isMetafile(image.format)) {
    const tiles = tileOps(image, tile, box);
    if (tiles) return tiles.map((t) => ({ ...base, ...t }));
  }
  const fr = blipFill.child(NS.a, 'stretch')?.child(NS.a, 'fillRect');
  const fl = pctAttr(fr?.attr('l'), 0);
  const ft = pctAttr(fr?.attr('t'), 0);
  const frr = pctAttr(fr?.attr('r'), 0);
  const fb = pctAttr(fr?.attr('b'), 0);
  const target = { x: box.x + box.w * fl, y: box.y + box.h * ft, w: box.w * (1 - fl - frr), h: box.h * (1 - ft - fb) };
  const src = blipFill.child(NS.a, 'srcRect');
  const cl = pctAttr(src?.attr('l'), 0);
  const ct = pctAttr(src?.attr('t'), 0);
  const cr = pctAttr(src?.attr('r'), 0);
  const cb = pctAttr(src?.attr('b'), 0);
  const cw = Math.max(1e-6, 1 - cl - cr);
  const ch = Math.max(1e-6, 1 - ct - cb);
  const w = target.w / cw;
  const h = target.h / ch;
  const whole = { x: target.x - cl * w, y: target.y - ct * h, w, h };
  if (isMetafile(image.format)) {
    return drawMetafile(image, { box: whole, visible: box, ...(clipPath ? { clipPath } : {}), m, alpha: base.alpha }, { fonts: ctx.fonts, stats: ctx.text, warnings: ctx.warnings, slide: ctx.slideNo, part, shapeName });
  }
  return [{ ...base, ...whole }];
}

/** Most tiles drawn for one fill; beyond that the picture is stretched instead. */
const MAX_TILES = 400;

function tileOps(image: ImageSource, tile: ReadonlyXElement, box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number }[] | undefined {
  const px = imagePixelSize(image.bytes, image.format);
  if (!px) return undefined;
  // A tile is the picture at the resolution its file states (PNG pHYs, JPEG JFIF), else 96 dpi:
  // PowerPoint's own thumbnail of poi pptx2svg.pptx repeats its 128-pixel, 75 dpi (pHYs) paper
  // texture every 123.75 pt (44 of its 256 pixels across a 720 pt slide), not every 96 pt.
  const dpi = imageResolution(image.bytes, image.format) ?? { x: 96, y: 96 };
  const tw = ((px.w * 72) / dpi.x) * Math.abs(pctAttr(tile.attr('sx'), 1));
  const th = ((px.h * 72) / dpi.y) * Math.abs(pctAttr(tile.attr('sy'), 1));
  if (!(tw > 0.5 && th > 0.5)) return undefined;
  const algn = tile.attr('algn') ?? 'tl';
  let ox = box.x + emuToPt(intAttr(tile.attr('tx'), 0));
  let oy = box.y + emuToPt(intAttr(tile.attr('ty'), 0));
  if (algn.endsWith('r')) ox += box.w - tw;
  else if (algn === 'ctr' || algn === 't' || algn === 'b') ox += (box.w - tw) / 2;
  if (algn.startsWith('b')) oy += box.h - th;
  else if (algn === 'ctr' || algn === 'l' || algn === 'r') oy += (box.h - th) / 2;
  // Back up to the first tile that still reaches into the box.
  ox -= Math.ceil((ox - box.x) / tw) * tw;
  oy -= Math.ceil((oy - box.y) / th) * th;
  const cols = Math.ceil((box.x + box.w - ox) / tw);
  const rows = Math.ceil((box.y + box.h - oy) / th);
  if (cols * rows > MAX_TILES || cols <= 0 || rows <= 0) return undefined;
  const out: { x: number; y: number; w: number; h: number }[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push({ x: ox + c * tw, y: oy + r * th, w: tw, h: th });
  return out;
}

