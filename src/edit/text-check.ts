/**
 * Nothing overlaps, ever, silently (contract section 9). After layout and fitting, every text
 * shape of every slide is laid out as the renderer draws it (src/render/scene/measure-text.ts):
 *
 *  - its text must fit its box (height, and width for a box that does not wrap), within 1 pt;
 *  - the ink of its lines (from 0.8 × the size above the baseline to 0.2 × below) must not
 *    overlap the ink of another text shape's lines.
 *
 * A problem in a shape that shows a brand value (a token or a link the engine put there) is the
 * error E_TEXT_OVERFLOW, naming the field, the template and how many of its characters fit; a
 * problem in the template's own text is reported as W_TEXT_OVERFLOW (the brand cannot fix it).
 */
import { VaError } from '../errors.js';
import type { TextMeasure } from '../render/scene/measure-text.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { fieldsOf, warn, where, type EditContext } from './context.js';
import { allShapes, groupScale, shapeName } from './shapes.js';
import { slideBox } from './slide-geometry.js';
import { fitsOnSlide } from './text-fit.js';
import { longestFittingPrefix } from './text-prefix.js';

const EMU_PER_PT = 12700;
/** Text may exceed its box by this much (points) before it counts (rounding between renderers). */
const TOLERANCE = 1;
/** Ink rectangles must overlap by more than this (points, each way) to count. */
const OVERLAP_MIN = 0.5;

interface Ink {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TextProblem {
  part: string;
  shape: XElement;
  kind: 'overflow' | 'overlap';
  /** For an overlap: the other shape. */
  other?: XElement;
  detail: string;
}

/** Ink rectangles of a shape's lines in slide points, and whether the text fits its box. */
function inkOf(measure: TextMeasure, part: string, shape: XElement): { inks: Ink[]; fits: boolean; detail: string } | undefined {
  const box = slideBox(shape);
  if (!box) return undefined;
  const xfrm = shape.child(NS.p, 'spPr')?.child(NS.a, 'xfrm');
  if (xfrm?.attr('rot') && xfrm.attr('rot') !== '0') return undefined;
  const m = measure.measure(part, shape, groupScale(shape));
  if (!m || m.prepared.empty) return undefined;
  const { body, area, layout } = m.prepared;
  if (body.vert !== 'horz') return undefined;
  const overflowY = m.textHeight > area.h + TOLERANCE;
  const overflowX = layout.overflowX || (!body.wrap && layout.width > area.w + TOLERANCE);
  const x = box.x / EMU_PER_PT;
  const y = box.y / EMU_PER_PT;
  let dy = area.y;
  if (body.anchor === 'ctr') dy += (area.h - m.textHeight) / 2;
  else if (body.anchor === 'b') dy += area.h - m.textHeight;
  const colW = body.numCol > 1 ? Math.max(1, (area.w - (body.numCol - 1) * body.spcCol) / body.numCol) : area.w;
  let dxCenter = 0;
  if (body.anchorCtr && body.numCol === 1) dxCenter = (area.w - layout.width) / 2;
  const inks: Ink[] = [];
  m.columns.forEach((col, ci) => {
    const offset = col.lines[0]?.top ?? 0;
    // a:bodyPr@rtlCol: the first column on the right, as the renderer draws it.
    const cx = x + area.x + dxCenter + (body.rtlCol ? body.numCol - 1 - ci : ci) * (colW + body.spcCol);
    for (const line of col.lines) {
      const runs = line.runs.filter((r) => r.text.trim() !== '');
      if (runs.length === 0) continue;
      let x0 = Infinity;
      let x1 = -Infinity;
      let y0 = Infinity;
      let y1 = -Infinity;
      for (const r of runs) {
        x0 = Math.min(x0, r.x);
        x1 = Math.max(x1, r.x + r.width);
        y0 = Math.min(y0, r.baseline - 0.8 * r.size);
        y1 = Math.max(y1, r.baseline + 0.2 * r.size);
      }
      inks.push({ x0: cx + x0, x1: cx + x1, y0: y + dy - offset + y0, y1: y + dy - offset + y1 });
    }
  });
  const detail = overflowY
    ? `${Math.ceil(m.textHeight)} pt of text in ${Math.floor(area.h)} pt of height`
    : overflowX
      ? `a line ${Math.ceil(layout.width)} pt wide in ${Math.floor(area.w)} pt`
      : '';
  return { inks, fits: !overflowY && !overflowX, detail };
}

function overlaps(a: Ink, b: Ink): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > OVERLAP_MIN && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > OVERLAP_MIN;
}

/** Every text problem of the deck's slides (nothing is changed). */
export function findTextProblems(ctx: EditContext, measure: TextMeasure, unmeasured: ReadonlySet<XElement> = new Set()): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const part of ctx.deck.slides) {
    const placed: { shape: XElement; inks: Ink[] }[] = [];
    for (const shape of allShapes(ctx.pkg.xml(part).root)) {
      if (!shape.is(NS.p, 'sp') || !shape.child(NS.p, 'txBody') || unmeasured.has(shape)) continue;
      const ink = inkOf(measure, part, shape);
      if (!ink) continue;
      if (!ink.fits) problems.push({ part, shape, kind: 'overflow', detail: ink.detail });
      for (const other of placed) {
        if (ink.inks.some((a) => other.inks.some((b) => overlaps(a, b)))) {
          problems.push({ part, shape, kind: 'overlap', other: other.shape, detail: `its text overlaps the text of "${label(other.shape)}"` });
        }
      }
      placed.push({ shape, inks: ink.inks });
    }
  }
  return problems;
}

function label(shape: XElement): string {
  return shapeName(shape) ?? 'a text box';
}

/**
 * Throws E_TEXT_OVERFLOW for the first problem that involves a brand value; reports the
 * template's own problems as W_TEXT_OVERFLOW.
 */
export function checkText(ctx: EditContext, measure: TextMeasure, template: string, unmeasured?: ReadonlySet<XElement>): void {
  // Shapes the fitting budget left unmeasured (W_TEXT_LIMIT) are not measured here either.
  for (const p of findTextProblems(ctx, measure, unmeasured)) {
    const shapes = p.other ? [p.shape, p.other] : [p.shape];
    const branded = shapes.find((s) => (fieldsOf(ctx, s)?.size ?? 0) > 0);
    if (branded) {
      const field = [...fieldsOf(ctx, branded)!][0]!;
      const total = fieldLength(ctx, field);
      const fit = p.kind === 'overflow' && branded === p.shape ? charactersThatFit(measure, p.part, branded, total) : undefined;
      const fits = fit === undefined ? '' : `: ${fit} of its ${total} characters fit`;
      throw new VaError(
        'E_TEXT_OVERFLOW',
        `${field} does not fit ${template} even at 9 pt (${branded === p.shape ? p.detail : `its text overlaps the text of "${label(p.shape)}"`})${fits}; shorten it`,
      );
    }
    warn(ctx, 'W_TEXT_OVERFLOW', `the text of "${label(p.shape)}" on ${where(ctx, p.part)} ${p.kind === 'overflow' ? `does not fit its box (${p.detail})` : p.detail}`, p.part);
  }
}

/** Characters of a brand field's value. */
export function fieldLength(ctx: EditContext, field: string): number {
  const b = ctx.brand;
  const value =
    field === 'organization'
      ? b.organization
      : field === 'additionalInfo'
        ? (b.additionalInfo ?? '')
        : field.startsWith('links.')
          ? (b.links?.[field.slice(6) as 'booking' | 'billing' | 'homepage'] ?? '')
          : '';
  return [...value.replace(/\s+/g, ' ').trim()].length;
}

/**
 * How many characters of a field's value fit the shape's box at its current size: the text is
 * cut after k characters (binary search) and laid out again; the text is restored afterwards.
 * The shape's own characters (a label before the value) are counted out.
 */
export function charactersThatFit(measure: TextMeasure, part: string, shape: XElement, valueLength: number): number {
  const nodes = [...shape.child(NS.p, 'txBody')!.descendants(NS.a, 't')];
  const { fit: lo, total } = longestFittingPrefix(nodes, () => fitsOnSlide(measure, part, shape));
  const own = Math.max(0, total - valueLength);
  return Math.max(0, Math.min(valueLength, lo - own));
}
