/**
 * Links as people read them and as the engine compares them.
 *
 * `readableLink` is what a handout prints (contract section 3): no scheme, no trailing slash,
 * `mailto:`/`tel:` show the address or number. `linkMatchKey` decides whether two hyperlink
 * targets are "the same link" for `--replace-link OLD=NEW` (docs/brand-engine.md, link matching).
 */

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The printed form of a link:
 *   https://www.example.org/book/ → www.example.org/book
 *   http://example.org/?a=1       → example.org/?a=1
 *   mailto:desk@example.org?subject=Hi → desk@example.org
 *   tel:+45%2012%2034             → +45 12 34
 * Percent-escapes are decoded for reading; anything unparseable is returned trimmed.
 */
export function readableLink(link: string): string {
  const value = link.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel') {
    const rest = value.slice(scheme.length + 1).replace(/^\/\//, '');
    return safeDecode(rest.split('?')[0]!);
  }
  let rest = value;
  if (scheme === 'http' || scheme === 'https') rest = value.slice(scheme.length + 1).replace(/^\/\//, '');
  // A trailing slash only goes when nothing (query, fragment) follows the path.
  if (!/[?#]/.test(rest)) rest = rest.replace(/\/+$/, '');
  return safeDecodeUri(rest);
}

/**
 * The display form of a link: what a reader types, not what a tracker needs (contract
 * section 4). Scheme, `www.`, query string, fragment and trailing slashes go:
 *   https://www.example.org/book/?advisor=any&utm_source=pdf#top → example.org/book
 *   mailto:desk@example.org?subject=Hi                             → desk@example.org
 *   tel:+45%2070%2010%2020%2030                                    → +45 70 10 20 30
 * Percent-escapes are decoded for reading. The hyperlink and the QR code keep the full link.
 */
export function displayLink(link: string): string {
  const value = link.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return readableLink(value);
  let rest = value.slice(scheme.length + 1).replace(/^\/\//, '');
  rest = rest.replace(/[?#].*$/s, '');
  // user:password@ never prints.
  rest = rest.replace(/^[^/@]*@/, '');
  rest = rest.replace(/^www\./i, '');
  rest = rest.replace(/\/+$/, '');
  return safeDecodeUri(rest);
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * The key two link targets are compared by when replacing links:
 *  - http(s): scheme and host lower-cased (as URLs define them), the default port dropped, one
 *    trailing slash of the path ignored (`https://x.org/a/` = `https://x.org/a`, and
 *    `https://x.org` = `https://x.org/`); query and fragment compared exactly;
 *  - mailto: compared case-insensitively; tel: with spaces, dots, dashes and brackets ignored;
 *  - anything else: the trimmed string, exactly.
 * `http:` and `https:` are different links, and so are `www.x.org` and `x.org`.
 */
export function linkMatchKey(link: string): string {
  const value = link.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
    return `${url.protocol}//${url.host}${path}${url.search}${url.hash}`;
  }
  if (url.protocol === 'mailto:') return value.toLowerCase();
  if (url.protocol === 'tel:') return 'tel:' + safeDecode(url.pathname).replace(/[\s.\-()]/g, '');
  return value;
}

/** True when two link targets are the same link by `linkMatchKey`. */
export function sameLink(a: string, b: string): boolean {
  return linkMatchKey(a) === linkMatchKey(b);
}

/**
 * A link in 7-bit ASCII, for where only ASCII is safe: a PDF URI action (PDF 32000-1, 12.6.4.7)
 * and the QR code that phones scan. An IRI such as `https://example.cn/预约?a=<b>` is
 * percent-encoded in UTF-8 as the WHATWG URL serialiser does it (host in punycode), and anything
 * still outside ASCII is encoded too. A link that is already printable ASCII is left exactly as
 * it is (no added slash, no case change).
 */
export function asciiUri(uri: string): string {
  if (/^[\x21-\x7e]*$/.test(uri)) return uri;
  let out = uri;
  try {
    out = new URL(uri).href;
  } catch {
    // Not parseable: encode what is not ASCII, leave the rest as it was.
  }
  return out.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}
