/**
 * Paragraph layout: atoms → lines by greedy filling of the available width (a word longer than
 * a line is broken inside), line heights as LibreOffice computes them for PPTX text (1.2 × the
 * largest size on the line, changed by a:lnSpc: see pptxLineBox in src/fonts), paragraph spacing (a:spcBef/a:spcAft), indents (marL, indent,
 * marR), tabs, alignment (l, ctr, r, just, dist) and bullets (a:buChar, a:buAutoNum).
 *
 * Coordinates: x from the left edge of the text area, y from the top of the text block.
 */
import type { Face } from '../../fonts/types.js';
import { pptxLineBox } from '../../fonts/index.js';
import type { LinkTarget } from '../ops.js';
import type { Rgba } from '../color/rgba.js';
import { AutoNumberer, autoNumberLabel } from './autonum.js';
import type { FontPicker } from './font-picker.js';
import { drawnText, isResetSpace, mirror, paragraphLevels, visualLabel, visualOrder, type ParagraphLevels } from './bidi.js';
import { autofitSize, countChars, hangWidth, isSpaceChar, itemize, measure, trailingWidth, type Atom, type Piece } from './itemize.js';
import type { Paragraph } from './paragraphs.js';
import type { ParaStyle, RunStyle, Spacing } from './props.js';
import type { TextStats } from './stats.js';
import { mapSymbolBullet } from './symbol-fonts.js';

/**
 * LibreOffice ignores a:spcBef on the first paragraph of a text body (measured: a 6 pt
 * space before moves nothing).
 */
export const SPACE_BEFORE_FIRST = false;

const EPS = 0.01;

export interface LayoutOptions {
  /** Width of the text area (box minus insets); Infinity when text does not wrap. */
  width: number;
  wrap: boolean;
  /** a:normAutofit fontScale and lnSpcReduction. */
  fontScale: number;
  lnSpcReduction: number;
  picker: FontPicker;
  stats: TextStats;
}

export interface PlacedRun {
  x: number;
  baseline: number;
  face: Face;
  size: number;
  text: string;
  width: number;
  charSpacing: number;
  color: Rgba | null;
  style: RunStyle;
  link: LinkTarget | undefined;
  fakeBold: boolean;
  fakeItalic: boolean;
  /** The line box the run sits in (for highlights and link areas). */
  lineTop: number;
  lineBottom: number;
  bullet: boolean;
  /**
   * The run's text in reading order, when `text` is drawn otherwise (a right-to-left run:
   * mirrored brackets, or reversed here): the tagged PDF's ActualText and structure text.
   */
  logical?: string;
}

export interface PlacedLine {
  top: number;
  height: number;
  baseline: number;
  /** Left edge and width of the line's ink (trailing spaces excluded). */
  x: number;
  width: number;
  runs: PlacedRun[];
  /** Index of the paragraph the line belongs to (for the tagged PDF's structure). */
  paragraph: number;
  /** The line ends between two words (a space that hangs, or a line break): text extraction needs a space here. */
  endSpace: boolean;
}

export interface TextLayout {
  lines: PlacedLine[];
  /** Height of the text block (first line top to last line bottom, paragraph spacing included). */
  height: number;
  /** Widest line, including its start offset. */
  width: number;
  /** True when a single character is wider than the available width. */
  overflowX: boolean;
  /** True when a word longer than a line was broken inside (between characters). */
  splitWord: boolean;
}

interface LineDraft {
  pieces: Piece[];
  width: number;
  trailing: number;
  startX: number;
  limit: number;
  endsWithBreak: boolean;
  breakStyle: RunStyle | undefined;
  /** True when a word was broken inside because it is longer than the line. */
  split: boolean;
}

export function layoutText(paragraphs: readonly Paragraph[], opts: LayoutOptions): TextLayout {
  const numberer = new AutoNumberer();
  const lines: PlacedLine[] = [];
  let y = 0;
  let maxWidth = 0;
  let overflowX = false;
  let splitWord = false;
  paragraphs.forEach((para, pi) => {
    const ps = para.style;
    const hasText = para.items.some((i) => i.kind === 'text');
    let maxSize = 0;
    for (const it of para.items) if (it.kind === 'text') maxSize = Math.max(maxSize, autofitSize(it.style.size, opts.fontScale));
    if (maxSize === 0) maxSize = autofitSize(para.endStyle.size, opts.fontScale);
    if (pi > 0 || SPACE_BEFORE_FIRST) y += spacingPts(ps.spcBef, maxSize);

    const autonum = ps.bullet.type.kind === 'autonum' && hasText ? { scheme: ps.bullet.type.scheme, startAt: ps.bullet.type.startAt } : undefined;
    const number = numberer.next(ps.level, autonum);
    const { atoms, text } = itemize(para, opts.picker, opts.fontScale, opts.stats);
    // Right-to-left text (bidi.ts): undefined for a left-to-right paragraph without any.
    const levels = paragraphLevels(text, ps.rtl);
    // Without wrapping lines never break, but they still align within the box's width.
    const avail = opts.width;
    // A right-to-left paragraph is laid out mirrored: its margin, indent and bullet (marL,
    // indent) on the right, which is its start; a:pPr@algn stays physical (algn="r" is
    // right-aligned, as PowerPoint and LibreOffice draw it), so l and r swap while mirrored.
    const mirrored = levels?.base === 1 && Number.isFinite(avail);
    const algn = mirrored ? (ps.algn === 'l' ? 'r' : ps.algn === 'r' ? 'l' : ps.algn) : ps.algn;
    const bullet = hasText ? makeBullet(para, ps, number, opts, levels?.base ?? 0) : undefined;
    const bulletX = Math.max(0, ps.marL + ps.indent);
    let firstStart = bullet ? ps.marL : Math.max(0, ps.marL + ps.indent);
    if (bullet && bulletX + bullet.width > firstStart) firstStart = bulletX + bullet.width;
    const drafts = breakLines(atoms, {
      startX: (n) => (n === 0 ? firstStart : ps.marL),
      limit: (n) => avail - ps.marR - (n === 0 ? firstStart : ps.marL),
      tabs: ps,
      marL: ps.marL,
      wrap: opts.wrap,
      hanging: ps.hangingPunct,
    });
    drafts.forEach((d, li) => {
      const lastOfPara = li === drafts.length - 1;
      const box = lineBox(d, para.endStyle, ps.lnSpc, opts);
      const top = y;
      const baseline = top + box.baseline;
      const inkWidth = d.width - d.trailing;
      if (d.split && d.limit < inkWidth - EPS) overflowX = true;
      if (d.split) splitWord = true;
      let x = d.startX;
      let extraPerSpace = 0;
      let extraPerChar = 0;
      const room = d.limit - inkWidth;
      const justify = (ps.algn === 'just' && !lastOfPara && !d.endsWithBreak) || ps.algn === 'dist';
      if (Number.isFinite(room)) {
        if (algn === 'ctr') x += room / 2;
        else if (algn === 'r') x += room;
        else if (justify && room > EPS) {
          const spaces = countSpaces(d);
          if (spaces > 0 && ps.algn !== 'dist') extraPerSpace = room / spaces;
          else {
            const gaps = countInk(d) - 1;
            if (gaps > 0) extraPerChar = room / gaps;
          }
        }
      }
      const runs: PlacedRun[] = [];
      const lineBottom = top + box.height;
      const lineWidth = justify && Number.isFinite(room) && room > 0 ? d.limit : inkWidth;
      // The physical left edge of the line's ink (x is its start, mirrored for rtl paragraphs).
      const left = mirrored ? avail - x - lineWidth : x;
      if (li === 0 && bullet) {
        const bx = algn === 'ctr' || algn === 'r' ? x - bullet.width : bulletX;
        runs.push({ ...bullet.run, x: mirrored ? avail - bx - bullet.run.width : bx, baseline, lineTop: top, lineBottom });
      }
      if (levels) {
        placeBidiLine(d, levels, left, { extraPerSpace, extraPerChar, baseline, lineTop: top, lineBottom }, runs);
      }
      let cursor = x;
      let inkLeft = countInk(d);
      for (const p of levels ? [] : d.pieces) {
        if (p.kind === 'tab') {
          cursor += p.width;
          continue;
        }
        const base: Omit<PlacedRun, 'x' | 'text' | 'width'> = {
          baseline: baseline - p.rise,
          face: p.face,
          size: p.size,
          charSpacing: p.spacing + extraPerChar,
          color: p.color,
          style: p.style,
          link: p.link,
          fakeBold: p.fakeBold,
          fakeItalic: p.fakeItalic,
          lineTop: top,
          lineBottom,
          bullet: false,
        };
        if (extraPerSpace > 0) {
          // Justified: every word is placed on its own, spaces widened.
          for (const part of p.text.split(/( )/)) {
            if (part === '') continue;
            const n = countChars(part);
            const w = measure(p.face, part, p.size, p.spacing);
            runs.push({ ...base, x: cursor, text: part, width: w });
            cursor += w;
            if (part === ' ' && inkLeft > 0) cursor += extraPerSpace;
            inkLeft -= n;
          }
          cursor += p.gap;
        } else {
          const n = countChars(p.text);
          const w = p.width - p.gap + extraPerChar * n;
          const prev = runs[runs.length - 1];
          if (prev && !prev.bullet && canMerge(prev, base) && Math.abs(prev.x + prev.width - cursor) < EPS) {
            // One run per style on a line: fewer text operations, kerning across words.
            prev.text += p.text;
            prev.width = measure(p.face, prev.text, p.size, p.spacing) + extraPerChar * countChars(prev.text);
          } else runs.push({ ...base, x: cursor, text: p.text, width: w });
          cursor += w + p.gap;
          inkLeft -= n;
        }
      }
      const trimmed = trimTrailingSpace(runs);
      // Words on either side of a line break are separate words to a reader: the tagged PDF
      // keeps a space there (not between CJK characters, which need none).
      const lastText = runs.length > 0 ? runs[runs.length - 1]!.text : '';
      const endSpace = !lastOfPara && (trimmed || (d.endsWithBreak && !/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]$/u.test(lastText)));
      lines.push({ top, height: box.height, baseline, x: left, width: lineWidth, runs, paragraph: pi, endSpace });
      maxWidth = Math.max(maxWidth, x + lineWidth + ps.marR);
      y += box.height;
    });
    y += spacingPts(ps.spcAft, maxSize);
  });
  return { lines, height: y, width: maxWidth, overflowX, splitWord };
}

/** The white space that ends a line is not drawn (nor underlined, nor linked). */
/** Removes the spaces at the end of a line (they hang); true when there were any. */
function trimTrailingSpace(runs: PlacedRun[]): boolean {
  let any = false;
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (r.bullet) return any;
    const trimmed = r.text.replace(/[ \u00a0\u3000\u2000-\u200a\u202f\u205f]+$/, '');
    if (trimmed === r.text) return any;
    any = true;
    if (trimmed === '') {
      runs.splice(i, 1);
      continue;
    }
    r.width = measure(r.face, trimmed, r.size, r.charSpacing);
    r.text = trimmed;
    if (r.logical !== undefined) r.logical = r.logical.replace(/[ \u00a0\u3000\u2000-\u200a\u202f\u205f]+$/, '');
    return any;
  }
  return any;
}

function canMerge(a: PlacedRun, b: Omit<PlacedRun, 'x' | 'text' | 'width'>, byValue = false): boolean {
  return (
    a.face === b.face &&
    a.size === b.size &&
    (a.style === b.style || (byValue && sameStyle(a.style, b.style))) &&
    a.baseline === b.baseline &&
    a.charSpacing === b.charSpacing &&
    (a.color === b.color || (byValue && sameRgba(a.color, b.color))) &&
    a.link === b.link &&
    a.fakeBold === b.fakeBold &&
    a.fakeItalic === b.fakeItalic
  );
}

const sameRgba = (a: Rgba | null | undefined, b: Rgba | null | undefined) => a === b || (!!a && !!b && a.r === b.r && a.g === b.g && a.b === b.b && a.a === b.a);

/** Two runs' properties (a:rPr as resolved) that draw the same: every field equal. */
function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return (
    a.size === b.size &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strike === b.strike &&
    sameRgba(a.color, b.color) &&
    a.latin === b.latin &&
    a.ea === b.ea &&
    a.cs === b.cs &&
    a.sym === b.sym &&
    a.baseline === b.baseline &&
    a.cap === b.cap &&
    a.spacing === b.spacing &&
    a.lang === b.lang &&
    sameRgba(a.highlight, b.highlight) &&
    sameRgba(a.underlineColor, b.underlineColor) &&
    (a.gradientFill ?? false) === (b.gradientFill ?? false)
  );
}

/** a:spcBef / a:spcAft in points: spcPct is a share of the paragraph's largest font size. */
export function spacingPts(s: Spacing, size: number): number {
  return s.kind === 'pts' ? s.value : s.value * size;
}

/**
 * The line box of a line: LibreOffice's PPTX rule for the largest size on it, tabs included (a cell 1.0 ×
 * size above the baseline and 0.2 × size below), extended by superscripts that reach above
 * that cell and subscripts that reach below it (measured: a 20 pt line with a 40 % subscript
 * is 6.3 pt taller, with a 30 % superscript no taller).
 */
function lineBox(d: LineDraft, endStyle: RunStyle, lnSpc: Spacing, opts: LayoutOptions): { height: number; baseline: number } {
  // Every character counts, a tab too: a line of one 24 pt tab and 18 pt text is a 24 pt line.
  let size = 0;
  for (const p of d.pieces) size = Math.max(size, p.lineSize);
  // An empty line takes its height from the line break's or the paragraph end's properties.
  if (size === 0) size = autofitSize((d.breakStyle ?? endStyle).size, opts.fontScale);
  const spacing = lnSpc.kind === 'pts' ? { points: lnSpc.value } : { factor: Math.max(0.01, lnSpc.value - opts.lnSpcReduction) };
  const box = pptxLineBox(size, spacing);
  let above = 0;
  let below = 0;
  for (const p of d.pieces) {
    if (p.kind !== 'text' || p.rise === 0) continue;
    above = Math.max(above, p.size + p.rise - size);
    below = Math.max(below, 0.2 * p.size - p.rise - 0.2 * size);
  }
  return { height: box.height + above + below, baseline: box.baseline + above };
}

/** Spaces of the line before its last visible character. */
function countSpaces(d: LineDraft): number {
  let n = 0;
  let pending = 0;
  for (const p of d.pieces) {
    if (p.kind === 'tab') continue;
    for (const ch of p.text) {
      if (isSpaceChar(ch)) pending++;
      else {
        n += pending;
        pending = 0;
      }
    }
  }
  return n;
}

/** Characters of the line up to its last visible one. */
function countInk(d: LineDraft): number {
  let n = 0;
  let pending = 0;
  for (const p of d.pieces) {
    if (p.kind === 'tab') continue;
    for (const ch of p.text) {
      if (ch.codePointAt(0)! < 0x20) continue;
      pending++;
      if (!isSpaceChar(ch)) {
        n += pending;
        pending = 0;
      }
    }
  }
  return n;
}

interface BreakEnv {
  startX(line: number): number;
  limit(line: number): number;
  tabs: Pick<ParaStyle, 'tabs' | 'defTab'>;
  /** a:pPr marL: a tab before it (a hanging first line) stops there first. */
  marL: number;
  wrap: boolean;
  hanging: boolean;
}

function breakLines(atoms: Atom[], env: BreakEnv): LineDraft[] {
  const drafts: LineDraft[] = [];
  const newLine = (): LineDraft => {
    const n = drafts.length;
    return { pieces: [], width: 0, trailing: 0, startX: env.startX(n), limit: env.limit(n), endsWithBreak: false, breakStyle: undefined, split: false };
  };
  let line = newLine();
  const finish = () => {
    line.trailing = trailingWidth(line.pieces);
    drafts.push(line);
    line = newLine();
  };
  // Atoms in order, and the tail of a word split across lines (no array shifting: linear).
  let next = 0;
  let pending: Atom | undefined;
  while (pending || next < atoms.length) {
    const atom = pending ?? atoms[next++]!;
    pending = undefined;
    if (atom.forced) {
      line.endsWithBreak = true;
      line.breakStyle = atom.forced;
      finish();
      // The line after a break takes the break's properties if it stays empty.
      line.breakStyle = atom.forced;
      continue;
    }
    const placed = withTabs(atom, line, env);
    const visible = placed.width - placed.trailing - (env.hanging ? placed.hang : 0);
    if (!env.wrap || line.width + visible <= line.limit + EPS) {
      add(line, placed);
    } else if (line.pieces.length === 0) {
      // A word longer than the line: break it inside.
      const [head, tail] = splitAtom(placed, line.limit);
      add(line, head);
      line.split = true;
      if (tail) {
        finish();
        pending = tail;
      }
    } else {
      finish();
      pending = atom;
    }
  }
  if (line.pieces.length > 0 || drafts.length === 0 || line.breakStyle) finish();
  return drafts;
}

function add(line: LineDraft, atom: Atom): void {
  line.pieces.push(...atom.pieces);
  line.width += atom.width;
}

/** Gives an atom's tab pieces their width at the position the atom would take on `line`. */
function withTabs(atom: Atom, line: LineDraft, env: BreakEnv): Atom {
  if (!atom.pieces.some((p) => p.kind === 'tab')) return atom;
  let x = line.startX + line.width;
  const pieces = atom.pieces.map((p) => {
    if (p.kind !== 'tab') {
      x += p.width;
      return p;
    }
    // The hanging indent is a tab stop of its own, as PowerPoint (and Word) treat it: a first
    // line that starts left of marL (a:pPr indent < 0, no bullet) tabs to marL.
    const next = x + EPS < env.marL ? Math.min(env.marL, nextTabStop(x, env.tabs)) : nextTabStop(x, env.tabs);
    const w = Math.max(0, next - x);
    x += w;
    return { ...p, width: w };
  });
  let width = 0;
  for (const p of pieces) width += p.width;
  return { pieces, width, trailing: trailingWidth(pieces), hang: atom.hang };
}

function nextTabStop(x: number, tabs: Pick<ParaStyle, 'tabs' | 'defTab'>): number {
  for (const t of tabs.tabs) if (t.pos > x + EPS) return t.pos;
  const last = tabs.tabs.length > 0 ? tabs.tabs[tabs.tabs.length - 1]!.pos : 0;
  const base = Math.max(last, 0);
  const step = tabs.defTab;
  return base + (Math.floor((x - base) / step + EPS) + 1) * step;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `text` has more than `n` code points (reading at most 2n UTF-16 units). */
function moreCodePointsThan(text: string, n: number): boolean {
  if (text.length <= n) return false;
  if (text.length > 2 * n) return true;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isLowSurrogate(text.charCodeAt(i)) || i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) count++;
  return count > n;
}

/** Splits an atom so that the head fits `limit` (at least one character goes to the head). */
function splitAtom(atom: Atom, limit: number): [Atom, Atom | undefined] {
  const head: Piece[] = [];
  let width = 0;
  for (let pi = 0; pi < atom.pieces.length; pi++) {
    const p = atom.pieces[pi]!;
    if (width + p.width <= limit + EPS) {
      head.push(p);
      width += p.width;
      continue;
    }
    // The head is read code point by code point from the start, and the text is never spread
    // whole: a 50,000-character word split into thousands of short lines spread its tail into
    // an array at every line (quadratic: 40 s for one text box; the fuzzer's hang).
    const text = p.text;
    const cpAt = (i: number) => String.fromCodePoint(text.codePointAt(i)!);
    const prevStart = (i: number) => (i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2)) ? i - 2 : i - 1);
    let end = 0;
    let w = 0;
    for (const ch of text) {
      const next = measure(p.face, text.slice(0, end + ch.length), p.size, p.spacing);
      if (width + next > limit + EPS) break;
      w = next;
      end += ch.length;
    }
    // Never split before a combining mark or leave the head empty.
    while (end > 0 && end < text.length && /\p{M}/u.test(cpAt(end))) end = prevStart(end);
    if (end === 0 && head.length === 0) {
      end = cpAt(0).length;
      while (end < text.length && /\p{M}/u.test(cpAt(end))) end += cpAt(end).length;
      w = measure(p.face, text.slice(0, end), p.size, p.spacing);
    }
    if (end > 0) {
      head.push(withText(p, text.slice(0, end), w));
      width += w;
    }
    const rest: Piece[] = [];
    if (end < text.length) {
      const restText = text.slice(end);
      // A tail much longer than the line is split again: its width needs no exact measure
      // (measuring every tail of a long word again would make splitting it quadratic).
      const approx = p.width - w;
      const restWidth = approx > 4 * limit && moreCodePointsThan(restText, 256) ? approx : measure(p.face, restText, p.size, p.spacing);
      rest.push(withText(p, restText, restWidth, end));
    }
    rest.push(...atom.pieces.slice(pi + 1));
    const tailWidth = rest.reduce((s, r) => s + r.width, 0);
    return [
      { pieces: head, width, trailing: trailingWidth(head), hang: hangWidth(head) },
      rest.length > 0 ? { pieces: rest, width: tailWidth, trailing: trailingWidth(rest), hang: hangWidth(rest) } : undefined,
    ];
  }
  return [{ pieces: head, width, trailing: trailingWidth(head), hang: hangWidth(head) }, undefined];
}

function withText(p: Piece, text: string, width: number, skip = 0): Piece {
  return { ...p, text, width, offset: p.offset + skip };
}

interface Bullet {
  width: number;
  run: Omit<PlacedRun, 'x' | 'baseline' | 'lineTop' | 'lineBottom'>;
}

function makeBullet(para: Paragraph, ps: ParaStyle, number: number | undefined, opts: LayoutOptions, base: 0 | 1): Bullet | undefined {
  const b = ps.bullet;
  if (b.type.kind === 'none') return undefined;
  const first = para.items.find((i) => i.kind === 'text')!;
  const runStyle = first.style;
  let ch: string;
  let family: string | undefined = b.font;
  if (b.type.kind === 'blip') {
    // A picture bullet (a:buBlip) is drawn as a round bullet (reported by text-body.ts).
    ch = '•';
  } else if (b.type.kind === 'char') {
    const mapped = mapSymbolBullet(b.font, b.type.char);
    ch = mapped.ch;
    family = mapped.font;
  } else {
    // A number in a right-to-left paragraph reads "1." from the right: ".1" on the page.
    ch = visualLabel(autoNumberLabel(b.type.scheme, number ?? b.type.startAt), base);
  }
  if (ch === '') return undefined;
  const textSize = autofitSize(runStyle.size, opts.fontScale);
  const size = b.size === undefined ? textSize : b.size.kind === 'pct' ? textSize * b.size.value : autofitSize(b.size.value, opts.fontScale);
  const cp = ch.codePointAt(0)!;
  const style: RunStyle = { ...runStyle, underline: 'none', strike: 'noStrike', baseline: 0, spacing: 0, highlight: undefined };
  let face = opts.picker.face(family || runStyle.latin || 'Calibri', { bold: runStyle.bold, italic: false }, true);
  if (!face.hasGlyph(cp)) face = opts.picker.faceFor(cp, style);
  let width = measure(face, ch, size, 0);
  const textWidth = width;
  // A numbered bullet keeps a small gap to the text, as PowerPoint does.
  if (b.type.kind === 'autonum') width += size * 0.25;
  return {
    width,
    run: {
      face,
      size,
      text: ch,
      width: textWidth,
      charSpacing: 0,
      color: b.color ?? runStyle.color,
      style,
      link: undefined,
      fakeBold: runStyle.bold && !face.native.bold,
      fakeItalic: false,
      bullet: true,
    },
  };
}

interface LineGeometry {
  extraPerSpace: number;
  extraPerChar: number;
  baseline: number;
  lineTop: number;
  lineBottom: number;
}

/** A stretch of one piece at one embedding level (bidi.ts), in logical order. */
interface Segment {
  piece: Piece;
  /** Logical text (a slice of the piece's). */
  text: string;
  level: number;
  /** White space that ends the line (rule L1): outside the ink, trimmed when drawn. */
  trailing: boolean;
  /** The text to draw (bidi.ts drawnText) and whether the shaper reverses it. */
  drawn: string;
  shaped: boolean;
  /** Left edge, drawn width, and advance (widened spaces and autospace included). */
  x: number;
  width: number;
  advance: number;
}

/**
 * The runs of one line of a paragraph with right-to-left text: the line's pieces cut into
 * runs of one embedding level (rule L1 for the white space that ends the line and before
 * tabs), put in visual order (rule L2) from the line's physical left edge `left`, and
 * returned in logical order (the tagged PDF's reading order), each at its visual position.
 */
function placeBidiLine(d: LineDraft, para: ParagraphLevels, left: number, g: LineGeometry, runs: PlacedRun[]): void {
  const { levels, base } = para;
  // Per code point of the line, in logical order: its piece and level.
  const units: { p: number; ch: string; level: number; trailing: boolean }[] = [];
  d.pieces.forEach((p, pi) => {
    if (p.kind === 'tab') {
      units.push({ p: pi, ch: '\t', level: base, trailing: false });
      return;
    }
    let at = 0;
    for (const ch of p.text) {
      units.push({ p: pi, ch, level: levels[p.offset + at] ?? base, trailing: false });
      at += ch.length;
    }
  });
  // L1: white space before a tab or at the end of the line takes the paragraph's level.
  let reset = true;
  let tail = true;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.ch === '\t') {
      reset = true;
      tail = false;
    } else if (reset && isResetSpace(u.ch)) {
      u.level = base;
      u.trailing = tail;
    } else reset = tail = false;
  }
  const segs: Segment[] = [];
  for (const u of units) {
    const last = segs[segs.length - 1];
    const piece = d.pieces[u.p]!;
    if (last && last.piece === piece && piece.kind === 'text' && last.level === u.level && last.trailing === u.trailing) last.text += u.ch;
    else segs.push({ piece, text: piece.kind === 'tab' ? '' : u.ch, level: u.level, trailing: u.trailing, drawn: '', shaped: false, x: 0, width: 0, advance: 0 });
  }
  const lastOfPiece = new Map<Piece, Segment>();
  for (const s of segs) {
    lastOfPiece.set(s.piece, s);
    const p = s.piece;
    if (p.kind === 'tab') {
      s.width = s.advance = p.width;
      continue;
    }
    const drawn = drawnText(s.text, s.level);
    s.drawn = drawn.text;
    s.shaped = drawn.shaped;
    s.width = measure(p.face, s.drawn, p.size, p.spacing) + g.extraPerChar * countChars(s.drawn);
    s.advance = s.width + (g.extraPerSpace > 0 && !s.trailing ? (s.text.match(/ /g)?.length ?? 0) * g.extraPerSpace : 0);
  }
  // Autospace after a piece goes with its last character.
  for (const [p, s] of lastOfPiece) if (p.kind === 'text') s.advance += p.gap;
  // The line's trailing white space sits outside its ink: on the left in a right-to-left paragraph.
  let cursor = left;
  if (base === 1) for (const s of segs) if (s.trailing) cursor -= s.advance;
  for (const i of visualOrder(segs.map((s) => s.level))) {
    const s = segs[i]!;
    s.x = cursor;
    cursor += s.advance;
  }
  let lastSeg: Segment | undefined;
  for (const s of segs) {
    const p = s.piece;
    if (p.kind === 'tab' || s.text === '') continue;
    const odd = s.level % 2 === 1;
    const style: Omit<PlacedRun, 'x' | 'text' | 'width'> = {
      baseline: g.baseline - p.rise,
      face: p.face,
      size: p.size,
      charSpacing: p.spacing + g.extraPerChar,
      color: p.color,
      style: p.style,
      link: p.link,
      fakeBold: p.fakeBold,
      fakeItalic: p.fakeItalic,
      lineTop: g.lineTop,
      lineBottom: g.lineBottom,
      bullet: false,
    };
    const measureWord = (w: string) => measure(p.face, w, p.size, p.spacing) + g.extraPerChar * countChars(w);
    if (g.extraPerSpace > 0 && !s.trailing) {
      // Justified: every word on its own, spaces widened. A shaped right-to-left run is placed
      // word by word from its right edge, in reading order; other runs from the left.
      let pos = s.shaped ? s.x + s.advance : s.x;
      for (const w of s.drawn.split(/( )/)) {
        if (w === '') continue;
        const width = measureWord(w);
        const advance = width + (w === ' ' ? g.extraPerSpace : 0);
        if (s.shaped) pos -= advance;
        const logical = s.shaped ? mirror(w) : mirror([...w].reverse().join(''));
        runs.push({ ...style, x: pos, text: w, width, ...(odd && (s.shaped || logical !== w) ? { logical } : {}) });
        if (!s.shaped) pos += advance;
      }
      lastSeg = undefined;
      continue;
    }
    const prev = runs[runs.length - 1];
    // One run per style and level where the pieces touch: fewer text operations, kerning and
    // Arabic joining across words. A right-to-left run grows to the left (its right edge stays).
    // Shaped right-to-left text also joins the next a:r whose properties draw the same (a word
    // split over two runs, as a spelling check splits them, keeps its letters joined, as
    // PowerPoint and LibreOffice draw it); left-to-right runs stay apart.
    const rtlShaped = odd && s.shaped && lastSeg?.shaped === true;
    const joins =
      prev !== undefined && lastSeg !== undefined && !prev.bullet && canMerge(prev, style, rtlShaped) && lastSeg.level === s.level &&
      (odd ? s.shaped && lastSeg.shaped && Math.abs(s.x + s.width - prev.x) < EPS : Math.abs(prev.x + prev.width - s.x) < EPS);
    if (prev && joins) {
      const right = prev.x + prev.width;
      prev.text += s.drawn;
      prev.width = measureWord(prev.text);
      if (odd) {
        prev.logical = (prev.logical ?? '') + s.text;
        prev.x = right - prev.width;
      }
      continue;
    }
    // The logical text where the drawing order differs from it (shaped right-to-left text
    // comes out of the shaper reversed; mirrored or reversed neutrals).
    runs.push({ ...style, x: s.x, text: s.drawn, width: s.width, ...(odd && (s.shaped || s.drawn !== s.text) ? { logical: s.text } : {}) });
    lastSeg = s;
  }
}
