/**
 * Bullets written in symbol fonts (Wingdings, Symbol) that we do not ship: the usual bullet
 * characters mapped to the Unicode character they show, so a standard font can draw them.
 */
const WINGDINGS: Record<string, string> = {
  '§': '▪', l: '●', n: '■', q: '❑', u: '◆', v: '❖', Ø: '➢', ü: '✓', 'þ': '☑', o: '□', 'Ú': '➔', 'à': '➔', 'è': '➔',
  'ª': '✦', 'w': '⬥', 'Ÿ': '•', 'ï': '⇨', 'F': '☞', 'J': '☺', '¨': '◻',
};
/** Wingdings 2 and 3 (arrows, triangles, squares) for the codes bullets use. */
const WINGDINGS_2: Record<string, string> = { '\u0096': '▪', '\u0097': '●', '\u0098': '●', '\u00a2': '◆', '\u00b3': '■', '\u00a3': '□', '\u00f0': '✕', P: '✓', O: '✗' };
const WINGDINGS_3: Record<string, string> = { '}': '‣', u: '►', t: '◄', p: '▲', q: '▼', '\u00c6': '➔', '\u00d8': '⮚', '\u0084': '►', '\u00a6': '➢' };
const SYMBOL: Record<string, string> = { '·': '•', 'Þ': '⇒', '®': '→', 'Ö': '√', '-': '−' };

/** The Unicode character a bullet character in `font` shows, or the character itself. */
export function mapSymbolBullet(font: string | undefined, ch: string): { font: string | undefined; ch: string } {
  const f = (font ?? '').toLowerCase();
  const code = ch.codePointAt(0) ?? 0;
  // Symbol fonts are often written in the private use area (U+F000 + the font's code).
  if ((f.startsWith('wingdings') || f === 'symbol') && code >= 0xf000 && code <= 0xf0ff) ch = String.fromCharCode(code - 0xf000);
  // A character beyond the symbol font's 8-bit codes (a:buChar char="✭" in Wingdings) is not in
  // that font: PowerPoint draws the character itself from a font that has it (poi pptx2svg's
  // thumbnail shows its Wingdings "✭" bullets as stars), so it is kept and drawn by fallback.
  if (f.startsWith('wingdings') && (ch.codePointAt(0) ?? 0) > 0xff) return { font: undefined, ch };
  if (f === 'wingdings 2') return { font: undefined, ch: WINGDINGS_2[ch] ?? '▪' };
  if (f === 'wingdings 3') return { font: undefined, ch: WINGDINGS_3[ch] ?? '►' };
  if (f.startsWith('wingdings')) return { font: undefined, ch: WINGDINGS[ch] ?? '•' };
  if (f === 'symbol') return { font: undefined, ch: SYMBOL[ch] ?? ch };
  // Characters of the private use area F0xx are symbol-font codes.
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0xf000 && cp <= 0xf0ff) return mapSymbolBullet('wingdings', String.fromCharCode(cp - 0xf000));
  return { font, ch };
}
