/**
 * Filled stacks (contract section 9): a `va:stack` group with a `va:bottom` member is laid out
 * again once every brand value is in, so that the page follows its content:
 *
 *  1. heights from content: a `va:grow` text takes the height its text needs (measured with the
 *     renderer's own layout, src/render/scene/measure-text.ts), in two balanced columns when one
 *     column's lines would hold more than ~90 characters; a group member takes the extent of what
 *     is left in it;
 *  2. the first `va:bottom` member and the members after it sit on the stack's bottom edge;
 *  3. the others follow each other from the top edge, separated by their designed gaps (the gaps
 *     of the template as it was before any member was removed; a removed member leaves the gap
 *     before it);
 *  4. the space left is added to those gaps, smallest first (spread); when no `va:bottom` member
 *     is left, the last member's lowest text line (not its box) sits on the bottom edge;
 *  5. when the content does not fit: the `va:grow` text shrinks in half-point steps (line spacing
 *     with it) down to 9 pt, in either column count; if that is not enough, `va:when:room`
 *     members go (last first) and the text starts again from its size; then E_TEXT_OVERFLOW
 *     names the field, the template and what fits. Before any of this, `va:when:spare` members
 *     (hidden in the template) are shown only when the page has room for them with every text at
 *     its own size; otherwise they go first, last first;
 *  6. still not enough room: the compact forms (`va:compact:<n>`, hidden, each the compact form of
 *     the shape before it) take their originals' places and `va:full:<n>` shapes go, one level at
 *     a time, the texts starting again from their size; forms not needed are removed.
 *
 * Coordinates are EMU in the stack's child space (a:chOff/a:chExt), where its members' a:off live.
 */
import { VaError } from '../errors.js';
import { isCjkCodePoint } from '../fonts/script.js';
import type { TextMeasure } from '../render/scene/measure-text.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { fieldsOf, warn, type EditContext } from './context.js';
import { fieldLength } from './text-check.js';
import { COMPACT, extrasShown, FULL, ROOM, SPARE } from './optional.js';
import { removeShape } from './remove-shape.js';
import { allShapes, boxOf, childBoxOf, cNvPr, groupScale, hasMarker, isShape, markerWithPrefix, xfrmOf, type Box } from './shapes.js';
import { slideBox } from './slide-geometry.js';
import { BOTTOM_MARKER, GROW_MARKER, isFilledStack, memberShape } from './stack.js';
import { longestFittingPrefix } from './text-prefix.js';
import { applyScale, MIN_TEXT_PT, readSizes, type Sizes } from './text-sizes.js';

const EMU_PER_PT = 12700;
/** A grow text is measured this much narrower than its box: other renderers break lines a little differently. */
const WIDTH_SLACK = 0.03;
/**
 * A grow text's box is this much taller than its text (points): LibreOffice sets lines a little
 * taller than the renderer, and a glyph's descent may reach below the last line.
 */
const HEIGHT_SLACK_PT = 3;
/**
 * Lines of more characters than this read badly across a page: the text goes into two columns.
 * A Chinese, Japanese or Korean character counts as two (`lineLength`): a line of more than 45
 * of them is long for CJK text (comfortable is about 30-40 a line), as 90 is for Latin text.
 */
const MAX_LINE_CHARS = 90;

/** Length of a line for the two-column rule: a CJK character counts as two, any other as one. */
export function lineLength(text: string): number {
  let n = 0;
  for (const ch of text) n += isCjkCodePoint(ch.codePointAt(0)!) ? 2 : 1;
  return n;
}
/** Gutter between the two columns of a grow text when its a:bodyPr has no spcCol (points). */
const DEFAULT_COLUMN_GAP = 24;

interface Member {
  el: XElement;
  shape: XElement;
  /** Designed box (child space). */
  box: Box;
  bottom: boolean;
  /** `va:when:spare`: shown only when the page has room for it (hidden in the template). */
  spare: boolean;
}

/**
 * A compact form (`va:compact`, `va:compact:<n>`): a hidden shape or group that stands in for the
 * shape right before it in its group (its original) when the page's content does not fit.
 */
interface Compact {
  /** The form; none for a `va:full:<n>` shape, which simply goes. */
  form: XElement | undefined;
  original: XElement;
  /** Forms of one level are applied together, level 1 first. */
  level: number;
  applied: boolean;
}

/** The level of a compact form: `va:compact` is 1, `va:compact:<n>` is n; undefined for other shapes. */
export function compactLevel(shape: XElement, prefix: string = COMPACT): number | undefined {
  const marker = markerWithPrefix(shape, prefix);
  if (!marker) return undefined;
  const rest = marker.slice(prefix.length);
  if (rest === '') return 1;
  const n = /^:(\d{1,2})$/.exec(rest);
  return n ? Number(n[1]) : undefined;
}

/** A filled stack as the template designed it, captured before any edit. */
export interface StackPlan {
  part: string;
  group: XElement;
  members: Member[];
  /** Designed gap after each member (child units; the last is 0). */
  gapAfter: number[];
  /** The stack's designed area, child space. */
  area: Box;
  /** The stack's designed box in its parent's space (a:off/a:ext). */
  outer: Box;
  /** Its compact forms, in the shape tree's order. */
  compacts: Compact[];
}

export interface LayoutReport {
  /** Grow texts set in two columns. */
  columns: number;
  /** `va:when:room` members removed for lack of room. */
  removed: number;
  /** Grow texts shrunk below their size. */
  shrunk: number;
  /** Levels of compact forms applied. */
  compacted: number;
}

/** Captures every filled stack of the slides, before values are filled in or shapes removed. */
export function captureStacks(ctx: EditContext): StackPlan[] {
  const plans: StackPlan[] = [];
  for (const part of ctx.deck.slides) {
    for (const group of allShapes(ctx.pkg.xml(part).root)) {
      if (!isFilledStack(group)) continue;
      const area = childBoxOf(group);
      const outer = boxOf(group);
      if (!area || !outer) continue;
      const all: Member[] = [];
      for (const el of group.elements()) {
        const shape = memberShape(el);
        const box = shape && boxOf(shape);
        // A compact form is not a member of its own: it takes its original's place when applied.
        if (shape && box && compactLevel(shape) === undefined) all.push({ el, shape, box, bottom: hasMarker(shape, BOTTOM_MARKER), spare: hasMarker(shape, SPARE) });
      }
      const members = withSpares(all);
      const gapAfter = spareGaps(members);
      plans.push({ part, group, members, gapAfter, area, outer, compacts: compactForms(group) });
    }
  }
  // Inner stacks first: an outer stack then sees their final extent.
  return plans.reverse();
}

/**
 * The compact forms of a filled stack (not those of a filled stack inside it), each with its
 * original: the shape before it in its group that is neither a compact form nor a spare member.
 */
function compactForms(stack: XElement): Compact[] {
  const out: Compact[] = [];
  const walk = (group: XElement) => {
    let previous: XElement | undefined;
    for (const el of group.elements()) {
      const shape = memberShape(el);
      if (!shape) continue;
      const level = compactLevel(shape);
      if (level !== undefined) {
        if (previous) out.push({ form: shape, original: previous, level, applied: false });
        continue;
      }
      if (!hasMarker(shape, SPARE)) previous = shape;
      // `va:full:<n>`: a shape whose compact form is nothing (it goes at level n).
      const gone = compactLevel(shape, FULL);
      if (gone !== undefined) out.push({ form: undefined, original: shape, level: gone, applied: false });
      else if (shape.is(NS.p, 'grpSp') && !isFilledStack(shape)) walk(shape);
    }
  };
  walk(stack);
  return out;
}

/**
 * Members top to bottom. A spare member (`va:when:spare`) is designed hidden over its neighbours
 * (the template shows the page without it), so it goes by its place in the shape tree instead:
 * before the next member that is not spare.
 */
function withSpares(all: Member[]): Member[] {
  const sorted = all.filter((m) => !m.spare).sort((a, b) => a.box.y - b.box.y);
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i]!;
    if (!m.spare) continue;
    const next = all.slice(i + 1).find((n) => !n.spare);
    const at = next ? sorted.indexOf(next) : sorted.length;
    sorted.splice(at, 0, m);
  }
  return sorted;
}

/**
 * The designed gap after each member: the space to the next member; a spare member and the
 * member before it both take the gap between the neighbours that are not spare.
 */
function spareGaps(members: Member[]): number[] {
  const solid = members.filter((m) => !m.spare);
  const gapToNext = new Map<Member, number>();
  solid.forEach((m, i) => gapToNext.set(m, i + 1 < solid.length ? Math.max(0, solid[i + 1]!.box.y - (m.box.y + m.box.cy)) : 0));
  let last = 0;
  return members.map((m, i) => {
    if (i + 1 === members.length) return 0;
    if (!m.spare) last = gapToNext.get(m)!;
    return last;
  });
}

function attached(el: XElement, root: XElement): boolean {
  let n: XElement = el;
  while (n.parent) n = n.parent;
  return n === root;
}

function setOffY(shape: XElement, y: number): void {
  xfrmOf(shape)?.child(NS.a, 'off')?.setAttr('y', String(Math.round(y)));
}

function setHeight(shape: XElement, cy: number): void {
  xfrmOf(shape)?.child(NS.a, 'ext')?.setAttr('cy', String(Math.max(0, Math.round(cy))));
}

function members(group: XElement): XElement[] {
  return [...group.elements()].filter((c) => memberShape(c) !== undefined);
}

/**
 * Fits a group's box to its members (post-order), keeping its scale: a group that lost members
 * (a link row of the footer) is as tall as what is left in it.
 */
export function refit(group: XElement): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const c of members(group)) {
    const shape = memberShape(c)!;
    if (shape.is(NS.p, 'grpSp') && !isFilledStack(shape)) refit(shape);
    const b = boxOf(shape);
    if (!b) continue;
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.cx);
    y1 = Math.max(y1, b.y + b.cy);
  }
  const outer = boxOf(group);
  const inner = childBoxOf(group);
  const xfrm = xfrmOf(group);
  if (!Number.isFinite(x0) || !outer || !inner || !xfrm) return;
  const sx = inner.cx > 0 ? outer.cx / inner.cx : 1;
  const sy = inner.cy > 0 ? outer.cy / inner.cy : 1;
  const nx = outer.x + (x0 - inner.x) * sx;
  const ny = outer.y + (y0 - inner.y) * sy;
  xfrm.child(NS.a, 'chOff')!.setAttr('x', String(Math.round(x0))).setAttr('y', String(Math.round(y0)));
  xfrm.child(NS.a, 'chExt')!.setAttr('cx', String(Math.round(x1 - x0))).setAttr('cy', String(Math.round(y1 - y0)));
  xfrm.child(NS.a, 'off')!.setAttr('x', String(Math.round(nx))).setAttr('y', String(Math.round(ny)));
  xfrm.child(NS.a, 'ext')!.setAttr('cx', String(Math.round((x1 - x0) * sx))).setAttr('cy', String(Math.round((y1 - y0) * sy)));
}

/** `va:grow` text shapes inside a member (not inside a nested filled stack). */
function growShapes(shape: XElement): XElement[] {
  if (shape.is(NS.p, 'sp')) return hasMarker(shape, GROW_MARKER) && shape.child(NS.p, 'txBody') ? [shape] : [];
  if (!shape.is(NS.p, 'grpSp') || isFilledStack(shape)) return [];
  return members(shape).flatMap((c) => growShapes(memberShape(c)!));
}

interface Grow {
  shape: XElement;
  sizes: Sizes;
  /** The designed height (EMU, the shape's own coordinates). */
  designed: number;
  /** Slide scale of the shape's coordinates. */
  scale: { x: number; y: number };
  /** Columns chosen (1 or 2). */
  cols: number;
  /** Scale applied to the text sizes. */
  f: number;
  /** The template fixed its column count (a:bodyPr/@numCol): keep it. */
  fixedCols: boolean;
}

function bodyPr(shape: XElement): XElement | undefined {
  return shape.child(NS.p, 'txBody')?.child(NS.a, 'bodyPr');
}

function setColumns(g: Grow, cols: number): void {
  const bp = bodyPr(g.shape);
  if (!bp) return;
  if (cols > 1) {
    bp.setAttr('numCol', String(cols));
    if (!bp.attr('spcCol')) bp.setAttr('spcCol', String(DEFAULT_COLUMN_GAP * EMU_PER_PT));
  } else if (!g.fixedCols) {
    bp.removeAttr('numCol');
    bp.removeAttr('spcCol');
  }
  g.cols = cols;
}

/** Height (EMU, the shape's coordinates) the grow text needs at its width, in its columns. */
function neededHeight(part: string, g: Grow, measure: TextMeasure): { emu: number; maxLineChars: number; lines: number } {
  const ext = xfrmOf(g.shape)!.child(NS.a, 'ext')!;
  const cx = Number(ext.attr('cx'));
  // Narrower by the slack, so a renderer that breaks a line earlier still fits.
  ext.setAttr('cx', String(Math.round(cx * (1 - WIDTH_SLACK))));
  const m = measure.measure(part, g.shape, g.scale);
  ext.setAttr('cx', String(cx));
  if (!m) return { emu: Number(ext.attr('cy')), maxLineChars: 0, lines: 0 };
  const lines = m.prepared.layout.lines;
  const maxLineChars = Math.max(0, ...lines.map((l) => l.runs.reduce((n, r) => n + lineLength(r.text), 0)));
  let text = m.prepared.layout.height;
  if (g.cols > 1 && lines.length > 0) text = balancedHeight(lines, g.cols);
  const pt = text + m.insetHeight + (lines.length > 0 ? HEIGHT_SLACK_PT : 0);
  return { emu: Math.ceil((pt * EMU_PER_PT) / g.scale.y), maxLineChars, lines: lines.length };
}

/** The smallest column height that holds all lines in `cols` columns (columns fill in turn). */
function balancedHeight(lines: { top: number; height: number }[], cols: number): number {
  const total = lines[lines.length - 1]!.top + lines[lines.length - 1]!.height - lines[0]!.top;
  const fits = (h: number) => {
    let col = 1;
    let offset = lines[0]!.top;
    let used = false;
    for (const l of lines) {
      if (used && l.top + l.height - offset > h + 0.01) {
        col++;
        offset = l.top;
        if (col > cols) return false;
      }
      if (l.top + l.height - offset > h + 0.01) return false;
      used = true;
    }
    return true;
  };
  let lo = Math.max(...lines.map((l) => l.height));
  let hi = total;
  if (fits(lo)) return lo;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Stretches or moves the members of the groups between a grown shape and its stack member. */
function propagate(shape: XElement, oldBox: Box, delta: number, stop: XElement): void {
  let child = shape;
  let childOld = oldBox;
  let d = delta;
  for (let g = child.parent; g && g !== stop && g.is(NS.p, 'grpSp'); g = g.parent) {
    const bottom = childOld.y + childOld.cy;
    const tol = EMU_PER_PT;
    for (const c of members(g)) {
      const s = memberShape(c)!;
      if (s === child) continue;
      const b = boxOf(s);
      if (!b) continue;
      if (b.y >= bottom - tol) setOffY(s, b.y + d);
      else if (b.y <= childOld.y + tol && b.y + b.cy >= bottom - tol) setHeight(s, b.cy + d);
    }
    const before = boxOf(g)!;
    const inner = childBoxOf(g)!;
    const sy = inner.cy > 0 ? before.cy / inner.cy : 1;
    refit(g);
    child = g;
    childOld = before;
    d = d * sy;
  }
}

/** Characters of a shape's text (a:t), in order. */
function textNodes(shape: XElement): XElement[] {
  return [...shape.child(NS.p, 'txBody')!.descendants(NS.a, 't')];
}

/**
 * How many characters of the shape's text fit `availableEmu` (binary search on a truncated copy
 * of the text, at the smallest size tried); the text is restored afterwards.
 */
function charactersThatFit(part: string, g: Grow, availableEmu: number, measure: TextMeasure): { fit: number; total: number } {
  return longestFittingPrefix(textNodes(g.shape), () => neededHeight(part, g, measure).emu <= availableEmu);
}

/** What each handout extra prints, for W_EXTRA_LEFT_OUT. */
const EXTRA_WORDS: Record<string, string> = {
  'handout.writeIn': 'the write-in lines',
  'handout.helpPhone': 'the help line',
  'handout.privacy': 'the privacy statement',
  'handout.interpreter': 'the interpreter statement',
};

export interface LayoutOptions {
  /** The template's name in messages ("healthcare (en, Letter)", or the deck's file name). */
  template: string;
}

export function layoutStacks(ctx: EditContext, plans: StackPlan[], measure: TextMeasure, options: LayoutOptions): LayoutReport {
  const report: LayoutReport = { columns: 0, removed: 0, shrunk: 0, compacted: 0 };
  for (const plan of plans) layoutStack(ctx, plan, measure, options, report);
  return report;
}

function layoutStack(ctx: EditContext, plan: StackPlan, measure: TextMeasure, options: LayoutOptions, report: LayoutReport): void {
  const root = ctx.pkg.xml(plan.part).root;
  if (!attached(plan.group, root)) return;
  const { area } = plan;
  const firstBottom = plan.members.findIndex((m) => m.bottom);
  const isLive = (m: Member) => m.el.parent === plan.group;

  // Grow texts: their designed state, and the column count their measure asks for.
  const grows: Grow[] = [];
  for (const m of plan.members) {
    if (!isLive(m)) continue;
    for (const shape of growShapes(m.shape)) {
      const numCol = Number(bodyPr(shape)?.attr('numCol') ?? '1');
      const g: Grow = { shape, sizes: readSizes(shape), designed: boxOf(shape)!.cy, scale: groupScale(shape), cols: numCol > 1 ? numCol : 1, f: 1, fixedCols: numCol > 1 };
      if (!g.fixedCols) {
        const one = neededHeight(plan.part, g, measure);
        if (one.maxLineChars > MAX_LINE_CHARS && one.lines > 2) setColumns(g, 2);
      }
      grows.push(g);
    }
  }

  /** Sets every grow text to the height it needs; then the members' heights and the free space. */
  const arrange = () => {
    for (const g of grows) {
      if (!attached(g.shape, root)) continue;
      const before = boxOf(g.shape)!;
      const need = neededHeight(plan.part, g, measure).emu;
      setHeight(g.shape, need);
      const member = plan.members.find((m) => m.shape === g.shape || (m.shape.is(NS.p, 'grpSp') && g.shape !== m.shape && isInside(g.shape, m.shape)));
      if (member && member.shape !== g.shape) propagate(g.shape, before, need - before.cy, plan.group);
    }
    const live = plan.members.filter(isLive);
    for (const m of live) if (m.shape.is(NS.p, 'grpSp') && !isFilledStack(m.shape)) refit(m.shape);
    const heights = live.map((m) => boxOf(m.shape)!.cy);
    const gaps = live.map((m, i) => (i + 1 < live.length ? plan.gapAfter[plan.members.indexOf(m)]! : 0));
    const used = heights.reduce((a, b) => a + b, 0) + gaps.reduce((a, b) => a + b, 0);
    return { live, heights, gaps, free: area.cy - used };
  };

  let state = arrange();
  // 0. Spare members (contract section 9): shown only when everything fits with them, every text
  // at its own size; they give way before any text shrinks or any va:when:room member goes.
  const spares = plan.members.filter((m) => isLive(m) && m.spare);
  for (let i = spares.length - 1; i >= 0 && state.free < 0; i--) {
    removeShape(ctx.pkg, plan.part, spares[i]!.shape);
    state = arrange();
  }
  for (const m of spares) if (isLive(m)) showShape(m.shape);
  // ... then smaller text, half a point at a time, each size in the column count its lines ask
  // for and, failing that, in the other one.
  const shrink = () => {
    for (const g of grows) {
      if (state.free >= 0) break;
      const preferred = g.cols;
      const largest = Math.max(...g.sizes.sz.map((x) => x.value / 100), MIN_TEXT_PT);
      // The column count the lines ask for first, down to 9 pt (readable lines before a larger
      // size); only then the other count, from the text's own size again.
      for (const cols of g.fixedCols ? [preferred] : [preferred, preferred > 1 ? 1 : 2]) {
        setColumns(g, cols);
        for (let size = largest; size >= MIN_TEXT_PT - 1e-9 && state.free < 0; size -= 0.5) {
          g.f = size / largest;
          applyScale(g.sizes, g.f);
          state = arrange();
        }
        if (state.free >= 0) break;
      }
      if (state.free < 0 && !g.fixedCols) {
        setColumns(g, preferred);
        state = arrange();
      }
    }
  };
  // 5. Not enough room: the grow texts shrink first, down to 9 pt, so that the page keeps its
  // sections (a page without its panel leaves wide empty bands); only when that is not enough do
  // `va:when:room` members go (last first), the texts back at their size, then shrinking again.
  const designedCols = grows.map((g) => g.cols);
  if (state.free < 0) shrink();
  if (state.free < 0 && plan.members.some((m) => isLive(m) && hasMarker(m.shape, ROOM))) {
    grows.forEach((g, i) => {
      g.f = 1;
      applyScale(g.sizes, 1);
      setColumns(g, designedCols[i]!);
    });
    state = arrange();
    for (let i = plan.members.length - 1; i >= 0 && state.free < 0; i--) {
      const m = plan.members[i]!;
      if (!isLive(m) || !hasMarker(m.shape, ROOM)) continue;
      const extras = extrasShown(m.shape);
      removeShape(ctx.pkg, plan.part, m.shape);
      report.removed++;
      // The brand asked for these extras: say that the note took their place.
      if (extras.length > 0) {
        const what = extras.map((e) => `${EXTRA_WORDS[e] ?? 'the extra'} (${e})`).join(', ');
        const keep = extras.length > 1 ? 'them' : 'it';
        warn(ctx, 'W_EXTRA_LEFT_OUT', `${options.template}: ${what} left out: the additional information needs the room; shorten it to keep ${keep}`, plan.part);
      }
      state = arrange();
    }
    shrink();
  }
  // 6. Still not enough room: the compact forms (`va:compact:<n>`) take their originals' places,
  // level by level (all forms of a level at once, level 1 first), the texts starting again from
  // their own size each time.
  const levels = [...new Set(plan.compacts.map((c) => c.level))].sort((a, b) => a - b);
  for (const level of levels) {
    if (state.free >= 0) break;
    const forms = plan.compacts.filter((c) => c.level === level && attached(c.original, root));
    if (forms.length === 0) continue;
    for (const c of forms) applyCompact(ctx, plan, c);
    grows.forEach((g, i) => {
      g.f = 1;
      applyScale(g.sizes, 1);
      setColumns(g, designedCols[i]!);
    });
    report.compacted++;
    state = arrange();
    shrink();
  }
  // Compact forms that were not needed go: the page is the one the template shows.
  for (const c of plan.compacts) if (!c.applied && c.form && attached(c.form, root)) removeShape(ctx.pkg, plan.part, c.form);
  report.shrunk = grows.filter((g) => g.f < 1).length;
  report.columns = grows.filter((g) => g.cols > 1 && !g.fixedCols).length;
  if (state.free < 0) throw overflowError(ctx, plan, grows, state.free, measure, options);

  // 2–4. Place: top members from the top edge, the bottom block on the bottom edge, the free
  // space spread over the gaps in proportion to their designed size.
  const { live, gaps } = state;
  const heights = [...state.heights];
  let free = state.free;
  let bottomStart = live.findIndex((m) => plan.members.indexOf(m) >= firstBottom);
  if (bottomStart < 0) bottomStart = live.length;
  // Without a bottom block (a brand without links), the last member's content sits on the bottom
  // edge: the empty lines its text boxes keep for wider fonts hang below it.
  if (bottomStart === live.length && live.length > 0) {
    const slack = contentSlack(plan.part, live[live.length - 1]!.shape, measure);
    heights[live.length - 1] = heights[live.length - 1]! - slack;
    free += slack;
  }
  // The gaps that open: between the top members, and the one before the bottom block.
  const open = gaps.map((_, i) => i < bottomStart && (bottomStart < live.length || i < bottomStart - 1));
  const extra = spread(gaps, open, free);
  let y = area.y;
  for (let i = 0; i < bottomStart; i++) {
    moveTo(live[i]!.shape, y);
    y += heights[i]! + gaps[i]! + (extra[i] ?? 0);
  }
  let blockHeight = 0;
  for (let i = bottomStart; i < live.length; i++) blockHeight += heights[i]! + (i + 1 < live.length ? gaps[i]! : 0);
  y = area.y + area.cy - blockHeight;
  for (let i = bottomStart; i < live.length; i++) {
    moveTo(live[i]!.shape, y);
    y += heights[i]! + gaps[i]!;
  }
  // The stack keeps its designed box, outside and inside: an edit that removed a member (a footer
  // without links) may have fitted the group to what was left, which would scale it.
  const xfrm = xfrmOf(plan.group)!;
  xfrm.child(NS.a, 'chOff')!.setAttr('x', String(area.x)).setAttr('y', String(area.y));
  xfrm.child(NS.a, 'chExt')!.setAttr('cx', String(area.cx)).setAttr('cy', String(area.cy));
  xfrm.child(NS.a, 'off')!.setAttr('x', String(plan.outer.x)).setAttr('y', String(plan.outer.y));
  xfrm.child(NS.a, 'ext')!.setAttr('cx', String(plan.outer.cx)).setAttr('cy', String(plan.outer.cy));
  ctx.pkg.touch(plan.part);
}

/**
 * Free space over the open gaps, smallest first: every open gap grows to a common height (the
 * widest gap stays as small as it can be), gaps already taller keep their height.
 */
export function spread(gaps: readonly number[], open: readonly boolean[], free: number): number[] {
  const extra = gaps.map(() => 0);
  const idx = gaps.map((_, i) => i).filter((i) => open[i]);
  if (idx.length === 0 || free <= 0) return extra;
  const sorted = idx.map((i) => gaps[i]!).sort((a, b) => a - b);
  // The level L with sum(max(0, L - g)) = free.
  let level = sorted[0]! + free;
  let sum = 0;
  for (let k = 0; k < sorted.length; k++) {
    sum += sorted[k]!;
    const l = (free + sum) / (k + 1);
    if (k + 1 === sorted.length || l <= sorted[k + 1]!) {
      level = l;
      break;
    }
  }
  for (const i of idx) extra[i] = Math.max(0, level - gaps[i]!);
  return extra;
}

/**
 * Puts a compact form in its original's place: the original goes, the form is shown (a stack
 * member takes the original's place in the order, its gaps and its anchoring). A form whose
 * content was removed (`va:when:<field>` of a missing field) leaves the place empty.
 */
function applyCompact(ctx: EditContext, plan: StackPlan, c: Compact): void {
  const root = ctx.pkg.xml(plan.part).root;
  const i = plan.members.findIndex((m) => m.shape === c.original);
  const form = c.form && attached(c.form, root) ? c.form : undefined;
  if (i >= 0 && form) {
    const was = plan.members[i]!;
    const el = [...plan.group.elements()].find((e) => memberShape(e) === form) ?? form;
    plan.members[i] = { el, shape: form, box: boxOf(form)!, bottom: was.bottom || hasMarker(form, BOTTOM_MARKER), spare: false };
  }
  removeShape(ctx.pkg, plan.part, c.original);
  if (form) showShape(form);
  c.applied = true;
}

/** Shows a shape the template hid (p:cNvPr/@hidden). */
function showShape(shape: XElement): void {
  cNvPr(shape)?.removeAttr('hidden');
}

/** Whether a p:sp paints anything besides its text: a fill, an outline, or a theme style. */
function paintsBox(sp: XElement): boolean {
  const spPr = sp.child(NS.p, 'spPr');
  if (sp.child(NS.p, 'style')) return true;
  if (spPr && ['solidFill', 'gradFill', 'pattFill', 'blipFill'].some((f) => spPr.child(NS.a, f))) return true;
  const ln = spPr?.child(NS.a, 'ln');
  return !!ln && !ln.child(NS.a, 'noFill');
}

/**
 * How far a member's content ends above its box (child units of its stack): a text box that
 * paints nothing but its top-anchored text ends at its last line; any other shape at its box.
 */
function contentSlack(part: string, member: XElement, measure: TextMeasure): number {
  const box = slideBox(member);
  if (!box) return 0;
  const leaves = member.is(NS.p, 'grpSp') ? [...member.descendants()].filter((d) => isShape(d) && !d.is(NS.p, 'grpSp')) : [member];
  let ink = -Infinity;
  for (const leaf of leaves) {
    if (cNvPr(leaf)?.attr('hidden') === '1') continue;
    const b = slideBox(leaf);
    if (!b) continue;
    let end = b.y + b.cy;
    const body = leaf.child(NS.p, 'txBody');
    if (leaf.is(NS.p, 'sp') && body && !paintsBox(leaf)) {
      const anchor = body.child(NS.a, 'bodyPr')?.attr('anchor') ?? 't';
      const text = [...body.descendants(NS.a, 't')].map((t) => t.textContent()).join('');
      if (text.trim() === '') continue;
      const m = anchor === 't' ? measure.measure(part, leaf, groupScale(leaf)) : undefined;
      if (m) end = Math.min(end, b.y + Math.ceil((m.textHeight + m.insetHeight) * EMU_PER_PT));
    }
    ink = Math.max(ink, end);
  }
  if (!Number.isFinite(ink)) return 0;
  const slack = box.y + box.cy - ink;
  return slack > 0 ? slack / groupScale(member).y : 0;
}

function isInside(el: XElement, ancestor: XElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function moveTo(shape: XElement, y: number): void {
  if (isShape(shape)) setOffY(shape, y);
}

function overflowError(ctx: EditContext, plan: StackPlan, grows: Grow[], free: number, measure: TextMeasure, options: LayoutOptions): VaError {
  const g = grows[0];
  if (!g) {
    return new VaError('E_TEXT_OVERFLOW', `the content of ${options.template} is ${Math.ceil(-free / EMU_PER_PT)} pt taller than its page: it has no va:grow text to shrink`);
  }
  const fields = [...(fieldsOf(ctx, g.shape) ?? [])];
  const field = fields[0] ?? 'the text';
  const available = boxOf(g.shape)!.cy + free;
  const { fit, total } = charactersThatFit(plan.part, g, available, measure);
  const value = fields.length > 0 ? fieldLength(ctx, field) : total;
  const own = Math.max(0, total - value);
  const fitValue = Math.max(0, Math.min(value, fit - own));
  return new VaError(
    'E_TEXT_OVERFLOW',
    `${field} does not fit ${options.template} even at ${MIN_TEXT_PT} pt${g.cols > 1 ? ' in two columns' : ''}: ${fitValue} of its ${value} characters fit; shorten it by ${value - fitValue} characters`,
  );
}
