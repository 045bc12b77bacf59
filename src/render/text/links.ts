/**
 * Hyperlinks (a:hlinkClick on runs and on p:cNvPr) and the link policy: only http, https,
 * mailto and tel targets become PDF link annotations; slide jumps become internal links;
 * anything else (javascript:, file:, macros, programs) is dropped with a warning.
 */
import type { Relationships } from '../../package/relationships.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { LinkTarget } from '../ops.js';

export const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

export interface LinkEnv {
  rels: Relationships;
  /** Page index (0-based) of a slide part. */
  pageOfSlide: ReadonlyMap<string, number>;
  /** This slide's page index (for next/previous jumps). */
  page: number;
  pageCount: number;
  /** Reports a link that was not kept. */
  dropped(target: string, why: string): void;
}

/** The link target of an a:hlinkClick element, or undefined (none, or dropped with a warning). */
export function readLink(el: ReadonlyXElement | undefined, env: LinkEnv): LinkTarget | undefined {
  if (!el) return undefined;
  const action = el.attr('action') ?? '';
  const rid = el.attrNS(NS.r, 'id') ?? '';
  if (action.startsWith('ppaction://hlinkshowjump')) {
    const jump = /jump=([a-z]+)/i.exec(action)?.[1]?.toLowerCase();
    const page =
      jump === 'nextslide' ? env.page + 1 : jump === 'previousslide' ? env.page - 1 : jump === 'firstslide' ? 0 : jump === 'lastslide' ? env.pageCount - 1 : -1;
    if (page >= 0 && page < env.pageCount) return { kind: 'page', page };
    return undefined;
  }
  if (action.startsWith('ppaction://hlinksldjump')) {
    const part = rid ? env.rels.targetPart(rid) : undefined;
    const page = part === undefined ? undefined : findPage(env.pageOfSlide, part);
    return page === undefined ? undefined : { kind: 'page', page };
  }
  if (/^ppaction:\/\/(program|macro)/i.test(action) || (action !== '' && !action.startsWith('ppaction://'))) {
    env.dropped(action, 'programs, macros and scripts are never exported');
    return undefined;
  }
  // Other actions (play media, OLE verbs, custom shows, none) are not links.
  if (action !== '' && !action.startsWith('ppaction://hlinkfile') && !action.startsWith('ppaction://hlinkpres')) return undefined;
  if (!rid) return undefined;
  const rel = env.rels.get(rid);
  if (!rel) return undefined;
  const target = rel.target.trim();
  if (!rel.external) {
    // An internal target that is a slide: a jump.
    const part = env.rels.targetPart(rid);
    const page = part === undefined ? undefined : findPage(env.pageOfSlide, part);
    return page === undefined ? undefined : { kind: 'page', page };
  }
  return externalLink(target, env);
}

function findPage(pages: ReadonlyMap<string, number>, part: string): number | undefined {
  const direct = pages.get(part);
  if (direct !== undefined) return direct;
  const lower = part.toLowerCase();
  for (const [k, v] of pages) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Applies the scheme policy to an external target. */
export function externalLink(target: string, env: Pick<LinkEnv, 'dropped'>): LinkTarget | undefined {
  if (target === '') return undefined;
  // Control characters and spaces never belong in a link (and hide schemes: "java\tscript:").
  const clean = target.replace(/[\u0000-\u0020\u007f]/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(clean);
  const scheme = m ? `${m[1]!.toLowerCase()}:` : '';
  if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
    env.dropped(target, scheme ? `the ${scheme} scheme is not allowed` : 'it is not an absolute link');
    return undefined;
  }
  if ((scheme === 'http:' || scheme === 'https:') && !/^https?:\/\/[^/]/i.test(clean)) {
    env.dropped(target, 'it has no host');
    return undefined;
  }
  return { kind: 'uri', uri: clean };
}
