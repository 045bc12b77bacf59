/**
 * Document properties with fixed content: pptxgenjs stamps the current time into
 * `docProps/core.xml` (`dcterms:created`/`modified`) and writes placeholder values into
 * `docProps/app.xml`. Both parts are rewritten whole, so two builds give the same bytes.
 */
import type { OpcPackage } from '../../../package/opc-package.js';
import { escapeText } from '../../../xml/serialize.js';

/** The date every template carries: the contract's version, not the build time. */
export const TEMPLATE_DATE = '2025-01-01T00:00:00Z';

export interface DocumentInfo {
  title: string;
  subject: string;
  language: string;
  keywords: string;
  /** Latin theme fonts (for app.xml's "Fonts Used"). */
  fonts: readonly string[];
  themeName: string;
  paperName: string;
}

const CORE_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';
const APP_TYPE = 'application/vnd.openxmlformats-officedocument.extended-properties+xml';

export function writeDocProps(pkg: OpcPackage, info: DocumentInfo): void {
  const e = escapeText;
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${e(info.title)}</dc:title>` +
    `<dc:subject>${e(info.subject)}</dc:subject>` +
    '<dc:creator>va-infographic</dc:creator>' +
    `<cp:keywords>${e(info.keywords)}</cp:keywords>` +
    '<cp:lastModifiedBy>va-infographic</cp:lastModifiedBy>' +
    '<cp:revision>1</cp:revision>' +
    `<dc:language>${e(info.language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${TEMPLATE_DATE}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${TEMPLATE_DATE}</dcterms:modified>` +
    '</cp:coreProperties>';
  const parts = [...info.fonts, info.themeName, info.title];
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<TotalTime>0</TotalTime><Words>0</Words><Application>va-infographic</Application>' +
    `<PresentationFormat>${e(info.paperName)}</PresentationFormat>` +
    '<Paragraphs>0</Paragraphs><Slides>1</Slides><Notes>0</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>' +
    '<HeadingPairs><vt:vector size="6" baseType="variant">' +
    `<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>${info.fonts.length}</vt:i4></vt:variant>` +
    '<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
    '<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>' +
    '</vt:vector></HeadingPairs>' +
    `<TitlesOfParts><vt:vector size="${parts.length}" baseType="lpstr">${parts.map((p) => `<vt:lpstr>${e(p)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>' +
    '</Properties>';
  pkg.set('docProps/core.xml', new TextEncoder().encode(core), CORE_TYPE);
  pkg.set('docProps/app.xml', new TextEncoder().encode(app), APP_TYPE);
}
