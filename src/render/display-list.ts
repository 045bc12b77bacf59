/**
 * A presentation as a display list: one page list per slide (in show order), what the text
 * used (languages, uncovered characters) and the document properties. Pure and synchronous:
 * pictures are decoded later by the backend.
 */
import type { FontRegistry } from '../fonts/types.js';
import { isVaError } from '../errors.js';
import { limitFamilies } from '../fonts/family-limit.js';
import { drawableNumbers } from '../limits/numbers.js';
import type { OpcPackage } from '../package/opc-package.js';
import { isHidden } from '../presentation/deck.js';
import type { Warning } from '../warnings.js';
import { readDocProps, type DocProps } from './deck/doc-props.js';
import { readPresentation, type Presentation } from './deck/presentation.js';
import type { PageList } from './ops.js';
import { drawSlide } from './scene/slide.js';
import { newTextStats, type TextStats } from './text/stats.js';
import { newShapeBudget } from '../limits/shapes.js';
import { StructureBuilder } from './structure/builder.js';
import type { StructElem } from './structure/types.js';
import { reportRecovered } from '../diagnostics.js';

export interface DisplayList {
  pres: Presentation;
  pages: PageList[];
  props: DocProps;
  text: TextStats;
  /** The logical structure (Document root) that the pages' operations are tagged with. */
  structure: StructElem;
}

export interface DisplayListOptions {
  /** Draw hidden slides (p:sld@show="0") too; by default they are left out, as PowerPoint's PDF export does. */
  includeHidden?: boolean;
}

export function buildDisplayList(pkg: OpcPackage, registry: FontRegistry, warnings: Warning[], options: DisplayListOptions = {}): DisplayList {
  const fonts = limitFamilies(registry);
  const pres = readPresentation(pkg, warnings);
  const props = readDocProps(pkg);
  const text = newTextStats();
  const shapes = newShapeBudget();
  const struct = new StructureBuilder();
  // Slides keep their numbers (slide-number fields, messages); pages are the slides drawn.
  const hidden = options.includeHidden ? [] : pres.slides.map((part, i) => (isHidden(pres.deck, part) ? i + 1 : 0)).filter((n) => n > 0);
  const drawn = pres.slides.map((part, i) => ({ part, no: i + 1 })).filter((s) => !hidden.includes(s.no));
  const pageOfSlide = new Map<string, number>();
  drawn.forEach((s, i) => pageOfSlide.set(s.part, i));
  if (hidden.length > 0) {
    const list = hidden.length > 10 ? `${hidden.slice(0, 10).join(', ')} and ${hidden.length - 10} more` : hidden.join(', ');
    warnings.push({
      code: 'W_RENDER_HIDDEN_SLIDES',
      message: `${hidden.length === 1 ? 'slide' : 'slides'} ${list} ${hidden.length === 1 ? 'is' : 'are'} hidden and left out, as PowerPoint's PDF export does (--include-hidden draws them)`,
    });
  }
  const pages: PageList[] = [];
  drawn.forEach(({ part: slidePart, no }) => {
    const i = no - 1;
    const slideWarnings: Warning[] = [];
    try {
      const page = drawSlide({ pkg, pres, slidePart, slideNo: i + 1, fonts, pageOfSlide, warnings: slideWarnings, text, struct, shapes });
      const dropped = dropDegenerate(page);
      if (dropped > 0) {
        slideWarnings.push({ code: 'W_RENDER_GEOMETRY', message: `slide ${i + 1}: ${dropped} drawing operation(s) with coordinates or sizes that are not finite numbers, or far off any page, were not drawn`, slide: i + 1, part: slidePart });
      }
      pages.push(page);
      for (const w of slideWarnings) warnings.push(w);
    } catch (error) {
      // A slide that cannot be read becomes a blank page: the rest of the deck still renders.
      reportRecovered('slide', error);
      for (const w of slideWarnings) warnings.push(w);
      const why = isVaError(error) ? error.message : error instanceof Error ? error.message : String(error);
      warnings.push({ code: 'W_RENDER_SLIDE_FAILED', message: `slide ${i + 1} could not be drawn and is blank (${why})`, slide: i + 1, part: slidePart });
      pages.push({ width: pres.width, height: pres.height, ops: [], links: [] });
    }
  });
  if (pages.length === 0) {
    // A PDF needs a page: the empty deck is one blank page of the slide size (as LibreOffice).
    const why = hidden.length > 0 ? 'every slide of the presentation is hidden' : 'the presentation has no slides';
    warnings.push({ code: 'W_RENDER_NO_SLIDES', message: `${why}; the PDF has one blank page of the slide size` });
    pages.push({ width: pres.width, height: pres.height, ops: [], links: [] });
  }
  return { pres, pages, props, text, structure: struct.root };
}

/**
 * Removes the operations and link areas with a number that is not finite or far off any page
 * (src/limits/numbers.ts): nothing degenerate reaches a PDF content stream or an SVG. Returns
 * how many were removed.
 */
function dropDegenerate(page: PageList): number {
  const ops = page.ops.filter((op) => drawableNumbers(op));
  const links = page.links.filter((l) => drawableNumbers(l));
  const dropped = page.ops.length - ops.length + page.links.length - links.length;
  if (dropped > 0) {
    page.ops = ops;
    page.links = links;
  }
  return dropped;
}
