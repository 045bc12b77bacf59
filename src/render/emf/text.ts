/**
 * Text of metafiles (EMR_EXTTEXTOUTW, META_EXTTEXTOUT, ...) as text operations: the LOGFONT's
 * face through the font registry (metric-compatible substitutes and per-character fallback as
 * for any text), its em size from the font height, placed at the reference point by the
 * text-align mode, with the record's advances (dx) kept by spacing each run to their sum, so
 * table columns stay where the picture put them. Underline, strike-out and an opaque
 * background (OPAQUE mode) are drawn as rectangles.
 */
import type { Face, FaceStyle, FontRegistry } from '../../fonts/types.js';
import type { Warning } from '../../warnings.js';
import { compose, invert, rotate, scale, translate, type Matrix } from '../matrix.js';
import type { PathCommand, TextOp } from '../ops.js';
import { mapSymbolBullet } from '../text/symbol-fonts.js';
import type { TextStats } from '../text/stats.js';
import type { LogFont } from './dc.js';
import { transformCommands, type Player, type Point } from './player.js';

export interface MetaText {
  /** Draws `str` for `player` at logical `ref`; returns the advance in logical units. */
  draw(player: Player, ref: Point, str: string, dx: number[] | undefined): number | undefined;
}

/** Symbol font letters as the Greek letters they show (the Symbol encoding). */
const SYMBOL_GREEK = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';
const SYMBOL_greek = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';

function mapSymbolChars(face: string, str: string): { text: string; family: string | undefined } {
  const f = face.toLowerCase();
  const symbolic = f === 'symbol' || f.startsWith('wingdings') || f === 'webdings' || f === 'marlett';
  let mapped = '';
  let changed = false;
  for (const ch of str) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xf020 && cp <= 0xf0ff) cp -= 0xf000;
    if (!symbolic && cp === ch.codePointAt(0)) {
      mapped += ch;
      continue;
    }
    const c = String.fromCharCode(cp);
    if (f === 'symbol' && cp >= 0x41 && cp <= 0x5a) mapped += SYMBOL_GREEK[cp - 0x41]!;
    else if (f === 'symbol' && cp >= 0x61 && cp <= 0x7a) mapped += SYMBOL_greek[cp - 0x61]!;
    else if (f === 'symbol' && cp < 0x80) mapped += c;
    else if (cp === 0x20) mapped += ' ';
    else mapped += mapSymbolBullet(symbolic ? face : 'wingdings', c).ch;
    changed = true;
  }
  return { text: mapped, family: changed && symbolic ? undefined : face };
}

export class RegistryText implements MetaText {
  private readonly faces = new Map<string, Face>();

  constructor(
    private readonly fonts: FontRegistry,
    private readonly stats: TextStats,
    private readonly warn: (w: Warning[]) => void,
  ) {}

  private face(family: string, style: FaceStyle): Face {
    const key = `${family}\u0000${style.bold ? 1 : 0}${style.italic ? 1 : 0}`;
    let f = this.faces.get(key);
    if (!f) {
      const r = this.fonts.resolve(family, style);
      this.warn(r.warnings);
      f = r.face;
      this.faces.set(key, f);
    }
    return f;
  }

  draw(player: Player, ref: Point, raw: string, dx: number[] | undefined): number | undefined {
    const font: LogFont = player.s.font;
    const style: FaceStyle = { bold: font.weight >= 600, italic: font.italic };
    const sym = mapSymbolChars(font.face || 'Arial', raw);
    const str = sym.text;
    const primary = this.face(sym.family ?? 'Arial', style);
    const metrics = player.fontMetrics(font);
    let size = metrics.size;
    // A positive height is the cell height (ascent + descent); negative the em height.
    if (font.height > 0) size = (size * primary.unitsPerEm) / Math.max(1, primary.ascent - primary.descent);
    if (font.height === 0) size = 12 * player.pixel;
    if (!(size > 0.05 && size < 5000)) return undefined;
    const L = player.L;
    // A picture stretched unevenly stretches its text too (as PowerPoint draws it): the glyphs
    // are scaled horizontally by hs, and x distances below are in the unscaled text space.
    const sxRaw = Math.hypot(L[0], L[1]) || 1;
    const syRaw = Math.hypot(L[2], L[3]) || 1;
    const hs = Math.min(20, Math.max(0.05, sxRaw / syRaw));
    const sx = sxRaw / hs;
    // Runs of one face each, with their characters' indices.
    const chars = [...str];
    const runs: { face: Face; text: string; from: number; to: number }[] = [];
    chars.forEach((ch, i) => {
      const cp = ch.codePointAt(0)!;
      let face = primary;
      if (cp >= 0x20 && !primary.hasGlyph(cp)) {
        const alt = this.fonts.faceForChar(cp, primary, style);
        if (alt) face = alt;
        else this.stats.missing.set(cp, (this.stats.missing.get(cp) ?? 0) + 1);
      }
      const last = runs[runs.length - 1];
      if (last && last.face === face) {
        last.text += ch;
        last.to = i + 1;
      } else runs.push({ face, text: ch, from: i, to: i + 1 });
    });
    // Advances in local units: the record's dx (one per UTF-16 unit of the original string,
    // which equals one per character here except for surrogate pairs), else measured.
    const adv: number[] = chars.map((_ch, i) => {
      if (dx && dx.length >= chars.length) return Math.abs(dx[i]!) * sx;
      return 0;
    });
    const useDx = dx !== undefined && dx.length >= chars.length;
    let total = 0;
    const placed = runs.map((r) => {
      const natural = r.face.measure(r.text, size);
      const n = r.to - r.from;
      const width = useDx ? adv.slice(r.from, r.to).reduce((a, b) => a + b, 0) : natural;
      const start = total;
      total += width;
      // Spread the difference over the characters (the last one's spacing falls after the text).
      const spacing = useDx && n > 0 ? Math.max(-size, Math.min(size, (width - natural) / n)) : 0;
      return { ...r, x: start, width, spacing, natural };
    });
    const ascent = (primary.ascent / primary.unitsPerEm) * size;
    const descent = (-primary.descent / primary.unitsPerEm) * size;
    const align = player.s.textAlign;
    const hx = (align & 6) === 6 ? -total / 2 : (align & 6) === 2 ? -total : 0;
    const vy = (align & 24) === 24 ? 0 : (align & 24) === 8 ? -descent : ascent;
    const P = player.p(ref.x, ref.y);
    const T: Matrix = compose(translate(P.x, P.y), rotate(metrics.angle), scale(hs, 1));
    const transform = compose(player.o.m, T);
    // The text's box in local coordinates, for the clip.
    const corners = [
      [hx, vy - ascent],
      [hx + total, vy - ascent],
      [hx, vy + descent],
      [hx + total, vy + descent],
    ].map(([x, y]) => ({ x: T[0] * x! + T[2] * y! + T[4], y: T[1] * x! + T[3] * y! + T[5] }));
    const box = { l: Math.min(...corners.map((c) => c.x)), t: Math.min(...corners.map((c) => c.y)), r: Math.max(...corners.map((c) => c.x)), b: Math.max(...corners.map((c) => c.y)) };
    const clip = player.clipFor(box);
    if (clip === false) return total / sx;
    const inv = invert(T);
    const opClip = clip && inv ? transformCommands(clip, inv) : undefined;
    const rect = (x: number, y: number, w: number, h: number): PathCommand[] => [{ op: 'M', x, y }, { op: 'L', x: x + w, y }, { op: 'L', x: x + w, y: y + h }, { op: 'L', x, y: y + h }, { op: 'Z' }];
    if (player.s.bkMode === 2) {
      player.push({ kind: 'path', transform, commands: rect(hx, vy - ascent, total, ascent + descent), fill: { kind: 'solid', color: player.s.bkColor }, ...(opClip ? { clip: opClip } : {}) });
    }
    for (const r of placed) {
      if (r.text.trim() === '') continue;
      const op: TextOp = {
        kind: 'text',
        transform,
        face: r.face,
        size,
        x: hx + r.x,
        y: vy,
        text: r.text,
        width: r.width,
        charSpacing: r.spacing,
        color: player.s.textColor,
        fakeBold: style.bold && !r.face.native.bold,
        fakeItalic: style.italic && !r.face.native.italic,
        ...(opClip ? { clip: opClip } : {}),
      };
      player.push(op);
    }
    const lineAt = (offset: number, thickness: number) =>
      player.push({ kind: 'path', transform, commands: rect(hx, vy + offset - thickness / 2, total, thickness), fill: { kind: 'solid', color: player.s.textColor }, ...(opClip ? { clip: opClip } : {}) });
    const thick = Math.max(size * 0.05, (primary.underlineThickness / primary.unitsPerEm) * size);
    if (font.underline) lineAt(-(primary.underlinePosition / primary.unitsPerEm) * size || size * 0.1, thick);
    if (font.strikeout) lineAt(-size * 0.3, thick);
    return total / sx;
  }
}
