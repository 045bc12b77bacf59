/**
 * What one element of a slide's shape tree is to a reader (docs/template-contract.md, section 8),
 * from the marks a PowerPoint user can set and sensible defaults:
 *   - shapes of the master and the layout, hidden shapes, shapes marked decorative: artifacts;
 *   - a role tag at the end of the name: `[h1]`…`[h6]`, `[p]`, `[ol]`/`[ul]` (groups), `[li]`,
 *     `[lbl]`, `[figure]`;
 *   - the title placeholder: a level-1 heading;
 *   - pictures, and shapes, groups and graphic frames with alt text but no text: figures;
 *   - text: paragraphs (lists for bulleted and numbered paragraphs);
 *   - tables: tables; other groups: their members one by one;
 *   - anything else (a shape without text and without alt text): an artifact.
 */
import { isDecorative, isTitlePlaceholder, roleTag } from '../../accessibility/shape-roles.js';
import { altText, cNvPrOf } from '../../presentation/shape/non-visual.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';

export type ShapeRole =
  | { kind: 'artifact' }
  /** A group read member by member. */
  | { kind: 'group' }
  | { kind: 'list'; numbering: 'Decimal' | 'Disc' }
  | { kind: 'item' }
  | { kind: 'label' }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 }
  /** `alt` undefined: a picture nobody described (reported). */
  | { kind: 'figure'; alt: string | undefined }
  | { kind: 'text' }
  | { kind: 'table' };

const KINDS = new Set(['sp', 'cxnSp', 'pic', 'grpSp', 'graphicFrame', 'contentPart']);

/** The role of `el` (a p:spTree child) drawn from a part of `sourceKind`. */
export function shapeRole(el: ReadonlyXElement, sourceKind: 'slide' | 'layout' | 'master'): ShapeRole {
  if (!el.inNamespace(NS.p) || !KINDS.has(el.localName)) return { kind: 'artifact' };
  if (sourceKind !== 'slide') return { kind: 'artifact' };
  const cNvPr = cNvPrOf(el);
  if (isDecorative(cNvPr)) return { kind: 'artifact' };
  const alt = altText(cNvPr);
  const tag = roleTag(cNvPr?.attr('name'));
  const group = el.localName === 'grpSp';
  switch (tag) {
    case 'ol':
    case 'ul':
      if (group) return { kind: 'list', numbering: tag === 'ol' ? 'Decimal' : 'Disc' };
      break;
    case 'li':
      return { kind: 'item' };
    case 'lbl':
      return { kind: 'label' };
    case 'figure':
      return { kind: 'figure', alt };
    case 'p':
      return group ? { kind: 'group' } : { kind: 'text' };
    case undefined:
      break;
    default:
      if (!group) return { kind: 'heading', level: Number(tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6 };
  }
  if (el.localName === 'sp' && isTitlePlaceholder(el)) return { kind: 'heading', level: 1 };
  switch (el.localName) {
    case 'pic':
      return { kind: 'figure', alt };
    case 'grpSp':
      return alt && !hasText(el) ? { kind: 'figure', alt } : { kind: 'group' };
    case 'graphicFrame': {
      const data = el.child(NS.a, 'graphic')?.child(NS.a, 'graphicData');
      if (data?.child(NS.a, 'tbl')) return alt && !hasText(el) ? { kind: 'figure', alt } : { kind: 'table' };
      // A diagram's saved drawing with text is read shape by shape unless it is described.
      if ((data?.attr('uri') ?? '').endsWith('/drawingml/2006/diagram') && !alt) return { kind: 'group' };
      return { kind: 'figure', alt };
    }
    case 'contentPart':
      return { kind: 'artifact' };
    default:
      if (hasText(el)) return { kind: 'text' };
      return alt ? { kind: 'figure', alt } : { kind: 'artifact' };
  }
}

/** True when the element holds visible text (a:t with more than white space). */
export function hasText(el: ReadonlyXElement): boolean {
  for (const t of el.descendants(NS.a, 't')) if (t.textContent().trim() !== '') return true;
  return false;
}
