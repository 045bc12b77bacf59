/**
 * Text tokens (contract section 4): `{{organization}}`, `{{additionalInfo}}`, `{{bookingLink}}`,
 * `{{billingLink}}`, `{{homepageLink}}`, `{{helpPhone}}` in slides, layouts, masters and notes.
 *
 *  - A token is replaced by its value (links in display form, or the brand's label), in the formatting of the run it
 *    starts in, also when split over several runs (token-runs.ts).
 *  - A paragraph holding a token whose value the brand leaves out is removed whole (contract
 *    section 6, rule 1); a shape left without paragraphs is removed (and its va:stack closes up).
 *  - `additionalInfo` line breaks become paragraphs of the same style.
 *  - Unknown tokens stay and are reported (W_TOKEN_UNKNOWN); a known token cut by a line break or
 *    a field is reported too (W_TOKEN_SPLIT).
 * Values go into text nodes: the XML serializer escapes them; nothing is built as a string.
 */
import { displayLink } from '../brand/links.js';
import type { Brand } from '../brand/schema.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { markChanged, warn, where, type EditContext } from './context.js';
import { contentParts } from '../presentation/deck.js';
import { isUrlLink, retarget } from './hyperlinks.js';
import { removeShape } from './remove-shape.js';
import { findTokens, paragraphText, replaceTokens, splitAtNewlines, tokensInParagraph } from './token-runs.js';

export const TOKEN_NAMES = ['organization', 'additionalInfo', 'bookingLink', 'billingLink', 'homepageLink', 'helpPhone'] as const;
export type TokenName = (typeof TOKEN_NAMES)[number];

/** The brand field a token shows. */
const FIELD_OF_TOKEN: Record<TokenName, string> = {
  organization: 'organization',
  additionalInfo: 'additionalInfo',
  bookingLink: 'links.booking',
  billingLink: 'links.billing',
  homepageLink: 'links.homepage',
  helpPhone: 'handout.helpPhone',
};

/** Normalises free text from the brand: CRLF → LF, no trailing spaces, at most one blank line in a row. */
export function normalizeMultiline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The value of every token for a brand; undefined when the brand leaves it out. */
export function tokenValues(brand: Brand): Record<TokenName, string | undefined> {
  const link = (url: string | undefined, label: string | undefined) => (url ? (label ?? displayLink(url)) : undefined);
  const info = brand.additionalInfo === undefined ? undefined : normalizeMultiline(brand.additionalInfo);
  return {
    organization: brand.organization,
    additionalInfo: info === '' ? undefined : info,
    bookingLink: link(brand.links?.booking, brand.links?.bookingLabel),
    billingLink: link(brand.links?.billing, brand.links?.billingLabel),
    homepageLink: link(brand.links?.homepage, brand.links?.homepageLabel),
    helpPhone: brand.handout?.helpPhone,
  };
}

/** A token name as the contract spells it, matched case-insensitively; undefined if unknown. */
export function knownToken(name: string): TokenName | undefined {
  const lower = name.toLowerCase();
  return TOKEN_NAMES.find((t) => t.toLowerCase() === lower);
}

/** The shape a text body belongs to (p:sp), when it is a shape's and not a table cell's. */
function owningShape(txBody: XElement): XElement | undefined {
  const parent = txBody.parent;
  return parent?.is(NS.p, 'sp') ? parent : undefined;
}

/** Parts whose text the engine edits: slides, layouts, masters and notes slides. */
export function textParts(ctx: EditContext): string[] {
  return [...contentParts(ctx.deck), ...ctx.deck.notes];
}

export function applyTokens(ctx: EditContext): void {
  const values = tokenValues(ctx.brand);
  const tokenValue = (name: string): string | undefined => {
    const known = knownToken(name);
    return known === undefined ? undefined : values[known];
  };
  const removableShapes = new Set(contentParts(ctx.deck));
  for (const part of textParts(ctx)) {
    const root = ctx.pkg.xml(part).root;
    const bodies = new Set<XElement>();
    for (const p of root.descendants(NS.a, 'p')) if (p.parent) bodies.add(p.parent);
    let touched = false;
    for (const body of bodies) {
      let changed = false;
      const fields: string[] = [];
      for (const p of body.childrenNamed(NS.a, 'p')) {
        const tokens = tokensInParagraph(p);
        for (const t of tokens) {
          const known = knownToken(t.name);
          if (known) fields.push(FIELD_OF_TOKEN[known]);
        }
        reportSplitTokens(ctx, part, p, tokens.length);
        if (tokens.length === 0) continue;
        for (const t of tokens) {
          if (knownToken(t.name) === undefined) {
            warn(ctx, 'W_TOKEN_UNKNOWN', `unknown token ${t.raw} on ${where(ctx, part)} was left as it is`, part);
          }
        }
        const missing = tokens.find((t) => {
          const known = knownToken(t.name);
          return known !== undefined && values[known] === undefined;
        });
        if (missing) {
          p.remove(); // contract 6.1: the whole paragraph, label included
          changed = true;
          continue;
        }
        retargetLinkTokens(ctx, part, p);
        if (replaceTokens(p, tokenValue) > 0) {
          splitAtNewlines(p);
          changed = true;
        }
      }
      if (!changed) continue;
      touched = true;
      const shape = owningShape(body);
      if (body.childrenNamed(NS.a, 'p').length === 0) {
        if (shape && removableShapes.has(part)) {
          removeShape(ctx.pkg, part, shape);
          continue;
        }
        // a:txBody needs one a:p (table cells, notes placeholders): leave an empty paragraph.
        body.insertInOrder(body.make(NS.a, 'p'), ['bodyPr', 'lstStyle', 'p']);
      }
      if (shape) markChanged(ctx, part, shape, fields);
    }
    if (touched) ctx.pkg.touch(part);
  }
}

const LINK_OF_TOKEN: Partial<Record<TokenName, 'booking' | 'billing' | 'homepage'>> = {
  bookingLink: 'booking',
  billingLink: 'billing',
  homepageLink: 'homepage',
};

/**
 * A link token in a run that already has a URL hyperlink (a:rPr/a:hlinkClick, any shape): the
 * hyperlink goes to the same link the text will show, so text and target never disagree.
 */
function retargetLinkTokens(ctx: EditContext, part: string, p: XElement): void {
  for (const run of p.childrenNamed(NS.a, 'r')) {
    const link = run.child(NS.a, 'rPr')?.child(NS.a, 'hlinkClick');
    if (!link || !isUrlLink(link)) continue;
    const text = run.child(NS.a, 't')?.textContent() ?? '';
    for (const t of findTokens(text)) {
      const role = LINK_OF_TOKEN[knownToken(t.name) ?? 'organization'];
      const url = role ? ctx.brand.links?.[role] : undefined;
      if (url) {
        retarget(ctx.deck, part, [link], url);
        break;
      }
    }
  }
}

/** W_TOKEN_SPLIT: a known token visible in the paragraph but cut by a line break or field. */
function reportSplitTokens(ctx: EditContext, part: string, p: XElement, inStretches: number): void {
  const all = findTokens(paragraphText(p).replace(/\n/g, ''));
  if (all.length <= inStretches) return;
  for (const t of all) {
    if (knownToken(t.name) === undefined) continue;
    const whole = tokensInParagraph(p).some((s) => s.raw === t.raw);
    if (!whole) {
      warn(ctx, 'W_TOKEN_SPLIT', `the token ${t.raw} on ${where(ctx, part)} is cut by a line break or field and was not replaced`, part);
    }
  }
}
