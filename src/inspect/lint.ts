/**
 * Brand-fit lint: what a theme change will not reach (docs/template-contract.md sections 1–2).
 *
 * - Literal colours on slides, layouts and masters: `a:srgbClr`, `a:sysClr`, `a:prstClr`,
 *   `a:scrgbClr`, `a:hslClr`, anywhere except inside a picture's `a:blip`
 *   (image recolouring effects) and inside the QR code (its `va:qr:*` area, or the code
 *   customize generates), which is deliberately black on white.
 * - Literal fonts: `a:latin`, `a:ea`, `a:cs` with a `typeface` that is not a theme reference
 *   (`+mj-lt`, `+mn-ea`, ...), counted once per run property element (`a:rPr`, `a:defRPr`,
 *   `a:endParaRPr`) and family. Bullet (`a:buFont`) and symbol (`a:sym`) fonts are not counted.
 *
 * Each finding is grouped by value, with a count and the locations (part label and shape name).
 */
import type { OpcPackage } from '../package/opc-package.js';
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';
import { contentPartRoles, partLabel, type Deck } from '../presentation/deck.js';
import { cNvPrOf } from '../presentation/shape/non-visual.js';
import { enclosingShape, shapeNames, walk } from './structure.js';

const LITERAL_COLOURS = ['srgbClr', 'sysClr', 'prstClr', 'scrgbClr', 'hslClr'];
const FONT_ELEMENTS = ['latin', 'ea', 'cs'];

export type ColourUse = 'fill' | 'line' | 'text' | 'effect' | 'background' | 'other';

export interface LintLocation {
  location: string;
  part: string;
  slide?: number;
  shape?: string;
  /** What the colour paints (colours only). */
  use?: ColourUse;
  count: number;
}

export interface LintFinding {
  /** "srgbClr 1F2933", "sysClr windowText" for colours; the family name ("Arial") for fonts. */
  value: string;
  count: number;
  locations: LintLocation[];
}

export interface BrandFitLint {
  literalColours: LintFinding[];
  literalFonts: LintFinding[];
  /** Total counts, for a one-line summary. */
  colourCount: number;
  fontCount: number;
}

function colourValue(el: ReadonlyXElement): string {
  const local = el.localName;
  if (local === 'srgbClr') return `srgbClr ${(el.attr('val') ?? '').toUpperCase()}`;
  if (local === 'sysClr') return `sysClr ${el.attr('val') ?? ''}`;
  if (local === 'prstClr') return `prstClr ${el.attr('val') ?? ''}`;
  if (local === 'scrgbClr') return `scrgbClr ${el.attr('r') ?? ''},${el.attr('g') ?? ''},${el.attr('b') ?? ''}`;
  return `hslClr ${el.attr('hue') ?? ''},${el.attr('sat') ?? ''},${el.attr('lum') ?? ''}`;
}

function colourUse(el: ReadonlyXElement): ColourUse {
  for (let e = el.parent; e; e = e.parent) {
    if (!e.inNamespace(NS.a) && !e.inNamespace(NS.p)) continue;
    const n = e.localName;
    // a:ln (outline), a:lnL/lnR/lnT/lnB/lnTlToBr/lnBlToTr (table cell borders).
    if (/^ln(L|R|T|B|TlToBr|BlToTr)?$/.test(n)) return 'line';
    if (n === 'rPr' || n === 'defRPr' || n === 'endParaRPr' || n === 'buClr' || n === 'highlight') return 'text';
    if (n === 'effectLst' || n === 'effectDag' || n.endsWith('Shdw') || n === 'glow' || n === 'reflection') return 'effect';
    if (n === 'bg' || n === 'bgPr' || n === 'bgRef') return 'background';
    if (n === 'solidFill' || n === 'gradFill' || n === 'pattFill' || n === 'fillRef') {
      // Keep looking: a solidFill inside a:rPr is text colour, inside a:ln a line.
      continue;
    }
    if (n === 'spPr' || n === 'tcPr' || n === 'grpSpPr') return 'fill';
    if (n === 'lvl1pPr' || /^lvl\dpPr$/.test(n) || n === 'pPr') return 'text';
  }
  return 'other';
}

/**
 * The QR code: its area in a template (`va:qr:*`), or the shape customize draws in its place
 * (src/edit/qr.ts names it "QR code" with the description "QR code: <link>").
 */
function isQrCode(el: ReadonlyXElement): boolean {
  for (let shape = enclosingShape(el); shape; shape = shape.parent ? enclosingShape(shape.parent) : undefined) {
    const props = cNvPrOf(shape);
    const name = props?.attr('name') ?? '';
    if (name.toLowerCase().startsWith('va:qr:')) return true;
    if (name === 'QR code' && (props?.attr('descr') ?? '').startsWith('QR code:')) return true;
  }
  return false;
}

function inSkippedContext(el: ReadonlyXElement): boolean {
  for (let e = el.parent; e; e = e.parent) {
    if (e.is(NS.a, 'blip')) return true;
  }
  return isQrCode(el);
}

class Grouper {
  private readonly map = new Map<string, LintFinding>();
  total = 0;

  add(value: string, loc: Omit<LintLocation, 'count'>): void {
    this.total++;
    let f = this.map.get(value);
    if (!f) {
      f = { value, count: 0, locations: [] };
      this.map.set(value, f);
    }
    f.count++;
    const same = f.locations.find((l) => l.part === loc.part && l.shape === loc.shape && l.use === loc.use);
    if (same) same.count++;
    else f.locations.push({ ...loc, count: 1 });
  }

  findings(): LintFinding[] {
    return [...this.map.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
}

export function brandFitLint(pkg: OpcPackage, structure: Deck): BrandFitLint {
  const colours = new Grouper();
  const fonts = new Grouper();
  for (const cp of contentPartRoles(structure)) {
    // A run property (a:rPr) that names "Arial" for latin, ea and cs counts once.
    const fontSeen = new Set<string>();
    const parentIds = new Map<ReadonlyXElement, number>();
    for (const el of walk(pkg.readOnlyXml(cp.part).root)) {
      if (!el.inNamespace(NS.a)) continue;
      const isColour = LITERAL_COLOURS.includes(el.localName);
      const isFont = FONT_ELEMENTS.includes(el.localName) && el.attr('typeface') !== undefined;
      if (!isColour && !isFont) continue;
      if (isFont) {
        const face = el.attr('typeface') ?? '';
        if (face === '' || face.startsWith('+')) continue;
        // Theme parts are not content parts, so a:fontScheme never gets here.
      }
      if (inSkippedContext(el)) continue;
      const names = shapeNames(el);
      const loc = {
        location: partLabel(cp),
        part: cp.part,
        ...(cp.slide !== undefined ? { slide: cp.slide } : {}),
        ...(names.length ? { shape: names.join(' < ') } : {}),
      };
      if (isColour) colours.add(colourValue(el), { ...loc, use: colourUse(el) });
      else {
        const face = el.attr('typeface')!;
        const parent = el.parent!;
        if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
        const key = `${parentIds.get(parent)}|${face}`;
        if (fontSeen.has(key)) continue;
        fontSeen.add(key);
        fonts.add(face, loc);
      }
    }
  }
  return { literalColours: colours.findings(), literalFonts: fonts.findings(), colourCount: colours.total, fontCount: fonts.total };
}
