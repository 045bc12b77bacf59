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

/** A data model node of `laidOutDiagram`: its text and children. */
export interface DiagramNodeSpec {
  text: string;
  children?: DiagramNodeSpec[];
  /** dgm:spPr of the node (e.g. its own fill). */
  spPr?: string;
  /** The runs' own size in hundredths of a point (dgm:prSet custT="1"). */
  sz?: number;
  /** An assistant (dgm:pt type="asst"). */
  assistant?: boolean;
}

/**
 * A slide with one diagram frame (x, y, cx, cy EMU) whose saved drawing is empty (a dsp:drawing
 * with an empty dsp:spTree, as poi's stress022 has), its layout definition naming `layout`
 * (e.g. "vList5"), a colours part (node1: accent1 fill, lt1 line; alignAccFollowNode1 and
 * bgAccFollowNode1: accent1 at 40 % tint, dk1 text; fgAcc1 and conFgAcc1: white, outlined accent1; alignNode1: accent2, accent3 in turn; alignAcc1:
 * white, outlined accent2, accent3 in turn) and a quick style (line 2, fill 1); `themes` as
 * miniDeck's; `bg` the diagram's background (dgm:bg children).
 */
export async function laidOutDiagram(layout: string, nodes: DiagramNodeSpec[], opts: { frame?: { x: number; y: number; cx: number; cy: number }; themes?: string[]; bg?: string } = {}): Promise<Uint8Array> {
  const f = opts.frame ?? { x: 457200, y: 914400, cx: 6858000, cy: 4572000 };
  const pts: string[] = ['<dgm:pt modelId="doc" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/' + layout + '"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></dgm:t></dgm:pt>'];
  const cxns: string[] = [];
  let k = 0;
  const add = (parent: string, list: DiagramNodeSpec[]) =>
    list.forEach((n, i) => {
      const id = `n${++k}`;
      const rPr = n.sz ? `<a:rPr lang="en-US" sz="${n.sz}"/>` : '<a:rPr lang="en-US"/>';
      pts.push(`<dgm:pt modelId="${id}"${n.assistant ? ' type="asst"' : ''}><dgm:prSet${n.sz ? ' custT="1"' : ''}/><dgm:spPr>${n.spPr ?? ''}</dgm:spPr><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r>${rPr}<a:t>${n.text}</a:t></a:r></a:p></dgm:t></dgm:pt>`);
      cxns.push(`<dgm:cxn modelId="c${id}" srcId="${parent}" destId="${id}" srcOrd="${i}" destOrd="0"/>`);
      add(id, n.children ?? []);
    });
  add('doc', nodes);
  const data = `${DECL}<dgm:dataModel xmlns:dgm="${DGM}" xmlns:a="${A}"><dgm:ptLst>${pts.join('')}</dgm:ptLst><dgm:cxnLst>${cxns.join('')}</dgm:cxnLst><dgm:bg>${opts.bg ?? ''}</dgm:bg><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="${DSP}" relId="rId14" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>`;
  const lbl = (name: string, fill: string, line: string, text: string) =>
    `<dgm:styleLbl name="${name}"><dgm:fillClrLst meth="repeat">${fill}</dgm:fillClrLst><dgm:linClrLst meth="repeat">${line}</dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat">${text}</dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl>`;
  const tint = '<a:schemeClr val="accent1"><a:alpha val="90000"/><a:tint val="40000"/></a:schemeClr>';
  const colors = `${DECL}<dgm:colorsDef xmlns:dgm="${DGM}" xmlns:a="${A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2">${lbl('node1', '<a:schemeClr val="accent1"/>', '<a:schemeClr val="lt1"/>', '')}${lbl('alignAccFollowNode1', tint, tint, '<a:schemeClr val="dk1"/>')}${lbl('bgAccFollowNode1', tint, tint, '<a:schemeClr val="dk1"/>')}${lbl('conFgAcc1', '<a:schemeClr val="lt1"><a:alpha val="90000"/></a:schemeClr>', '<a:schemeClr val="accent1"/>', '<a:schemeClr val="dk1"/>')}${lbl('fgAcc1', '<a:schemeClr val="lt1"><a:alpha val="90000"/></a:schemeClr>', '<a:schemeClr val="accent1"/>', '<a:schemeClr val="dk1"/>')}${lbl('alignNode1', '<a:schemeClr val="accent2"/><a:schemeClr val="accent3"/>', '<a:schemeClr val="accent2"/><a:schemeClr val="accent3"/>', '')}${lbl('alignAcc1', '<a:schemeClr val="lt1"><a:alpha val="90000"/></a:schemeClr>', '<a:schemeClr val="accent2"/><a:schemeClr val="accent3"/>', '<a:schemeClr val="dk1"/>')}</dgm:colorsDef>`;
  const qsLbl = (name: string, font: string) =>
    `<dgm:styleLbl name="${name}"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor">${font}</a:fontRef></dgm:style></dgm:styleLbl>`;
  const quick = `${DECL}<dgm:styleDef xmlns:dgm="${DGM}" xmlns:a="${A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1">${qsLbl('node1', '<a:schemeClr val="lt1"/>')}${qsLbl('alignAccFollowNode1', '')}</dgm:styleDef>`;
  // The layout definition: only its uniqueId is read (our layouts are keyed by it).
  const layoutDef = `${DECL}<dgm:layoutDef xmlns:dgm="${DGM}" xmlns:a="${A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/${layout}"><dgm:title val=""/><dgm:desc val=""/><dgm:layoutNode name="root"/></dgm:layoutDef>`;
  const drawing = `${DECL}<dsp:drawing xmlns:dgm="${DGM}" xmlns:dsp="${DSP}" xmlns:a="${A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/></dsp:spTree></dsp:drawing>`;
  const frame = `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Diagram 3"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="${f.x}" y="${f.y}"/><a:ext cx="${f.cx}" cy="${f.cy}"/></p:xfrm><a:graphic><a:graphicData uri="${DGM}"><dgm:relIds xmlns:dgm="${DGM}" xmlns:r="${REL}" r:dm="rId10" r:lo="rId11" r:qs="rId12" r:cs="rId13"/></a:graphicData></a:graphic></p:graphicFrame>`;
  const links =
    `<Relationship Id="rId10" Type="${REL}/diagramData" Target="../diagrams/data1.xml"/><Relationship Id="rId11" Type="${REL}/diagramLayout" Target="../diagrams/layout1.xml"/>` +
    `<Relationship Id="rId12" Type="${REL}/diagramQuickStyle" Target="../diagrams/quickStyle1.xml"/><Relationship Id="rId13" Type="${REL}/diagramColors" Target="../diagrams/colors1.xml"/>` +
    `<Relationship Id="rId14" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="../diagrams/drawing1.xml"/>`;
  return miniDeck({
    slides: [{ shapes: frame, rels: links }],
    ...(opts.themes ? { themes: opts.themes } : {}),
    extra: [
      { name: 'ppt/diagrams/data1.xml', data, type: 'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml' },
      { name: 'ppt/diagrams/layout1.xml', data: layoutDef, type: 'application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml' },
      { name: 'ppt/diagrams/quickStyle1.xml', data: quick, type: 'application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml' },
      { name: 'ppt/diagrams/colors1.xml', data: colors, type: 'application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml' },
      { name: 'ppt/diagrams/drawing1.xml', data: drawing, type: 'application/vnd.ms-office.drawingml.diagramDrawing+xml' },
    ],
  });
}

/**
 * A slide whose diagram's saved drawing holds one shape turned 90° (a:xfrm rot) whose text box
 * is turned back (dsp:txXfrm rot="-5400000"), wide and low, as PowerPoint saves vList5 and
 * chevron2 drawings: the text must stand upright on one line across the box.
 */
export async function turnedDrawing(text: string): Promise<Uint8Array> {
  const sp =
    '<dsp:sp modelId="{1}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm rot="5400000"><a:off x="2286000" y="-1828800"/><a:ext cx="914400" cy="4572000"/></a:xfrm><a:prstGeom prst="round2SameRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="DDDDDD"/></a:solidFill></dsp:spPr>' +
    `<dsp:txBody><a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="1200"/><a:t>${text}</a:t></a:r></a:p></dsp:txBody>` +
    '<dsp:txXfrm rot="-5400000"><a:off x="457200" y="0"/><a:ext cx="4572000" cy="914400"/></dsp:txXfrm></dsp:sp>';
  const frame = `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Diagram 3"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/><a:ext cx="5486400" cy="914400"/></p:xfrm><a:graphic><a:graphicData uri="${DGM}"><dgm:relIds xmlns:dgm="${DGM}" xmlns:r="${REL}" r:dm="rIdD1" r:lo="rIdD1" r:qs="rIdD1" r:cs="rIdD1"/></a:graphicData></a:graphic></p:graphicFrame>`;
  return miniDeck({
    slides: [{ shapes: frame, rels: `<Relationship Id="rIdD1" Type="${REL}/diagramData" Target="../diagrams/data1.xml"/><Relationship Id="rIdW1" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="../diagrams/drawing1.xml"/>` }],
    extra: [
      { name: 'ppt/diagrams/data1.xml', data: `${DECL}<dgm:dataModel xmlns:dgm="${DGM}" xmlns:a="${A}"><dgm:ptLst/><dgm:extLst><a:ext uri="${DSP}"><dsp:dataModelExt xmlns:dsp="${DSP}" relId="rIdW1"/></a:ext></dgm:extLst></dgm:dataModel>` },
      { name: 'ppt/diagrams/drawing1.xml', data: `${DECL}<dsp:drawing xmlns:dsp="${DSP}" xmlns:a="${A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>${sp}</dsp:spTree></dsp:drawing>` },
    ],
  });
}
