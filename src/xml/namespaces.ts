/**
 * XML namespaces of OOXML. Each namespace lists the Transitional URI first and the Strict
 * (ISO/IEC 29500 Strict, purl.oclc.org) URI second: lookups match either, new elements use the
 * prefix and URI already in scope.
 */
export interface Namespace {
  /** Prefix we use when we must declare the namespace ourselves. */
  readonly prefix: string;
  /** Every URI that means this namespace; the first is the one we declare. */
  readonly uris: readonly string[];
}

function ns(prefix: string, ...uris: string[]): Namespace {
  return Object.freeze({ prefix, uris: Object.freeze(uris) });
}

export const NS = Object.freeze({
  /** DrawingML main: a:theme, a:clrScheme, a:t, a:rPr ... */
  a: ns('a', 'http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'),
  /** PresentationML: p:sld, p:sp, p:cNvPr ... */
  p: ns('p', 'http://schemas.openxmlformats.org/presentationml/2006/main', 'http://purl.oclc.org/ooxml/presentationml/main'),
  /** Office document relationships attributes: r:id, r:embed, r:link. */
  r: ns(
    'r',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ),
  /** Package relationships part: Relationships / Relationship. */
  rels: ns('', 'http://schemas.openxmlformats.org/package/2006/relationships'),
  /** [Content_Types].xml. */
  ct: ns('', 'http://schemas.openxmlformats.org/package/2006/content-types'),
  /** docProps/core.xml. */
  cp: ns('cp', 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties'),
  dc: ns('dc', 'http://purl.org/dc/elements/1.1/'),
  dcterms: ns('dcterms', 'http://purl.org/dc/terms/'),
  /** docProps/app.xml. */
  ep: ns('', 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties'),
  /** Markup compatibility (mc:AlternateContent). */
  mc: ns('mc', 'http://schemas.openxmlformats.org/markup-compatibility/2006'),
  /** SVG blip extension (asvg:svgBlip). */
  asvg: ns('asvg', 'http://schemas.microsoft.com/office/drawing/2016/SVG/main'),
  /** PowerPoint's "Mark as decorative" flag (adec:decorative in p:cNvPr/a:extLst). */
  adec: ns('adec', 'http://schemas.microsoft.com/office/drawing/2017/decorative'),
  xml: ns('xml', 'http://www.w3.org/XML/1998/namespace'),
});

/** Relationship type URIs (Transitional first, Strict second). */
const REL_BASE = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

/** True when `type` is the relationship type `name` (e.g. 'hyperlink') in either flavour. */
export function isRelType(type: string, name: string): boolean {
  return REL_BASE.some((base) => type === base + name);
}
