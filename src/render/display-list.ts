/**
 * A presentation as a display list: one page list per slide (in show order), what the text
 * used (languages, uncovered characters) and the document properties. Pure and synchronous:
 * pictures are decoded later by the backend.
 */
import type { FontRegistry } from '../fonts/types.js';
import { isVaError } from '../errors.js';
import type { OpcPackage } from '../package/opc-package.js';
import type { Warning } from '../warnings.js';
import { readDocProps, type DocProps } from './deck/doc-props.js';
import { readPresentation, type Presentation } from './deck/presentation.js';
import type { PageList } from './ops.js';
import { drawSlide } from './scene/slide.js';
import { newTextStats, type TextStats } from './text/stats.js';

export interface DisplayList {
  pres: Presentation;
  pages: PageList[];
  props: DocProps;
  text: TextStats;
}

export function buildDisplayList(pkg: OpcPackage, fonts: FontRegistry, warnings: Warning[]): DisplayList {
  const pres = readPresentation(pkg, warnings);
  const props = readDocProps(pkg);
  const text = newTextStats();
  const pageOfSlide = new Map<string, number>();
  pres.slides.forEach((part, i) => pageOfSlide.set(part, i));
  const pages: PageList[] = [];
  pres.slides.forEach((slidePart, i) => {
    const slideWarnings: Warning[] = [];
    try {
      pages.push(drawSlide({ pkg, pres, slidePart, slideNo: i + 1, fonts, pageOfSlide, warnings: slideWarnings, text }));
      warnings.push(...slideWarnings);
    } catch (error) {
      // A slide that cannot be read becomes a blank page: the rest of the deck still renders.
      warnings.push(...slideWarnings);
      const why = isVaError(error) ? error.message : error instanceof Error ? error.message : String(error);
      warnings.push({ code: 'W_RENDER_SLIDE_FAILED', message: `slide ${i + 1} could not be drawn and is blank (${why})`, slide: i + 1, part: slidePart });
      pages.push({ width: pres.width, height: pres.height, ops: [], links: [] });
    }
  });
  if (pages.length === 0) {
    // A PDF needs a page: the empty deck is one blank page of the slide size (as LibreOffice).
    warnings.push({ code: 'W_RENDER_NO_SLIDES', message: 'the presentation has no slides; the PDF has one blank page of the slide size' });
    pages.push({ width: pres.width, height: pres.height, ops: [], links: [] });
  }
  return { pres, pages, props, text };
}
