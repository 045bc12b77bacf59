/**
 * Composes one variant's page from its sources, top to bottom on the baseline grid:
 *   title band → steps → "before your appointment" box → the organisation's note → footer.
 * The footer sits at the bottom margin; the note takes the space between the box and the
 * footer, which must hold the locale's 600-character sample at the note's own size, or the
 * build fails. The box, the note and the footer form the page's `va:stack`: without
 * `additionalInfo` the note goes and the footer moves up under the box.
 */
import type { Locale, Paper } from '../../brand/schema.js';
import type { TemplateId } from '../catalog.js';
import { composeContext, type ComposeContext } from './context.js';
import type { PaperLayout } from '../source/types.js';
import type { TextMeasurer } from './measure.js';
import type { Scene, SceneElement } from './scene.js';
import { band } from './sections/band.js';
import { beforeBox } from './sections/before-box.js';
import { footer } from './sections/footer.js';
import { steps } from './sections/steps.js';
import { paragraph, run, textBox } from './text-block.js';

/** Vertical room a variant has left over, reported by the build (points). */
export interface ComposeReport {
  /** Space between the note's measured sample text and the footer. */
  spare: number;
}

/** The note paragraph: a bold lead-in and the token (or the locale's 600-character sample). */
function note(ctx: ComposeContext, sample: boolean) {
  const { type, strings } = ctx;
  const value = sample ? strings.additionalInfoSample : '{{additionalInfo}}';
  return paragraph({ runs: [run(ctx, strings.noteLabel, type.noteLabel), run(ctx, value, type.note)] });
}

/** The most extra space one gap between sections receives from the page's spare room. */
const MAX_EXTRA_GAP = 12;

function layoutPage(ctx: ComposeContext, extraGap: number): { elements: SceneElement[]; spare: number; trace: string } {
  const { grid, layout, id, locale, paper } = ctx;
  const head = band(ctx);
  const how = steps(ctx, grid.snap(head.bottom + layout.space.section + extraGap));
  const box = beforeBox(ctx, grid.snap(how.bottom + layout.space.section + extraGap));
  const noteTop = grid.snap(box.bottom + layout.space.block + extraGap);
  const foot = footer(ctx);
  const footTop = Math.floor((grid.pageHeight - layout.margin.bottom - foot.height) / layout.grid.baseline) * layout.grid.baseline;

  const needed = textBox(ctx, {
    name: 'Additional information va:grow',
    x: grid.x,
    y: noteTop,
    w: grid.width,
    paragraphs: [note(ctx, false)],
    measureAs: [note(ctx, true)],
  });
  const available = footTop - layout.space.block - noteTop;
  const spare = available - needed.box.h;
  const trace = `${id} ${locale} ${paper}: band ${head.bottom} steps ${how.bottom} box ${box.bottom} note ${noteTop}+${needed.box.h} foot ${footTop}+${foot.height} spare ${spare.toFixed(1)}`;
  const info: SceneElement = { ...needed, box: { ...needed.box, h: Math.max(available, needed.box.h) } };
  // The page is one filled stack (contract section 9): the brand engine lays it out again for the
  // brand's content, the footer on the bottom margin (va:bottom), the note as tall as its text
  // (va:grow), the free space spread over the gaps.
  const footer_ = foot.place(footTop);
  const elements: SceneElement[] = [
    {
      kind: 'group',
      name: 'Page va:stack',
      children: [
        { kind: 'group', name: 'Header', children: head.elements },
        { kind: 'group', name: 'How it works section', children: how.elements },
        // The panel of general tips gives way to the organisation's own note when the page cannot
        // hold both (a note of 1,200 characters, contract section 9).
        box.element.kind === 'group' ? { ...box.element, name: `${box.element.name} va:when:room` } : box.element,
        info,
        { ...footer_, name: `${footer_.kind === 'group' ? footer_.name : 'Footer'} va:bottom` },
      ],
    },
  ];
  return { elements, spare, trace };
}

export interface ComposeOptions {
  /** Receives one line per layout pass with the section positions (for tuning the design). */
  trace?: (line: string) => void;
  /** Receives typographic warnings (widows) about the unbranded template. */
  warn?: (message: string) => void;
  /** A page layout to use instead of the paper's own (for experiments and tests). */
  layout?: PaperLayout;
}

export function composePage(id: TemplateId, locale: Locale, paper: Paper, measurer: TextMeasurer, options: ComposeOptions = {}): { scene: Scene; report: ComposeReport } {
  const ctx = composeContext(id, locale, paper, measurer, options.warn, options.layout);
  const { layout } = ctx;
  const first = layoutPage(ctx, 0);
  if (first.spare < 0) {
    options.trace?.(first.trace);
    throw new Error(`${id} ${locale} ${paper}: the page is ${(-first.spare).toFixed(1)} pt too short for the ${[...ctx.strings.additionalInfoSample].length}-character note`);
  }
  // Spare room: some of it opens up the gaps between sections, the rest stays with the note.
  const b = layout.grid.baseline;
  const extra = Math.min(MAX_EXTRA_GAP, Math.floor(first.spare / 3 / b) * b);
  const page = extra > 0 ? layoutPage(ctx, extra) : first;
  options.trace?.(`${page.trace} (gaps +${extra})`);
  return {
    scene: {
      widthEmu: layout.widthEmu,
      heightEmu: layout.heightEmu,
      lang: ctx.lang,
      background: 'bg1',
      elements: page.elements,
    },
    report: { spare: page.spare },
  };
}
