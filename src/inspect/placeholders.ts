/**
 * What the template contract asks of a deck (docs/template-contract.md sections 3 and 4):
 * markers in shape names (the words of `p:cNvPr@name` that start with "va:") and text tokens (`{{name}}` in the text of a
 * paragraph, `a:p`, joined across its runs).
 */
import type { OpcPackage } from '../package/opc-package.js';
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';
import { contentPartRoles, partLabel, type Deck } from '../presentation/deck.js';
import { shapeNames, walk } from './structure.js';

export const KNOWN_TOKENS = ['organization', 'additionalInfo', 'bookingLink', 'billingLink', 'homepageLink', 'helpPhone'] as const;
export const WHEN_FIELDS = [
  'logo',
  'additionalInfo',
  'links.booking',
  'links.billing',
  'links.homepage',
  'handout.writeIn',
  'handout.helpPhone',
  'handout.privacy',
  'handout.interpreter',
] as const;
const FIXED_NAMES = ['va:logo', 'va:logo:card', 'va:logo:beside', 'va:link:booking', 'va:link:billing', 'va:link:homepage', 'va:qr:booking', 'va:stack', 'va:bottom', 'va:grow', 'va:when:room', 'va:when:spare'];

export interface PlaceholderInfo {
  name: string;
  location: string;
  part: string;
  slide?: number;
  /** False for a "va:" name the contract does not define (a typo, usually). */
  known: boolean;
}

export interface TokenInfo {
  token: string;
  location: string;
  part: string;
  slide?: number;
  shape?: string;
  known: boolean;
}

export function isKnownPlaceholder(name: string): boolean {
  if (FIXED_NAMES.includes(name)) return true;
  // The logo's minimum height (contract section 3): va:logo:min:10mm, 28pt, 0.4in, 1cm.
  if (/^va:logo:min:\d+(?:\.\d+)?(?:mm|cm|pt|in)?$/i.test(name)) return true;
  // Compact forms and what they replace (contract section 9, rule 8): va:compact, va:compact:2, va:full:1.
  if (/^va:(compact(:\d{1,2})?|full:\d{1,2})$/i.test(name)) return true;
  const when = /^va:when:(.+)$/.exec(name);
  return when !== null && (WHEN_FIELDS as readonly string[]).includes(when[1]!);
}

export function placeholders(pkg: OpcPackage, structure: Deck): PlaceholderInfo[] {
  const out: PlaceholderInfo[] = [];
  for (const cp of contentPartRoles(structure)) {
    for (const el of walk(pkg.readOnlyXml(cp.part).root)) {
      if (!el.is(NS.p, 'cNvPr')) continue;
      // A name may carry several markers, beside other words (contract section 3).
      for (const name of (el.attr('name') ?? '').split(/\s+/).filter((w) => /^va:/i.test(w))) {
        out.push({ name, location: partLabel(cp), part: cp.part, ...(cp.slide !== undefined ? { slide: cp.slide } : {}), known: isKnownPlaceholder(name) });
      }
    }
  }
  return out;
}

/** Text of a paragraph as a reader sees it: runs, fields, and "\n" for a:br. */
export function paragraphText(p: ReadonlyXElement): string {
  let s = '';
  for (const c of p.elements()) {
    if (c.is(NS.a, 'r') || c.is(NS.a, 'fld')) s += c.child(NS.a, 't')?.textContent() ?? '';
    else if (c.is(NS.a, 'br')) s += '\n';
  }
  return s;
}

const TOKEN_RE = /\{\{\s*([^{}\s]{1,60})\s*\}\}/g;

export function tokens(pkg: OpcPackage, structure: Deck): TokenInfo[] {
  const out: TokenInfo[] = [];
  for (const cp of contentPartRoles(structure)) {
    for (const el of walk(pkg.readOnlyXml(cp.part).root)) {
      if (!el.is(NS.a, 'p')) continue;
      const text = paragraphText(el);
      if (!text.includes('{{')) continue;
      const names = shapeNames(el);
      for (const m of text.matchAll(TOKEN_RE)) {
        const token = m[1]!;
        out.push({
          token,
          location: partLabel(cp),
          part: cp.part,
          ...(cp.slide !== undefined ? { slide: cp.slide } : {}),
          ...(names.length ? { shape: names.join(' < ') } : {}),
          known: (KNOWN_TOKENS as readonly string[]).includes(token),
        });
      }
    }
  }
  return out;
}
