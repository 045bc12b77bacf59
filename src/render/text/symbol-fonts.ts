/**
 * Bullets written in symbol fonts (Wingdings, Symbol) that we do not ship: the usual bullet
 * characters mapped to the Unicode character they show, so a standard font can draw them.
 */
const WINGDINGS: Record<string, string> = {
  '§': '▪', l: '●', n: '■', q: '❑', u: '◆', v: '❖', Ø: '➢', ü: '✓', 'þ': '☑', o: '□', 'Ú': '➔', 'à': '➔', 'è': '➔',
  'ª': '✦', 'w': '⬥', 'Ÿ': '•', 'ï': '⇨', 'F': '☞', 'J': '☺', '¨': '◻',
};
const SYMBOL: Record<string, string> = { '·': '•', 'Þ': '⇒', '®': '→', 'Ö': '√', '-': '−' };

/** The Unicode character a bullet character in `font` shows, or the character itself. */
export function mapSymbolBullet(font: string | undefined, ch: string): { font: string | undefined; ch: string } {
  const f = (font ?? '').toLowerCase();
  const code = ch.codePointAt(0) ?? 0;
  // Symbol fonts are often written in the private use area (U+F000 + the font's code).
  if ((f.startsWith('wingdings') || f === 'symbol') && code >= 0xf000 && code <= 0xf0ff) ch = String.fromCharCode(code - 0xf000);
  if (f.startsWith('wingdings')) return { font: undefined, ch: WINGDINGS[ch] ?? '•' };
  if (f === 'symbol') return { font: undefined, ch: SYMBOL[ch] ?? ch };
  // Characters of the private use area F0xx are symbol-font codes.
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0xf000 && cp <= 0xf0ff) return mapSymbolBullet('wingdings', String.fromCharCode(cp - 0xf000));
  return { font, ch };
}
