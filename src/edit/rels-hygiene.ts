/**
 * Keeps relationships consistent while shapes and links are edited: a relationship whose last
 * reference goes away is removed, and a picture or media part that nothing points to any more
 * is deleted with it. No dangling ids (every r:id we write exists), no orphans we created.
 *
 * Counting is conservative: any attribute anywhere in the part whose value equals the id counts
 * as a reference (r:id, r:embed, r:link, VML o:relid, extension attributes...). A relationship
 * is only removed when nothing in the part mentions its id.
 */
import type { OpcPackage } from '../package/opc-package.js';
import { resolveTarget } from '../package/relationships.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';

/** Relationship ids an element and its descendants reference through r: attributes. */
export function referencedIds(el: XElement): Set<string> {
  const ids = new Set<string>();
  const visit = (e: XElement) => {
    // attrList, not attrs: a Map per element visited would cost ~190 bytes each.
    const list = e.attrList();
    for (let n = 0; n < list.length; n += 2) {
      const key = list[n]!;
      const i = key.indexOf(':');
      if (i < 0 || key.startsWith('xmlns')) continue;
      const uri = e.lookupNamespace(key.slice(0, i));
      if (uri !== undefined && NS.r.uris.includes(uri)) {
        const v = list[n + 1]!;
        if (v !== '') ids.add(v);
      }
    }
    for (const c of e.elements()) visit(c);
  };
  visit(el);
  return ids;
}

/** How many attributes of the part mention `id` (xmlns declarations excluded). */
export function countReferences(root: XElement, id: string): number {
  let n = 0;
  const visit = (e: XElement) => {
    const list = e.attrList();
    for (let i = 0; i < list.length; i += 2) if (list[i + 1] === id && !list[i]!.startsWith('xmlns')) n++;
    for (const c of e.elements()) visit(c);
  };
  visit(root);
  return n;
}

/** Source part of a relationships part name (`ppt/slides/_rels/slide1.xml.rels` → `ppt/slides/slide1.xml`). */
export function sourceOfRelsPart(relsName: string): string | null {
  if (relsName === '_rels/.rels') return '';
  const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsName);
  return m ? m[1]! + m[2]! : null;
}

/** True when some relationship in the package (internal) targets `part`. */
export function isTargeted(pkg: OpcPackage, part: string): boolean {
  const wanted = part.toLowerCase();
  for (const name of pkg.partNames()) {
    if (!name.toLowerCase().endsWith('.rels')) continue;
    const source = sourceOfRelsPart(name);
    if (source === null || (source !== '' && !pkg.has(source))) continue;
    for (const rel of pkg.rels(source).all()) {
      if (rel.external) continue;
      const target = resolveTarget(source, rel.target);
      if (target !== null && target.toLowerCase() === wanted) return true;
    }
  }
  return false;
}

/** Parts we may delete once nothing points to them: pictures and media, which have no parts of their own. */
function isLeafMedia(pkg: OpcPackage, part: string): boolean {
  const type = (pkg.contentType(part) ?? '').toLowerCase();
  return type.startsWith('image/') || type.startsWith('audio/') || type.startsWith('video/');
}

/**
 * After references to `ids` were removed from `part`'s XML: removes each relationship that
 * nothing in the part mentions any more, and deletes a picture/media target that no other
 * relationship in the package uses.
 */
export function dropUnreferenced(pkg: OpcPackage, part: string, ids: Iterable<string>): void {
  const root = pkg.xml(part).root;
  const rels = pkg.rels(part);
  for (const id of ids) {
    if (countReferences(root, id) > 0) continue;
    const rel = rels.get(id);
    if (!rel) continue;
    rels.remove(id);
    if (rel.external) continue;
    const target = resolveTarget(part, rel.target);
    const name = target === null ? undefined : pkg.canonicalName(target);
    if (name !== undefined && isLeafMedia(pkg, name) && !isTargeted(pkg, name)) pkg.delete(name);
  }
}
