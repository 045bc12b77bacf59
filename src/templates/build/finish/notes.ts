/**
 * A handout has no speaker notes: the notes slide and notes master pptxgenjs always writes are
 * removed with their relationships and content types, and `p:notesMasterIdLst` with them. The
 * notes master was the only part with a literal colour (`a:prstClr`).
 */
import type { OpcPackage } from '../../../package/opc-package.js';
import { isRelType } from '../../../xml/namespaces.js';
import { NS } from '../../../xml/namespaces.js';

export function removeNotes(pkg: OpcPackage, slidePart: string): void {
  const presentation = pkg.mainPart;
  for (const [source, type] of [
    [slidePart, 'notesSlide'],
    [presentation, 'notesMaster'],
  ] as const) {
    const rels = pkg.rels(source);
    for (const part of pkg.related(source, type)) pkg.delete(part);
    for (const r of rels.all()) if (isRelType(r.type, type)) rels.remove(r.id);
  }
  const doc = pkg.xml(presentation);
  doc.root.removeChildren(NS.p, 'notesMasterIdLst');
  pkg.touch(presentation);
}
