/**
 * Where a line may break: the one line breaker of the brand engine's text fitting, the template
 * build and the renderer, so that all three wrap text alike.
 *
 * The Unicode line breaking algorithm (UAX #14) from the `linebreak` package (the
 * implementation pdfkit uses, Unicode data built in), which already gives the kinsoku rules of
 * Chinese and Japanese (no line starts with closing punctuation, a full stop, small kana or
 * a prolonged sound mark; none ends with opening punctuation), tailored in two ways:
 * - kinsoku for the marks UAX #14 lets start a line but East Asian typesetting does not
 *   (，、：；！？ and the other full-width closing marks, 〜～・, and CJK opening marks at a
 *   line's end);
 * - links stay readable: inside a URL-like word (a scheme such as https:// or mailto:, or
 *   www., or a link's short display form: a host name with a path, an e-mail address), a line may also break after `.`, `?`, `&`, `=` and `#` before a letter or digit, as
 *   after `/` and `-`, but never inside `://`. A word longer than its line is then cut at one
 *   of these before it is ever cut between two letters (see the layout's word splitting).
 *
 * Linear in the length of the text.
 */
import LineBreaker from 'linebreak';

/** East Asian closing marks that never start a line (kinsoku), beyond UAX #14's own. */
const NO_START = new Set([...'，。、；：！？）」』》〉】〕〗〙〛｝］”’…‥·・ー〜～％‰℃']);
/** East Asian opening marks that never end a line. */
const NO_END = new Set([...'（「『《〈【〔〖〘〚｛［“‘']);
/** Where a link may break after, inside a URL-like word. */
const URL_BREAK_AFTER = new Set(['/', '.', '?', '&', '=', '#', '-']);
/**
 * A URL-like word: a scheme, www., or (the short display form of a link, without either) a host
 * name with a dot followed by a path, or an e-mail address.
 */
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|tel:|www\.|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/|[^\s@/]+@[\p{L}\p{N}-]+\.)/iu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /^\s$/u;

/**
 * For characters `chars` (one string per code point), `result[i]` is true when a line may break
 * between chars[i - 1] and chars[i] (result[0] is always false).
 */
export function breakOpportunities(chars: readonly string[]): boolean[] {
  const n = chars.length;
  const out = new Array<boolean>(n).fill(false);
  if (n < 2) return out;
  // UTF-16 index of each code point, to map the breaker's positions back.
  const text = chars.join('');
  const indexAt = new Int32Array(text.length + 1).fill(-1);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    indexAt[offset] = i;
    offset += chars[i]!.length;
  }
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    const i = indexAt[b.position] ?? -1;
    if (i > 0 && i < n) out[i] = true;
  }
  for (let i = 1; i < n; i++) {
    if (out[i] && (NO_START.has(chars[i]!) || NO_END.has(chars[i - 1]!))) out[i] = false;
  }
  urlBreaks(chars, out);
  return out;
}

/** Adds the break opportunities of URL-like words (see above). */
function urlBreaks(chars: readonly string[], out: boolean[]): void {
  const n = chars.length;
  let start = 0;
  while (start < n) {
    while (start < n && SPACE.test(chars[start]!)) start++;
    let end = start;
    while (end < n && !SPACE.test(chars[end]!)) end++;
    if (end - start > 4 && URL_START.test(chars.slice(start, Math.min(end, start + 40)).join(''))) {
      for (let i = start + 1; i < end; i++) {
        // After the mark and before a letter or digit: so never inside "://" or "?&".
        if (URL_BREAK_AFTER.has(chars[i - 1]!) && WORD_CHAR.test(chars[i]!)) out[i] = true;
      }
    }
    start = end;
  }
}
