/**
 * Long values must still fit their box. For every shape whose text the engine changed (and that
 * is not a `va:grow` text, which layout.ts sizes), the text is laid out as the renderer draws it
 * (src/render/scene/measure-text.ts, on slides; layouts and masters with text-layout.ts); when it
 * is taller than the box, or a line is wider than a box that does not wrap, every run of the
 * shape is shrunk by the same factor, in half-point steps, never below 9 pt (runs already smaller
 * keep their size), until it fits. A box that does not fit even at 9 pt is left at 9 pt for the
 * final check (text-check.ts), which names it. Shapes that PowerPoint sizes itself
 * (a:normAutofit, a:spAutoFit) are left to it.
 */
import type { FontRegistry } from '../fonts/types.js';
import type { TextMeasure } from '../render/scene/measure-text.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { MAX_FITTED_CHARS } from '../limits/text.js';
import { themeOf } from '../presentation/deck.js';
import { MAX_SHAPE_TEXT_CHARS } from '../text/limits.js';
import { warn, type EditContext } from './context.js';
import { boxOf, groupScale, hasMarker } from './shapes.js';
import { GROW_MARKER } from './stack.js';
import { applyScale, ensureSizes, MIN_TEXT_PT, readSizes } from './text-sizes.js';
import { bodyModel, measureBody, registryMeasurer, type TextThemeFonts } from './text-layout.js';

export { MIN_TEXT_PT } from './text-sizes.js';
/** Layout slack, points: rounding differences between renderers. */
const SLACK = 0.5;
/** Boxes are checked this much narrower than they are: other renderers break lines a little differently. */
export const WIDTH_SLACK = 0.03;

export interface FitResult {
  /** Shapes shrunk to fit. */
  shrunk: number;
  /** Shapes that do not fit even at 9 pt (left at 9 pt; text-check.ts reports them). */
  overflowing: number;
  /** Shapes left at their size because the deck's measuring budget ran out (W_TEXT_LIMIT). */
  unmeasured: Set<XElement>;
}

/** Whether the measured text fits its box, with the width slack. */
export function fitsOnSlide(measure: TextMeasure, part: string, shape: XElement): boolean {
  const ext = shape.child(NS.p, 'spPr')?.child(NS.a, 'xfrm')?.child(NS.a, 'ext');
  const cx = Number(ext?.attr('cx'));
  if (ext && cx > 0) ext.setAttr('cx', String(Math.round(cx * (1 - WIDTH_SLACK))));
  const m = measure.measure(part, shape, groupScale(shape));
  if (ext && cx > 0) ext.setAttr('cx', String(cx));
  if (!m) return true;
  const { layout, area, body } = m.prepared;
  if (m.prepared.empty) return true;
  // A brand value never breaks inside a word (a display URL breaks after '/' or '-', not mid-word).
  return m.textHeight <= area.h + SLACK && !layout.overflowX && !layout.splitWord && (body.wrap || layout.width <= area.w / (1 - WIDTH_SLACK) + SLACK);
}

export function fitText(ctx: EditContext, fonts: FontRegistry, themeFonts: Map<string, TextThemeFonts>, measure: TextMeasure): FitResult {
  const result: FitResult = { shrunk: 0, overflowing: 0, unmeasured: new Set() };
  const measurer = registryMeasurer(fonts);
  // Fitting lays a body out up to ~40 times: the deck's measuring is bounded (a hostile deck puts
  // a token into thousands of 50,000-character boxes).
  let measured = 0;
  let unfitted = 0;
  for (const [part, shapes] of ctx.changedText) {
    const onSlide = ctx.deck.slides.includes(part);
    const themePart = themeOf(ctx.deck, part);
    const theme = (themePart && themeFonts.get(themePart)) ?? themeFonts.values().next().value;
    for (const shape of shapes) {
      if (!shape.parent || !shape.is(NS.p, 'sp') || hasMarker(shape, GROW_MARKER)) continue;
      const bodyPr = shape.child(NS.p, 'txBody')?.child(NS.a, 'bodyPr');
      // The shape grows with its text in PowerPoint (and in the renderer and LibreOffice).
      if (bodyPr?.child(NS.a, 'spAutoFit')) continue;
      const autofit = bodyPr?.child(NS.a, 'normAutofit');
      const box = boxOf(shape);
      if (!box) continue;
      let fits: () => boolean;
      if (onSlide) {
        fits = () => fitsOnSlide(measure, part, shape);
      } else {
        // Layouts and masters: the engine's own model (their inheritance is not a slide's).
        if (!theme) continue;
        const scale = groupScale(shape);
        fits = () => {
          const model = bodyModel(shape, box.cx * scale.x, box.cy * scale.y, theme);
          if (!model || model.paragraphs.length === 0) return true;
          const m = measureBody(model, measurer, 1, MIN_TEXT_PT);
          return m.height <= model.height + SLACK && (model.wrap || m.maxLineWidth <= model.width + SLACK);
        };
      }
      const chars = Math.min(charsOf(shape), MAX_SHAPE_TEXT_CHARS);
      const inner = fits;
      let outOfBudget = false;
      fits = () => {
        if (measured + chars > MAX_FITTED_CHARS) {
          outOfBudget = true;
          return true;
        }
        measured += chars;
        return inner();
      };
      // How a shape ended: left at its size (budget spent), shrunk to fit, or still overflowing.
      const record = (el: XElement, done: boolean) => {
        if (outOfBudget) {
          unfitted++;
          result.unmeasured.add(el);
        } else if (done) result.shrunk++;
        else result.overflowing++;
      };
      if (fits()) {
        if (outOfBudget) {
          unfitted++;
          result.unmeasured.add(shape);
        }
        continue;
      }
      if (autofit && onSlide) {
        // "Shrink text on overflow": PowerPoint computes a:normAutofit/@fontScale when it opens
        // the file; the renderer and LibreOffice draw the stored one. Computed here, down to 9 pt.
        const m = measure.measure(part, shape, groupScale(shape));
        const largest = Math.max(MIN_TEXT_PT, ...(m?.prepared.paragraphs.flatMap((p) => p.items.map((i) => i.style.size)) ?? [MIN_TEXT_PT]));
        let done = false;
        for (let size = largest - 0.5; size >= MIN_TEXT_PT - 1e-9; size -= 0.5) {
          autofit.setAttr('fontScale', String(Math.ceil((size / largest) * 100000)));
          if (fits()) {
            done = true;
            break;
          }
        }
        record(shape, done);
        ctx.pkg.touch(part);
        continue;
      }
      ensureSizes(shape, 18);
      const sizes = readSizes(shape);
      const largest = Math.max(MIN_TEXT_PT, ...sizes.sz.map((s) => s.value / 100));
      let done = false;
      for (let size = largest - 0.5; size >= MIN_TEXT_PT - 1e-9; size -= 0.5) {
        applyScale(sizes, size / largest);
        if (fits()) {
          done = true;
          break;
        }
      }
      record(shape, done);
      ctx.pkg.touch(part);
    }
  }
  if (unfitted > 0) {
    warn(ctx, 'W_TEXT_LIMIT', `the deck has more text to fit than ${MAX_FITTED_CHARS.toLocaleString('en-US')} characters of measuring allow; ${unfitted} text box(es) were left at their size`);
  }
  return result;
}

/** Characters of a shape's text (a:t), without building one string of them. */
function charsOf(shape: XElement): number {
  let n = 0;
  for (const t of shape.child(NS.p, 'txBody')?.descendants(NS.a, 't') ?? []) n += t.textContent().length;
  return n;
}
