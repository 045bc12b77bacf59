/**
 * Relationship consistency of a package, for before/after comparisons: ids referenced from XML
 * that have no relationship (dangling), relationships nothing references (orphans), internal
 * targets that do not exist, and duplicate ids.
 */
import { OpcPackage } from '../../../src/package/opc-package.js';
import { resolveTarget } from '../../../src/package/relationships.js';
import { countReferences, referencedIds, sourceOfRelsPart } from '../../../src/edit/rels-hygiene.js';

export interface Consistency {
  dangling: Set<string>;
  orphans: Set<string>;
  missingTargets: Set<string>;
  duplicateIds: Set<string>;
  coreProperties: number;
}

export function consistency(bytes: Uint8Array): Consistency {
  const pkg = OpcPackage.open(bytes);
  const out: Consistency = { dangling: new Set(), orphans: new Set(), missingTargets: new Set(), duplicateIds: new Set(), coreProperties: 0 };
  for (const relsName of pkg.partNames()) {
    if (!relsName.endsWith('.rels')) continue;
    const source = sourceOfRelsPart(relsName);
    if (source === null) continue;
    const rels = pkg.rels(source).all();
    const ids = new Set<string>();
    for (const r of rels) {
      if (ids.has(r.id)) out.duplicateIds.add(`${relsName}#${r.id}`);
      ids.add(r.id);
      if (source === '' && /\/metadata\/core-properties$/i.test(r.type)) out.coreProperties++;
      if (!r.external) {
        const t = resolveTarget(source, r.target);
        if (t === null || !pkg.has(t)) out.missingTargets.add(`${relsName}#${r.id}`);
      }
    }
    if (source === '' || !pkg.has(source) || !/\.xml$/i.test(source)) continue;
    const type = pkg.contentType(source) ?? '';
    if (!/presentationml|drawingml\.chart\+|theme/.test(type)) continue;
    let root;
    try {
      root = pkg.xml(source).root;
    } catch {
      continue;
    }
    for (const id of referencedIds(root)) if (!ids.has(id)) out.dangling.add(`${source}#${id}`);
    for (const r of rels) {
      if (/hyperlink|image$/.test(r.type) && countReferences(root, r.id) === 0) out.orphans.add(`${source}#${r.id}`);
    }
  }
  return out;
}

/** Problems in `after` that were not already in `before`. */
export function newProblems(before: Consistency, after: Consistency): string[] {
  const out: string[] = [];
  for (const key of ['dangling', 'orphans', 'missingTargets', 'duplicateIds'] as const) {
    for (const v of after[key]) if (!before[key].has(v)) out.push(`${key}: ${v}`);
  }
  if (after.coreProperties > 1) out.push(`${after.coreProperties} core-properties relationships`);
  return out;
}
