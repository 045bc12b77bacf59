/**
 * Link shapes `va:link:booking|billing|homepage` (contract section 3): the brand's link goes into
 * every URL hyperlink of the shape — runs' a:rPr/a:hlinkClick and the shape's own
 * p:cNvPr/a:hlinkClick — and the visible URL text becomes its readable form. Labels without a
 * hyperlink ("Book online:") stay. A role the brand leaves out removes the shape (section 6).
 *
 * Hyperlinked text counts as "the visible URL" when it looks like a link (a scheme, "www.", a
 * domain, an e-mail address, a phone number, or a link token); with words around the link
 * ("Book now: old.example/book") only the link in it is replaced; a hyperlinked word such as
 * "Book here" keeps its wording and only changes target. Slide jumps and other actions
 * (ppaction://...) are never touched.
 */
import { displayLink } from '../brand/links.js';
import { LINK_ROLES, type LinkRole } from '../brand/schema.js';
import type { XElement } from '../xml/element.js';
import { XText } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { markChanged, warn, where, type EditContext } from './context.js';
import { contentParts } from '../presentation/deck.js';
import { isHyperlinkElement, isUrlLink, retarget } from './hyperlinks.js';
import { removeShape } from './remove-shape.js';
import { markerWithPrefix, shapesNamed } from './shapes.js';
import { runStretches, TOKEN_RE } from './token-runs.js';

const PREFIX = 'va:link:';

/** True when hyperlinked text reads as a link rather than as a label. */
export function looksLikeLink(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (new RegExp(`^${TOKEN_RE.source}$`).test(t)) return true;
  if (/^(https?:\/\/|mailto:|tel:|www\.)/i.test(t)) return true;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t)) return true;
  if (/^\+?[\d][\d\s().\-/]{4,}$/.test(t)) return true;
  return /^[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(t);
}

/**
 * Where a link is written inside hyperlinked text that has words around it ("Book now:
 * old.example/book", "Call +45 70 10 20 30 today"): the first word group that looks like a link
 * (URL, www., domain with a path, e-mail address, phone number), without trailing punctuation.
 */
export function linkInText(text: string): { start: number; end: number } | undefined {
  const re = /(?:https?:\/\/|mailto:|tel:|www\.)[^\s]+|[^\s@:/]+@[^\s@]+\.[^\s@]+|\+?\d[\d ().\-/]{4,}\d|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s]*)?/gi;
  for (const m of text.matchAll(re)) {
    const token = m[0].replace(/[.,;:!?)\]}"'»]+$/, '');
    if (!looksLikeLink(token)) continue;
    return { start: m.index, end: m.index + token.length };
  }
  return undefined;
}

/**
 * The text to show for a hyperlink group whose target became `readable`: the readable link when
 * the whole text is a link; the same words with only the link in them replaced ("Book now:
 * new.example/b"); undefined for a label without a link in it ("Book here"), which stays.
 */
export function shownLinkText(text: string, readable: string): string | undefined {
  if (looksLikeLink(text)) return readable;
  const at = linkInText(text);
  return at ? text.slice(0, at.start) + readable + text.slice(at.end) : undefined;
}

function hyperlinkOfRun(run: XElement): XElement | undefined {
  const h = run.child(NS.a, 'rPr')?.child(NS.a, 'hlinkClick');
  return h && isUrlLink(h) ? h : undefined;
}

/** Rewrites the visible text of hyperlinked runs: each group of adjacent linked runs becomes one run. */
function rewriteLinkText(shape: XElement, readable: string): boolean {
  let changed = false;
  for (const p of shape.descendants(NS.a, 'p')) {
    for (const runs of runStretches(p)) {
      let group: XElement[] = [];
      const flush = () => {
        const text = group.map((r) => r.child(NS.a, 't')?.textContent() ?? '').join('');
        const next = group.length ? shownLinkText(text, readable) : undefined;
        if (next !== undefined && next !== text) {
          const [first, ...rest] = group;
          let t = first!.child(NS.a, 't');
          if (!t) t = first!.append(first!.make(NS.a, 't')) as XElement;
          t.setText('');
          t.append(new XText(next));
          for (const r of rest) r.remove();
          changed = true;
        }
        group = [];
      };
      for (const run of runs) {
        if (hyperlinkOfRun(run)) group.push(run);
        else flush();
      }
      flush();
    }
  }
  return changed;
}

/** Runs that show the role's own token but have no hyperlink yet: they get one. */
function linkTokenRunsWithoutLink(shape: XElement, role: LinkRole): XElement[] {
  const token = new RegExp(`\\{\\{\\s*${role}Link\\s*\\}\\}`, 'i');
  const out: XElement[] = [];
  for (const run of shape.descendants(NS.a, 'r')) {
    if (run.child(NS.a, 'rPr')?.child(NS.a, 'hlinkClick')) continue;
    if (token.test(run.child(NS.a, 't')?.textContent() ?? '')) out.push(run);
  }
  return out;
}

function addRunHyperlink(run: XElement): XElement {
  let rPr = run.child(NS.a, 'rPr');
  if (!rPr) rPr = run.insertAt(0, run.make(NS.a, 'rPr', { lang: 'en-US' })) as XElement;
  const h = rPr.make(NS.a, 'hlinkClick');
  // CT_TextCharacterProperties: hlinkClick comes after fills, effects, fonts; before hlinkMouseOver, rtl, extLst.
  rPr.insertInOrder(h, [
    'ln', 'noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill', 'effectLst', 'effectDag', 'highlight',
    'uLnTx', 'uLn', 'uFillTx', 'uFill', 'latin', 'ea', 'cs', 'sym', 'hlinkClick', 'hlinkMouseOver', 'rtl', 'extLst',
  ]);
  h.setAttrNS(NS.r, 'id', ''); // attached first, so the r: prefix in scope is used
  return h;
}

export function applyLinkShapes(ctx: EditContext): void {
  for (const part of contentParts(ctx.deck)) {
    const root = ctx.pkg.xml(part).root;
    const shapes = shapesNamed(root, (n) => n.startsWith(PREFIX));
    for (const shape of shapes) {
      const name = markerWithPrefix(shape, PREFIX) ?? '';
      const role = name.slice(PREFIX.length).trim().toLowerCase() as LinkRole;
      if (!(LINK_ROLES as readonly string[]).includes(role)) {
        warn(ctx, 'W_LINK_ROLE_UNKNOWN', `the shape "${name}" on ${where(ctx, part)} names an unknown link role (known: ${LINK_ROLES.join(', ')}); it was left as it is`, part);
        continue;
      }
      const url = ctx.brand.links?.[role];
      if (!url) {
        removeShape(ctx.pkg, part, shape);
        continue;
      }
      const newLinks = linkTokenRunsWithoutLink(shape, role).map(addRunHyperlink);
      const targets = [...shape.descendants()].filter((el) => isHyperlinkElement(el) && isUrlLink(el));
      retarget(ctx.deck, part, [...new Set([...targets, ...newLinks])], url);
      rewriteLinkText(shape, ctx.brand.links?.[`${role}Label`] ?? displayLink(url));
      markChanged(ctx, part, shape, [`links.${role}`]);
      ctx.pkg.touch(part);
    }
  }
}
