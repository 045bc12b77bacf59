/**
 * Measures how tall the text of a shape (p:sp/p:txBody) is when laid out in its box, with real
 * font metrics (FontRegistry / Face.measure), the way LibreOffice lays out PPTX text:
 * a:bodyPr insets (lIns/tIns/rIns/bIns, default 0.1 in / 0.05 in) and wrap, paragraph margins
 * (a:pPr marL/indent), spacing (a:spcBef/a:spcAft, a:lnSpc; single spacing is 1.2 × size),
 * greedy line breaking at spaces (any CJK character is a break opportunity), words longer than
 * a line broken between characters. Characters the run's face lacks are measured with the face
 * the registry falls back to (Noto Sans SC for Chinese).
 */
import type { Face, FaceStyle, FontRegistry } from '../fonts/types.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { isCjkCodePoint } from '../fonts/script.js';
import { textWidth } from '../text/advances.js';
import { capTexts } from '../text/limits.js';
import { breakOpportunities } from '../text/line-break.js';

export const EMU_PER_PT = 12700;

/** Theme fonts a text body resolves `+mj-lt`, `+mn-ea`... against. */
export interface TextThemeFonts {
  major: { latin: string; ea: string };
  minor: { latin: string; ea: string };
}

export interface RunStyle {
  /** Size in points as written (before any fitting scale). */
  size: number;
  latin: string;
  ea: string;
  bold: boolean;
  italic: boolean;
}

export type Piece = { text: string; style: RunStyle };

export interface ParagraphModel {
  pieces: Piece[];
  /** Size of the paragraph mark (a:endParaRPr), for empty paragraphs. */
  endSize: number;
  marL: number;
  indent: number;
  spcBef: { pts: number } | { pct: number };
  spcAft: { pts: number } | { pct: number };
  lnSpc: { factor: number } | { points: number };
}

export interface BodyModel {
  paragraphs: ParagraphModel[];
  /** Text area inside the insets, points. */
  width: number;
  height: number;
  wrap: boolean;
}

const DEFAULT_SIZE = 18;

function num(v: string | undefined): number | undefined {
  if (v === undefined || !/^-?\d+$/.test(v.trim())) return undefined;
  return Number(v);
}

function resolveTypeface(value: string | undefined, theme: TextThemeFonts, major: boolean, slot: 'latin' | 'ea'): string {
  const v = (value ?? '').trim();
  const m = /^\+(mj|mn)-(lt|ea|cs)$/.exec(v);
  if (m) {
    const set = m[1] === 'mj' ? theme.major : theme.minor;
    return m[2] === 'ea' ? set.ea || set.latin : set.latin;
  }
  if (v !== '') return v;
  const set = major ? theme.major : theme.minor;
  return slot === 'ea' ? set.ea || set.latin : set.latin;
}

/** Default run size of a text body: a:lstStyle level 1 a:defRPr/@sz, in points. */
function listStyleSize(body: XElement, level: number): number | undefined {
  const lvl = body.child(NS.a, 'lstStyle')?.child(NS.a, `lvl${level}pPr`);
  const sz = num(lvl?.child(NS.a, 'defRPr')?.attr('sz'));
  return sz === undefined ? undefined : sz / 100;
}

function spacing(el: XElement | undefined): { pts: number } | { pct: number } {
  const pts = num(el?.child(NS.a, 'spcPts')?.attr('val'));
  if (pts !== undefined) return { pts: pts / 100 };
  const pct = num(el?.child(NS.a, 'spcPct')?.attr('val'));
  return { pct: pct === undefined ? 0 : pct / 100000 };
}

function lineSpacing(pPr: XElement | undefined): ParagraphModel['lnSpc'] {
  const ln = pPr?.child(NS.a, 'lnSpc');
  const pts = num(ln?.child(NS.a, 'spcPts')?.attr('val'));
  if (pts !== undefined) return { points: pts / 100 };
  const pct = num(ln?.child(NS.a, 'spcPct')?.attr('val'));
  return { factor: pct === undefined ? 1 : pct / 100000 };
}

function isTitle(shape: XElement): boolean {
  const type = shape.child(NS.p, 'nvSpPr')?.child(NS.p, 'nvPr')?.child(NS.p, 'ph')?.attr('type');
  return type === 'title' || type === 'ctrTitle';
}

function runStyle(rPr: XElement | undefined, fallbackSize: number, theme: TextThemeFonts, major: boolean): RunStyle {
  const sz = num(rPr?.attr('sz'));
  return {
    size: sz === undefined ? fallbackSize : sz / 100,
    latin: resolveTypeface(rPr?.child(NS.a, 'latin')?.attr('typeface'), theme, major, 'latin'),
    ea: resolveTypeface(rPr?.child(NS.a, 'ea')?.attr('typeface'), theme, major, 'ea'),
    bold: rPr?.attr('b') === '1' || rPr?.attr('b') === 'true',
    italic: rPr?.attr('i') === '1' || rPr?.attr('i') === 'true',
  };
}

/** The model of a shape's text, or undefined when it cannot be measured (no box, vertical text, columns). */
export function bodyModel(shape: XElement, widthEmu: number, heightEmu: number, theme: TextThemeFonts): BodyModel | undefined {
  const body = shape.child(NS.p, 'txBody');
  if (!body) return undefined;
  const bodyPr = body.child(NS.a, 'bodyPr');
  const vert = bodyPr?.attr('vert');
  if (vert && vert !== 'horz') return undefined;
  if ((num(bodyPr?.attr('numCol')) ?? 1) > 1) return undefined;
  const ins = (name: string, dflt: number) => num(bodyPr?.attr(name)) ?? dflt;
  const width = (widthEmu - ins('lIns', 91440) - ins('rIns', 91440)) / EMU_PER_PT;
  const height = (heightEmu - ins('tIns', 45720) - ins('bIns', 45720)) / EMU_PER_PT;
  const major = isTitle(shape);
  const paragraphs: ParagraphModel[] = [];
  for (const p of body.childrenNamed(NS.a, 'p')) {
    const pPr = p.child(NS.a, 'pPr');
    const level = (num(pPr?.attr('lvl')) ?? 0) + 1;
    const fallback = listStyleSize(body, level) ?? DEFAULT_SIZE;
    const pieces: Piece[] = [];
    for (const c of p.elements()) {
      if (c.is(NS.a, 'r') || c.is(NS.a, 'fld')) {
        pieces.push({ text: c.child(NS.a, 't')?.textContent() ?? '', style: runStyle(c.child(NS.a, 'rPr'), fallback, theme, major) });
      } else if (c.is(NS.a, 'br')) {
        pieces.push({ text: '\n', style: runStyle(c.child(NS.a, 'rPr'), fallback, theme, major) });
      }
    }
    const endSz = num(p.child(NS.a, 'endParaRPr')?.attr('sz'));
    paragraphs.push({
      pieces,
      endSize: endSz === undefined ? pieces[pieces.length - 1]?.style.size ?? fallback : endSz / 100,
      marL: (num(pPr?.attr('marL')) ?? 0) / EMU_PER_PT,
      indent: (num(pPr?.attr('indent')) ?? 0) / EMU_PER_PT,
      spcBef: spacing(pPr?.child(NS.a, 'spcBef')),
      spcAft: spacing(pPr?.child(NS.a, 'spcAft')),
      lnSpc: lineSpacing(pPr),
    });
  }
  return { paragraphs, width, height, wrap: bodyPr?.attr('wrap') !== 'none' };
}

/** Line height LibreOffice gives PPTX text (font-independent: 1.2 × size for single spacing). */
export function lineHeight(sizePt: number, lnSpc: ParagraphModel['lnSpc']): number {
  return 'points' in lnSpc ? lnSpc.points : 1.2 * sizePt * lnSpc.factor;
}

export interface Measurer {
  width(text: string, style: RunStyle, sizePt: number): number;
}

/** A measurer on a font registry: Latin text in the latin face, CJK in the ea face, per-character fallback. */
export function registryMeasurer(fonts: FontRegistry): Measurer {
  const faces = new Map<string, Face>();
  const faceOf = (family: string, style: FaceStyle): Face => {
    const key = `${family}|${style.bold}|${style.italic}`;
    let face = faces.get(key);
    if (!face) faces.set(key, (face = fonts.resolve(family, style).face));
    return face;
  };
  return {
    width(text, style, sizePt) {
      const fs: FaceStyle = { bold: style.bold, italic: style.italic };
      const latin = faceOf(style.latin, fs);
      // The East Asian face only when the text has CJK: resolving it loads a large font file
      // (Noto Sans SC is 10 MB) that Latin text never needs.
      let ea: Face | undefined;
      let total = 0;
      let chunk = '';
      let chunkFace: Face | undefined;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        const preferred = isCjkCodePoint(cp) ? (ea ??= faceOf(style.ea || style.latin, fs)) : latin;
        const face = fonts.faceForChar(cp, preferred, fs) ?? preferred;
        if (face !== chunkFace && chunk) {
          total += textWidth(chunkFace!, chunk, sizePt);
          chunk = '';
        }
        chunkFace = face;
        chunk += ch;
      }
      if (chunk && chunkFace) total += textWidth(chunkFace, chunk, sizePt);
      return total;
    },
  };
}

/** A size after scaling by `f`: half-point steps, never below `floor` (sizes already below stay). */
export function scaledSize(size: number, f: number, floor: number): number {
  if (f >= 1 || size <= floor) return size;
  return Math.max(floor, Math.round(size * f * 2) / 2);
}

/** A stretch of text between two line break opportunities, in one or more run styles. */
interface Word {
  parts: { text: string; style: RunStyle }[];
  /** Set for a forced line break (a:br), with its run style. */
  br?: RunStyle;
}

/** The words of a paragraph, between the break opportunities of src/text/line-break.ts. */
function words(pieces: Piece[]): Word[] {
  const out: Word[] = [];
  const chars: string[] = [];
  const styles: RunStyle[] = [];
  const flush = () => {
    const breaks = breakOpportunities(chars);
    let word: Word | undefined;
    chars.forEach((ch, i) => {
      if (!word || breaks[i]) {
        if (word) out.push(word);
        word = { parts: [] };
      }
      const last = word.parts[word.parts.length - 1];
      if (last && last.style === styles[i]) last.text += ch;
      else word.parts.push({ text: ch, style: styles[i]! });
    });
    if (word) out.push(word);
    chars.length = 0;
    styles.length = 0;
  };
  for (const piece of pieces) {
    if (piece.text === '\n') {
      flush();
      out.push({ parts: [], br: piece.style });
      continue;
    }
    for (const ch of piece.text) {
      chars.push(ch);
      styles.push(piece.style);
    }
  }
  flush();
  return out;
}

export interface Measured {
  height: number;
  /** Widest line, points (what matters for wrap="none"). */
  maxLineWidth: number;
}

/** The model cut to MAX_SHAPE_TEXT_CHARS characters, as the renderer cuts it (src/text/limits.ts). */
function capped(model: BodyModel): BodyModel {
  const pieces = model.paragraphs.flatMap((p) => p.pieces);
  const { texts, cut } = capTexts(pieces.map((x) => x.text));
  if (!cut) return model;
  let k = 0;
  const paragraphs: ParagraphModel[] = [];
  for (const para of model.paragraphs) {
    const kept = para.pieces.slice(0, Math.max(0, texts.length - k)).map((piece, i) => ({ ...piece, text: texts[k + i]! }));
    k += para.pieces.length;
    paragraphs.push({ ...para, pieces: kept });
    if (k >= texts.length) break;
  }
  return { ...model, paragraphs };
}

/** Lays out the body at scale `f` (sizes floored at `floor` points) and returns its height. */
export function measureBody(full: BodyModel, measurer: Measurer, f: number, floor: number): Measured {
  const model = capped(full);
  let height = 0;
  let maxLineWidth = 0;
  model.paragraphs.forEach((para, index) => {
    const size = (s: number) => scaledSize(s, f, floor);
    const spc = (s: ParagraphModel['spcBef'], base: number) => ('pts' in s ? s.pts : s.pct * 1.2 * base);
    const firstSize = size(para.pieces[0]?.style.size ?? para.endSize);
    if (index > 0) height += spc(para.spcBef, firstSize);
    const available = Math.max(1, model.width - para.marL);
    const lines: { width: number; size: number }[] = [];
    let line = { width: 0, size: 0, trailing: 0 };
    const firstLineIndent = para.indent;
    const lineLimit = () => (lines.length === 0 ? available - firstLineIndent : available);
    const push = () => {
      lines.push({ width: line.width - line.trailing, size: line.size || size(para.endSize) });
      line = { width: 0, size: 0, trailing: 0 };
    };
    for (const word of words(para.pieces)) {
      if (word.br) {
        line.size = Math.max(line.size, size(word.br.size));
        push();
        continue;
      }
      let w = 0;
      let ink = 0;
      let wordSize = 0;
      for (const part of word.parts) {
        const s = size(part.style.size);
        const pw = measurer.width(part.text, part.style, s);
        const trimmed = part.text.trimEnd();
        // Trailing white space does not count at the end of a line.
        ink = trimmed === '' ? ink : w + (trimmed === part.text ? pw : measurer.width(trimmed, part.style, s));
        w += pw;
        wordSize = Math.max(wordSize, s);
      }
      const trailing = w - ink;
      if (model.wrap && line.width > 0 && line.width + ink > lineLimit()) push();
      if (model.wrap && line.width === 0 && ink > lineLimit()) {
        // A word longer than the line: break it between characters.
        for (const part of word.parts) {
          const s = size(part.style.size);
          for (const ch of part.text) {
            const cw = measurer.width(ch, part.style, s);
            if (line.width > 0 && line.width + cw > lineLimit() && ch.trim() !== '') push();
            line.width += cw;
            line.size = Math.max(line.size, s);
            line.trailing = ch.trim() === '' ? line.trailing + cw : 0;
          }
        }
        continue;
      }
      line.width += w;
      line.trailing = ink === 0 ? line.trailing + w : trailing;
      line.size = Math.max(line.size, wordSize);
    }
    if (line.width > 0 || lines.length === 0 || line.size > 0) push();
    for (const l of lines) {
      height += lineHeight(l.size, para.lnSpc);
      maxLineWidth = Math.max(maxLineWidth, l.width + para.marL + (l === lines[0] ? firstLineIndent : 0));
    }
    if (index < model.paragraphs.length - 1) height += spc(para.spcAft, firstSize);
  });
  return { height, maxLineWidth };
}
