/**
 * What PowerPoint's Accessibility Checker would flag, slide by slide (src/accessibility/
 * slide-checks.ts): a slide without a title, pictures, graphics, shapes and groups a reader
 * would miss (no alt text, not marked decorative), and neighbours in reading order (the shape
 * order) that disagree with the visual order. The same marks give the tagged PDF its structure
 * (docs/accessibility.md).
 */
import { checkSlide } from '../accessibility/slide-checks.js';
import type { OpcPackage } from '../package/opc-package.js';
import { NS } from '../xml/namespaces.js';
import type { Deck } from '../presentation/deck.js';

export interface SlideAccessibility {
  /** 1-based slide number. */
  slide: number;
  /** Text of the slide's title placeholder; null when the slide has none (or an empty one). */
  title: string | null;
  /** Shapes without alt text that are not marked decorative (names as in the Selection Pane). */
  missingAlt: string[];
  /** Reading-order problems, one sentence each. */
  readingOrder: string[];
}

export function accessibility(pkg: OpcPackage, structure: Deck): SlideAccessibility[] {
  const out: SlideAccessibility[] = [];
  for (const [i, part] of structure.slides.entries()) {
    let spTree;
    try {
      spTree = pkg.readOnlyXml(part).root.path(NS.p, 'cSld', 'spTree');
    } catch {
      continue;
    }
    if (!spTree) continue;
    const check = checkSlide(spTree);
    out.push({ slide: i + 1, title: check.title ?? null, missingAlt: check.missingAlt, readingOrder: check.order });
  }
  return out;
}
