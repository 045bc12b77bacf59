/**
 * The font registry: which file draws a family in a style, and which file draws a character the
 * chosen face lacks. Resolution order: a font file the brand gave; the shipped fonts; the system's
 * fonts (fontconfig); then, for a family found nowhere, the default family with a warning naming
 * the family that was asked for, or (`missingFamilies: 'system'`, for decks the user brings)
 * the font fontconfig gives for it, as LibreOffice does.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrandFile } from '../brand/assets.js';
import type { Warning } from '../warnings.js';
import { CJK_FAMILY, DEFAULT_FAMILY, FALLBACK_ORDER, SHIPPED_FAMILIES, familyKey, findShippedFamily, type ShippedFamilyEntry } from './catalog.js';
import { createFace } from './face.js';
import { loadFontFromBytes, loadFontFromPath } from './file-cache.js';
import type { FontFile } from './font-file.js';
import { parseFamilyName } from './names.js';
import { isCjkCodePoint } from './script.js';
import { nearestWeight, shippedFontPath } from './shipped.js';
import { metricCompatible } from './metric-compatible.js';
import { NO_SYSTEM_FONTS, systemFonts, type SystemFontRef, type SystemFontSource } from './system.js';
import type { Face, FaceStyle, FontRegistry, ResolvedFace, ShippedFamily } from './types.js';

export interface BrandFontInput {
  /**
   * The family the file stands for (the brand's `fonts.heading` / `fonts.body`). Defaults to the
   * family name inside the file. The file also answers to its own family, full and PostScript names.
   */
  family?: string;
  file: BrandFile;
}

export interface FontRegistryOptions {
  /** Font files the brand gave, for its heading and body families. */
  brand?: { heading?: BrandFontInput; body?: BrandFontInput };
  /**
   * The family used when a requested one is found nowhere: the template's default (a shipped or
   * brand family). Default: Source Sans 3.
   */
  defaultFamily?: string;
  /**
   * Where system fonts come from: true (default) for fontconfig, false for none (output that
   * depends only on the package, e.g. for reproducible builds), or a custom source.
   */
  systemFonts?: boolean | SystemFontSource;
  /**
   * A project folder whose `node_modules/@expo-google-fonts/<family>` packages (Google Fonts
   * families as npm packages, TTF files) draw families found neither in the brand nor shipped.
   * The CLI passes the folder it runs in; the library looks nowhere unless told.
   */
  projectDir?: string;
  /**
   * What draws a family found nowhere (not in the brand's files, not shipped, not in the project,
   * not installed, no metric-compatible font and no configured substitute):
   * - `'default'` (the default): the default family, with `W_FONT_MISSING` saying how to get the
   *   family. For our templates and brands: their output depends only on the package.
   * - `'system'`: the family the system's fontconfig gives for it, its default family included
   *   (`DejaVu Sans` on Debian), with `W_FONT_SUBSTITUTED` naming it. This is what LibreOffice
   *   draws, and the Vera design of DejaVu Sans is much closer to Verdana, Tahoma or Segoe UI than
   *   the narrow default family is: for decks the user brings (`render`, `customize --template
   *   <their deck>`), so their lines break as LibreOffice's do. Without fontconfig (or with
   *   `systemFonts: false`), the default family as with `'default'`.
   * The brand's own families (`brandFamilies`) always take the default family.
   */
  missingFamilies?: 'default' | 'system';
  /**
   * The families the brand names (`fonts.heading`, `fonts.body`): one of them found nowhere is
   * drawn in the default family with `W_FONT_MISSING`, whatever `missingFamilies` says.
   */
  brandFamilies?: readonly string[];
}

export const W_FONT_MISSING = 'W_FONT_MISSING';
export const W_FONT_SUBSTITUTED = 'W_FONT_SUBSTITUTED';

interface BrandEntry {
  family: string;
  keys: Set<string>;
  file: FontFile;
}

/**
 * Creates a registry. Brand font files are validated here: a bad file throws
 * VaError('E_FONT_INVALID') naming it. Shipped and system files are read lazily, on first use.
 */
export function createFontRegistry(options: FontRegistryOptions = {}): FontRegistry {
  return new Registry(options);
}

class Registry implements FontRegistry {
  private readonly brand: BrandEntry[] = [];
  private readonly system: SystemFontSource;
  private readonly defaultFamily: string;
  private readonly resolved = new Map<string, ResolvedFace>();
  private readonly faces = new Map<string, Face>();
  private readonly charFaces = new Map<string, Face | null>();
  private defaultResolved: Map<string, ResolvedFace> = new Map();

  constructor(options: FontRegistryOptions) {
    for (const input of [options.brand?.heading, options.brand?.body]) {
      if (!input) continue;
      const file = loadFontFromBytes(input.file.bytes, input.file.name);
      const family = input.family?.trim() || file.familyName || input.file.name;
      const keys = new Set([family, ...file.names].map(familyKey).filter(Boolean));
      this.brand.push({ family, keys, file });
    }
    const sys = options.systemFonts ?? true;
    this.system = sys === true ? systemFonts() : sys === false ? NO_SYSTEM_FONTS : sys;
    this.defaultFamily = options.defaultFamily?.trim() || DEFAULT_FAMILY;
    this.projectDir = options.projectDir;
    this.missingFamilies = options.missingFamilies ?? 'default';
    this.brandFamilies = new Set((options.brandFamilies ?? []).map(familyKey).filter(Boolean));
  }

  private readonly projectDir: string | undefined;
  private readonly missingFamilies: 'default' | 'system';
  private readonly brandFamilies: Set<string>;

  shippedFamilies(): readonly ShippedFamily[] {
    return SHIPPED_FAMILIES.map(({ family, roles, licence }) => ({ family, roles, licence }));
  }

  resolve(family: string, style: FaceStyle): ResolvedFace {
    const cacheKey = `${familyKey(family)}|${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}`;
    let result = this.resolved.get(cacheKey);
    if (!result) {
      result = this.resolveUncached(family.trim(), style);
      this.resolved.set(cacheKey, result);
    }
    return { face: result.face, warnings: [...result.warnings] };
  }

  faceForChar(codePoint: number, preferred: Face, style: FaceStyle): Face | null {
    if (preferred.hasGlyph(codePoint)) return preferred;
    const key = `${codePoint}|${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}`;
    if (this.charFaces.has(key)) return this.charFaces.get(key)!;
    const face = this.fallbackFor(codePoint, style);
    this.charFaces.set(key, face);
    return face;
  }

  private resolveUncached(family: string, style: FaceStyle): ResolvedFace {
    if (family.length > 0 && !family.startsWith('+')) {
      const found =
        this.fromBrand(family, style) ??
        this.fromShipped(family, style) ??
        this.fromProject(family, style) ??
        this.fromSystem(family, style) ??
        this.fromSystemDefault(family, style);
      if (found) return found;
    }
    const fallback = this.defaultFace(style);
    const asked = family.length === 0 ? 'An empty font name' : family.startsWith('+') ? `The theme font reference "${family}"` : `Font "${family}"`;
    const why = family.length === 0 || family.startsWith('+') ? 'names no family' : 'is not available (not in the brand, not shipped, not installed)';
    const how = family.length === 0 || family.startsWith('+') ? '' : `. ${howToGet(family)}`;
    const warning: Warning = { code: W_FONT_MISSING, message: `${asked} ${why}; using "${fallback.face.family}" instead${how}` };
    return { face: fallback.face, warnings: [...fallback.warnings, warning] };
  }

  private fromBrand(family: string, style: FaceStyle): ResolvedFace | null {
    const key = familyKey(family);
    const parsedKey = familyKey(parseFamilyName(family).family);
    const entry = this.brand.find((b) => b.keys.has(key)) ?? this.brand.find((b) => b.keys.has(parsedKey));
    if (!entry) return null;
    const face = this.face(`brand:${entry.file.cacheKey.slice(7, 23)}`, entry.file, entry.family, 'brand', style);
    return { face, warnings: [] };
  }

  private fromShipped(family: string, style: FaceStyle): ResolvedFace | null {
    let entry = findShippedFamily(family);
    let weight = 400;
    let italic = style.italic;
    if (!entry) {
      const parsed = parseFamilyName(family);
      entry = findShippedFamily(parsed.family);
      if (!entry) return null;
      weight = parsed.weight;
      italic = italic || parsed.italic;
    }
    return { face: this.shippedFace(entry, weight, { bold: style.bold, italic }), warnings: [] };
  }

  /** A Google Fonts family installed as `@expo-google-fonts/<family>` in the project folder. */
  private fromProject(family: string, style: FaceStyle): ResolvedFace | null {
    if (!this.projectDir) return null;
    const parsed = parseFamilyName(family);
    const files = projectPackageFiles(this.projectDir, parsed.family);
    if (files.length === 0) return null;
    const italic = style.italic || parsed.italic;
    const target = style.bold ? Math.max(700, parsed.weight) : parsed.weight;
    const pool = files.filter((f) => f.italic === italic).length > 0 ? files.filter((f) => f.italic === italic) : files;
    const best = pool.reduce((a, b) => (Math.abs(b.weight - target) < Math.abs(a.weight - target) ? b : a));
    try {
      const file = loadFontFromPath(best.path, 0);
      return { face: this.face(`project:${best.path}`, file, parsed.family, 'project', style), warnings: [] };
    } catch {
      return null;
    }
  }

  private fromSystem(family: string, style: FaceStyle): ResolvedFace | null {
    const parsed = parseFamilyName(family);
    const wanted = (weight: number) => ({ weight: style.bold ? Math.max(700, weight) : weight, italic: style.italic || parsed.italic });
    const ref =
      this.system.findFamily(family, wanted(400)) ??
      (parsed.family !== family ? this.system.findFamily(parsed.family, wanted(parsed.weight)) : null);
    if (ref) {
      const face = this.systemFace(ref, style);
      if (face) return { face, warnings: [] };
    }
    // A metric-compatible open font (Carlito for Calibri ...), where the system has one. A name
    // with a style picks the family's weight ("Arial Bold"), but Black and ExtraBold faces are
    // designs of their own widths ("Arial Black" is far wider than Liberation Sans Bold).
    const exact = metricCompatible(family);
    const compatible = exact.length > 0 ? exact : parsed.weight <= 700 ? metricCompatible(parsed.family) : [];
    for (const candidate of compatible) {
      const alt = this.system.findFamily(candidate, wanted(parsed.weight));
      const altFace = alt ? this.systemFace(alt, style) : null;
      if (altFace) {
        return {
          face: altFace,
          warnings: [{ code: W_FONT_SUBSTITUTED, message: `Font "${family}" is not installed; using "${altFace.family}", which has the same metrics` }],
        };
      }
    }
    const substitute = this.system.substitute(family);
    if (!substitute) return null;
    // A configured substitute may itself be shipped (fontconfig aliases): prefer our file.
    const shipped = this.fromShipped(substitute, style);
    const subRef = shipped ? null : this.system.findFamily(substitute, wanted(parsed.weight));
    const face = shipped?.face ?? (subRef ? this.systemFace(subRef, style) : null);
    if (!face) return null;
    return {
      face,
      warnings: [
        {
          code: W_FONT_SUBSTITUTED,
          message: `Font "${family}" is not installed; using "${face.family}", its substitute in this system's font configuration`,
        },
      ],
    };
  }

  /**
   * `missingFamilies: 'system'`: fontconfig's default family for a family of the deck found
   * nowhere (what LibreOffice draws it in). Not for the brand's families.
   */
  private fromSystemDefault(family: string, style: FaceStyle): ResolvedFace | null {
    if (this.missingFamilies !== 'system') return null;
    const parsed = parseFamilyName(family);
    if (this.brandFamilies.has(familyKey(family)) || this.brandFamilies.has(familyKey(parsed.family))) return null;
    const fallback = this.system.defaultFamily?.() ?? null;
    if (!fallback) return null;
    const shipped = this.fromShipped(fallback, style);
    // The style the run asks for, not the one the name implies ("Roboto Light"): LibreOffice draws
    // such a name in the default family's regular face too.
    const ref = shipped ? null : this.system.findFamily(fallback, { weight: style.bold ? 700 : 400, italic: style.italic });
    const face = shipped?.face ?? (ref ? this.systemFace(ref, style) : null);
    if (!face) return null;
    return {
      face,
      warnings: [
        {
          code: W_FONT_SUBSTITUTED,
          message: `Font "${family}" is not installed; using "${face.family}", the font this system's font configuration gives for it (as LibreOffice does). Install "${family}" to draw the text as designed`,
        },
      ],
    };
  }

  private defaultFace(style: FaceStyle): ResolvedFace {
    const cacheKey = `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}`;
    let result = this.defaultResolved.get(cacheKey);
    if (!result) {
      const found = this.fromBrand(this.defaultFamily, style) ?? this.fromShipped(this.defaultFamily, style);
      if (found) {
        result = found;
      } else {
        const face = this.shippedFace(findShippedFamily(DEFAULT_FAMILY)!, 400, style);
        result = {
          face,
          warnings: [{ code: W_FONT_MISSING, message: `The default font "${this.defaultFamily}" is not available; using "${DEFAULT_FAMILY}" instead` }],
        };
      }
      this.defaultResolved.set(cacheKey, result);
    }
    return result;
  }

  private fallbackFor(codePoint: number, style: FaceStyle): Face | null {
    const families = isCjkCodePoint(codePoint) ? [CJK_FAMILY, ...FALLBACK_ORDER.filter((f) => f !== CJK_FAMILY)] : FALLBACK_ORDER;
    for (const family of families) {
      const face = this.shippedFace(findShippedFamily(family)!, 400, style);
      if (face.hasGlyph(codePoint)) return face;
    }
    const refs = this.system.forChar(codePoint);
    for (const ref of refs) {
      // The family fontconfig lists first for the character, in its face nearest to the style
      // asked for (bold text in DejaVu Sans Bold, as LibreOffice draws it, not a synthetic bold).
      const face = this.systemFace(nearestStyle(refs, ref, style), style);
      if (face?.hasGlyph(codePoint)) return face;
    }
    return null;
  }

  /** The shipped face nearest to a weight (bold lifts it to at least 700) and italic. */
  private shippedFace(entry: ShippedFamilyEntry, baseWeight: number, style: FaceStyle): Face {
    const target = style.bold ? Math.max(700, baseWeight) : baseWeight;
    const weight = nearestWeight(entry, target, style.bold || target > 400);
    const italic = style.italic && entry.italics;
    const key = `shipped:${entry.family}:${weight}:${italic ? 'italic' : 'normal'}`;
    return this.face(key, () => loadFontFromPath(shippedFontPath(entry, weight, italic), 0, true), entry.family, 'shipped', style);
  }

  /** A face for a system font; null when the file cannot be used (damaged, unreadable). */
  private systemFace(ref: SystemFontRef, style: FaceStyle): Face | null {
    try {
      const file = loadFontFromPath(ref.file, ref.index);
      return this.face(`system:${ref.file}#${ref.index}`, file, ref.family, 'system', style);
    } catch {
      return null;
    }
  }

  private face(key: string, file: FontFile | (() => FontFile), family: string, source: Face['source'], style: FaceStyle): Face {
    const faceKey = `${key}|${family}|${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}`;
    let face = this.faces.get(faceKey);
    if (!face) {
      const f = typeof file === 'function' ? file() : file;
      face = createFace(f, { key, family, source, style });
      this.faces.set(faceKey, face);
    }
    return face;
  }
}

/**
 * Among the faces of `ref`'s family in `refs`, the one nearest to `style`: italic as asked where
 * the family has it, then of the same width (the same family names), then the weight nearest to
 * 700 for bold, 400 otherwise.
 */
export function nearestStyle(refs: readonly SystemFontRef[], ref: SystemFontRef, style: FaceStyle): SystemFontRef {
  const target = style.bold ? 700 : 400;
  let best = ref;
  // Same names as `ref` first: "DejaVu Sans" also names the faces of DejaVu Sans Condensed.
  const names = ref.families.join('\n');
  const cost = (r: SystemFontRef) => (r.italic !== style.italic ? 10_000 : 0) + (r.families.join('\n') !== names ? 1000 : 0) + Math.abs(r.weight - target);
  for (const r of refs) if (r.family === ref.family && cost(r) < cost(best)) best = r;
  return best;
}

/** The npm package that holds a Google Fonts family: `@expo-google-fonts/open-sans` for "Open Sans". */
export function googleFontsPackage(family: string): string | undefined {
  const slug = family.trim().toLowerCase().replace(/\s+/g, '-');
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length <= 60 ? `@expo-google-fonts/${slug}` : undefined;
}

/** What to do about a family found nowhere (the end of W_FONT_MISSING). */
export function howToGet(family: string): string {
  const pkg = googleFontsPackage(parseFamilyName(family).family);
  const file = 'give its TTF or OTF file as fonts.headingFile / fonts.bodyFile (--heading-font-file / --body-font-file)';
  return pkg ? `To use it: if it is a Google Fonts family, run "npm install ${pkg}" in the folder you run va-infographic from, or ${file}` : `To use it: ${file}`;
}

/** The TTF files of `@expo-google-fonts/<family>` under `projectDir/node_modules`, with weight and italic. */
function projectPackageFiles(projectDir: string, family: string): { path: string; weight: number; italic: boolean }[] {
  const pkg = googleFontsPackage(family);
  if (!pkg) return [];
  const dir = path.join(projectDir, 'node_modules', pkg);
  const out: { path: string; weight: number; italic: boolean }[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of entries) {
    const m = /^([1-9])00[A-Za-z]+(_Italic)?$/.exec(name);
    if (!m) continue;
    let files: string[];
    try {
      files = readdirSync(path.join(dir, name));
    } catch {
      continue;
    }
    const ttf = files.find((f) => f.toLowerCase().endsWith('.ttf'));
    if (ttf) out.push({ path: path.join(dir, name, ttf), weight: Number(m[1]) * 100, italic: m[2] !== undefined });
  }
  return out;
}
