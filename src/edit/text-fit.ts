/**
 * Long values must still fit their box. For every shape whose text the engine changed, the text
 * is laid out with real font metrics (text-layout.ts); when it is taller than the box (or, with
 * wrap="none", wider), every run of the shape is shrunk by the same factor, in half-point steps,
 * never below 9 pt (runs already smaller keep their size), until it fits. If it still does not
 * fit at 9 pt, the sizes stay at the smallest step and W_TEXT_TOO_LONG names the shape.
 * Shapes that PowerPoint sizes itself (a:normAutofit, a:spAutoFit) are left to it.
 */
import type { FontRegistry } from '../fonts/types.js';
import { MAX_FITTED_CHARS } from '../limits/text.js';
import { MAX_SHAPE_TEXT_CHARS } from '../text/limits.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { warn, where, type EditContext } from './context.js';
import { themeOf } from '../presentation/deck.js';
import { boxOf, groupScale, shapeName } from './shapes.js';
import { bodyModel, measureBody, registryMeasurer, scaledSize, type BodyModel, type Measurer, type TextThemeFonts } from './text-layout.js';

/** The smallest text size (contract section 7). */
export const MIN_TEXT_PT = 9;
/** Layout slack, points: rounding differences between renderers. */
const SLACK = 0.5;
const STEP = 0.025;


function setSize(el: XElement, rPrName: 'rPr' | 'endParaRPr', sizePt: number): void {
  let rPr = el.is(NS.a, 'endParaRPr') ? el : el.child(NS.a, rPrName);
  if (!rPr) rPr = el.insertAt(0, el.make(NS.a, 'rPr', { lang: 'en-US' })) as XElement;
  rPr.setAttr('sz', String(Math.round(sizePt * 100)));
}

/** Writes the scaled sizes into the shape's runs (a:rPr/@sz, a:endParaRPr/@sz). */
function applyScale(shape: XElement, theme: TextThemeFonts, f: number): void {
  const body = shape.child(NS.p, 'txBody')!;
  // Sizes as written before scaling, read through the same model the layout used.
  const model = bodyModel(shape, 1, 1, theme)!;
  body.childrenNamed(NS.a, 'p').forEach((p, i) => {
    const para = model.paragraphs[i]!;
    let k = 0;
    for (const c of p.elements()) {
      if (c.is(NS.a, 'r') || c.is(NS.a, 'fld') || c.is(NS.a, 'br')) {
        const piece = para.pieces[k++];
        if (piece && !c.is(NS.a, 'br')) setSize(c, 'rPr', scaledSize(piece.style.size, f, MIN_TEXT_PT));
      } else if (c.is(NS.a, 'endParaRPr')) {
        setSize(c, 'endParaRPr', scaledSize(para.endSize, f, MIN_TEXT_PT));
      }
    }
  });
}

export interface FitResult {
  /** Shapes shrunk to fit. */
  shrunk: number;
  /** Shapes that do not fit even at 9 pt. */
  overflowing: number;
}

export function fitText(ctx: EditContext, fonts: FontRegistry, themeFonts: Map<string, TextThemeFonts>, measurer: Measurer = registryMeasurer(fonts)): FitResult {
  const result: FitResult = { shrunk: 0, overflowing: 0 };
  let measured = 0;
  let unfitted = 0;
  for (const [part, shapes] of ctx.changedText) {
    const themePart = themeOf(ctx.deck, part);
    const theme = (themePart && themeFonts.get(themePart)) ?? themeFonts.values().next().value;
    if (!theme) continue;
    for (const shape of shapes) {
      if (!shape.parent || !shape.is(NS.p, 'sp')) continue;
      const bodyPr = shape.child(NS.p, 'txBody')?.child(NS.a, 'bodyPr');
      if (bodyPr?.child(NS.a, 'normAutofit') || bodyPr?.child(NS.a, 'spAutoFit')) continue;
      const box = boxOf(shape);
      if (!box) continue;
      const scale = groupScale(shape);
      const model = bodyModel(shape, box.cx * scale.x, box.cy * scale.y, theme);
      if (!model || model.paragraphs.length === 0) continue;
      // Fitting lays a body out up to ~40 times: the deck's measuring is bounded (a hostile deck
      // puts a token into thousands of 50,000-character boxes).
      const chars = Math.min(charsOf(model), MAX_SHAPE_TEXT_CHARS);
      if (measured + chars * 2 > MAX_FITTED_CHARS) {
        unfitted++;
        continue;
      }
      const fits = (f: number) => {
        measured += chars;
        const m = measureBody(model, measurer, f, MIN_TEXT_PT);
        return m.height <= model.height + SLACK && (model.wrap || m.maxLineWidth <= model.width + SLACK);
      };
      if (fits(1)) continue;
      const minF = minScale(model);
      let chosen: number | undefined;
      let outOfBudget = false;
      for (let f = 1 - STEP; f > minF - STEP; f -= STEP) {
        if (measured + chars * 2 > MAX_FITTED_CHARS) {
          outOfBudget = true;
          break;
        }
        const ff = Math.max(f, minF);
        if (fits(ff)) {
          chosen = ff;
          break;
        }
      }
      if (outOfBudget) {
        unfitted++;
        continue;
      }
      const name = shapeName(shape) ?? 'a text box';
      if (chosen === undefined) {
        applyScale(shape, theme, minF);
        const m = measureBody(model, measurer, minF, MIN_TEXT_PT);
        warn(
          ctx,
          'W_TEXT_TOO_LONG',
          `the text of "${name}" on ${where(ctx, part)} does not fit its box even at ${MIN_TEXT_PT} pt (it needs ${Math.ceil(m.height)} pt of ${Math.floor(model.height)} pt); shorten it`,
          part,
        );
        result.overflowing++;
      } else {
        applyScale(shape, theme, chosen);
        result.shrunk++;
      }
      ctx.pkg.touch(part);
    }
  }
  if (unfitted > 0) {
    warn(ctx, 'W_TEXT_LIMIT', `the deck has more text to fit than ${MAX_FITTED_CHARS.toLocaleString('en-US')} characters of measuring allow; ${unfitted} text box(es) were left at their size`);
  }
  return result;
}

/** Characters of a body (one layout measures at most MAX_SHAPE_TEXT_CHARS of them). */
function charsOf(model: BodyModel): number {
  let n = 0;
  for (const p of model.paragraphs) for (const piece of p.pieces) n += piece.text.length;
  return n;
}

/** The scale that brings the largest run of a body down to 9 pt (1 when none is larger); no spread, a body may have 500,000 runs. */
function minScale(model: BodyModel): number {
  let largest = MIN_TEXT_PT;
  for (const p of model.paragraphs) {
    largest = Math.max(largest, p.endSize);
    for (const x of p.pieces) largest = Math.max(largest, x.style.size);
  }
  return Math.min(1, MIN_TEXT_PT / largest);
}
