/**
 * A SmartArt diagram without a saved drawing, laid out from its data (dgm:dataModel) for the
 * layouts of layouts.ts: the layout definition (dgm:layoutDef, the part of dgm:relIds r:lo)
 * names the layout by its uniqueId, else the data's document point does (dgm:prSet loTypeId);
 * colours and theme references come from the colours (r:cs) and quick-style (r:qs) parts.
 */
import type { OpcPackage } from '../../../package/opc-package.js';
import type { ReadonlyXElement } from '../../../xml/readonly.js';
import { NS } from '../../../xml/namespaces.js';
import { parseXmlText } from '../../../xml/parse.js';
import { resolveColor } from '../../color/resolve.js';
import type { SlideContext } from '../context.js';
import type { DrawNested } from '../diagram.js';
import type { ShapeEnv } from '../placement.js';
import type { Xfrm } from '../transform.js';
import { readDataModel } from './data-model.js';
import { drawShapes, type ShapeSpec } from './emit.js';
import { layoutFor } from './layouts.js';
import { diagramStyle } from './style.js';

/**
 * The layout we would lay a diagram frame's data out with (dgm:relIds in `data`, relationships of
 * `part`), or undefined: for inspect, which lists what the renderer does not draw.
 */
export function layoutOfFrame(pkg: OpcPackage, part: string, data: ReadonlyXElement): string | undefined {
  const relIds = [...data.elements()].find((e) => e.localName === 'relIds');
  if (!relIds) return undefined;
  const rels = pkg.rels(part);
  const root = (name: string) => {
    const id = relIds.attrNS(NS.r, name);
    const target = id ? rels.targetPart(id) : undefined;
    return target && pkg.has(target) ? pkg.readOnlyXml(target).root : undefined;
  };
  const dataRoot = root('dm');
  if (!dataRoot) return undefined;
  const model = readDataModel(dataRoot);
  if (model.root.children.length === 0) return undefined;
  return layoutFor(root('lo')?.attr('uniqueId') ?? model.layoutId)?.name;
}

/** The frame's diagram parts (dgm:relIds r:dm, r:lo, r:cs, r:qs), read from the slide's relationships. */
function diagramParts(data: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext): ((name: string) => ReadonlyXElement | undefined) | undefined {
  const relIds = [...data.elements()].find((e) => e.localName === 'relIds');
  if (!relIds) return undefined;
  return (name: string) => {
    const id = relIds.attrNS(NS.r, name);
    const target = id ? env.source.rels.targetPart(id) : undefined;
    return target && ctx.pkg.has(target) ? ctx.pkg.readOnlyXml(target).root : undefined;
  };
}

/**
 * The diagram's own background and outline (dgm:bg: a fill; dgm:whole: a:ln, effects) as a shape
 * over the whole frame, or undefined when the data sets neither.
 */
function backgroundSpec(background: ReadonlyXElement[], w: number, h: number): ShapeSpec | undefined {
  const hasFill = background.some((e) => /Fill$/.test(e.localName));
  const hasLine = background.some((e) => e.localName === 'ln');
  if (!hasFill && !hasLine) return undefined;
  const none = parseXmlText(`<a:x xmlns:a="${NS.a.uris[0]}">${hasFill ? '' : '<a:noFill/>'}${hasLine ? '' : '<a:ln><a:noFill/></a:ln>'}</a:x>`, 'SmartArt background').root;
  return { name: 'background', prst: 'rect', box: { x: 0, y: 0, w, h }, spPr: [...background, ...none.elements()] };
}

/** The diagram's style (colours part r:cs, quick style r:qs), its colours resolved through the slide's theme. */
function styleOf(part: (name: string) => ReadonlyXElement | undefined, ctx: SlideContext) {
  // Colours between two entries of a colour list are mixed from the colours the slide resolves.
  const resolve = (xml: string) => resolveColor([...parseXmlText(`<a:x xmlns:a="${NS.a.uris[0]}">${xml}</a:x>`, 'SmartArt colour').root.elements()][0], ctx.colors);
  return diagramStyle(part('cs'), part('qs'), resolve);
}

/**
 * Draws only the diagram's background (dgm:bg, dgm:whole) over its frame, as PowerPoint does
 * behind any layout: for a diagram whose layout we do not lay out (its text is then listed over
 * it, diagram-text.ts). False when the data sets no background.
 */
export function drawDiagramBackground(frameXfrm: Xfrm, data: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, nested: DrawNested): boolean {
  const part = diagramParts(data, env, ctx);
  const dataRoot = part?.('dm');
  if (!part || !dataRoot) return false;
  const spec = backgroundSpec(readDataModel(dataRoot).background, frameXfrm.w, frameXfrm.h);
  if (!spec) return false;
  drawShapes([spec], frameXfrm, styleOf(part, ctx), env, ctx, nested);
  return true;
}

/** Lays the diagram out and draws it; false when its layout is not one we lay out (or it has no nodes). */
export function drawDiagramLayout(frameXfrm: Xfrm, data: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, nested: DrawNested): boolean {
  const part = diagramParts(data, env, ctx);
  const dataRoot = part?.('dm');
  if (!part || !dataRoot) return false;
  const model = readDataModel(dataRoot);
  const found = layoutFor(part('lo')?.attr('uniqueId') ?? model.layoutId);
  if (!found || model.root.children.length === 0) return false;
  const specs = found.layout(model.root, frameXfrm.w, frameXfrm.h);
  if (specs.length === 0) return false;
  // The diagram's own background and outline (dgm:bg, dgm:whole), behind its shapes.
  const bg = backgroundSpec(model.background, frameXfrm.w, frameXfrm.h);
  if (bg) specs.unshift(bg);
  drawShapes(specs, frameXfrm, styleOf(part, ctx), env, ctx, nested);
  return true;
}
