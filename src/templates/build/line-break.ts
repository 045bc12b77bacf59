/**
 * Where a line may break, simplified from Unicode line breaking (UAX #14) for the text of our
 * templates: after spaces and after hyphens in Latin text; between any two Chinese characters,
 * except before closing punctuation (，。、：；！？）」 …) and after opening punctuation (（「 …),
 * the "kinsoku" rules LibreOffice and PowerPoint apply to Simplified Chinese.
 */

const CLOSING = new Set([...'，。、；：！？）」』》〉】〕〗〙〛”’…‥·・ー％‰℃,.;:!?)]}%']);
const OPENING = new Set([...'（「『《〈【〔〖〘〚“‘([{']);
const HYPHENS = new Set(['-', '\u2010', '\u2013']);

/** Ideographs, kana, CJK symbols and punctuation, full-width forms: drawn by the East Asian font. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3100 && cp <= 0x312f) || // bopomofo
    (cp >= 0x3400 && cp <= 0x4dbf) || // extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // half-width and full-width forms
    (cp >= 0x20000 && cp <= 0x3134f) // extensions B–G
  );
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * Indexes (in `chars`) where a new line may begin. Index 0 is never included; a break "at i"
 * means the line may end after chars[i - 1].
 */
export function breakOpportunities(chars: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1]!;
    const after = chars[i]!;
    if (isSpace(after)) continue; // spaces stay at the end of the line they follow
    if (isSpace(before)) {
      out.push(i);
      continue;
    }
    if (CLOSING.has(after) || OPENING.has(before)) continue;
    const cjkBefore = isCjk(before.codePointAt(0)!);
    const cjkAfter = isCjk(after.codePointAt(0)!);
    if (cjkBefore || cjkAfter) {
      out.push(i);
      continue;
    }
    // A hyphen inside a word ("one-on-one", "QR-koden"), not a minus before a digit.
    if (HYPHENS.has(before) && i >= 2 && /\p{L}/u.test(chars[i - 2]!) && /\p{L}/u.test(after)) out.push(i);
  }
  return out;
}
