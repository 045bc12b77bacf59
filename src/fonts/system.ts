/**
 * The system's fonts, through fontconfig's command-line tools (`fc-list`, `fc-match`). This is
 * the one place below the CLI that looks at the machine: it is optional (a registry can turn it
 * off), cached for the process, and gracefully absent when fontconfig is not installed.
 *
 * Only outline fonts that can be embedded are offered (TrueType and CFF; not Type 1, not
 * colour/bitmap fonts).
 */
import { execFileSync } from 'node:child_process';
import { familyKey } from './catalog.js';

export interface SystemFontRef {
  /** Absolute path of the file. */
  file: string;
  /** Face index inside a collection (.ttc), 0 otherwise. */
  index: number;
  /** The family's first (usually English) name. */
  family: string;
  /** All family names fontconfig lists (localised names included). */
  families: string[];
  /** CSS-like weight (400 regular, 700 bold). */
  weight: number;
  italic: boolean;
}

export interface SystemFontSource {
  /** The installed font of `family` (any of its names, any case) closest to the style, or null. */
  findFamily(family: string, style: { weight: number; italic: boolean }): SystemFontRef | null;
  /**
   * The family fontconfig's configuration substitutes for `family` (e.g. Liberation Sans for
   * Arial), or null when it would only give its generic default.
   */
  substitute(family: string): string | null;
  /**
   * The family fontconfig gives for a name it does not know (its default, `DejaVu Sans` on
   * Debian), or null when there is none. Optional: a source without it has no default.
   */
  defaultFamily?(): string | null;
  /** Installed fonts that have a glyph for the code point, best first. */
  forChar(codePoint: number): SystemFontRef[];
}

const FORMAT = '%{family}\\t%{style}\\t%{weight}\\t%{slant}\\t%{index}\\t%{fontformat}\\t%{color}\\t%{file}\\n';
// Generous: on a fresh machine the first fc-list call may build fontconfig's caches.
const TIMEOUT_MS = 20_000;
/** At most this many distinct characters are looked up with fc-list per process. */
const MAX_CHAR_QUERIES = 256;
/**
 * Substitutes remembered per process. A batch worker or a watch session meets new family names
 * with every deck: past this many the oldest are forgotten (and asked again if they come back).
 */
const MAX_SUBSTITUTES = 2048;

type Runner = (command: string, args: string[]) => string | null;

const runCommand: Runner = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: TIMEOUT_MS, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
};

/** fontconfig weights (FC_WEIGHT_*) to CSS weights. */
export function cssWeight(fcWeight: number): number {
  const table: [number, number][] = [
    [0, 100],
    [40, 200],
    [50, 300],
    [55, 350],
    [75, 400],
    [80, 400],
    [100, 500],
    [180, 600],
    [200, 700],
    [205, 800],
    [210, 900],
    [215, 950],
  ];
  let best = 400;
  let bestD = Infinity;
  for (const [fc, css] of table) {
    const d = Math.abs(fc - fcWeight);
    if (d < bestD) {
      bestD = d;
      best = css;
    }
  }
  return best;
}

/** Parses `fc-list --format FORMAT` output into usable outline fonts. */
export function parseFcList(output: string): SystemFontRef[] {
  const refs: SystemFontRef[] = [];
  for (const line of output.split('\n')) {
    const parts = line.split('\t');
    if (parts.length < 8) continue;
    const [familyField, , weightField, slantField, indexField, format, color, ...fileParts] = parts;
    const file = fileParts.join('\t');
    if (!file || !/\.(ttf|otf|ttc|otc)$/i.test(file)) continue;
    if (format !== 'TrueType' && format !== 'CFF') continue;
    if (color === 'True') continue;
    const families = (familyField ?? '').split(',').map((f) => f.trim()).filter(Boolean);
    if (families.length === 0) continue;
    refs.push({
      file,
      index: Number.parseInt(indexField ?? '0', 10) || 0,
      family: families[0]!,
      families,
      weight: cssWeight(Number.parseFloat(weightField ?? '80')),
      italic: Number.parseFloat(slantField ?? '0') > 0,
    });
  }
  // Deterministic order whatever order fontconfig lists them in.
  refs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index));
  return refs;
}

/** Closest style among candidates: italic match first, then weight distance. */
export function closestStyle(candidates: SystemFontRef[], style: { weight: number; italic: boolean }): SystemFontRef | null {
  let best: SystemFontRef | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = (c.italic === style.italic ? 0 : 10_000) + Math.abs(c.weight - style.weight) + (c.weight < style.weight && style.weight >= 600 ? 1 : 0);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** A fontconfig-backed source; `run` is replaceable for tests. */
export function createFontconfigSource(run: Runner = runCommand): SystemFontSource {
  let all: SystemFontRef[] | null | undefined;
  let defaultFamily: string | null | undefined;
  const substitutes = new Map<string, string | null>();
  const byChar = new Map<number, SystemFontRef[]>();

  const list = (): SystemFontRef[] => {
    if (all === undefined) {
      const out = run('fc-list', ['--format', FORMAT]);
      all = out === null ? null : parseFcList(out);
    }
    return all ?? [];
  };
  const matchFamily = (pattern: string): string | null => {
    const out = run('fc-match', ['--format', '%{family}', pattern]);
    if (out === null) return null;
    return out.split(',')[0]?.trim() || null;
  };

  const defaultOf = (): string | null => {
    if (defaultFamily === undefined) defaultFamily = matchFamily('va-infographic-no-such-family');
    return defaultFamily;
  };

  return {
    findFamily(family, style) {
      const key = familyKey(family);
      if (!key) return null;
      const candidates = list().filter((ref) => ref.families.some((f) => familyKey(f) === key));
      return closestStyle(candidates, style);
    },
    substitute(family) {
      const key = familyKey(family);
      if (!key) return null;
      if (substitutes.has(key)) return substitutes.get(key)!;
      const fallback = defaultOf();
      // fontconfig patterns treat - : , \ specially: escape them.
      const matched = matchFamily(family.replace(/([-:,\\])/g, '\\$1'));
      const result = matched && familyKey(matched) !== familyKey(fallback ?? '') && familyKey(matched) !== key ? matched : null;
      if (substitutes.size >= MAX_SUBSTITUTES) substitutes.delete(substitutes.keys().next().value!);
      substitutes.set(key, result);
      return result;
    },
    defaultFamily: defaultOf,
    forChar(codePoint) {
      const cached = byChar.get(codePoint);
      if (cached) return cached;
      if (byChar.size >= MAX_CHAR_QUERIES) return [];
      const out = run('fc-list', ['--format', FORMAT, `:charset=${codePoint.toString(16)}`]);
      const refs = out === null ? [] : parseFcList(out);
      // Regular upright faces first, then by path (deterministic).
      refs.sort((a, b) => Number(a.italic) - Number(b.italic) || Math.abs(a.weight - 400) - Math.abs(b.weight - 400));
      byChar.set(codePoint, refs);
      return refs;
    },
  };
}

let shared: SystemFontSource | undefined;

/** The process-wide fontconfig source (its caches are shared by every registry). */
export function systemFonts(): SystemFontSource {
  shared ??= createFontconfigSource();
  return shared;
}

/** A source with no fonts, for registries that must not look at the machine. */
export const NO_SYSTEM_FONTS: SystemFontSource = Object.freeze({
  findFamily: () => null,
  substitute: () => null,
  defaultFamily: () => null,
  forChar: () => [],
});
