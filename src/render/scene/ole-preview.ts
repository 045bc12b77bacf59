/**
 * The preview picture of an OLE object in decks of PowerPoint 2007, which keep it in the
 * slide's legacy VML drawing (v:shape with the object's spid, v:imagedata@o:relid) rather than
 * in a p:pic inside p:oleObj. The preview is usually an EMF or WMF (drawn by emf/metafile.ts).
 */
import { shapeNameOf } from '../../presentation/shape/non-visual.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { ImageOp } from '../ops.js';
import { sniffImageFormat } from '../images/sniff.js';
import { drawMetafile, isMetafile } from '../emf/metafile.js';
import type { SlideContext } from './context.js';
import { warn } from './context.js';
import type { ShapeEnv } from './placement.js';
import { placeInGroup, readXfrm, shapeMatrix } from './transform.js';
import { pushAll } from '../../arrays.js';

export function drawVmlPreview(frame: ReadonlyXElement, oleObj: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): boolean {
  const spid = oleObj.attr('spid');
  const own = readXfrm(frame.child(NS.p, 'xfrm'));
  if (!spid || !own) return false;
  for (const vmlPart of ctx.pkg.related(env.source.part, 'vmlDrawing')) {
    let root: ReadonlyXElement;
    try {
      root = ctx.pkg.readOnlyXml(vmlPart).root;
    } catch {
      continue;
    }
    for (const shape of root.descendants()) {
      if (shape.localName !== 'shape' || (shape.attr('id') !== spid && shape.attr('o:spid') !== spid)) continue;
      const data = [...shape.descendants()].find((e) => e.localName === 'imagedata');
      const relId = data?.attr('o:relid') ?? data?.attr('r:id');
      const target = relId ? ctx.pkg.rels(vmlPart).targetPart(relId) : undefined;
      const name = target === undefined ? undefined : ctx.pkg.canonicalName(target);
      const bytes = name === undefined ? undefined : ctx.pkg.get(name);
      if (!bytes || name === undefined) return false;
      const format = sniffImageFormat(bytes, name);
      if (format === 'unknown') {
        warn(ctx, 'W_IMAGE_UNSUPPORTED', `the preview ${name} of an embedded object is in an unknown format and was not drawn`, vmlPart);
        return false;
      }
      const xfrm = placeInGroup(own, env.group);
      if (isMetafile(format)) {
        const box = { x: 0, y: 0, w: xfrm.w, h: xfrm.h };
        const image = { key: name, bytes, format, name };
        pushAll(ctx.ops, drawMetafile(image, { box, visible: box, m: shapeMatrix(xfrm), alpha: 1 }, { fonts: ctx.fonts, stats: ctx.text, warnings: ctx.warnings, slide: ctx.slideNo, part: vmlPart, shapeName: shapeNameOf(frame) ?? 'embedded object' }));
        return true;
      }
      const op: ImageOp = {
        kind: 'image',
        transform: shapeMatrix(xfrm),
        image: { key: name, bytes, format, name },
        x: 0,
        y: 0,
        w: xfrm.w,
        h: xfrm.h,
        alpha: 1,
        slide: ctx.slideNo,
        part: vmlPart,
      };
      ctx.ops.push(op);
      return true;
    }
  }
  return false;
}
