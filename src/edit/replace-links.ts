/**
 * `replaceLinks` (`--replace-link OLD=NEW`), for any deck: every External hyperlink relationship
 * whose target is the same link as OLD (brand/links.ts `linkMatchKey`: scheme and host
 * case-insensitive, one trailing slash of the path ignored) gets the target NEW, in every part
 * (slides, layouts, masters, notes...). Hyperlinked text that shows OLD — as written or in its
 * readable form — is changed to show NEW the same way. Relationships keep their ids, so nothing
 * else changes. Slide jumps and other internal relationships are never touched. An OLD that
 * matches nothing is reported (W_LINK_NOT_FOUND): usually a typo.
 */
import { displayLink, linkMatchKey, readableLink, sameLink } from '../brand/links.js';
import { checkLink } from '../brand/schema.js';
import { VaError } from '../errors.js';
import type { WarningSink } from '../warnings.js';
import type { XElement } from '../xml/element.js';
import { XText } from '../xml/element.js';
import { isRelType, NS } from '../xml/namespaces.js';
import type { Deck } from '../presentation/deck.js';
import { sourceOfRelsPart } from './rels-hygiene.js';
import { linkInText } from './links.js';
import { runStretches } from './token-runs.js';

export interface LinkReplacement {
  from: string;
  to: string;
}

/** Validates replacements: `to` must be an allowed link (https, http, mailto, tel). */
export function checkReplacements(list: readonly LinkReplacement[]): LinkReplacement[] {
  return list.map(({ from, to }, i) => {
    const f = typeof from === 'string' ? from.trim() : '';
    const t = typeof to === 'string' ? to.trim() : '';
    if (f === '') throw new VaError('E_USAGE', `replace-link ${i + 1}: the link to replace is empty (write OLD=NEW)`);
    const problem = checkLink(t);
    if (problem) throw new VaError('E_USAGE', `replace-link ${JSON.stringify(f)}: the new link ${JSON.stringify(t)} ${problem}`);
    return { from: f, to: t };
  });
}

/** The text to show instead of `text` when a link changes from `from` to `to`, or undefined to keep it. */
export function replacementText(text: string, from: string, to: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (t === from || sameLink(t, from)) return to;
  if (t.toLowerCase() === readableLink(from).toLowerCase()) return readableLink(to);
  if (t.toLowerCase() === displayLink(from).toLowerCase()) return displayLink(to);
  // Words around the link ("Book now: old.example/book"): only the link in them changes.
  const at = linkInText(text);
  if (at) {
    const inside = text.slice(at.start, at.end);
    const next = inside === from || sameLink(inside, from) ? to : inside.toLowerCase() === readableLink(from).toLowerCase() ? readableLink(to) : undefined;
    if (next !== undefined) return text.slice(0, at.start) + next + text.slice(at.end);
  }
  return undefined;
}

function rewriteShownText(root: XElement, ids: Map<string, LinkReplacement>): boolean {
  let changed = false;
  for (const p of root.descendants(NS.a, 'p')) {
    for (const runs of runStretches(p)) {
      let group: XElement[] = [];
      let groupId: string | undefined;
      const flush = () => {
        const r = groupId === undefined ? undefined : ids.get(groupId);
        if (r && group.length) {
          const text = group.map((x) => x.child(NS.a, 't')?.textContent() ?? '').join('');
          const next = replacementText(text, r.from, r.to);
          if (next !== undefined) {
            const [first, ...rest] = group;
            const t = first!.child(NS.a, 't');
            if (t) {
              t.setText('');
              t.append(new XText(next));
              for (const x of rest) x.remove();
              changed = true;
            }
          }
        }
        group = [];
        groupId = undefined;
      };
      for (const run of runs) {
        const id = run.child(NS.a, 'rPr')?.child(NS.a, 'hlinkClick')?.attrNS(NS.r, 'id');
        if (id && ids.has(id) && (groupId === undefined || groupId === id)) {
          group.push(run);
          groupId = id;
        } else {
          flush();
          if (id && ids.has(id)) {
            group.push(run);
            groupId = id;
          }
        }
      }
      flush();
    }
  }
  return changed;
}

export function applyReplaceLinks(deck: Deck, replacements: readonly LinkReplacement[], warnings: WarningSink): number {
  if (replacements.length === 0) return 0;
  const { pkg } = deck;
  const keys = replacements.map((r) => ({ ...r, key: linkMatchKey(r.from) }));
  const used = new Set<LinkReplacement>();
  let count = 0;
  for (const relsName of pkg.partNames()) {
    if (!relsName.toLowerCase().endsWith('.rels')) continue;
    const source = sourceOfRelsPart(relsName);
    if (source === null || source === '' || !pkg.has(source)) continue;
    const rels = pkg.rels(source);
    const changed = new Map<string, LinkReplacement>();
    for (const rel of rels.all()) {
      if (!rel.external || !isRelType(rel.type, 'hyperlink')) continue;
      const key = linkMatchKey(rel.target);
      const hit = keys.find((k) => k.key === key);
      if (!hit) continue;
      used.add(hit);
      if (rel.target !== hit.to) rels.setTarget(rel.id, hit.to);
      changed.set(rel.id, hit);
      count++;
    }
    if (changed.size === 0) continue;
    const type = (pkg.contentType(source) ?? '').toLowerCase();
    if (!type.endsWith('+xml') && !type.endsWith('/xml')) continue;
    if (rewriteShownText(pkg.xml(source).root, changed)) pkg.touch(source);
  }
  for (const r of keys) {
    if (![...used].some((u) => u.from === r.from)) {
      warnings.add({ code: 'W_LINK_NOT_FOUND', message: `replace-link: no hyperlink in the deck points to ${r.from}; nothing was replaced` });
    }
  }
  return count;
}
