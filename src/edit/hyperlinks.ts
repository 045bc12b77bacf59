/**
 * Pointing hyperlinks (a:hlinkClick, a:hlinkHover, a:hlinkMouseOver → r:id → an External
 * hyperlink relationship) at a new URL while keeping the part's relationships consistent:
 * a relationship that only the retargeted elements use changes its Target (its id is kept);
 * one that other elements still use stays, and the retargeted elements get a relationship of
 * their own (an existing one with the same target is reused). No id ever dangles.
 */
import type { XElement } from '../xml/element.js';
import { isRelType, NS } from '../xml/namespaces.js';
import type { Deck } from '../presentation/deck.js';
import { relTypeFor } from '../presentation/deck.js';
import { countReferences, dropUnreferenced } from './rels-hygiene.js';

export const HYPERLINK_ELEMENTS = ['hlinkClick', 'hlinkHover', 'hlinkMouseOver'] as const;

/** True for an a:hlinkClick/a:hlinkHover/a:hlinkMouseOver element. */
export function isHyperlinkElement(el: XElement): boolean {
  return el.inNamespace(NS.a) && (HYPERLINK_ELEMENTS as readonly string[]).includes(el.localName);
}

/**
 * True when the element is a plain link to a URL: no `action` (slide jumps, macros, media and
 * "ppaction://" verbs carry one; an empty action attribute counts as none).
 */
export function isUrlLink(el: XElement): boolean {
  return (el.attr('action') ?? '').trim() === '';
}

/** Points every element of `elements` (in `part`) at `url`. */
export function retarget(deck: Deck, part: string, elements: readonly XElement[], url: string): void {
  if (elements.length === 0) return;
  const { pkg } = deck;
  const root = pkg.xml(part).root;
  const rels = pkg.rels(part);
  const isOurs = (id: string) => {
    const rel = rels.get(id);
    return !!rel && rel.external && isRelType(rel.type, 'hyperlink');
  };
  let reuse = rels.all().find((r) => r.external && isRelType(r.type, 'hyperlink') && r.target === url)?.id;
  const groups = new Map<string, XElement[]>();
  for (const el of elements) {
    const id = el.attrNS(NS.r, 'id') ?? '';
    const list = groups.get(id) ?? [];
    list.push(el);
    groups.set(id, list);
  }
  const dropped: string[] = [];
  for (const [id, els] of groups) {
    if (id !== '' && id === reuse) continue; // already pointing at the URL
    if (id !== '' && isOurs(id) && countReferences(root, id) === els.length) {
      if (reuse === undefined) {
        rels.setTarget(id, url);
        reuse = id;
        continue;
      }
      dropped.push(id);
    } else if (id !== '') {
      dropped.push(id);
    }
    if (reuse === undefined) reuse = rels.add(relTypeFor(deck, 'hyperlink'), url, true);
    for (const el of els) el.setAttrNS(NS.r, 'id', reuse);
  }
  dropUnreferenced(pkg, part, dropped);
}
