/**
 * Hyperlinks on slides, layouts and masters: `a:hlinkClick` and `a:hlinkHover` (on runs, in
 * `a:rPr`, and on shapes, in `p:cNvPr`) with their relationship targets.
 */
import { ALLOWED_LINK_SCHEMES } from '../brand/schema.js';
import type { OpcPackage } from '../package/opc-package.js';
import { NS, isRelType } from '../xml/namespaces.js';
import { contentPartRoles, partLabel, type Deck } from '../presentation/deck.js';
import { shapeNames, walk } from './structure.js';

export type LinkKind = 'external' | 'slide' | 'action' | 'internal' | 'broken';

export interface LinkInfo {
  /** Where: "slide 1", "layout slideLayout2.xml". */
  location: string;
  part: string;
  slide?: number;
  /** Names of the shape holding the link, innermost first. */
  shape?: string;
  on: 'text' | 'shape';
  event: 'click' | 'hover';
  kind: LinkKind;
  /** The URL (external), target part (internal), or the action (`ppaction://...`). */
  target: string;
  /** For external links: why va-infographic's output would drop it (disallowed scheme), else null. */
  problem: string | null;
}

function schemeProblem(target: string): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return 'not an absolute URL';
  }
  if (!(ALLOWED_LINK_SCHEMES as readonly string[]).includes(url.protocol)) return `scheme ${url.protocol} is not allowed (https, http, mailto, tel only)`;
  return null;
}

export function links(pkg: OpcPackage, structure: Deck): LinkInfo[] {
  const out: LinkInfo[] = [];
  for (const cp of contentPartRoles(structure)) {
    const root = pkg.readOnlyXml(cp.part).root;
    const rels = pkg.rels(cp.part);
    for (const el of walk(root)) {
      const event = el.is(NS.a, 'hlinkClick') ? 'click' : el.is(NS.a, 'hlinkHover') ? 'hover' : null;
      if (!event) continue;
      const id = el.attrNS(NS.r, 'id') ?? '';
      const action = el.attr('action') ?? '';
      const names = shapeNames(el);
      const base = {
        location: partLabel(cp),
        part: cp.part,
        ...(cp.slide !== undefined ? { slide: cp.slide } : {}),
        ...(names.length ? { shape: names.join(' < ') } : {}),
        on: el.parent?.is(NS.p, 'cNvPr') ? ('shape' as const) : ('text' as const),
        event: event as 'click' | 'hover',
      };
      if (id === '') {
        if (action) out.push({ ...base, kind: action.startsWith('ppaction://hlinksldjump') ? 'slide' : 'action', target: action, problem: null });
        continue;
      }
      const rel = rels.get(id);
      if (!rel) {
        out.push({ ...base, kind: 'broken', target: id, problem: `relationship ${id} is missing` });
        continue;
      }
      if (rel.external) out.push({ ...base, kind: 'external', target: rel.target, problem: isRelType(rel.type, 'hyperlink') ? schemeProblem(rel.target) : null });
      else out.push({ ...base, kind: isRelType(rel.type, 'slide') ? 'slide' : 'internal', target: rels.targetPart(id) ?? rel.target, problem: null });
    }
  }
  return out;
}
