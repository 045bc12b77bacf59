/**
 * Composes one variant's page from its sources: the industry's design (pages/*.ts) lays out the
 * sections on the shared grid; every text box is measured (see measure.ts), so the composer
 * knows how much of the page the content needs. The build fails when a design does not fit its
 * paper between the print-safe margins.
 */
import type { Locale, Paper } from '../../brand/schema.js';
import type { TemplateId } from '../catalog.js';
import type { PageDesign, PaperLayout } from '../source/types.js';
import { composeContext, type ComposeContext } from './context.js';
import type { TextMeasurer } from './measure.js';
import type { PageResult } from './pages/page.js';
import { cardsPage } from './pages/cards.js';
import { columnsPage } from './pages/columns.js';
import { rowsPage } from './pages/rows.js';
import { timelinePage } from './pages/timeline.js';
import { NOTE_NAME } from './note-name.js';
import type { Scene, SceneElement } from './scene.js';

/** Vertical room a variant has left over, reported by the build (points). */
export interface ComposeReport {
  /** Height between the margins that the content does not use. */
  spare: number;
}

const DESIGNS: Record<PageDesign, (ctx: ComposeContext) => PageResult> = {
  timeline: timelinePage,
  columns: columnsPage,
  cards: cardsPage,
  rows: rowsPage,
};

/** Scales tried for the gaps between sections when a variant does not fit with the designed ones. */
const GAP_SCALES = [0.85, 0.7, 0.5];

/** The note's box in a composed page. */
function findNote(elements: readonly SceneElement[]): SceneElement | undefined {
  for (const el of elements) {
    if (el.kind === 'group') {
      const found = findNote(el.children);
      if (found) return found;
    } else if (el.name === NOTE_NAME) return el;
  }
  return undefined;
}

/**
 * The note's box grows by `extra` points and what is under it (the links on the bottom margin)
 * moves down as much: the page stack then spans the page from the top to the bottom margin, and
 * the designed gaps between its members stay the smallest ones (the brand engine reads them as
 * the minimum gaps and spreads the room the brand's content leaves over them).
 */
function growNote(elements: readonly SceneElement[], extra: number): SceneElement[] {
  const note = findNote(elements);
  if (!note || note.kind === 'group') return [...elements];
  const below = note.box.y + note.box.h - 0.01;
  const shift = (els: readonly SceneElement[]): SceneElement[] =>
    els.map((el) => {
      // A hidden spare member lies over the note where it was designed; it does not move.
      if (el.kind === 'group') return el.hidden ? el : { ...el, children: shift(el.children) };
      if (el === note) return { ...el, box: { ...el.box, h: el.box.h + extra } };
      return el.box.y >= below ? { ...el, box: { ...el.box, y: el.box.y + extra } } : el;
    });
  return shift(elements);
}

export interface ComposeOptions {
  /** Receives one line per variant with the room used and available (for tuning the design). */
  trace?: (line: string) => void;
  /** Receives typographic warnings (widows, one-word heading lines) about the unbranded template. */
  warn?: (message: string) => void;
  /** A page layout to use instead of the paper's own (for experiments and tests). */
  layout?: PaperLayout;
}

export function composePage(id: TemplateId, locale: Locale, paper: Paper, measurer: TextMeasurer, options: ComposeOptions = {}): { scene: Scene; report: ComposeReport } {
  // The designed gaps first; a variant whose text runs long (Danish, Chinese on Letter) gets
  // tighter gaps between sections, down to half. The gaps are never opened here: they are the
  // page stack's minimum gaps, and the room left over goes to the note's box (growNote).
  let ctx = composeContext(id, locale, paper, measurer, options.warn, options.layout);
  let page = DESIGNS[ctx.industry.design](ctx);
  for (const scale of GAP_SCALES) {
    if (page.used <= page.available) break;
    ctx = composeContext(id, locale, paper, measurer, undefined, options.layout, scale);
    page = DESIGNS[ctx.industry.design](ctx);
  }
  const { layout } = ctx;
  const spare = page.available - page.used;
  options.trace?.(`${id} ${locale} ${paper}: ${ctx.industry.design} uses ${page.used.toFixed(1)} of ${page.available.toFixed(1)} pt (spare ${spare.toFixed(1)})`);
  if (spare < 0 && !process.env.VA_TEMPLATE_OVERFULL) throw new Error(`${id} ${locale} ${paper}: the page is ${(-spare).toFixed(1)} pt too short for the ${ctx.industry.design} design`);
  return {
    scene: {
      widthEmu: layout.widthEmu,
      heightEmu: layout.heightEmu,
      lang: ctx.lang,
      background: 'bg1',
      elements: spare > 0 ? growNote(page.elements, spare) : page.elements,
    },
    report: { spare },
  };
}
