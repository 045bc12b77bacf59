/**
 * Measures the text of a template so that the builder can size every text box to its content
 * and prove that nothing overflows. Widths come from the font subsystem (`Face.measure`, real
 * advance widths with kerning). A template must keep working after a brand changes its theme
 * fonts, so a paragraph is laid out once with each shipped Latin family (the heading and body
 * roles in the same family) and the most lines any of them needs is the answer.
 */
import { createFontRegistry, type Face, type FontRegistry } from '../../fonts/index.js';
import type { FontRole } from '../source/design.js';
import { EAST_ASIAN_FAMILY, LATIN_FAMILIES, type LatinFamily } from '../source/types.js';
import { isCjkCodePoint as isCjk } from '../../fonts/script.js';
import { breakOpportunities } from '../../text/line-break.js';

export interface MeasureStyle {
  font: FontRole;
  size: number;
  bold: boolean;
  /** Letter spacing in points, added after every character. */
  charSpacing?: number;
}

export interface MeasureRun {
  text: string;
  style: MeasureStyle;
}

/** The Latin family of each font role. */
export interface FontPair {
  heading: LatinFamily;
  body: LatinFamily;
}

/** A word (or Chinese character) that does not fit the width on a line of its own. */
export class TextOverflowError extends Error {}

interface Token {
  width: number;
  trailing: number;
  text: string;
}

export class TextMeasurer {
  private readonly registry: FontRegistry;
  private readonly faces = new Map<string, Face>();
  private readonly widths = new Map<string, number>();

  constructor(
    /** The Latin families every paragraph must fit in. */
    readonly families: readonly LatinFamily[] = LATIN_FAMILIES,
    registry?: FontRegistry,
  ) {
    // No system fonts: the build must give the same result on every machine.
    this.registry = registry ?? createFontRegistry({ systemFonts: false });
  }

  private face(family: string, bold: boolean): Face {
    const key = `${family}\u0000${bold}`;
    let face = this.faces.get(key);
    if (!face) {
      const { face: resolved, warnings } = this.registry.resolve(family, { bold, italic: false });
      if (warnings.length > 0) throw new Error(`the shipped font ${family} is not available to measure template text: ${warnings[0]!.message}`);
      face = resolved;
      this.faces.set(key, face);
    }
    return face;
  }

  private measure(face: Face, text: string, size: number): number {
    const key = `${face.key}\u0000${size}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = face.measure(text, size);
      this.widths.set(key, w);
    }
    return w;
  }

  /** Width in points of `chars` (one style), Chinese characters in the East Asian font. */
  private pieceWidth(chars: readonly string[], style: MeasureStyle, fonts: FontPair): number {
    const family = fonts[style.font];
    let width = 0;
    let i = 0;
    while (i < chars.length) {
      const cjk = isCjk(chars[i]!.codePointAt(0)!);
      let j = i + 1;
      while (j < chars.length && isCjk(chars[j]!.codePointAt(0)!) === cjk) j++;
      const face = this.face(cjk ? EAST_ASIAN_FAMILY : family, style.bold);
      width += this.measure(face, chars.slice(i, j).join(''), style.size);
      i = j;
    }
    return width + (style.charSpacing ?? 0) * chars.length;
  }

  /** Splits a paragraph into unbreakable tokens measured in `fonts`. */
  private tokens(runs: readonly MeasureRun[], fonts: FontPair): Token[] {
    const chars: string[] = [];
    const styles: MeasureStyle[] = [];
    for (const run of runs) {
      for (const ch of run.text) {
        chars.push(ch);
        styles.push(run.style);
      }
    }
    const breaks: number[] = [];
    breakOpportunities(chars).forEach((may, i) => {
      if (may) breaks.push(i);
    });
    breaks.push(chars.length);
    const out: Token[] = [];
    let start = 0;
    for (const end of breaks) {
      let textEnd = end;
      while (textEnd > start && (chars[textEnd - 1] === ' ' || chars[textEnd - 1] === '\t')) textEnd--;
      out.push({
        width: this.rangeWidth(chars, styles, start, textEnd, fonts),
        trailing: this.rangeWidth(chars, styles, textEnd, end, fonts),
        text: chars.slice(start, end).join(''),
      });
      start = end;
    }
    return out;
  }

  private rangeWidth(chars: string[], styles: MeasureStyle[], from: number, to: number, fonts: FontPair): number {
    let width = 0;
    let i = from;
    while (i < to) {
      let j = i + 1;
      while (j < to && styles[j] === styles[i]) j++;
      width += this.pieceWidth(chars.slice(i, j), styles[i]!, fonts);
      i = j;
    }
    return width;
  }

  /**
   * The lines of a paragraph (greedy, as PowerPoint and LibreOffice do), with both font roles
   * in `family`, or heading and body runs in the families of `fonts`.
   */
  breakLines(runs: readonly MeasureRun[], width: number, family: LatinFamily | FontPair): string[] {
    const fonts = typeof family === 'string' ? { heading: family, body: family } : family;
    const lines: string[] = [];
    let line = '';
    let x = 0;
    for (const token of this.tokens(runs, fonts)) {
      if (token.width > width + 1e-6) {
        const names = fonts.heading === fonts.body ? fonts.body : `${fonts.heading}/${fonts.body}`;
        throw new TextOverflowError(`"${token.text.trim()}" is ${token.width.toFixed(1)} pt wide in ${names}, wider than its ${width.toFixed(1)} pt line`);
      }
      if (x > 0 && x + token.width > width + 1e-6) {
        lines.push(line);
        line = '';
        x = 0;
      }
      line += token.text;
      x += token.width + token.trailing;
    }
    lines.push(line);
    return lines;
  }

  /** The most lines the paragraph needs in any of the families. */
  lineCount(runs: readonly MeasureRun[], width: number): number {
    let max = 0;
    for (const family of this.families) max = Math.max(max, this.breakLines(runs, width, family).length);
    return max;
  }

  /** The widest single line the text takes in any family (for boxes that hug their text). */
  naturalWidth(runs: readonly MeasureRun[]): number {
    let max = 0;
    for (const family of this.families) {
      const tokens = this.tokens(runs, { heading: family, body: family });
      let w = 0;
      tokens.forEach((t, i) => (w += t.width + (i < tokens.length - 1 ? t.trailing : 0)));
      max = Math.max(max, w);
    }
    return max;
  }
}
