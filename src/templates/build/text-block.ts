/**
 * Text boxes sized to their measured content: a paragraph's height is its line count (the most
 * any shipped family needs, see measure.ts) times its exact line spacing, plus paragraph spacing
 * and the box's insets.
 */
import { SIZES, type TextStyle } from '../source/design.js';
import type { FontPair, MeasureRun, TextMeasurer } from './measure.js';
import { TextOverflowError } from './measure.js';
import type { Paragraph, Run, TextElement } from './scene.js';

export interface ParaSpec {
  runs: Run[];
  align?: Paragraph['align'];
  spaceBefore?: number;
  spaceAfter?: number;
  bullet?: Paragraph['bullet'];
}

export interface TextContext {
  measurer: TextMeasurer;
  lang: string;
  /** The template's own theme fonts, for the typographic checks of the unbranded template. */
  fonts?: FontPair;
  /** Receives typographic problems (a lone short word on a paragraph's last line). */
  warn?: (message: string) => void;
}

/** A run in `style`; capitals are applied to the text itself so that every renderer agrees. */
export function run(ctx: TextContext, text: string, style: TextStyle, link?: string): Run {
  return { text: style.caps ? text.toLocaleUpperCase(ctx.lang) : text, style, ...(link ? { link } : {}) };
}

export function paragraph(spec: ParaSpec): Paragraph {
  const lineHeight = Math.max(...spec.runs.map((r) => r.style.lineHeight));
  return {
    runs: spec.runs,
    align: spec.align ?? 'l',
    lineHeight,
    ...(spec.spaceBefore ? { spaceBefore: spec.spaceBefore } : {}),
    ...(spec.spaceAfter ? { spaceAfter: spec.spaceAfter } : {}),
    ...(spec.bullet ? { bullet: spec.bullet } : {}),
  };
}

function measureRuns(p: Paragraph): MeasureRun[] {
  return p.runs.map((r) => ({
    text: r.text,
    style: { font: r.style.font, size: r.style.size, bold: r.style.bold, ...(r.style.charSpacing ? { charSpacing: r.style.charSpacing } : {}) },
  }));
}

/** Lines of each paragraph in a text area `width` points wide (the measuring slack applied). */
export function lineCounts(ctx: TextContext, paragraphs: readonly Paragraph[], width: number, what: string): number[] {
  return paragraphs.map((p) => {
    const usable = (width - (p.bullet?.indent ?? 0)) * SIZES.measureSlack;
    try {
      return ctx.measurer.lineCount(measureRuns(p), usable);
    } catch (e) {
      if (e instanceof TextOverflowError) throw new Error(`${what}: ${e.message}`);
      throw e;
    }
  });
}

/**
 * Reports a widow: the last line of a wrapped paragraph holding a lone word (Latin: one of at
 * most four letters, or any lone word in a wide box) or one or two characters (Chinese), laid
 * out in the template's own fonts at the box's full width.
 */
export function checkWidows(ctx: TextContext, paragraphs: readonly Paragraph[], width: number, what: string, heading = false): void {
  if (!ctx.fonts || !ctx.warn) return;
  for (const p of paragraphs) {
    if (p.runs.some((r) => r.text.includes('{{'))) continue;
    const lines = ctx.measurer.breakLines(measureRuns(p), width - (p.bullet?.indent ?? 0), ctx.fonts);
    if (lines.length < 2) continue;
    const last = lines[lines.length - 1]!.trim();
    const cjk = /[\u3400-\u9fff]/.test(last);
    // A heading never leaves one word alone on any of its lines ("Check your / email").
    if (heading && !cjk) {
      const lone = lines.map((l) => l.trim()).find((l) => !/[ \u00a0]/.test(l));
      if (lone !== undefined) {
        ctx.warn(`${what}: the heading has a line of one word, "${lone}"`);
        continue;
      }
    }
    // In narrow columns a last line of one ordinary word is normal; a scrap of a word is not.
    const letters = [...last.replace(/[\p{P}\p{S}]/gu, '')].length;
    const short = cjk ? [...last].length <= 2 : !/[ \u00a0]/.test(last) && (letters <= 4 || width >= 200);
    if (short) {
      ctx.warn(`${what}: the last line is only "${last}"`);
    }
  }
}

/** Height of paragraphs with the given line counts (no insets). */
export function paragraphsHeight(paragraphs: readonly Paragraph[], lines: readonly number[]): number {
  let h = 0;
  paragraphs.forEach((p, i) => {
    h += (p.spaceBefore ?? 0) + lines[i]! * p.lineHeight + (p.spaceAfter ?? 0);
  });
  return h;
}

export interface TextBoxSpec {
  name: string;
  /** What the text is to a reader (scene.ts SceneRole): `p` when left out. */
  role?: TextElement['role'];
  x: number;
  y: number;
  w: number;
  paragraphs: Paragraph[];
  insets?: [number, number, number, number];
  anchor?: TextElement['anchor'];
  /** Measure these paragraphs instead (e.g. with a token replaced by a long sample value). */
  measureAs?: Paragraph[];
  /** At least this many lines per paragraph (uniform rows, room for long values). */
  minLines?: number;
  /** At least this height (points). */
  minHeight?: number;
  /** A heading: no line of it may hold a single word (checked in the template's own fonts). */
  heading?: boolean;
}

const NBSP = '\u00a0';

/**
 * A heading's words joined so that no line can hold a single word: a heading of up to three
 * words never breaks; a longer one keeps its first two and its last two words together
 * (non-breaking spaces, which PowerPoint, LibreOffice and our renderer all respect). Chinese
 * text is left as it is (it breaks between characters, and the widow check covers it).
 */
export function keepTogether(text: string): string {
  if (/[\u3400-\u9fff]/.test(text)) return text;
  const words = text.split(' ');
  if (words.length <= 1 || text.includes('{{')) return text;
  if (words.length <= 3) return words.join(NBSP);
  const n = words.length;
  return [`${words[0]}${NBSP}${words[1]}`, ...words.slice(2, n - 2), `${words[n - 2]}${NBSP}${words[n - 1]}`].join(' ');
}

/**
 * Running text keeps its last two words together (a non-breaking space), so that no paragraph
 * ends on a line of one word: the typographer's widow rule, whatever the width and font.
 */
export function keepLastWords(text: string): string {
  if (/[\u3400-\u9fff]/.test(text) || text.includes('{{')) return text;
  const i = text.trimEnd().lastIndexOf(' ');
  if (i <= 0 || text.split(' ').length < 3) return text;
  return `${text.slice(0, i)}${NBSP}${text.slice(i + 1)}`;
}

function bodyParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((p) => {
    const last = p.runs.length - 1;
    return { ...p, runs: p.runs.map((r, i) => (i === last ? { ...r, text: keepLastWords(r.text) } : r)) };
  });
}

function headingParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r, text: keepTogether(r.text) })) }));
}

/** A text box whose height fits its measured content. */
export function textBox(ctx: TextContext, spec: TextBoxSpec): TextElement {
  const keep = spec.heading ? headingParagraphs : bodyParagraphs;
  spec = { ...spec, paragraphs: keep(spec.paragraphs), ...(spec.measureAs ? { measureAs: keep(spec.measureAs) } : {}) };
  const insets = spec.insets ?? [0, 0, 0, 0];
  const inner = spec.w - insets[0] - insets[2];
  const measured = spec.measureAs ?? spec.paragraphs;
  const lines = lineCounts(ctx, measured, inner, spec.name).map((n) => Math.max(n, spec.minLines ?? 1));
  const height = Math.max(paragraphsHeight(measured, lines) + insets[1] + insets[3], spec.minHeight ?? 0);
  checkWidows(ctx, spec.paragraphs, inner, spec.name, spec.heading);
  return {
    kind: 'text',
    name: spec.name,
    box: { x: spec.x, y: spec.y, w: spec.w, h: height },
    paragraphs: spec.paragraphs,
    insets,
    anchor: spec.anchor ?? 't',
    ...(spec.role ? { role: spec.role } : {}),
  };
}
