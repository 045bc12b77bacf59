/**
 * The slide background (p:cSld/p:bg): the slide's own, else its layout's, else its master's;
 * either p:bgPr (a fill) or p:bgRef (a theme background fill style, a:bgFillStyleLst, with its
 * colour as phClr). A slide without any background is white.
 */
import { NS } from '../../xml/namespaces.js';
import { resolveColorIn } from '../color/resolve.js';
import { IDENTITY } from '../matrix.js';
import type { PartXml } from '../deck/slide-chain.js';
import type { SlideContext } from './context.js';
import { fillElement, readFill, type FillSpec } from './fill.js';
import { rectangle } from './geometry.js';
import { drawGeometry, themeSource } from './shape.js';
import { themeFill } from './style-refs.js';

export function backgroundFill(ctx: SlideContext): FillSpec | undefined {
  const parts: (PartXml | undefined)[] = [ctx.chain.slide, ctx.chain.layout, ctx.chain.master];
  for (const part of parts) {
    const bg = part?.root.child(NS.p, 'cSld')?.child(NS.p, 'bg');
    if (!bg) continue;
    const bgPr = bg.child(NS.p, 'bgPr');
    if (bgPr) {
      const el = fillElement(bgPr);
      return el ? readFill(el, ctx.colors, part!) : undefined;
    }
    const ref = bg.child(NS.p, 'bgRef');
    if (ref) {
      const idx = Number.parseInt(ref.attr('idx') ?? '0', 10) || 0;
      const phClr = resolveColorIn(ref, ctx.colors) ?? undefined;
      const fill = themeFill(idx, phClr, ctx.chain.theme, ctx.colors, themeSource(ctx));
      // An index outside the style list: PowerPoint shows the reference colour.
      return fill ?? (phClr ? { kind: 'solid', color: phClr } : undefined);
    }
  }
  return undefined;
}

export function drawBackground(ctx: SlideContext): void {
  const fill = backgroundFill(ctx);
  if (!fill || fill.kind === 'none' || fill.kind === 'group') return;
  const { width: w, height: h } = ctx.pres;
  drawGeometry(rectangle(w, h), fill, null, IDENTITY, ctx, 'background', { w, h });
}
