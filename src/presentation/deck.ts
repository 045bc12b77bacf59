/**
 * The one reader of a presentation's structure (p:presentation and the relationships it starts),
 * shared by the brand engine (`edit/`), the renderer (`render/`) and the inspector (`inspect/`),
 * so that `customize`, `render` and `inspect` see the same slides, layouts, masters and themes.
 *
 * The rules (everything is found through relationships, never by part-name patterns: a
 * `ppt/theme/themeOverride1.xml` is a chart's override, not a slide theme):
 *   1. Slides: the p:sldId entries of p:sldIdLst, in that order (the show order). Each r:id is
 *      resolved through the presentation part's relationships; an entry whose relationship is
 *      missing or external, or whose part is absent, is left out and listed in `missingSlides`
 *      (the renderer warns about it); a part listed twice counts once. A slide part that
 *      p:sldIdLst does not list is not in the deck, even when a relationship points at it
 *      (PowerPoint, LibreOffice and python-pptx read the list only; "deleting" a slide by
 *      removing its p:sldId leaves such an orphan behind).
 *   2. Masters: the p:sldMasterId entries of p:sldMasterIdLst, in order, then masters that a
 *      slide reaches through its layout (slide → p:sldLayout → p:sldMaster) without being listed
 *      (seen in hand-edited decks): they draw slides, so they are rebranded and inspected too.
 *   3. Layouts: the layout relationships of each master, in master order, then layouts that a
 *      slide uses without any master listing them.
 *   4. Themes: the theme relationship of each master, in master order, each once.
 *   5. Notes: the notes slide of each slide, in slide order.
 *   6. Hidden: a slide with p:sld@show="0" (or "false") is in the deck (it keeps its number) but
 *      is hidden: PowerPoint leaves it out of a slide show and of its PDF export.
 */
import type { OpcPackage } from '../package/opc-package.js';
import { NS } from '../xml/namespaces.js';

export interface Deck {
  pkg: OpcPackage;
  /** `ppt/presentation.xml` (or however the package names its main part). */
  main: string;
  /** Slide parts in show order. */
  slides: string[];
  /** r:id (or "no r:id") of p:sldId entries whose slide part is missing from the package. */
  missingSlides: string[];
  masters: string[];
  layouts: string[];
  /** Theme parts used by slide masters (deduplicated, in master order). */
  themes: string[];
  /** The theme part of each master (masters without a theme relationship are absent). */
  themeOfMaster: Map<string, string>;
  /** Notes slide parts (in slide order). */
  notes: string[];
  /** True when the package uses ISO/IEC 29500 Strict namespaces. */
  strict: boolean;
}

function addOnce(list: string[], part: string): void {
  if (!list.includes(part)) list.push(part);
}

/** Parts listed by `r:id` in a list element of presentation.xml (p:sldIdLst, p:sldMasterIdLst). */
function listed(pkg: OpcPackage, main: string, listName: string, itemName: string, missing: string[]): string[] {
  const list = pkg.xml(main).root.child(NS.p, listName);
  if (!list) return [];
  const rels = pkg.rels(main);
  const out: string[] = [];
  for (const item of list.childrenNamed(NS.p, itemName)) {
    const id = item.attrNS(NS.r, 'id');
    const target = id ? rels.targetPart(id) : undefined;
    const name = target === undefined ? undefined : pkg.canonicalName(target);
    if (name === undefined) missing.push(id ?? 'no r:id');
    else addOnce(out, name);
  }
  return out;
}

export function readDeck(pkg: OpcPackage): Deck {
  const main = pkg.mainPart;
  const root = pkg.xml(main).root;
  const strict = root.namespaceURI === NS.p.uris[1];
  const missingSlides: string[] = [];
  const slides = listed(pkg, main, 'sldIdLst', 'sldId', missingSlides);
  const masters = listed(pkg, main, 'sldMasterIdLst', 'sldMasterId', []);
  const slideLayouts = slides.flatMap((s) => pkg.related(s, 'slideLayout'));
  for (const layout of slideLayouts) for (const m of pkg.related(layout, 'slideMaster')) addOnce(masters, m);
  const layouts: string[] = [];
  const themes: string[] = [];
  const themeOfMaster = new Map<string, string>();
  for (const m of masters) {
    for (const l of pkg.related(m, 'slideLayout')) addOnce(layouts, l);
    const masterThemes = pkg.related(m, 'theme');
    for (const t of masterThemes) addOnce(themes, t);
    if (masterThemes[0] !== undefined) themeOfMaster.set(m, masterThemes[0]);
  }
  for (const l of slideLayouts) addOnce(layouts, l);
  const notes: string[] = [];
  for (const s of slides) for (const n of pkg.related(s, 'notesSlide')) addOnce(notes, n);
  return { pkg, main, slides, missingSlides, masters, layouts, themes, themeOfMaster, notes, strict };
}

/** p:sld@show="0": a slide PowerPoint skips in a slide show and in its PDF export. */
export function isHidden(deck: Pick<Deck, 'pkg'>, slide: string): boolean {
  try {
    const show = deck.pkg.readOnlyXml(slide).root.attr('show');
    return show === '0' || show === 'false';
  } catch {
    return false; // A slide that cannot be read is reported by whoever reads it next.
  }
}

/** Parts whose shapes and text carry content: slides, then layouts, then masters. */
export function contentParts(deck: Deck): string[] {
  return contentPartRoles(deck).map((c) => c.part);
}

export type PartRole = 'slide' | 'layout' | 'master';

export interface ContentPart {
  part: string;
  role: PartRole;
  /** 1-based slide number (slides only). */
  slide?: number;
}

/**
 * The content parts with their role (and slide number), in the order of `contentParts`. Each part
 * once, in its first role: a damaged deck can name a slide as a layout's master, and a part
 * edited twice (a logo frame replaced twice) would be edited through an element already removed.
 */
export function contentPartRoles(deck: Deck): ContentPart[] {
  const seen = new Set<string>();
  return [
    ...deck.slides.map((part, i) => ({ part, role: 'slide' as const, slide: i + 1 })),
    ...deck.layouts.map((part) => ({ part, role: 'layout' as const })),
    ...deck.masters.map((part) => ({ part, role: 'master' as const })),
  ].filter((c) => !seen.has(c.part) && seen.add(c.part));
}

/** A short human label of a part: "slide 2", "layout slideLayout3.xml", "master slideMaster1.xml". */
export function partLabel(p: ContentPart): string {
  if (p.role === 'slide') return `slide ${p.slide}`;
  return `${p.role} ${p.part.split('/').pop()}`;
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
