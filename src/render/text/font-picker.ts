/**
 * Chooses the face for each character: the run's typeface for the character's script (a:latin,
 * a:ea, a:cs, a:sym), resolved through the font registry, then a fallback face that covers the
 * character (Chinese in a Latin font → Noto Sans SC). Characters no font covers are counted.
 */
import type { Face, FaceStyle, FontRegistry, ResolvedFace } from '../../fonts/types.js';
import type { Warning } from '../../warnings.js';
import { isCjkCodePoint } from '../../fonts/script.js';
import type { RunStyle } from './props.js';
import type { TextStats } from './stats.js';

export class FontPicker {
  private readonly resolved = new Map<string, ResolvedFace>();
  private readonly reported = new Set<string>();
  private readonly fallback = new Map<Face, Map<number, Face | null>>();

  constructor(
    private readonly registry: FontRegistry,
    private readonly warnings: (w: Warning[]) => void,
    private readonly stats: TextStats,
  ) {}

  /**
   * The face of a family and style. The warnings of the resolution are reported once, on the first
   * call that is not `quiet` (a bullet that borrows its run's font resolves it quietly first: the
   * run's text still reports it).
   */
  face(family: string, style: FaceStyle, quiet = false): Face {
    const key = `${family}\u0000${style.bold ? 1 : 0}${style.italic ? 1 : 0}`;
    let r = this.resolved.get(key);
    if (!r) {
      r = this.registry.resolve(family, style);
      this.resolved.set(key, r);
    }
    if (!quiet && !this.reported.has(key)) {
      this.reported.add(key);
      this.warnings(r.warnings);
    }
    return r.face;
  }

  /** The family a run uses for a character, by script. */
  familyFor(cp: number, style: RunStyle): string {
    let family = '';
    if (style.sym && cp >= 0xf000 && cp <= 0xf0ff) family = style.sym;
    else if (isCjkCodePoint(cp)) family = style.ea;
    else if (isComplexScript(cp)) family = style.cs;
    return family || style.latin || 'Calibri';
  }

  private readonly perRun = new WeakMap<RunStyle, Map<string, Face>>();

  /** The primary face of a run for a family (cached per run style: called for every character). */
  private primaryFor(family: string, style: RunStyle): Face {
    let m = this.perRun.get(style);
    if (!m) {
      m = new Map();
      this.perRun.set(style, m);
    }
    let f = m.get(family);
    if (!f) {
      f = this.face(family, { bold: style.bold, italic: style.italic });
      m.set(family, f);
    }
    return f;
  }

  /**
   * The face that draws `cp` for a run; counts the character as missing when none covers it
   * (unless `count` is false: asked on behalf of another character).
   */
  faceFor(cp: number, style: RunStyle, preferredFamily?: string, count = true): Face {
    const primary = this.primaryFor(preferredFamily ?? this.familyFor(cp, style), style);
    if (cp < 0x20 || primary.hasGlyph(cp)) return primary;
    let byCp = this.fallback.get(primary);
    if (!byCp) {
      byCp = new Map();
      this.fallback.set(primary, byCp);
    }
    let f = byCp.get(cp);
    if (f === undefined) {
      f = this.registry.faceForChar(cp, primary, { bold: style.bold, italic: style.italic });
      byCp.set(cp, f);
    }
    if (f === null) {
      if (count) this.stats.missing.set(cp, (this.stats.missing.get(cp) ?? 0) + 1);
      return primary;
    }
    return f;
  }
}

/** Arabic, Hebrew, Syriac, Thaana, Indic and Thai scripts (a:cs typeface). */
export function isComplexScript(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0x0900 && cp <= 0x0dff) ||
    (cp >= 0x0e00 && cp <= 0x0eff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  );
}
