/**
 * The `va:logo` area (contract section 3): the logo is placed inside it as a p:pic, aspect ratio
 * kept, sized by its proportions within the area's limits (logo-fit.ts), with alt text
 * "<organization> logo"; the frame itself disappears. A `va:logo:card` shape beside the frame
 * (same group) is the card behind the logo: kept, fitted around the logo with its padding and
 * in a colour the logo reads on, only when the logo does not read on what is behind it and has no
 * background of its own (logo-contrast.ts); otherwise removed, and the logo may use the card's
 * box. `va:logo:beside` text shapes next to the area (the organisation's name) get the width the
 * logo leaves. One PNG media part serves every frame, rendered for the largest one at 300 dpi;
 * each part that shows it gets one image relationship (r:embed). Without a logo the frames and
 * cards are removed (section 6).
 */
import type { ColorScheme } from '../brand/colors.js';
import { relativeTarget } from '../package/relationships.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { warn, where, type EditContext } from './context.js';
import { contentParts, relTypeFor } from '../presentation/deck.js';
import { backdropBehind, slotColor, solidFillOf } from './backdrop.js';
import { LOGO_CONTRAST, LOGO_READS_SHARE, analyseLogoPixels, outlineColor, readableShare, type LogoAnalysis } from './logo-contrast.js';
import { DEFAULT_LOGO_MIN_HEIGHT_MM, EMU_PER_MM, alignFor, logoSize, minHeightMarker, placeIn } from './logo-fit.js';
import { LOGO_MIN_DPI, logoPixels, renderLogo, type LogoLimits, type LogoSource } from './logo-image.js';
import { dropUnreferenced, referencedIds } from './rels-hygiene.js';
import { removeShape } from './remove-shape.js';
import { boxOf, cNvPr, groupScale, hasMarker, shapeMarkers, shapesWithName, xfrmOf, type Box } from './shapes.js';
import { slideBox } from './slide-geometry.js';
import { ALT_TEXT } from '../accessibility/alt-text.js';
import { brandLocale } from '../brand/schema.js';

export const LOGO_NAME = 'va:logo';
const EMU_PER_INCH = 914400;

export const LOGO_CARD = 'va:logo:card';
export const LOGO_BESIDE = 'va:logo:beside';

interface Frame {
  part: string;
  shape: XElement;
  box: Box;
  /** Scale from the frame's coordinates to slide EMU (groups may scale their members). */
  scale: { x: number; y: number };
  /** The va:logo:card shape of the frame (same group), if any. */
  card?: XElement;
  /** va:logo:beside shapes on the frame's part. */
  beside: XElement[];
}

/** Sibling shapes (same group or slide tree) carrying `marker`. */
function siblingsWith(shape: XElement, marker: string): XElement[] {
  return [...(shape.parent?.elements() ?? [])].filter((c) => c !== shape && hasMarker(c, marker));
}

function centreIn(box: Box, outer: Box): boolean {
  const x = box.x + box.cx / 2;
  const y = box.y + box.cy / 2;
  return x >= outer.x && x <= outer.x + outer.cx && y >= outer.y && y <= outer.y + outer.cy;
}

function findFrames(ctx: EditContext): { frames: Frame[]; sizeless: { part: string; shape: XElement }[]; cards: { part: string; shape: XElement }[] } {
  const frames: Frame[] = [];
  const sizeless: { part: string; shape: XElement }[] = [];
  const cards: { part: string; shape: XElement }[] = [];
  for (const part of contentParts(ctx.deck)) {
    const root = ctx.pkg.xml(part).root;
    for (const shape of shapesWithName(root, LOGO_CARD)) cards.push({ part, shape });
    for (const shape of shapesWithName(root, LOGO_NAME)) {
      const box = boxOf(shape);
      if (!(box && box.cx > 0 && box.cy > 0)) {
        sizeless.push({ part, shape });
        continue;
      }
      // The card whose box holds the frame's centre, else the group's only card.
      const candidates = siblingsWith(shape, LOGO_CARD).filter((c) => boxOf(c));
      const card = candidates.find((c) => centreIn(box, boxOf(c)!)) ?? (candidates.length === 1 ? candidates[0] : undefined);
      frames.push({ part, shape, box, scale: groupScale(shape), ...(card ? { card } : {}), beside: shapesWithName(root, LOGO_BESIDE).filter((b) => slideBox(b)) });
    }
  }
  return { frames, sizeless, cards };
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, cx: Math.max(a.x + a.cx, b.x + b.cx) - x, cy: Math.max(a.y + a.cy, b.y + b.cy) - y };
}

function setBox(shape: XElement, box: Box): void {
  const xfrm = xfrmOf(shape);
  xfrm?.child(NS.a, 'off')?.setAttr('x', String(Math.round(box.x)));
  xfrm?.child(NS.a, 'off')?.setAttr('y', String(Math.round(box.y)));
  xfrm?.child(NS.a, 'ext')?.setAttr('cx', String(Math.max(1, Math.round(box.cx))));
  xfrm?.child(NS.a, 'ext')?.setAttr('cy', String(Math.max(1, Math.round(box.cy))));
}

/** What goes behind the logo: nothing (the card removed), or the card in a theme colour. */
interface CardChoice {
  keep: boolean;
  /** A theme slot to fill the card with instead of its own fill. */
  slot?: string;
}

const pct = (share: number) => `${Math.floor(share * 100)} %`;

/**
 * Card or no card (contract section 3, va:logo:card): no card when the logo brings its own
 * background or its outline reads on what is behind it (3:1 for 90 % of it); otherwise the card,
 * in its own fill, or bg1 or tx1 when the logo reads better on one of those. W_LOGO_LOW_CONTRAST
 * when the logo reads on none of them.
 */
function chooseCard(ctx: EditContext, frame: Frame, logo: LogoSource, analysis: LogoAnalysis, scheme: ColorScheme): CardChoice {
  if (analysis.opaqueBackground) return { keep: false };
  const skip = new Set<XElement>([frame.shape, ...(frame.card ? [frame.card] : [])]);
  const { behind, colors } = backdropBehind(ctx, frame.part, frame.shape, scheme, skip);
  const bare = behind === 'unknown' ? undefined : readableShare(analysis, behind);
  if (bare !== undefined && bare >= LOGO_READS_SHARE) return { keep: false };
  const options: { slot?: string; hex: string; share: number }[] = [];
  if (frame.card) {
    const own = solidFillOf(frame.card, colors);
    const seen = new Set<string>();
    const add = (hex: string | undefined, slot?: string) => {
      if (!hex || seen.has(hex)) return;
      seen.add(hex);
      options.push({ ...(slot ? { slot } : {}), hex, share: readableShare(analysis, hex) });
    };
    if (typeof own === 'string' && own !== 'unknown') add(own);
    add(slotColor('bg1', colors), 'bg1');
    add(slotColor('tx1', colors), 'tx1');
  }
  const best = options.find((o) => o.share >= LOGO_READS_SHARE) ?? [...options].sort((a, b) => b.share - a.share)[0];
  const keep = best !== undefined && (bare === undefined || best.share > bare);
  const reached = keep ? best!.share : bare;
  if (analysis.outlinePixels === 0) {
    warn(ctx, 'W_LOGO_LOW_CONTRAST', `the logo ${logo.name} has no visible pixels (it is transparent everywhere)`, frame.part);
  } else if (reached !== undefined && reached < LOGO_READS_SHARE) {
    const colour = outlineColor(analysis);
    const on = keep ? `on its card (#${best!.hex})` : `on the background behind it (#${behind})`;
    const tried = [
      ...(keep && bare !== undefined ? [`${pct(bare)} on the background #${behind}`] : []),
      ...options.filter((o) => o !== best || !keep).map((o) => `${pct(o.share)} on a card in #${o.hex}`),
    ];
    warn(
      ctx,
      'W_LOGO_LOW_CONTRAST',
      `the logo ${logo.name}${colour ? ` (its edge mostly #${colour})` : ''} does not stand out ${on} on ${where(ctx, frame.part)}: ${pct(reached)} of its outline reaches ${LOGO_CONTRAST}:1${tried.length ? ` (${tried.join(', ')})` : ''}; give a version of the logo made for this background, or one with a background of its own`,
      frame.part,
    );
  }
  return keep ? { keep: true, ...(best!.slot ? { slot: best!.slot } : {}) } : { keep: false };
}

/** Fills the card with a theme slot (a:solidFill/a:schemeClr in p:spPr), replacing its fill. */
function fillCard(card: XElement, slot: string): void {
  const spPr = card.child(NS.p, 'spPr');
  if (!spPr) return;
  const children = [...spPr.elements()];
  const old = children.find((c) => c.inNamespace(NS.a) && ['noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill'].includes(c.localName));
  // a:solidFill takes the old fill's place, or follows a:xfrm and the geometry (a:prstGeom / a:custGeom).
  const geom = children.find((c) => c.is(NS.a, 'prstGeom') || c.is(NS.a, 'custGeom')) ?? xfrmOf(card);
  const next = old ?? (geom ? children[children.indexOf(geom) + 1] : children[0]);
  // Attached first, so that the new children find the a: prefix in scope.
  const fill = (next ? spPr.insertBefore(spPr.make(NS.a, 'solidFill'), next) : spPr.append(spPr.make(NS.a, 'solidFill'))) as XElement;
  fill.append(fill.make(NS.a, 'schemeClr', { val: slot }));
  old?.remove();
}

interface Placement {
  frame: Frame;
  /** The logo's box, in the frame's parent coordinates. */
  fitted: Box;
}

/** Sizes and places the logo of one frame, fits or removes its card, and gives the space it leaves to va:logo:beside shapes. */
function place(ctx: EditContext, frame: Frame, aspect: { w: number; h: number }, card: CardChoice, slideWidth: number): Placement {
  const cardBox = frame.card ? boxOf(frame.card) : undefined;
  // The designed area: the frame, and the card's box around it (what the template reserved).
  const designed = cardBox ? union(frame.box, cardBox) : frame.box;
  const area = card.keep ? frame.box : designed;
  const { x: sx, y: sy } = frame.scale;
  const minHeight = minHeightMarker(shapeMarkers(frame.shape)) ?? DEFAULT_LOGO_MIN_HEIGHT_MM * EMU_PER_MM;
  const size = logoSize({ cx: area.cx * sx, cy: area.cy * sy }, aspect.w, aspect.h, minHeight);
  const onSlide = slideBox(frame.shape) ?? frame.box;
  const fitted = placeIn(area, { cx: Math.max(1, Math.round(size.cx / sx)), cy: Math.max(1, Math.round(size.cy / sy)) }, alignFor(onSlide, slideWidth));
  let ink = fitted;
  if (frame.card && card.keep && cardBox) {
    // The card keeps the padding the template gives it around the frame.
    const pad = {
      l: Math.max(0, frame.box.x - cardBox.x),
      t: Math.max(0, frame.box.y - cardBox.y),
      r: Math.max(0, cardBox.x + cardBox.cx - (frame.box.x + frame.box.cx)),
      b: Math.max(0, cardBox.y + cardBox.cy - (frame.box.y + frame.box.cy)),
    };
    ink = { x: fitted.x - pad.l, y: fitted.y - pad.t, cx: fitted.cx + pad.l + pad.r, cy: fitted.cy + pad.t + pad.b };
    setBox(frame.card, ink);
    if (card.slot) fillCard(frame.card, card.slot);
    ctx.pkg.touch(frame.part);
  } else if (frame.card) {
    removeShape(ctx.pkg, frame.part, frame.card);
  }
  // Neighbours beside the area (the organisation's name) end where the logo now ends, at their
  // designed distance from the area. Compared in slide coordinates: they may sit in other groups.
  const frameOnSlide = slideBox(frame.shape);
  if (frameOnSlide) {
    const toSlide = (b: Box): Box => ({ x: frameOnSlide.x + (b.x - frame.box.x) * sx, y: frameOnSlide.y + (b.y - frame.box.y) * sy, cx: b.cx * sx, cy: b.cy * sy });
    const area = toSlide(designed);
    const taken = toSlide(ink);
    for (const b of frame.beside) {
      const bb = slideBox(b)!;
      const own = boxOf(b)!;
      const scaleX = groupScale(b).x || 1;
      if (bb.y >= area.y + area.cy || bb.y + bb.cy <= area.y) continue;
      if (bb.x + bb.cx <= area.x + 1) {
        // Left of the logo: its right edge moves.
        const gap = area.x - (bb.x + bb.cx);
        const width = taken.x - gap - bb.x;
        if (width > 0) setBox(b, { ...own, cx: width / scaleX });
      } else if (bb.x >= area.x + area.cx - 1) {
        // Right of the logo: its left edge moves.
        const gap = bb.x - (area.x + area.cx);
        const shift = taken.x + taken.cx + gap - bb.x;
        if (bb.cx - shift > 0) setBox(b, { ...own, x: own.x + shift / scaleX, cx: own.cx - shift / scaleX });
      } else continue;
      ctx.pkg.touch(frame.part);
    }
  }
  return { frame, fitted };
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

/** The slide width (p:sldSz/@cx) in EMU. */
function slideWidthOf(ctx: EditContext): number {
  return Number(ctx.pkg.xml(ctx.deck.main).root.child(NS.p, 'sldSz')?.attr('cx') ?? '0');
}

export async function applyLogo(ctx: EditContext, logo: LogoSource | undefined, limits: LogoLimits, scheme: ColorScheme): Promise<void> {
  const { frames, sizeless, cards } = findFrames(ctx);
  const paired = new Set(frames.flatMap((f) => (f.card ? [f.card] : [])));
  if (!logo) {
    for (const f of [...frames, ...sizeless, ...cards]) removeShape(ctx.pkg, f.part, f.shape);
    return;
  }
  // A card with no frame beside it has nothing to carry.
  for (const c of cards) if (!paired.has(c.shape)) removeShape(ctx.pkg, c.part, c.shape);
  for (const f of sizeless) {
    warn(ctx, 'W_LOGO_FRAME_NO_SIZE', `the va:logo shape on ${where(ctx, f.part)} has no size of its own (a:xfrm); it was removed and no logo placed there`, f.part);
    removeShape(ctx.pkg, f.part, f.shape);
  }
  if (frames.length === 0) {
    if (sizeless.length === 0) warn(ctx, 'W_LOGO_NO_FRAME', `the deck has no shape named va:logo, so the logo ${logo.name} was not placed`);
    return;
  }
  const pixels = await logoPixels(logo, limits);
  const analysis = analyseLogoPixels(pixels.data, pixels.width, pixels.height);
  // The logo without the empty (transparent) margins of its file: those would only make it look small.
  const crop = analysis.ink && (analysis.ink.width < 0.99 || analysis.ink.height < 0.99) ? analysis.ink : undefined;
  const aspect = { w: logo.width * (crop?.width ?? 1), h: logo.height * (crop?.height ?? 1) };
  const slideWidth = slideWidthOf(ctx);
  const fits = frames.map((f) => place(ctx, f, aspect, chooseCard(ctx, f, logo, analysis, scheme), slideWidth));
  // Render once, for the largest printed size.
  let widthIn = 0;
  let heightIn = 0;
  for (const { frame, fitted } of fits) {
    widthIn = Math.max(widthIn, (fitted.cx * frame.scale.x) / EMU_PER_INCH);
    heightIn = Math.max(heightIn, (fitted.cy * frame.scale.y) / EMU_PER_INCH);
  }
  const rendered = await renderLogo(logo, widthIn, heightIn, limits, crop);
  if (logo.format !== 'svg') {
    const dpi = Math.min(aspect.w / widthIn, aspect.h / heightIn);
    if (dpi < LOGO_MIN_DPI) {
      warn(
        ctx,
        'W_LOGO_LOW_RESOLUTION',
        `the logo ${logo.name} is ${logo.width} × ${logo.height} px; printed ${widthIn.toFixed(1)} in wide it has ${Math.round(dpi)} dpi and may look blurry (give at least ${Math.ceil((widthIn * 300) / (crop?.width ?? 1))} px, or an SVG)`,
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
