/**
 * Graphic frames (p:graphicFrame): tables are drawn (table.ts), SmartArt from its saved
 * drawing (diagram.ts), charts from their cached values (../chart); OLE objects show their
 * preview picture; SmartArt without a saved drawing is laid out from its data (smartart/) or
 * listed as text; other graphic data are skipped and reported, one warning per kind and slide.
 */
import { nonVisual } from '../../presentation/shape/non-visual.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { skip, type SlideContext } from './context.js';
import { drawPicture } from './picture.js';
import type { ShapeEnv } from './placement.js';
import { drawTable } from './table.js';
import { drawDiagram, type DrawNested } from './diagram.js';
import { drawDiagramText } from './diagram-text.js';
import { drawDiagramBackground, drawDiagramLayout } from './smartart/index.js';
import { drawChartFrame, drawChartPlaceholder } from '../chart/index.js';
import { C } from '../chart/model.js';
import { drawVmlPreview } from './ole-preview.js';
import { readXfrm } from './transform.js';

/** `nested` draws a SmartArt's saved drawing (the shape tree's walk, one level deeper). */
export function drawGraphicFrame(frame: ReadonlyXElement, env: ShapeEnv, ctx: SlideContext, nested: DrawNested): void {
  if (nonVisual(frame).hidden) return;
  const data = frame.child(NS.a, 'graphic')?.child(NS.a, 'graphicData');
  const uri = data?.attr('uri') ?? '';
  if (!data) return;
  if (uri.endsWith('/drawingml/2006/table')) {
    const tbl = data.child(NS.a, 'tbl');
    if (tbl) drawTable(frame, tbl, env, ctx);
    return;
  }
  if (C.uris.includes(uri)) {
    drawChartFrame(frame, data, env, ctx);
    return;
  }
  if (uri.includes('/drawing/2014/chartex') || uri.includes('chart')) {
    drawChartPlaceholder(frame, 'Office 2016 chart (chartex)', env, ctx);
    return;
  }
  if (uri.endsWith('/drawingml/2006/diagram')) {
    const xfrm = readXfrm(frame.child(NS.p, 'xfrm'));
    if (xfrm && drawDiagram(xfrm, data, env, ctx, nested)) return;
    // No saved drawing (or an empty one): laid out from the data for the layouts we know
    // (smartart/), else the data's text as a plain list (diagram-text.ts).
    if (xfrm && drawDiagramLayout(xfrm, data, env, ctx, nested)) skip(ctx, 'smartartLayout');
    // The list goes over the diagram's background (dgm:bg), which PowerPoint draws behind any layout.
    else if (xfrm && drawDiagramText(xfrm, data, env, ctx, nested, () => drawDiagramBackground(xfrm, data, env, ctx, nested))) skip(ctx, 'smartartText');
    else skip(ctx, 'smartart');
    return;
  }
  if (uri.endsWith('/presentationml/2006/ole')) {
    // p:oleObj holds a preview picture (p:pic), directly or in mc:AlternateContent.
    const pic = [...data.descendants(NS.p, 'pic')][0];
    let shown = false;
    if (pic) {
      drawPicture(pic, env, ctx);
      shown = true;
    } else {
      const oleObj = [...data.descendants(NS.p, 'oleObj')][0];
      if (oleObj) shown = drawVmlPreview(frame, oleObj, env, ctx);
    }
    skip(ctx, shown ? 'olePreview' : 'ole');
    return;
  }
  skip(ctx, 'graphic');
}
