/** Decks of SmartArt drawings nested in each other, for the renderer's depth and repeat limits. */
import { miniDeck } from '../../edit/helpers/mini-deck.js';

const DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
const DSP = 'http://schemas.microsoft.com/office/drawing/2008/diagram';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const rels = (body: string) => `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;

/**
 * A slide whose diagram's drawing holds a text box and the diagram of level 2 (`frames` graphic
 * frames of it), and so on: `n` drawings, each its own data part.
 */
export async function nestedDrawings(n: number, frames = 1): Promise<Uint8Array> {
  const frame = (prefix: 'p' | 'dsp', k: number) =>
    `<${prefix}:graphicFrame><${prefix}:nvGraphicFramePr><${prefix}:cNvPr id="${k + 10}" name="Diagram ${k}"/><${prefix}:cNvGraphicFramePr/>${prefix === 'p' ? '<p:nvPr/>' : ''}</${prefix}:nvGraphicFramePr><${prefix}:xfrm><a:off x="0" y="0"/><a:ext cx="5943600" cy="1828800"/></${prefix}:xfrm><a:graphic><a:graphicData uri="${DGM}"><dgm:relIds xmlns:dgm="${DGM}" xmlns:r="${REL}" r:dm="rIdD${k}" r:lo="rIdD${k}" r:qs="rIdD${k}" r:cs="rIdD${k}"/></a:graphicData></a:graphic></${prefix}:graphicFrame>`;
  const links = (k: number) => `<Relationship Id="rIdD${k}" Type="${REL}/diagramData" Target="../diagrams/data${k}.xml"/><Relationship Id="rIdW${k}" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="../diagrams/drawing${k}.xml"/>`;
  const extra: { name: string; data: string; type?: string }[] = [];
  for (let k = 1; k <= n; k++) {
    const box = `<dsp:sp><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></dsp:spPr><dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="1000"/><a:t>level ${k}</a:t></a:r></a:p></dsp:txBody></dsp:sp>`;
    const inner = k < n ? frame('dsp', k + 1).repeat(frames) : '';
    extra.push({ name: `ppt/diagrams/data${k}.xml`, data: `${DECL}<dgm:dataModel xmlns:dgm="${DGM}" xmlns:a="${A}"><dgm:ptLst/><dgm:extLst><a:ext uri="${DSP}"><dsp:dataModelExt xmlns:dsp="${DSP}" relId="rIdW${k}"/></a:ext></dgm:extLst></dgm:dataModel>` });
    extra.push({ name: `ppt/diagrams/drawing${k}.xml`, data: `${DECL}<dsp:drawing xmlns:dsp="${DSP}" xmlns:a="${A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>${box}${inner}</dsp:spTree></dsp:drawing>` });
    // The drawing's relationships name the next level's data and drawing (the data part's relId resolves against them).
    if (k < n) extra.push({ name: `ppt/diagrams/_rels/drawing${k}.xml.rels`, data: rels(links(k + 1)) });
  }
  return miniDeck({ slides: [{ shapes: frame('p', 1), rels: links(1) }], extra });
}
