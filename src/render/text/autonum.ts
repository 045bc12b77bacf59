/**
 * Automatic numbering of bullets (a:buAutoNum type="arabicPeriod" ...): the label of number n
 * in a numbering scheme, and the counters that continue across paragraphs of one level.
 */
const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  let v = n;
  for (const [value, sym] of ROMAN) {
    while (v >= value) {
      out += sym;
      v -= value;
    }
  }
  return out;
}

function alpha(n: number): string {
  // a..z, then aa, bb, ... as PowerPoint numbers past z.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const CJK_DIGITS = '〇一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n < 10) return CJK_DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? CJK_DIGITS[n % 10] : '');
  if (n < 100) return CJK_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CJK_DIGITS[n % 10] : '');
  return String(n);
}

function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  return String(n);
}

/** The label of number `n` in scheme `type` (ST_TextAutonumberScheme). */
export function autoNumberLabel(type: string, n: number): string {
  let body: string;
  if (type.startsWith('romanUc')) body = roman(n).toUpperCase();
  else if (type.startsWith('romanLc')) body = roman(n);
  else if (type.startsWith('alphaUc')) body = alpha(n).toUpperCase();
  else if (type.startsWith('alphaLc')) body = alpha(n);
  else if (type.startsWith('circleNum')) return circled(n);
  else if (type.startsWith('ea1Chs') || type.startsWith('ea1Cht') || type.startsWith('ea1Jpn')) body = chineseNumber(n);
  else if (type.startsWith('arabicDb')) body = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  else body = String(n);
  if (type.endsWith('ParenBoth')) return `(${body})`;
  if (type.endsWith('ParenR')) return `${body})`;
  if (type.endsWith('Period')) return type.startsWith('ea1') || type.startsWith('arabicDb') ? `${body}．` : `${body}.`;
  if (type.endsWith('Minus')) return `- ${body} -`;
  if (type.endsWith('Comma')) return `${body},`;
  return body;
}

/** Numbering state of one text body: a counter per level. */
export class AutoNumberer {
  private readonly counters = new Map<number, { type: string; n: number }>();

  /** The number of the next paragraph at `level`, or undefined for an unnumbered one. */
  next(level: number, numbering: { scheme: string; startAt: number } | undefined): number | undefined {
    for (const l of [...this.counters.keys()]) if (l > level) this.counters.delete(l);
    if (!numbering) {
      this.counters.delete(level);
      return undefined;
    }
    const current = this.counters.get(level);
    const n = current && current.type === numbering.scheme ? current.n + 1 : numbering.startAt;
    this.counters.set(level, { type: numbering.scheme, n });
    return n;
  }
}
