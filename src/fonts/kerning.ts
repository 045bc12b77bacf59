/**
 * Pair kerning read straight from the font's bytes: GPOS pair adjustment (lookup type 2, also
 * inside extension lookups, type 9) of the `kern` feature of the text's script, or the legacy
 * `kern` table (Microsoft format 0). Nothing is decoded up front: a pair costs a few binary
 * searches, where fontkit's shaper decodes whole class matrices (30-200 ms for the first pair
 * of a font such as Inter). Semantics follow fontkit's GPOS processor, which the tests compare
 * against for every shipped font: the first subtable of a lookup that covers the pair applies,
 * lookups add up, format 2 applies class 0 to unlisted glyphs.
 *
 * Not modelled: device tables and variation deltas, lookup flags (marks never reach here: text
 * with combining marks is shaped by fontkit), feature variations.
 */

/** OpenType script tags we tell apart; everything else uses the font's default script. */
export type ScriptTag = 'latn' | 'grek' | 'cyrl' | 'hani' | 'kana' | 'hang' | 'DFLT';

/** The script of a code point, or null for characters common to all scripts (digits, punctuation). */
export function scriptOf(cp: number): ScriptTag | null {
  if (cp < 0x41) return null;
  if (cp <= 0x24f) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0xaa || cp === 0xba || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7) ? 'latn' : null;
  if (cp >= 0x370 && cp <= 0x3ff) return 'grek';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrl';
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'latn';
  if (cp >= 0x1f00 && cp <= 0x1fff) return 'grek';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) return 'kana';
  if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xac00 && cp <= 0xd7af)) return 'hang';
  if ((cp >= 0x2e80 && cp <= 0x2fdf) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff)) {
    return 'hani';
  }
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return 'latn';
  if (cp >= 0x2000 && cp <= 0x2bff) return null;
  if (cp >= 0x3000 && cp <= 0x303f) return null;
  if (cp >= 0xff00 && cp <= 0xffef) return null;
  return 'DFLT';
}

export interface PairKerning {
  /** Kerning in font units between glyph ids `left` and `right` in text of `script`. */
  get(left: number, right: number, script: ScriptTag): number;
}

interface TableEntry {
  offset: number;
  length: number;
}

/** Kerning from GPOS and/or the kern table; null when the font has neither. */
export function createPairKerning(bytes: Uint8Array, tables: Record<string, TableEntry | undefined>): PairKerning | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const gpos = tables.GPOS ? new GposKerning(view, tables.GPOS.offset) : null;
  const legacy = tables.kern ? LegacyKerning.create(view, tables.kern.offset) : null;
  if (!gpos?.hasKernFeature && !legacy) return null;
  return {
    get(left, right, script) {
      // As fontkit and HarfBuzz do: the kern table only when GPOS has no kern feature for the script.
      if (gpos?.hasKernFeature) {
        const lookups = gpos.lookupsFor(script);
        if (lookups.length > 0) return gpos.pair(lookups, left, right);
      }
      return legacy ? legacy.pair(left, right) : 0;
    },
  };
}

interface PairSubtable {
  format: 1 | 2;
  start: number;
  coverage: number;
  vf1: number;
  vf2: number;
}

class GposKerning {
  readonly hasKernFeature: boolean;
  private readonly byScript = new Map<ScriptTag, PairSubtable[][]>();
  private readonly lookups = new Map<number, PairSubtable[]>();

  constructor(
    private readonly v: DataView,
    private readonly base: number,
  ) {
    this.hasKernFeature = this.kernFeatureIndices().length > 0;
  }

  private u16(at: number): number {
    return this.v.getUint16(at);
  }

  private kernFeatureIndices(): number[] {
    const list = this.base + this.u16(this.base + 6);
    const count = this.u16(list);
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const rec = list + 2 + i * 6;
      if (tagAt(this.v, rec) === 'kern') out.push(i);
    }
    return out;
  }

  /** Pair lookups of the `kern` feature in the default language system of the script. */
  lookupsFor(script: ScriptTag): PairSubtable[][] {
    let cached = this.byScript.get(script);
    if (cached) return cached;
    const scriptList = this.base + this.u16(this.base + 4);
    const featureList = this.base + this.u16(this.base + 6);
    const count = this.u16(scriptList);
    const scripts = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const rec = scriptList + 2 + i * 6;
      scripts.set(tagAt(this.v, rec), scriptList + this.u16(rec + 4));
    }
    let scriptTable: number | undefined;
    for (const tag of [script, 'DFLT', 'dflt', 'latn']) {
      scriptTable = scripts.get(tag);
      if (scriptTable !== undefined) break;
    }
    const lookupIndices = new Set<number>();
    if (scriptTable !== undefined) {
      const defaultLangSys = this.u16(scriptTable);
      if (defaultLangSys !== 0) {
        const langSys = scriptTable + defaultLangSys;
        const featureCount = this.u16(langSys + 4);
        for (let i = 0; i < featureCount; i++) {
          const featureIndex = this.u16(langSys + 6 + i * 2);
          const rec = featureList + 2 + featureIndex * 6;
          if (tagAt(this.v, rec) !== 'kern') continue;
          const feature = featureList + this.u16(rec + 4);
          const lookupCount = this.u16(feature + 2);
          for (let j = 0; j < lookupCount; j++) lookupIndices.add(this.u16(feature + 4 + j * 2));
        }
      }
    }
    cached = [...lookupIndices]
      .sort((a, b) => a - b)
      .map((index) => this.lookup(index))
      .filter((subtables) => subtables.length > 0);
    this.byScript.set(script, cached);
    return cached;
  }

  private lookup(index: number): PairSubtable[] {
    let subtables = this.lookups.get(index);
    if (subtables) return subtables;
    subtables = [];
    const lookupList = this.base + this.u16(this.base + 8);
    const lookup = lookupList + this.u16(lookupList + 2 + index * 2);
    const type = this.u16(lookup);
    const count = this.u16(lookup + 4);
    for (let i = 0; i < count; i++) {
      let start = lookup + this.u16(lookup + 6 + i * 2);
      let subtableType = type;
      if (type === 9) {
        // ExtensionPosFormat1: format, extensionLookupType, extensionOffset (32-bit).
        subtableType = this.u16(start + 2);
        start += this.v.getUint32(start + 4);
      }
      if (subtableType !== 2) continue;
      const format = this.u16(start);
      if (format !== 1 && format !== 2) continue;
      subtables.push({ format, start, coverage: start + this.u16(start + 2), vf1: this.u16(start + 4), vf2: this.u16(start + 6) });
    }
    this.lookups.set(index, subtables);
    return subtables;
  }

  pair(lookups: PairSubtable[][], left: number, right: number): number {
    let total = 0;
    for (const subtables of lookups) {
      for (const st of subtables) {
        const covered = coverageIndex(this.v, st.coverage, left);
        if (covered < 0) continue;
        const size1 = valueRecordSize(st.vf1);
        const size2 = valueRecordSize(st.vf2);
        if (st.format === 1) {
          const pairSet = st.start + this.u16(st.start + 10 + covered * 2);
          const n = this.u16(pairSet);
          const recordSize = 2 + size1 + size2;
          let lo = 0;
          let hi = n - 1;
          let found = -1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const g = this.u16(pairSet + 2 + mid * recordSize);
            if (g === right) {
              found = mid;
              break;
            }
            if (g < right) lo = mid + 1;
            else hi = mid - 1;
          }
          if (found < 0) continue; // not in this subtable: the next one may have it
          const rec = pairSet + 2 + found * recordSize + 2;
          total += xAdvance(this.v, rec, st.vf1) + xAdvance(this.v, rec + size1, st.vf2);
          break;
        }
        // Format 2: class-based; applies as soon as the first glyph is covered.
        const class1 = classOf(this.v, st.start + this.u16(st.start + 8), left);
        const class2 = classOf(this.v, st.start + this.u16(st.start + 10), right);
        const class1Count = this.u16(st.start + 12);
        const class2Count = this.u16(st.start + 14);
        if (class1 < class1Count && class2 < class2Count) {
          const rec = st.start + 16 + (class1 * class2Count + class2) * (size1 + size2);
          total += xAdvance(this.v, rec, st.vf1) + xAdvance(this.v, rec + size1, st.vf2);
        }
        break;
      }
    }
    return total;
  }
}

class LegacyKerning {
  private constructor(
    private readonly v: DataView,
    private readonly pairs: number,
    private readonly count: number,
  ) {}

  /** The first horizontal format-0 subtable of a Microsoft (version 0) kern table. */
  static create(v: DataView, base: number): LegacyKerning | null {
    if (v.getUint16(base) !== 0) return null; // Apple's version 1 kern tables: not read
    const tables = v.getUint16(base + 2);
    let at = base + 4;
    for (let i = 0; i < tables; i++) {
      const length = v.getUint16(at + 2);
      const coverage = v.getUint16(at + 4);
      const horizontal = (coverage & 1) === 1 && (coverage & 0b110) === 0;
      if (horizontal && coverage >> 8 === 0) {
        const count = v.getUint16(at + 6);
        return new LegacyKerning(v, at + 14, count);
      }
      at += length;
    }
    return null;
  }

  pair(left: number, right: number): number {
    const key = left * 65536 + right;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.pairs + mid * 6;
      const k = this.v.getUint16(at) * 65536 + this.v.getUint16(at + 2);
      if (k === key) return this.v.getInt16(at + 4);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

function tagAt(v: DataView, at: number): string {
  return String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));
}

/** Bytes of a ValueRecord: two per bit set in the low byte of the ValueFormat. */
function valueRecordSize(format: number): number {
  let n = 0;
  for (let bit = 0; bit < 8; bit++) if (format & (1 << bit)) n += 2;
  return n;
}

/** The XAdvance field (ValueFormat bit 0x0004) of a ValueRecord, 0 when absent. */
function xAdvance(v: DataView, record: number, format: number): number {
  if (!(format & 0x0004)) return 0;
  const before = (format & 0x0001 ? 2 : 0) + (format & 0x0002 ? 2 : 0);
  return v.getInt16(record + before);
}

function coverageIndex(v: DataView, table: number, glyph: number): number {
  const format = v.getUint16(table);
  const count = v.getUint16(table + 2);
  let lo = 0;
  let hi = count - 1;
  if (format === 1) {
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = v.getUint16(table + 4 + mid * 2);
      if (g === glyph) return mid;
      if (g < glyph) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  if (format === 2) {
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const rec = table + 4 + mid * 6;
      const start = v.getUint16(rec);
      const end = v.getUint16(rec + 2);
      if (glyph < start) hi = mid - 1;
      else if (glyph > end) lo = mid + 1;
      else return v.getUint16(rec + 4) + glyph - start;
    }
  }
  return -1;
}

function classOf(v: DataView, table: number, glyph: number): number {
  const format = v.getUint16(table);
  if (format === 1) {
    const first = v.getUint16(table + 2);
    const count = v.getUint16(table + 4);
    const i = glyph - first;
    return i >= 0 && i < count ? v.getUint16(table + 6 + i * 2) : 0;
  }
  if (format === 2) {
    const count = v.getUint16(table + 2);
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const rec = table + 4 + mid * 6;
      const start = v.getUint16(rec);
      const end = v.getUint16(rec + 2);
      if (glyph < start) hi = mid - 1;
      else if (glyph > end) lo = mid + 1;
      else return v.getUint16(rec + 4);
    }
  }
  return 0;
}
