/**
 * `inspect(pptx)`: what a deck contains, as far as va-infographic is concerned — its themes,
 * hyperlinks, the template contract's named shapes and tokens, content the embedded renderer does
 * not draw, a brand-fit lint (colours and fonts a theme change will not reach), the template
 * contract's rules the deck breaks, and what PowerPoint's Accessibility Checker would flag. Pure: bytes
 * in, a plain JSON-serialisable report out. The CLI prints it (`va-infographic inspect`).
 */
import { OpcPackage, type PresentationKind } from '../package/opc-package.js';
import { NS } from '../xml/namespaces.js';
import { accessibility, type SlideAccessibility } from './accessibility.js';
import { contractFindings, type ContractFinding } from './contract.js';
import { brandFitLint, type BrandFitLint } from './lint.js';
import { links, type LinkInfo } from './links.js';
import { placeholders, tokens, type PlaceholderInfo, type TokenInfo } from './placeholders.js';
import { readDeck } from '../presentation/deck.js';
import { themes, type ThemeInfo } from './themes.js';
import { unsupported, type UnsupportedItem } from './unsupported.js';

export interface SlideSize {
  /** EMU. */
  cx: number;
  cy: number;
  /** "letter" / "a4" when the size is one of them (either orientation), else null. */
  paper: 'letter' | 'a4' | null;
  orientation: 'portrait' | 'landscape' | 'square';
}

export interface InspectReport {
  kind: PresentationKind;
  macroEnabled: boolean;
  slideCount: number;
  slideSize: SlideSize | null;
  masters: number;
  layouts: number;
  themes: ThemeInfo[];
  links: LinkInfo[];
  placeholders: PlaceholderInfo[];
  tokens: TokenInfo[];
  unsupported: UnsupportedItem[];
  lint: BrandFitLint;
  /** The template contract's rules this deck breaks (empty: it rebrands like our templates). */
  contract: ContractFinding[];
  /** Per slide, what PowerPoint's Accessibility Checker looks for: title, alt text, reading order. */
  accessibility: SlideAccessibility[];
}

const PAPERS_EMU: { paper: 'letter' | 'a4'; cx: number; cy: number }[] = [
  { paper: 'letter', cx: 7772400, cy: 10058400 },
  { paper: 'a4', cx: 7560000, cy: 10692000 },
];

function near(a: number, b: number): boolean {
  // PowerPoint rounds A4 to 7559675 × 10691813 EMU; allow 0.1 mm.
  return Math.abs(a - b) <= 3600;
}

function slideSize(pkg: OpcPackage): SlideSize | null {
  const sz = pkg.readOnlyXml(pkg.mainPart).root.child(NS.p, 'sldSz');
  const cx = Number(sz?.attr('cx'));
  const cy = Number(sz?.attr('cy'));
  if (!sz || !Number.isFinite(cx) || !Number.isFinite(cy) || cx <= 0 || cy <= 0) return null;
  const paper = PAPERS_EMU.find((p) => (near(cx, p.cx) && near(cy, p.cy)) || (near(cx, p.cy) && near(cy, p.cx)))?.paper ?? null;
  return { cx, cy, paper, orientation: cx < cy ? 'portrait' : cx > cy ? 'landscape' : 'square' };
}

export function inspectPackage(pkg: OpcPackage): InspectReport {
  const structure = readDeck(pkg);
  const size = slideSize(pkg);
  const found = {
    placeholders: placeholders(pkg, structure),
    tokens: tokens(pkg, structure),
    lint: brandFitLint(pkg, structure),
  };
  return {
    kind: pkg.kind,
    macroEnabled: pkg.macroEnabled,
    slideCount: structure.slides.length,
    slideSize: size,
    masters: structure.masters.length,
    layouts: structure.layouts.length,
    themes: themes(pkg, structure),
    links: links(pkg, structure),
    ...found,
    unsupported: unsupported(pkg, structure),
    contract: contractFindings(pkg, structure, { slideCount: structure.slides.length, paper: size?.paper ?? null, orientation: size?.orientation ?? null, ...found }),
    accessibility: accessibility(pkg, structure),
  };
}

/** Opens a deck (with the package layer's safety limits) and inspects it. */
export function inspect(pptx: Uint8Array, options: { what?: string } = {}): InspectReport {
  return inspectPackage(OpcPackage.open(pptx, { what: options.what ?? 'the deck' }));
}
