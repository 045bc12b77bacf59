/**
 * The template contract (docs/template-contract.md) as checks: each finding names the rule, says
 * what is wrong in one line, and where. An empty list means the deck rebrands as well as the
 * built-in templates do.
 *
 * - `slides` (section 7): exactly one slide;
 * - `paper` (section 7): portrait Letter or A4;
 * - `text-size` (section 7): no text under 9 pt (`sz` below 900 on `a:rPr`, `a:defRPr`,
 *   `a:endParaRPr` of slides);
 * - `theme-colours`, `theme-fonts` (sections 1–2): the brand-fit lint, summarised;
 * - `names`, `tokens` (sections 3–4): `va:` names and `{{tokens}}` the contract does not define.
 */
import type { OpcPackage } from '../package/opc-package.js';
import { NS } from '../xml/namespaces.js';
import type { BrandFitLint } from './lint.js';
import type { PlaceholderInfo, TokenInfo } from './placeholders.js';
import { paragraphText } from './placeholders.js';
import { contentPartRoles, partLabel, type Deck } from '../presentation/deck.js';
import { shapeNames, walk } from './structure.js';

export type ContractRule = 'slides' | 'paper' | 'text-size' | 'theme-colours' | 'theme-fonts' | 'names' | 'tokens';

export interface ContractFinding {
  rule: ContractRule;
  message: string;
  /** Where, when it is one place: "slide 1 › Title 1". */
  location?: string;
}

const MIN_SIZE = 900; // hundredths of a point

function textSize(pkg: OpcPackage, structure: Deck): ContractFinding[] {
  const out: ContractFinding[] = [];
  for (const cp of contentPartRoles(structure).filter((p) => p.role === 'slide')) {
    const small = new Map<string, number>();
    for (const el of walk(pkg.readOnlyXml(cp.part).root)) {
      if (!(el.is(NS.a, 'rPr') || el.is(NS.a, 'defRPr') || el.is(NS.a, 'endParaRPr'))) continue;
      const sz = Number(el.attr('sz'));
      if (!Number.isFinite(sz) || sz >= MIN_SIZE) continue;
      // Only runs that carry text count (an empty paragraph's end mark does not print).
      const paragraph = el.ancestor(NS.a, 'p');
      if (el.is(NS.a, 'endParaRPr') && paragraph && paragraphText(paragraph).trim() !== '') continue;
      if (el.is(NS.a, 'rPr') && (el.parent?.child(NS.a, 't')?.textContent() ?? '').trim() === '') continue;
      if (el.is(NS.a, 'endParaRPr') && (!paragraph || paragraphText(paragraph).trim() === '')) continue;
      const where = `${partLabel(cp)}${shapeNames(el)[0] ? ` › ${shapeNames(el)[0]}` : ''}`;
      small.set(where, Math.min(small.get(where) ?? Infinity, sz));
    }
    for (const [where, sz] of small) out.push({ rule: 'text-size', message: `text of ${sz / 100} pt, under the 9 pt minimum`, location: where });
  }
  return out;
}

export function contractFindings(
  pkg: OpcPackage,
  structure: Deck,
  facts: { slideCount: number; paper: 'letter' | 'a4' | null; orientation: string | null; lint: BrandFitLint; placeholders: PlaceholderInfo[]; tokens: TokenInfo[] },
): ContractFinding[] {
  const out: ContractFinding[] = [];
  if (facts.slideCount !== 1) out.push({ rule: 'slides', message: `${facts.slideCount} slides; a handout template has exactly one` });
  if (facts.paper === null || facts.orientation !== 'portrait') {
    out.push({ rule: 'paper', message: `the slide size is ${facts.paper ? `${facts.paper} ${facts.orientation}` : 'neither Letter nor A4'}; use portrait Letter (8.5 × 11 in) or A4 (210 × 297 mm)` });
  }
  // Text on brand fills is allowed: the brand engine makes it readable (contract section 1).
  out.push(...textSize(pkg, structure));
  if (facts.lint.colourCount > 0) {
    out.push({ rule: 'theme-colours', message: `${facts.lint.colourCount} literal colour(s) (${facts.lint.literalColours.length} distinct) will keep their colour when the brand changes; use theme colours` });
  }
  if (facts.lint.fontCount > 0) {
    out.push({ rule: 'theme-fonts', message: `${facts.lint.fontCount} literal font name(s) (${facts.lint.literalFonts.map((f) => f.value).slice(0, 4).join(', ')}${facts.lint.literalFonts.length > 4 ? ', …' : ''}) will not follow the brand fonts; use +mj-lt / +mn-lt` });
  }
  for (const p of facts.placeholders.filter((x) => !x.known)) out.push({ rule: 'names', message: `"${p.name}" is not a name the template contract defines`, location: p.location });
  for (const t of facts.tokens.filter((x) => !x.known)) out.push({ rule: 'tokens', message: `{{${t.token}}} is not a token the template contract defines; it will be left as it is`, location: `${t.location}${t.shape ? ` › ${t.shape}` : ''}` });
  return out;
}
