/**
 * One slide as a page of drawing operations: background, then the master's and the layout's
 * shapes (unless p:sld/p:sldLayout@showMasterSp="0"), then the slide's own shapes; what could
 * not be drawn is reported once per kind.
 */
import type { FontRegistry } from '../../fonts/types.js';
import type { OpcPackage } from '../../package/opc-package.js';
import type { Warning } from '../../warnings.js';
import { NS } from '../../xml/namespaces.js';
import type { Presentation } from '../deck/presentation.js';
import { readSlideChain, type PartXml } from '../deck/slide-chain.js';
import type { PageList } from '../ops.js';
import type { TextStats } from '../text/stats.js';
import type { StructureBuilder } from '../structure/builder.js';
import { drawBackground } from './background.js';
import { SKIP_KINDS, type SlideContext } from './context.js';
import { drawTree } from './tree.js';
import { newShapeBudget, type ShapeBudget } from '../../limits/shapes.js';

export interface SlideInput {
  pkg: OpcPackage;
  pres: Presentation;
  slidePart: string;
  slideNo: number;
  fonts: FontRegistry;
  pageOfSlide: ReadonlyMap<string, number>;
  warnings: Warning[];
  text: TextStats;
  struct: StructureBuilder;
  /** Shapes drawn in the deck so far (one budget for all its slides). */
  shapes?: ShapeBudget;
}

export function drawSlide(input: SlideInput): PageList {
  const chain = readSlideChain(input.pkg, input.slidePart, (part, error) => {
    const why = error instanceof Error ? error.message : String(error);
    input.warnings.push({ code: 'W_RENDER_PART_DAMAGED', message: `slide ${input.slideNo}: ${part} could not be read and was left out (${why})`, slide: input.slideNo, part });
  });
  const ctx: SlideContext = {
    pkg: input.pkg,
    pres: input.pres,
    chain,
    slideNo: input.slideNo,
    fonts: input.fonts,
    pageOfSlide: input.pageOfSlide,
    colors: { scheme: chain.theme.colors, clrMap: chain.clrMap },
    ops: [],
    links: [],
    warnings: input.warnings,
    drawings: new Map(),
    skipped: new Map(),
    shapes: { slide: 0, deck: input.shapes ?? newShapeBudget() },
    text: input.text,
    struct: input.struct,
    tag: undefined,
    textTags: { kind: 'artifact' },
  };
  drawBackground(ctx);
  const backgroundOps = ctx.ops.length;
  const showMaster = (p: PartXml | undefined) => p?.root.attr('showMasterSp') !== '0' && p?.root.attr('showMasterSp') !== 'false';
  const tree = (p: PartXml | undefined) => p?.root.child(NS.p, 'cSld')?.child(NS.p, 'spTree');
  const env = (source: PartXml) => ({ source, group: undefined, groupFill: undefined });
  // The background, the master's and the layout's shapes are artifacts (untagged); tree.ts
  // tags the slide's own shapes by what they are.
  if (showMaster(chain.slide)) {
    if (chain.master && showMaster(chain.layout)) {
      const t = tree(chain.master);
      if (t) drawTree(t, env(chain.master), ctx);
    }
    if (chain.layout) {
      const t = tree(chain.layout);
      if (t) drawTree(t, env(chain.layout), ctx);
    }
  }
  const t = tree(chain.slide);
  if (t) drawTree(t, env(chain.slide), ctx);
  // p:controls: ActiveX controls, placed through legacy VML drawings.
  const controls = chain.slide.root.child(NS.p, 'cSld')?.child(NS.p, 'controls');
  for (const c of controls?.descendants(NS.p, 'control') ?? []) {
    void c;
    ctx.skipped.set('activeX', (ctx.skipped.get('activeX') ?? 0) + 1);
  }
  for (const [kind, count] of ctx.skipped) {
    input.warnings.push({
      code: 'W_RENDER_SKIPPED',
      message: `slide ${input.slideNo}: ${count} ${SKIP_KINDS[kind]}`,
      slide: input.slideNo,
      part: input.slidePart,
    });
  }
  return { width: input.pres.width, height: input.pres.height, ops: ctx.ops, links: ctx.links, backgroundOps };
}
