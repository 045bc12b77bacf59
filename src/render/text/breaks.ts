/**
 * Line break opportunities: a compact subset of the Unicode line breaking algorithm (UAX #14)
 * for Latin, Danish and Chinese text: after spaces, after hyphens and dashes, after a solidus
 * (URLs), and between CJK characters, with the kinsoku rules: no line starts with closing
 * punctuation (，。、：；！？）」』】…) or small kana, and none ends with opening punctuation
 * (（「『【…). Words longer than a line are split by the layout, not here.
 */
type Cls = 'SP' | 'GL' | 'ZW' | 'HY' | 'BA' | 'BB' | 'B2' | 'OP' | 'CL' | 'EX' | 'IS' | 'SY' | 'NS' | 'QU' | 'ID' | 'NU' | 'CM' | 'AL';

const OP = new Set('([{«‹‘“„（［｛「『【〔〈《〖〘〚〝｟⦅'.split(''));
const CL = new Set(')]}»›’”）］｝」』】〕〉》〗〙〛〞〟｠⦆、。，．｡､'.split(''));
const EX = new Set('!?！？‼⁇⁈⁉'.split(''));
const IS = new Set(',.:;'.split(''));
const NS = new Set('ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠〜～・：；︰'.split(''));
const QU = new Set('"\''.split(''));
const BA = new Set(['\t', '\u00ad', '\u2010', '\u2012', '\u2013', '|', '\u3000', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u2009', '\u200a']);
const GL = new Set(['\u00a0', '\u202f', '\u2007', '\u2060', '\ufeff', '\u2011']);

export function lineBreakClass(ch: string): Cls {
  if (ch === ' ') return 'SP';
  if (ch === '\u200b') return 'ZW';
  if (GL.has(ch)) return 'GL';
  if (ch === '-') return 'HY';
  if (ch === '\u2014') return 'B2';
  if (BA.has(ch)) return 'BA';
  if (OP.has(ch)) return 'OP';
  if (CL.has(ch)) return 'CL';
  if (EX.has(ch)) return 'EX';
  if (IS.has(ch)) return 'IS';
  if (ch === '/') return 'SY';
  if (NS.has(ch)) return 'NS';
  if (QU.has(ch)) return 'QU';
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return 'NU';
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff)) {
    return 'CM';
  }
  if (isCjk(cp)) return 'ID';
  return 'AL';
}

/** Ideographs, kana, Hangul, CJK symbols and fullwidth forms: scripts broken between characters. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fff) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3100 && cp <= 0x31ff) ||
    (cp >= 0x3200 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/**
 * For characters `chars` (one string per code point), `result[i]` is true when a line may
 * break between chars[i-1] and chars[i] (result[0] is always false).
 */
export function breakOpportunities(chars: readonly string[]): boolean[] {
  const n = chars.length;
  const cls = chars.map(lineBreakClass);
  const out = new Array<boolean>(n).fill(false);
  // The class before the current position, looking through spaces (for OP SP* ×).
  for (let i = 1; i < n; i++) {
    const a = cls[i - 1]!;
    const b = cls[i]!;
    out[i] = allowed(a, b, cls, i, chars);
  }
  return out;
}

function allowed(a: Cls, b: Cls, cls: readonly Cls[], i: number, chars: readonly string[]): boolean {
  if (a === 'ZW') return true;
  if (b === 'SP' || b === 'ZW') return false;
  if (b === 'CM') return false;
  if (a === 'GL' || b === 'GL') return false;
  // Kinsoku: nothing closing starts a line.
  if (b === 'CL' || b === 'EX' || b === 'IS' || b === 'NS' || b === 'SY') return false;
  // Nothing opening ends a line (also across spaces: "( x").
  if (a === 'OP') return false;
  if (a === 'SP') {
    let j = i - 1;
    while (j > 0 && cls[j] === 'SP') j--;
    if (cls[j] === 'OP') return false;
    return true;
  }
  if (a === 'QU' || b === 'QU') return false;
  if (a === 'B2' && b === 'B2') return false;
  if (a === 'B2' || b === 'B2') return true;
  if (b === 'BA' || b === 'HY') return false;
  if (a === 'BA') return true;
  if (a === 'HY') return b !== 'NU';
  if (b === 'BB') return true;
  if (a === 'ID' || b === 'ID') return true;
  if (a === 'SY') return b !== 'NU';
  // After closing punctuation: before an opening bracket, or anything after CJK punctuation
  // (，。」 followed by a Latin word).
  if (a === 'CL' || a === 'EX' || a === 'IS') return b === 'OP' || isCjk(chars[i - 1]!.codePointAt(0)!);
  return false;
}
