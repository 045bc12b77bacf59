/**
 * Parsed XML of package parts, shared across renders by content: a batch renders the same
 * template's master, layout and theme again and again, and parsing them is the largest cost of
 * a warm render. The renderer never edits XML, so one parse serves every package with the same
 * bytes. Bounded (least recently used parts are dropped).
 */
import { createHash } from 'node:crypto';
import type { OpcPackage } from '../../package/opc-package.js';
import { parseXml, type XDocument } from '../../xml/parse.js';
import { VaError } from '../../errors.js';

const LIMIT = 64;
const cache = new Map<string, XDocument>();

export function cachedXml(pkg: OpcPackage, part: string): XDocument {
  const name = pkg.canonicalName(part);
  const bytes = name === undefined ? undefined : pkg.get(name);
  if (name === undefined || !bytes) {
    throw new VaError('E_PART_MISSING', `${pkg.what} is damaged: the part ${part} is missing`, { subject: part });
  }
  // Small parts are cheap to parse: only cache what is worth it.
  if (bytes.length < 4096) return pkg.xml(name);
  const key = `${createHash('sha1').update(bytes).digest('hex')}:${name}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const doc = parseXml(bytes, name, { maxBytes: pkg.limits.maxXmlBytes });
  cache.set(key, doc);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return doc;
}
