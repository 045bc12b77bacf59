/**
 * A whole-package check before editing: no XML part may declare a DOCTYPE or entities, also the
 * parts the engine never parses (they are copied into the output, where PowerPoint, LibreOffice
 * or the next tool would parse them). The XML layer refuses the parts it parses; this covers
 * the rest.
 */
import type { OpcPackage } from '../package/opc-package.js';
import { assertNoDoctype, decodeXml } from '../xml/parse.js';

function isXmlPart(pkg: OpcPackage, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xml') || lower.endsWith('.rels') || lower.endsWith('.vml')) return true;
  const type = (pkg.contentType(name) ?? '').toLowerCase();
  return type.endsWith('+xml') || type.endsWith('/xml');
}

/** Throws E_XML_DOCTYPE naming the first XML part that declares a DOCTYPE or an entity. */
export function refuseDoctypes(pkg: OpcPackage): void {
  for (const name of pkg.partNames()) {
    if (!isXmlPart(pkg, name)) continue;
    const bytes = pkg.get(name)!;
    let text: string;
    try {
      text = decodeXml(bytes, name);
    } catch {
      continue; // not text: the XML layer reports it if the engine ever parses this part
    }
    assertNoDoctype(text, name);
  }
}
