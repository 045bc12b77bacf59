/**
 * Parsed XML of package parts for the renderer, shared across renders by content
 * (src/xml/content-cache.ts): a batch renders the same template's master, layout and theme
 * again and again, and the slide it renders was just serialised by the brand engine. The
 * renderer never edits XML, so one parse serves every package with the same bytes.
 */
import type { OpcPackage } from '../../package/opc-package.js';
import { SHARED_MIN_BYTES, sharedXml } from '../../xml/content-cache.js';
import type { XDocument } from '../../xml/parse.js';
import { VaError } from '../../errors.js';

export function cachedXml(pkg: OpcPackage, part: string): XDocument {
  const name = pkg.canonicalName(part);
  const bytes = name === undefined ? undefined : pkg.get(name);
  if (name === undefined || !bytes) {
    throw new VaError('E_PART_MISSING', `${pkg.what} is damaged: the part ${part} is missing`, { subject: part });
  }
  // Small parts are cheap to parse: the package's own parse will do.
  if (bytes.length < SHARED_MIN_BYTES) return pkg.xml(name);
  return sharedXml(bytes, name, { maxBytes: pkg.limits.maxXmlBytes });
}
