/**
 * The structure of a presentation as the editing operations need it: slides in show order
 * (p:sldIdLst), slide masters (p:sldMasterIdLst), their layouts and themes, notes slides.
 * Everything is found through relationships, never by part-name patterns: a
 * `ppt/theme/themeOverride1.xml` is a chart's override, not a slide theme.
 */
import type { OpcPackage } from '../package/opc-package.js';
import { resolveTarget } from '../package/relationships.js';
import { NS } from '../xml/namespaces.js';

export interface Deck {
  pkg: OpcPackage;
  /** `ppt/presentation.xml` (or however the package names its main part). */
  main: string;
  /** Slide parts in show order. */
  slides: string[];
  masters: string[];
  layouts: string[];
  /** Theme parts used by slide masters (deduplicated, in master order). */
  themes: string[];
  /** Notes slide parts (in slide order). */
  notes: string[];
  /** True when the package uses ISO/IEC 29500 Strict namespaces. */
  strict: boolean;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** Parts listed by `r:id` in a list element of presentation.xml, resolved through its relationships. */
function listed(pkg: OpcPackage, main: string, listName: string, itemName: string): string[] {
  const root = pkg.xml(main).root;
  const list = root.child(NS.p, listName);
  if (!list) return [];
  const rels = pkg.rels(main);
  const out: string[] = [];
  for (const item of list.childrenNamed(NS.p, itemName)) {
    const id = item.attrNS(NS.r, 'id');
    if (!id) continue;
    const rel = rels.get(id);
    if (!rel || rel.external) continue;
    const target = resolveTarget(main, rel.target);
    const name = target === null ? undefined : pkg.canonicalName(target);
    if (name !== undefined) out.push(name);
  }
  return out;
}

export function readDeck(pkg: OpcPackage): Deck {
  const main = pkg.mainPart;
  const root = pkg.xml(main).root;
  const strict = root.namespaceURI === NS.p.uris[1];
  // Prefer the lists (show order); fall back to the relationships for packages without them.
  let slides = listed(pkg, main, 'sldIdLst', 'sldId');
  if (slides.length === 0) slides = pkg.related(main, 'slide');
  let masters = listed(pkg, main, 'sldMasterIdLst', 'sldMasterId');
  if (masters.length === 0) masters = pkg.related(main, 'slideMaster');
  slides = unique(slides);
  masters = unique(masters);
  const layouts = unique(masters.flatMap((m) => pkg.related(m, 'slideLayout')));
  const themes = unique(masters.flatMap((m) => pkg.related(m, 'theme')));
  const notes = unique(slides.flatMap((s) => pkg.related(s, 'notesSlide')));
  return { pkg, main, slides, masters, layouts, themes, notes, strict };
}

/** Parts whose shapes and text the engine edits: slides, then layouts, then masters. */
export function contentParts(deck: Deck): string[] {
  return [...deck.slides, ...deck.layouts, ...deck.masters];
}

const REL_BASE_TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_BASE_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** The relationship type URI for new relationships (`image`, `hyperlink`) in this deck's flavour. */
export function relTypeFor(deck: Pick<Deck, 'strict'>, name: string): string {
  return (deck.strict ? REL_BASE_STRICT : REL_BASE_TRANSITIONAL) + name;
}

/** 1-based slide number of a part, or undefined for layouts and masters. */
export function slideNumber(deck: Deck, part: string): number | undefined {
  const i = deck.slides.indexOf(part);
  return i < 0 ? undefined : i + 1;
}

/** The theme a slide, layout or master is drawn with (slide → layout → master → theme). */
export function themeOf(deck: Deck, part: string): string | undefined {
  const { pkg } = deck;
  let master = part;
  if (deck.slides.includes(part)) {
    const layout = pkg.related(part, 'slideLayout')[0];
    if (!layout) return deck.themes[0];
    master = pkg.related(layout, 'slideMaster')[0] ?? '';
  } else if (deck.layouts.includes(part)) {
    master = pkg.related(part, 'slideMaster')[0] ?? '';
  }
  return pkg.related(master, 'theme')[0] ?? deck.themes[0];
}
