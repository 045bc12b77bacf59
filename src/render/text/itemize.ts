/**
 * Paragraph text → atoms: the unbreakable stretches between line break opportunities, each made
 * of pieces that share one face, size and run (so each piece is shaped once and drawn as one
 * text run). Capitals (a:rPr@cap), superscript/subscript (a:rPr@baseline), character spacing
 * (a:rPr@spc) and autofit font scaling are applied here, and two LibreOffice rules for CJK
 * text: a quarter of an em between Chinese/Japanese/Korean and Latin letters or digits
 * ("autospace", measured: 2.4 pt at 9.5 pt), and CJK commas and full stops that may hang past
 * the end of a line (a:pPr@hangingPunct).
 */
import type { Face } from '../../fonts/types.js';
import type { LinkTarget } from '../ops.js';
import type { Rgba } from '../color/rgba.js';
import { textWidth } from '../../text/advances.js';
import { isCjkCodePoint } from '../../fonts/script.js';
import { breakOpportunities } from '../../text/line-break.js';
import { isComplexScript, type FontPicker } from './font-picker.js';
import type { Paragraph } from './paragraphs.js';
import type { RunStyle } from './props.js';
import type { TextStats } from './stats.js';

/** Size of superscript/subscript text relative to the run (LibreOffice's default, 58 %). */
export const SCRIPT_SIZE = 0.58;
/** Size of the lower-case letters of small capitals. */
export const SMALL_CAPS_SIZE = 0.8;

export interface Piece {
  kind: 'text' | 'tab';
  text: string;
  /** Measured width: Face.measure plus character spacing. */
  width: number;
  face: Face;
  size: number;
  /** The run's size before superscript/small-caps reduction (sets the line height). */
  lineSize: number;
  /** Extra advance after each character (a:rPr@spc), points. */
  spacing: number;
  style: RunStyle;
  color: Rgba | null;
  link: LinkTarget | undefined;
  /** Baseline shift upwards (superscript > 0), in points. */
  rise: number;
  /** Extra space after the piece (CJK/Latin autospace), included in `width`. */
  gap: number;
  fakeBold: boolean;
  fakeItalic: boolean;
  /** Where the piece's text starts in the paragraph's text (UTF-16 offset; see Itemized.text). */
  offset: number;
}

export interface Atom {
  pieces: Piece[];
  width: number;
  /** Width of the trailing white space (not counted when the atom ends a line). */
  trailing: number;
  /** Width of trailing hanging punctuation (may pass the line end when hanging is on). */
  hang: number;
  /** Set on a forced line break (a:br): its run style gives an empty line its height. */
  forced?: RunStyle;
}

interface Ch {
  ch: string;
  /** Autospace after this character (points). */
  gap: number;
  item: number;
  style: RunStyle;
  size: number;
  lineSize: number;
  rise: number;
  face: Face;
  link: LinkTarget | undefined;
  offset: number;
}

/** A paragraph's atoms and its text as laid out (capitals applied, a:br as U+2028), for bidi.ts. */
export interface Itemized {
  atoms: Atom[];
  text: string;
}

const SPACE_RE = /^[ \u00a0\u3000\u2000-\u200a\u202f\u205f]$/;

/**
 * A text size under a saved a:normAutofit fontScale: PowerPoint paints the scaled size at the
 * nearest whole point, halves up (a native PowerPoint probe published in
 * developer0hye/office2pdf#1655: 22 pt at 62.5 % paints 14 pt, 35 pt at 70 % 25 pt, 22 pt at 75 %
 * 17 pt, 36 pt at 90 % 32 pt). PowerPoint's own thumbnails agree: poi aptia's 36 pt title at
 * 62.5 % breaks into three lines as at 23 pt (two at 22.5 pt), poi pptx2svg's 16 pt text at 85 %
 * into four as at 14 pt (three at 13.6 pt). Unscaled sizes are left as they are.
 */
export function autofitSize(size: number, scale: number): number {
  if (scale === 1) return size;
  return Math.max(1, Math.floor(size * scale + 0.5 + 1e-9));
}

/** The atoms of a paragraph; `scale` is the autofit font scale. */
export function itemize(para: Paragraph, picker: FontPicker, scale: number, stats: TextStats): Itemized {
  const atoms: Atom[] = [];
  let text = '';
  let chars: Ch[] = [];
  const flush = () => {
    if (chars.length > 0) for (const atom of atomsOf(chars)) atoms.push(atom);
    chars = [];
  };
  const complexWeak = weakInComplexText(para);
  para.items.forEach((item, index) => {
    if (item.kind === 'br') {
      flush();
      atoms.push({ pieces: [], width: 0, trailing: 0, hang: 0, forced: item.style });
      text += '\u2028';
      return;
    }
    const st = item.style;
    const runText = st.cap === 'all' ? item.text.toUpperCase() : item.text;
    const baseSize = autofitSize(st.size, scale);
    const scripted = st.baseline !== 0;
    let prevFace: Face | undefined;
    let count = 0;
    const weak = complexWeak?.[index];
    let at = 0;
    for (const original of runText) {
      // A weak character in complex-script text: the run's a:cs face, or (no a:cs) the face of
      // the letter that gives it its script (the fallback that draws the Arabic or Hebrew).
      const context = weak?.[at++] ?? 0;
      const csFamily = context && st.cs ? st.cs : undefined;
      const contextFace = context && !st.cs ? picker.faceFor(context, st, undefined, false) : undefined;
      let ch = original;
      let size = scripted ? baseSize * SCRIPT_SIZE : baseSize;
      if (st.cap === 'small' && ch !== ch.toUpperCase()) {
        ch = ch.toUpperCase();
        size *= SMALL_CAPS_SIZE;
      }
      for (const c of ch) {
        const cp = c.codePointAt(0)!;
        // White space and combining marks stay in the face of the character before them.
        const keep = prevFace && (SPACE_RE.test(c) || c === '\t' || (cp >= 0x300 && cp <= 0x36f)) && (c === '\t' || prevFace.hasGlyph(cp));
        const face = keep ? prevFace! : contextFace?.hasGlyph(cp) ? contextFace : picker.faceFor(cp, st, csFamily);
        prevFace = face;
        chars.push({ ch: c, gap: 0, item: index, style: st, size, lineSize: baseSize, rise: st.baseline * baseSize, face, link: item.link, offset: text.length });
        text += c;
        count++;
      }
    }
    const lang = st.lang;
    if (lang) stats.langs.set(lang, (stats.langs.get(lang) ?? 0) + count);
  });
  flush();
  return { atoms, text };
}

const COMPLEX_RE = /[\u0590-\u08ff\u0900-\u0eff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * LibreOffice's script of "weak" characters (digits, punctuation, spaces, symbols: no script of
 * their own): that of the strong character before them in the paragraph, or after them at its
 * start. In Arabic or Hebrew text they take the run's a:cs typeface ("08", ":" and "–" in an
 * Arabic sentence are drawn in its Arabic font, not its Latin one). For each text item, per
 * code point: where a weak character sits in complex-script text, the code point of the letter
 * that gives it its script; else 0. Undefined when the
 * paragraph has no complex-script character (nothing changes: the fast path). CJK context is
 * left out: East Asian text keeps the Latin face for its digits, as before.
 */
function weakInComplexText(para: Paragraph): number[][] | undefined {
  if (!para.items.some((i) => i.kind === 'text' && COMPLEX_RE.test(i.text))) return undefined;
  // A letter's code point when it is of a complex script, -1 for other letters, 0 for weak characters.
  const cls = (ch: string): number => {
    if (!/[\p{L}]/u.test(ch)) return 0;
    const cp = ch.codePointAt(0)!;
    return isComplexScript(cp) ? cp : -1;
  };
  let first = 0;
  for (const item of para.items) {
    if (item.kind !== 'text') continue;
    for (const ch of item.text) if ((first = cls(ch)) !== 0) break;
    if (first !== 0) break;
  }
  let context = first;
  return para.items.map((item) => {
    if (item.kind !== 'text') return [];
    const out: number[] = [];
    for (const ch of item.text) {
      const c = cls(ch);
      if (c !== 0) context = c;
      out.push(c === 0 && context > 0 ? context : 0);
    }
    return out;
  });
}

function atomsOf(chars: Ch[]): Atom[] {
  autospace(chars);
  const breaks = breakOpportunities(chars.map((c) => c.ch));
  const atoms: Atom[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || breaks[i]) {
      atoms.push(atomOf(chars, start, i));
      start = i;
    }
  }
  return atoms;
}

function atomOf(chars: Ch[], from: number, to: number): Atom {
  const pieces: Piece[] = [];
  let i = from;
  while (i < to) {
    const c = chars[i]!;
    if (c.ch === '\t') {
      pieces.push(makePiece('tab', '\t', c));
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && chars[j - 1]!.gap === 0) {
      const d = chars[j]!;
      if (d.ch === '\t' || d.item !== c.item || d.face !== c.face || d.size !== c.size) break;
      j++;
    }
    let text = '';
    for (let k = i; k < j; k++) text += chars[k]!.ch;
    pieces.push(makePiece('text', text, c, chars[j - 1]!.gap));
    i = j;
  }
  let width = 0;
  for (const p of pieces) width += p.width;
  return { pieces, width, trailing: trailingWidth(pieces), hang: hangWidth(pieces) };
}

/** CJK commas and full stops, which hang past the line end (LibreOffice's set). */
const HANGING = /[、。，．｡､]$/;

/** Width of a trailing hanging punctuation mark. */
export function hangWidth(pieces: readonly Piece[]): number {
  const last = pieces[pieces.length - 1];
  if (last?.kind !== 'text' || !HANGING.test(last.text)) return 0;
  const mark = [...last.text].at(-1)!;
  return measure(last.face, mark, last.size, last.spacing);
}

/** Whether a character is CJK ('a', full-width punctuation included), Latin-like ('w') or weak (''). */
function scriptClass(ch: string): 'a' | 'w' | '' {
  if (isCjkCodePoint(ch.codePointAt(0)!)) return 'a';
  if (/[\p{L}\p{N}]/u.test(ch)) return 'w';
  return '';
}

/**
 * LibreOffice's "space between Asian and non-Asian text": a quarter of the font size between
 * CJK and Latin letters or digits. Weak characters (spaces, brackets, ASCII punctuation) take
 * the script of the next strong character (measured: "提示：{{additional" gets its space
 * between "：" and "{{").
 */
function autospace(chars: Ch[]): void {
  const cls: ('a' | 'w' | '')[] = chars.map((c) => scriptClass(c.ch));
  let next: 'a' | 'w' | '' = '';
  for (let i = cls.length - 1; i >= 0; i--) {
    if (cls[i] === '') cls[i] = next;
    else next = cls[i]!;
  }
  for (let i = 1; i < chars.length; i++) {
    if (cls[i] !== '' && cls[i - 1] !== '' && cls[i] !== cls[i - 1]) chars[i - 1]!.gap = chars[i - 1]!.size / 4;
  }
}

function makePiece(kind: Piece['kind'], text: string, c: Ch, gap = 0): Piece {
  const face = c.face;
  const st = c.style;
  return {
    kind,
    text,
    gap,
    width: kind === 'tab' ? 0 : measure(face, text, c.size, st.spacing) + gap,
    face,
    size: c.size,
    lineSize: c.lineSize,
    spacing: st.spacing,
    style: st,
    color: st.color,
    link: c.link,
    rise: c.rise,
    fakeBold: st.bold && !face.native.bold,
    fakeItalic: st.italic && !face.native.italic,
    offset: c.offset,
  };
}

/** Width of `text` as laid out (advances.ts: LibreOffice's reference-device advances), spacing included. */
export function measure(face: Face, text: string, size: number, spacing: number): number {
  return textWidth(face, text, size, spacing);
}

/** Characters that advance (controls take no space). */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.codePointAt(0)! >= 0x20) n++;
  return n;
}

/** Width of white space (and autospace) at the end of a list of pieces. */
export function trailingWidth(pieces: readonly Piece[]): number {
  let w = 0;
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p]!;
    if (piece.kind === 'tab') return w;
    w += piece.gap;
    const trimmed = piece.text.replace(TRAILING_SPACE_RE, '');
    if (trimmed.length === piece.text.length) return w;
    w += piece.width - piece.gap - measure(piece.face, trimmed, piece.size, piece.spacing);
    if (trimmed.length > 0) return w;
  }
  return w;
}

const TRAILING_SPACE_RE = /[ \u00a0\u3000\u2000-\u200a\u202f\u205f]+$/;

export function isSpaceChar(ch: string): boolean {
  return SPACE_RE.test(ch);
}
