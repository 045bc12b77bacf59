/**
 * Parsed XML of package parts for the renderer, shared across renders by content
 * (src/xml/content-cache.ts, through OpcPackage.readOnlyXml): a batch renders the same
 * template's master, layout and theme again and again, and the slide it renders was just
 * serialised by the brand engine. The renderer never edits XML, so one parse serves every
 * package with the same bytes.
 */
import type { OpcPackage } from '../../package/opc-package.js';
import type { XDocument } from '../../xml/parse.js';

export function cachedXml(pkg: OpcPackage, part: string): XDocument {
  return pkg.readOnlyXml(part);
}
