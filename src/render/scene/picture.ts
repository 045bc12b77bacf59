/**
 * Pictures (p:pic): the picture (a:blipFill, blip.ts) inside its geometry, usually a rectangle,
 * with its shadow and outline, placed like any shape (placement.ts). Media (a:videoFile ...) is
 * drawn as its poster picture and reported.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { PathCommand } from '../ops.js';
import { blipImage, imageOpsFor } from './blip.js';
import { skip, type SlideContext } from './context.js';
import { geometryElement, rectangle, shapeGeometry } from './geometry.js';
import { readLine, type LineSource } from './line.js';
import { placeShape, type ShapeEnv } from './placement.js';
import { drawShadow, outerShadow } from './shadow.js';
import { drawGeometry, shapeLink } from './shape.js';
import { styleLine } from './style-refs.js';
import { shapeMatrix } from './transform.js';
import { pushAll } from '../../arrays.js';

/** p:pic: the picture inside its geometry (usually a rectangle), then its outline. */
export function drawPicture(pic: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): void {
  const placed = placeShape(pic, env, ctx);
  if (!placed) return;
  const { nv, inh, spPrs, xfrm } = placed;
  const nvPr = pic.child(NS.p, 'nvPicPr')?.child(NS.p, 'nvPr');
  const media = nvPr?.child(NS.a, 'videoFile') || nvPr?.child(NS.a, 'audioFile') || nvPr?.child(NS.a, 'quickTimeFile');
  const p14media = [...(nvPr?.child(NS.p, 'extLst')?.descendants() ?? [])].some((e) => e.localName === 'media');
  if (media || p14media) skip(ctx, 'media');
  const m = shapeMatrix(xfrm);
  const geom = shapeGeometry(geometryElement(spPrs), xfrm.w, xfrm.h, ctx, nv.name);
  const blipFill = pic.child(NS.p, 'blipFill');
  if (blipFill) {
    const img = blipImage(blipFill, env.source, ctx, nv.name);
    const clipPath: PathCommand[] = [];
    for (const p of geom.paths) if (p.fill !== 'none') pushAll(clipPath, p.commands);
    const shadow = img ? outerShadow(spPrs, pic.child(NS.p, 'style') ?? inh.layoutPh?.child(NS.p, 'style'), ctx.chain.theme, ctx.colors) : undefined;
    if (shadow) drawShadow(shadow, [clipPath.length > 0 ? clipPath : rectangle(xfrm.w, xfrm.h).paths.flatMap((p) => p.commands)], m, xfrm, ctx);
    if (img) pushAll(ctx.ops, imageOpsFor(img, blipFill, { x: 0, y: 0, w: xfrm.w, h: xfrm.h }, m, clipPath.length > 0 ? clipPath : undefined, ctx, env.source.part, nv.name));
  }
  const lineSources: LineSource[] = [];
  for (const spPr of spPrs) {
    const ln = spPr?.child(NS.a, 'ln');
    if (ln) lineSources.push({ el: ln, colors: ctx.colors });
  }
  const sl = styleLine(pic.child(NS.p, 'style'), ctx.chain.theme, ctx.colors);
  if (sl) lineSources.push(sl);
  const line = readLine(lineSources, env.source);
  if (line) drawGeometry(geom, undefined, line, m, ctx, nv.name, xfrm);
  shapeLink(nv.cNvPr, m, xfrm, env, ctx);
}
