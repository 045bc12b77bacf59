/**
 * The `va:logo` frame (contract section 3): the logo is placed inside it as a p:pic, centred,
 * aspect ratio kept, with alt text "<organization> logo"; the frame itself disappears. One PNG
 * media part serves every frame, rendered for the largest one at 300 dpi; each part that shows
 * it gets one image relationship (r:embed). Without a logo the frames are removed (section 6).
 */
import { relativeTarget } from '../package/relationships.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { warn, where, type EditContext } from './context.js';
import { contentParts, relTypeFor } from '../presentation/deck.js';
import { LOGO_MIN_DPI, renderLogo, type LogoLimits, type LogoSource } from './logo-image.js';
import { dropUnreferenced, referencedIds } from './rels-hygiene.js';
import { removeShape } from './remove-shape.js';
import { boxOf, cNvPr, groupScale, shapesWithName, xfrmOf, type Box } from './shapes.js';
import { ALT_TEXT } from '../accessibility/alt-text.js';
import { brandLocale } from '../brand/schema.js';

export const LOGO_NAME = 'va:logo';
const EMU_PER_INCH = 914400;

interface Frame {
  part: string;
  shape: XElement;
  box: Box;
  /** Scale from the frame's coordinates to slide EMU (groups may scale their members). */
  scale: { x: number; y: number };
}


/** The largest box of aspect `w`:`h` centred inside `frame`. */
export function fitInside(frame: Box, w: number, h: number): Box {
  const scale = Math.min(frame.cx / w, frame.cy / h);
  const cx = Math.max(1, Math.round(w * scale));
  const cy = Math.max(1, Math.round(h * scale));
  return { x: frame.x + Math.round((frame.cx - cx) / 2), y: frame.y + Math.round((frame.cy - cy) / 2), cx, cy };
}

function findFrames(ctx: EditContext): { frames: Frame[]; sizeless: { part: string; shape: XElement }[] } {
  const frames: Frame[] = [];
  const sizeless: { part: string; shape: XElement }[] = [];
  for (const part of contentParts(ctx.deck)) {
    for (const shape of shapesWithName(ctx.pkg.xml(part).root, LOGO_NAME)) {
      const box = boxOf(shape);
      if (box && box.cx > 0 && box.cy > 0) frames.push({ part, shape, box, scale: groupScale(shape) });
      else sizeless.push({ part, shape });
    }
  }
  return { frames, sizeless };
}

function buildPicture(frame: Frame, fitted: Box, relId: string, alt: string): XElement {
  const at = frame.shape.parent!;
  // Attached first, so that new children find the prefixes in scope.
  const pic = at.insertBefore(at.make(NS.p, 'pic'), frame.shape) as XElement;
  const nv = pic.append(pic.make(NS.p, 'nvPicPr')) as XElement;
  const id = cNvPr(frame.shape)?.attr('id') ?? '0';
  const cNv = nv.append(nv.make(NS.p, 'cNvPr', { id, name: 'Logo', descr: alt })) as XElement;
  // A clickable frame makes a clickable logo: its a:hlinkClick/a:hlinkHover move to the picture.
  for (const link of [...(cNvPr(frame.shape)?.elements() ?? [])]) {
    if (link.is(NS.a, 'hlinkClick') || link.is(NS.a, 'hlinkHover')) cNv.append(link);
  }
  const cNvPicPr = nv.append(nv.make(NS.p, 'cNvPicPr')) as XElement;
  cNvPicPr.append(cNvPicPr.make(NS.a, 'picLocks', { noChangeAspect: '1' }));
  nv.append(nv.make(NS.p, 'nvPr'));
  const blipFill = pic.append(pic.make(NS.p, 'blipFill')) as XElement;
  const blip = blipFill.append(blipFill.make(NS.a, 'blip')) as XElement;
  blip.setAttrNS(NS.r, 'embed', relId);
  const stretch = blipFill.append(blipFill.make(NS.a, 'stretch')) as XElement;
  stretch.append(stretch.make(NS.a, 'fillRect'));
  const spPr = pic.append(pic.make(NS.p, 'spPr')) as XElement;
  const xfrm = spPr.append(spPr.make(NS.a, 'xfrm')) as XElement;
  const rot = xfrmOf(frame.shape)?.attr('rot');
  if (rot && rot !== '0') xfrm.setAttr('rot', rot);
  xfrm.append(xfrm.make(NS.a, 'off', { x: String(fitted.x), y: String(fitted.y) }));
  xfrm.append(xfrm.make(NS.a, 'ext', { cx: String(fitted.cx), cy: String(fitted.cy) }));
  const geom = spPr.append(spPr.make(NS.a, 'prstGeom', { prst: 'rect' })) as XElement;
  geom.append(geom.make(NS.a, 'avLst'));
  return pic;
}

export async function applyLogo(ctx: EditContext, logo: LogoSource | undefined, limits: LogoLimits): Promise<void> {
  const { frames, sizeless } = findFrames(ctx);
  if (!logo) {
    for (const f of [...frames, ...sizeless]) removeShape(ctx.pkg, f.part, f.shape);
    return;
  }
  for (const f of sizeless) {
    warn(ctx, 'W_LOGO_FRAME_NO_SIZE', `the va:logo shape on ${where(ctx, f.part)} has no size of its own (a:xfrm); it was removed and no logo placed there`, f.part);
    removeShape(ctx.pkg, f.part, f.shape);
  }
  if (frames.length === 0) {
    if (sizeless.length === 0) warn(ctx, 'W_LOGO_NO_FRAME', `the deck has no shape named va:logo, so the logo ${logo.name} was not placed`);
    return;
  }
  // Render once, for the largest printed size.
  const fits = frames.map((f) => ({ frame: f, fitted: fitInside(f.box, logo.width, logo.height) }));
  let widthIn = 0;
  let heightIn = 0;
  for (const { frame, fitted } of fits) {
    widthIn = Math.max(widthIn, (fitted.cx * frame.scale.x) / EMU_PER_INCH);
    heightIn = Math.max(heightIn, (fitted.cy * frame.scale.y) / EMU_PER_INCH);
  }
  const rendered = await renderLogo(logo, widthIn, heightIn, limits);
  if (logo.format !== 'svg') {
    const dpi = Math.min(logo.width / widthIn, logo.height / heightIn);
    if (dpi < LOGO_MIN_DPI) {
      warn(
        ctx,
        'W_LOGO_LOW_RESOLUTION',
        `the logo ${logo.name} is ${logo.width} × ${logo.height} px; printed ${widthIn.toFixed(1)} in wide it has ${Math.round(dpi)} dpi and may look blurry (give at least ${Math.ceil(widthIn * 300)} px, or an SVG)`,
      );
    }
  }
  const { pkg } = ctx;
  pkg.contentTypes.ensureDefault('png', 'image/png');
  const media = pkg.freePartName('ppt/media/va-logo', 'png');
  pkg.set(media, rendered.png);
  const relByPart = new Map<string, string>();
  for (const { frame, fitted } of fits) {
    let relId = relByPart.get(frame.part);
    if (!relId) {
      relId = pkg.rels(frame.part).add(relTypeFor(ctx.deck, 'image'), relativeTarget(frame.part, media));
      relByPart.set(frame.part, relId);
    }
    // Alt text in the handout's language ("Harbour & Co. logo", "Logo for …", "… 标志").
    buildPicture(frame, fitted, relId, ALT_TEXT[brandLocale(ctx.brand)].logo(ctx.brand.organization));
    const ids = referencedIds(frame.shape);
    frame.shape.remove();
    dropUnreferenced(pkg, frame.part, ids);
    pkg.touch(frame.part);
  }
}
