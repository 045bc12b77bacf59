/**
 * Small synthetic decks for before/after tests: a valid PresentationML package built from XML
 * strings (one master, one layout, one theme per master, N slides), zipped with our writer.
 */
import { OpcPackage } from '../../../src/package/opc-package.js';
import { writeZip } from '../../../src/package/zip-write.js';

export const NS_DECL =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface MiniSlide {
  /** Shapes inside p:spTree (after the group properties). */
  shapes: string;
  /** Extra Relationship elements of the slide (ids from rId10 up are free). */
  rels?: string;
}

export interface MiniDeckOptions {
  slides: MiniSlide[];
  /** Theme XML per master (default: one Office-like theme). */
  themes?: string[];
  /** Extra parts: name → content (string or bytes), with an optional content type override. */
  extra?: { name: string; data: string | Uint8Array; type?: string }[];
  /** Extra Default content types (extension → type). */
  defaults?: Record<string, string>;
  docProps?: boolean;
  /** Slide size (default Letter portrait). */
  size?: { cx: number; cy: number };
  /** Shapes on the slide master (e.g. a va:logo there). */
  masterShapes?: string;
}

export function officeTheme(name = 'Office Theme', options: { prefix?: string; clrScheme?: boolean; fontScheme?: boolean; ea?: string } = {}): string {
  const a = options.prefix ?? 'a';
  const clr =
    options.clrScheme === false
      ? ''
      : `<${a}:clrScheme name="Office"><${a}:dk1><${a}:sysClr val="windowText" lastClr="000000"/></${a}:dk1><${a}:lt1><${a}:sysClr val="window" lastClr="FFFFFF"/></${a}:lt1><${a}:dk2><${a}:srgbClr val="1F497D"/></${a}:dk2><${a}:lt2><${a}:srgbClr val="EEECE1"/></${a}:lt2><${a}:accent1><${a}:srgbClr val="4F81BD"/></${a}:accent1><${a}:accent2><${a}:srgbClr val="C0504D"/></${a}:accent2><${a}:accent3><${a}:srgbClr val="9BBB59"/></${a}:accent3><${a}:accent4><${a}:srgbClr val="8064A2"/></${a}:accent4><${a}:accent5><${a}:srgbClr val="4BACC6"/></${a}:accent5><${a}:accent6><${a}:srgbClr val="F79646"/></${a}:accent6><${a}:hlink><${a}:srgbClr val="0000FF"/></${a}:hlink><${a}:folHlink><${a}:srgbClr val="800080"/></${a}:folHlink></${a}:clrScheme>`;
  const font =
    options.fontScheme === false
      ? ''
      : `<${a}:fontScheme name="Office"><${a}:majorFont><${a}:latin typeface="Calibri Light" panose="020F0302020204030204"/><${a}:ea typeface="${options.ea ?? ''}"/><${a}:cs typeface=""/><${a}:font script="Jpan" typeface="游ゴシック Light"/><${a}:font script="Hans" typeface="等线 Light"/></${a}:majorFont><${a}:minorFont><${a}:latin typeface="Calibri" panose="020F0502020204030204"/><${a}:ea typeface="${options.ea ?? ''}"/><${a}:cs typeface=""/><${a}:font script="Hans" typeface="等线"/></${a}:minorFont></${a}:fontScheme>`;
  return `${DECL}<${a}:theme xmlns:${a}="http://schemas.openxmlformats.org/drawingml/2006/main" name="${name}"><${a}:themeElements>${clr}${font}<${a}:fmtScheme name="Office"><${a}:fillStyleLst><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill></${a}:fillStyleLst><${a}:lnStyleLst><${a}:ln w="6350"><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill></${a}:ln><${a}:ln w="12700"><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill></${a}:ln><${a}:ln w="19050"><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill></${a}:ln></${a}:lnStyleLst><${a}:effectStyleLst><${a}:effectStyle><${a}:effectLst/></${a}:effectStyle><${a}:effectStyle><${a}:effectLst/></${a}:effectStyle><${a}:effectStyle><${a}:effectLst/></${a}:effectStyle></${a}:effectStyleLst><${a}:bgFillStyleLst><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill><${a}:solidFill><${a}:schemeClr val="phClr"/></${a}:solidFill></${a}:bgFillStyleLst></${a}:fmtScheme></${a}:themeElements><${a}:objectDefaults/><${a}:extraClrSchemeLst/></${a}:theme>`;
}

const TREE_HEAD = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>';

export function slideXml(shapes: string): string {
  return `${DECL}<p:sld ${NS_DECL}><p:cSld><p:spTree>${TREE_HEAD}${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
}

export async function miniDeck(options: MiniDeckOptions): Promise<Uint8Array> {
  const themes = options.themes ?? [officeTheme()];
  const size = options.size ?? { cx: 7772400, cy: 10058400 };
  const files: { name: string; data: string | Uint8Array }[] = [];
  const overrides: string[] = [];
  const over = (name: string, type: string) => overrides.push(`<Override PartName="/${name}" ContentType="${type}"/>`);
  const pml = 'application/vnd.openxmlformats-officedocument.presentationml';
  files.push({ name: '_rels/.rels', data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="ppt/presentation.xml"/>${options.docProps ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` : ''}</Relationships>` });
  const presRels: string[] = [];
  const masterIds: string[] = [];
  themes.forEach((theme, i) => {
    const n = i + 1;
    files.push({ name: `ppt/theme/theme${n}.xml`, data: theme });
    over(`ppt/theme/theme${n}.xml`, 'application/vnd.openxmlformats-officedocument.theme+xml');
    files.push({
      name: `ppt/slideMasters/slideMaster${n}.xml`,
      data: `${DECL}<p:sldMaster ${NS_DECL}><p:cSld><p:spTree>${TREE_HEAD}${i === 0 ? options.masterShapes ?? '' : ''}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="${2147483649 + i}" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`,
    });
    over(`ppt/slideMasters/slideMaster${n}.xml`, `${pml}.slideMaster+xml`);
    files.push({
      name: `ppt/slideMasters/_rels/slideMaster${n}.xml.rels`,
      data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout${n}.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="../theme/theme${n}.xml"/></Relationships>`,
    });
    files.push({ name: `ppt/slideLayouts/slideLayout${n}.xml`, data: `${DECL}<p:sldLayout ${NS_DECL}><p:cSld><p:spTree>${TREE_HEAD}</p:spTree></p:cSld></p:sldLayout>` });
    over(`ppt/slideLayouts/slideLayout${n}.xml`, `${pml}.slideLayout+xml`);
    files.push({
      name: `ppt/slideLayouts/_rels/slideLayout${n}.xml.rels`,
      data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideMaster" Target="../slideMasters/slideMaster${n}.xml"/></Relationships>`,
    });
    presRels.push(`<Relationship Id="rIdM${n}" Type="${REL}/slideMaster" Target="slideMasters/slideMaster${n}.xml"/>`);
    masterIds.push(`<p:sldMasterId id="${2147483648 + i * 10}" r:id="rIdM${n}"/>`);
  });
  const slideIds: string[] = [];
  options.slides.forEach((slide, i) => {
    const n = i + 1;
    files.push({ name: `ppt/slides/slide${n}.xml`, data: slideXml(slide.shapes) });
    over(`ppt/slides/slide${n}.xml`, `${pml}.slide+xml`);
    files.push({
      name: `ppt/slides/_rels/slide${n}.xml.rels`,
      data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>${slide.rels ?? ''}</Relationships>`,
    });
    presRels.push(`<Relationship Id="rIdS${n}" Type="${REL}/slide" Target="slides/slide${n}.xml"/>`);
    slideIds.push(`<p:sldId id="${256 + i}" r:id="rIdS${n}"/>`);
  });
  files.push({
    name: 'ppt/presentation.xml',
    data: `${DECL}<p:presentation ${NS_DECL}><p:sldMasterIdLst>${masterIds.join('')}</p:sldMasterIdLst>${slideIds.length ? `<p:sldIdLst>${slideIds.join('')}</p:sldIdLst>` : ''}<p:sldSz cx="${size.cx}" cy="${size.cy}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
  });
  over('ppt/presentation.xml', `${pml}.presentation.main+xml`);
  files.push({ name: 'ppt/_rels/presentation.xml.rels', data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${presRels.join('')}</Relationships>` });
  if (options.docProps) {
    files.push({
      name: 'docProps/core.xml',
      data: `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Old title</dc:title><dc:creator>Someone</dc:creator></cp:coreProperties>`,
    });
    over('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml');
    files.push({
      name: 'docProps/app.xml',
      data: `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Office PowerPoint</Application><Company>Old Co</Company></Properties>`,
    });
    over('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml');
  }
  for (const e of options.extra ?? []) {
    files.push({ name: e.name, data: e.data });
    if (e.type) over(e.name, e.type);
  }
  const defaults = Object.entries({ rels: 'application/vnd.openxmlformats-package.relationships+xml', xml: 'application/xml', ...(options.defaults ?? {}) })
    .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
    .join('');
  files.unshift({ name: '[Content_Types].xml', data: `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults}${overrides.join('')}</Types>` });
  const enc = new TextEncoder();
  return writeZip(files.map((f) => ({ name: f.name, data: typeof f.data === 'string' ? enc.encode(f.data) : f.data })));
}

/** A text shape (p:sp) with paragraphs given as inner XML of a:p elements. */
export function textShape(o: { id: number; name: string; x?: number; y?: number; cx?: number; cy?: number; paras: string[]; bodyPr?: string; hlink?: string }): string {
  const { x = 914400, y = 914400, cx = 3657600, cy = 914400 } = o;
  return `<p:sp><p:nvSpPr><p:cNvPr id="${o.id}" name="${o.name}">${o.hlink ?? ''}</p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>${o.bodyPr ?? '<a:bodyPr wrap="square"/>'}<a:lstStyle/>${o.paras.map((p) => `<a:p>${p}</a:p>`).join('')}</p:txBody></p:sp>`;
}

/** A run with a size (hundredths of a point) and optional extra rPr content. */
export function run(text: string, sz = 1200, extra = '', attrs = ''): string {
  return `<a:r><a:rPr lang="en-US" sz="${sz}"${attrs}>${extra}</a:rPr><a:t>${text}</a:t></a:r>`;
}

/** A plain rectangle (p:sp without text). */
export function rectShape(o: { id: number; name: string; x: number; y: number; cx: number; cy: number }): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${o.id}" name="${o.name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${o.x}" y="${o.y}"/><a:ext cx="${o.cx}" cy="${o.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></p:spPr></p:sp>`;
}

/** A group (p:grpSp) with an identity child space. */
export function groupShape(o: { id: number; name: string; x: number; y: number; cx: number; cy: number; children: string; chOff?: { x: number; y: number }; chExt?: { cx: number; cy: number } }): string {
  const chOff = o.chOff ?? { x: o.x, y: o.y };
  const chExt = o.chExt ?? { cx: o.cx, cy: o.cy };
  return `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${o.id}" name="${o.name}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="${o.x}" y="${o.y}"/><a:ext cx="${o.cx}" cy="${o.cy}"/><a:chOff x="${chOff.x}" y="${chOff.y}"/><a:chExt cx="${chExt.cx}" cy="${chExt.cy}"/></a:xfrm></p:grpSpPr>${o.children}</p:grpSp>`;
}

/** Text of a part of a package. */
export function partText(pptx: Uint8Array, name: string): string {
  const bytes = OpcPackage.open(pptx).get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(bytes);
}

export function partBytes(pptx: Uint8Array, name: string): Uint8Array | undefined {
  return OpcPackage.open(pptx).get(name);
}

export function partNames(pptx: Uint8Array): string[] {
  return OpcPackage.open(pptx).partNames();
}

/** The slide tree (inside p:spTree, after the group properties) of a slide part, as text. */
export function shapesOf(pptx: Uint8Array, slide = 1): string {
  const xml = partText(pptx, `ppt/slides/slide${slide}.xml`);
  const m = /<p:grpSpPr\/>([\s\S]*)<\/p:spTree>/.exec(xml);
  return m ? m[1]! : xml;
}
