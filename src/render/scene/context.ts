/**
 * What drawing one slide needs to know: the package, the slide's inheritance chain, fonts, and
 * where operations, links and warnings go.
 */
import type { FontRegistry } from '../../fonts/types.js';
import type { OpcPackage } from '../../package/opc-package.js';
import type { Warning } from '../../warnings.js';
import type { ColorContext } from '../color/resolve.js';
import type { Presentation } from '../deck/presentation.js';
import type { SlideChain } from '../deck/slide-chain.js';
import type { DrawOp, LinkArea } from '../ops.js';
import type { TextStats } from '../text/stats.js';
import type { StructureBuilder } from '../structure/builder.js';
import type { ContentTag, StructElem } from '../structure/types.js';
import { MAX_GRADIENT_STOPS, MAX_SHAPES_PER_DECK, MAX_SHAPES_PER_SLIDE, type ShapeBudget } from '../../limits/shapes.js';

/**
 * How text drawn now is tagged: not at all (an artifact), all of it as the content of one
 * element (a heading, a label, a figure, a table cell), or paragraph by paragraph under a
 * container (P, or L/LI/Lbl/LBody for bulleted and numbered paragraphs).
 */
export type TextTagging = { kind: 'artifact' } | { kind: 'whole'; elem: StructElem } | { kind: 'paragraphs'; container: StructElem };

export interface SlideContext {
  pkg: OpcPackage;
  pres: Presentation;
  chain: SlideChain;
  /** 1-based slide number. */
  slideNo: number;
  fonts: FontRegistry;
  /** Page numbers (0-based) of slide parts, for internal slide-jump links. */
  pageOfSlide: ReadonlyMap<string, number>;
  colors: ColorContext;
  ops: DrawOp[];
  links: LinkArea[];
  warnings: Warning[];
  /**
   * SmartArt drawing parts met on this slide (diagram.ts): one met again while it is being drawn
   * is a cycle; one met again after it was drawn is not drawn twice (nested diagrams that each
   * hold several frames of the next would otherwise multiply the work with every level).
   */
  drawings: Map<string, DrawingState>;
  /** Counts of what could not be drawn, by kind: one warning per kind and slide. */
  skipped: Map<SkipKind, number>;
  /** Shapes drawn on this slide (MAX_SHAPES_PER_SLIDE) and in the deck (MAX_SHAPES_PER_DECK, src/limits/shapes.ts). */
  shapes: { slide: number; deck: ShapeBudget };
  text: TextStats;
  /** The document's structure tree, shared by all slides. */
  struct: StructureBuilder;
  /** Tag of the operations drawn now that have none of their own (a figure's slot); undefined: artifact. */
  tag: ContentTag | undefined;
  /** How the text drawn now is tagged. */
  textTags: TextTagging;
}

/** A SmartArt drawing on a slide: being drawn, being drawn and its cycle reported, or drawn. */
export type DrawingState = 'drawing' | 'cycle' | 'drawn';

export function warn(ctx: SlideContext, code: string, message: string, part?: string): void {
  ctx.warnings.push({ code, message: `slide ${ctx.slideNo}: ${message}`, slide: ctx.slideNo, part: part ?? ctx.chain.slide.part });
}

/** What the renderer does not draw, and how it says so (one warning per kind and slide). */
export const SKIP_KINDS = {
  chartKind: 'chart(s) of a kind not drawn (radar, surface, stock, bar-of-pie, Office 2016 chart types): a placeholder frame is drawn',
  chartMissing: 'chart(s) whose data part is missing: a placeholder frame is drawn',
  chart3d: '3-D chart(s) drawn flat',
  chartDateAxis: 'date axis (axes) drawn as category axes: the dates formatted, one slot per category, not spaced by time',
  smartart: 'SmartArt diagram(s) not drawn (SmartArt is not supported)',
  ole: 'embedded OLE object(s) not drawn',
  olePreview: 'embedded OLE object(s) drawn as their preview picture only',
  media: 'video/audio clip(s) drawn as their poster picture only',
  ink: 'ink drawing(s) not drawn',
  activeX: 'ActiveX control(s) not drawn',
  threeD: 'shape(s) with 3-D effects drawn flat',
  graphic: 'graphic object(s) of an unknown kind not drawn',
  deepGroup: 'group(s) or SmartArt drawing(s) nested more than 64 deep not drawn',
  smartartRepeat: 'SmartArt drawing(s) already drawn on this slide not drawn again',
  smartartText: 'SmartArt diagram(s) without a saved drawing drawn as a plain list of their text',
  smartartLayout: 'SmartArt diagram(s) without a saved drawing laid out from their data (our layout of a built-in SmartArt layout; PowerPoint may place and size shapes a little differently)',
  gradientNoStops: 'gradient fill(s) without colour stops (a:gradFill without a:gsLst) not filled',
  pictureBullet: 'picture bullet(s) (a:buBlip) drawn as round bullets',
  gradientText: 'gradient-filled text drawn in the mean colour of its gradient',
  shapeLimit: `shape(s) not drawn: over the limit of ${MAX_SHAPES_PER_SLIDE.toLocaleString('en-US')} shapes per slide or ${MAX_SHAPES_PER_DECK.toLocaleString('en-US')} per deck`,
  gradientStops: `gradient fill(s) with more than ${MAX_GRADIENT_STOPS.toLocaleString('en-US')} colour stops drawn with their first ${MAX_GRADIENT_STOPS.toLocaleString('en-US')}`,
} as const;

export type SkipKind = keyof typeof SKIP_KINDS;

export function skip(ctx: SlideContext, kind: SkipKind): void {
  ctx.skipped.set(kind, (ctx.skipped.get(kind) ?? 0) + 1);
}
