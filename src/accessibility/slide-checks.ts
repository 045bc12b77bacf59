/**
 * The points of PowerPoint's Accessibility Checker that a file can show, for one slide:
 *   - a slide title: a title placeholder (`p:ph type="title"`/`ctrTitle`) with text;
 *   - alternative text: every picture, graphic frame (chart, diagram, object; tables excepted)
 *     and shape without text (empty placeholders excepted) has alt text (`descr`) or is marked
 *     decorative; a group with alt text or marked decorative covers its members;
 *   - reading order: the shape tree's order agrees with the visual order (reading-order.ts).
 */
import { misordered, type ReadingItem } from './reading-order.js';
import { placeholderType } from './shape-roles.js';
import { allNodes, slideOutline, type OutlineNode } from './slide-outline.js';
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';

export interface SlideAccessibility {
  /** Text of the slide's title placeholder; undefined when it has none (or an empty one). */
  title: string | undefined;
  /** Names of the pictures, graphics and shapes a reader would miss: no alt text, not decorative. */
  missingAlt: string[];
  /** Neighbours in reading order that disagree with the visual order, as messages. */
  order: string[];
  /** The content a reader meets, in reading order (text shapes and described graphics). */
  reading: ReadingItem[];
}

/** EMU: 2 points of tolerance for touching edges. */
const TOLERANCE_EMU = 25400;

export function checkSlide(spTree: ReadonlyXElement): SlideAccessibility {
  const outline = slideOutline(spTree);
  const titleNode = [...allNodes(outline)].find((n) => n.title && !n.hidden);
  const missingAlt: string[] = [];
  const reading: ReadingItem[] = [];
  const visit = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.hidden || n.decorative) continue;
      if (n.kind === 'grpSp') {
        if (n.alt || n.tag === 'figure') {
          if (!n.alt) missingAlt.push(n.name);
          if (n.box) reading.push({ name: n.name, box: n.box });
        } else visit(n.children);
        continue;
      }
      const table = n.kind === 'graphicFrame' && n.element.path(NS.a, 'graphic', 'graphicData', 'tbl') !== undefined;
      const hasText = n.text !== '' && (n.kind === 'sp' || table);
      // An empty placeholder shows nothing (PowerPoint's "Click to add text" is not content).
      const emptyPlaceholder = !hasText && placeholderType(n.element) !== undefined && n.kind === 'sp';
      if (!hasText && !n.alt && n.kind !== 'contentPart' && !emptyPlaceholder) missingAlt.push(n.name);
      if ((hasText || n.alt) && n.box) reading.push({ name: hasText ? label(n) : n.name, box: n.box });
    }
  };
  visit(outline);
  const order: string[] = [];
  for (let i = 1; i < reading.length; i++) {
    const why = misordered(reading[i - 1]!.box, reading[i]!.box, TOLERANCE_EMU);
    if (why) order.push(`"${reading[i]!.name}" is read after "${reading[i - 1]!.name}" but is ${why} it`);
  }
  return { title: titleNode && titleNode.text !== '' ? titleNode.text : undefined, missingAlt, order, reading };
}

/** A text shape in a message: its name and the start of its text. */
function label(n: OutlineNode): string {
  const text = n.text.replace(/\s+/g, ' ');
  return `${n.name}: ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}
