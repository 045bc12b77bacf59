/**
 * Where the text of a page sits, compared between two PDFs of the same deck whose fonts may
 * differ (PowerPoint's export uses the deck's own Calibri, Arial ...; we and LibreOffice use
 * stand-ins), so pixels alone would mostly measure glyph shapes. Words come from poppler's
 * `pdftotext -bbox` (one `<word xMin yMin xMax yMax>` per word, page size in points); the words of
 * the two pages are paired in reading order by a longest common subsequence of their text
 * (NFKC, lower case, punctuation-only words left out), and for the pairs:
 *   - `dy`: how far the vertical centre of each word is from the reference's, in points of the
 *     reference page (the other page scaled to its width);
 *   - `pitch`: for each two consecutive paired words on different lines of the reference, how much
 *     the vertical distance between them differs from the reference's (line pitch, row heights,
 *     paragraph spacing), in points;
 *   - `breaks`: for each two consecutive paired words, whether both pages agree that the second
 *     starts a new line (where the text breaks), as a share.
 * pdftotext gives no baseline: a word's box is its font's ascent to descent, taken from the PDF's
 * font descriptor, and producers write these differently (PowerPoint and we write Arial's 905 /
 * -212; LibreOffice 7.4 writes 0 / 0, so poppler falls back to other metrics and its boxes come
 * out about 16 % taller). `dy` carries that difference (the box centre moves with it: `height` is
 * the median ratio of the box heights, to see it); `pitch` compares distances between words of
 * one page and mostly cancels it, so it is the figure to compare producers by.
 */
import { spawnSync } from 'node:child_process';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface TextPage {
  width: number;
  height: number;
  words: Word[];
}

export interface LayoutAgreement {
  /** Words of the reference page (punctuation-only words left out). */
  refWords: number;
  /** Of those, words paired with a word of the other page. */
  matched: number;
  /** Median |dy| of the paired words, points of the reference page (NaN without pairs). */
  medianDy: number;
  /** Median |difference| of the vertical distance between consecutive paired words on different lines, points (NaN without such pairs). */
  pitch: number;
  /** Median ratio of the paired words' box heights, other / reference (NaN without pairs). */
  height: number;
  /** Share of the paired words whose centre is within `tolerance` points of the reference's. */
  within: number;
  /** Share of consecutive pairs on which both pages agree about a line break (NaN with < 2 pairs). */
  breaks: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** The pages of `pdftotext -bbox` output (XHTML). */
export function parseBbox(xhtml: string): TextPage[] {
  const pages: TextPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([\s\S]*?)<\/word>/g;
  for (const p of xhtml.matchAll(pageRe)) {
    const words: Word[] = [];
    for (const w of p[3]!.matchAll(wordRe)) {
      words.push({ xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: decode(w[5]!) });
    }
    pages.push({ width: Number(p[1]), height: Number(p[2]), words });
  }
  return pages;
}

/** The words of every page of a PDF (poppler's pdftotext), or undefined when it cannot be read. */
export function readTextPages(pdf: string): TextPage[] | undefined {
  const r = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) return undefined;
  return parseBbox(r.stdout);
}

/** The text a word is paired by: NFKC (ligatures apart), lower case, outer punctuation gone. */
export function wordKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Index pairs of a longest common subsequence of `a` and `b`. */
export function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const len = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * (m + 1) + j] = a[i] === b[j] ? len[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(len[(i + 1) * (m + 1) + j]!, len[i * (m + 1) + j + 1]!);
    }
  }
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (len[(i + 1) * (m + 1) + j]! >= len[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return out;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
const centre = (w: Word) => (w.yMin + w.yMax) / 2;
const height = (w: Word) => w.yMax - w.yMin;
/** Two words on one line: their centres closer than half the smaller height. */
const sameLine = (a: Word, b: Word) => Math.abs(centre(a) - centre(b)) < 0.5 * Math.min(height(a), height(b));

/**
 * How the text of `other` sits against `ref` (the reference page). `other` is scaled to the
 * reference page's width (PowerPoint writes 959.76 pt where we write 960 pt for a 16:9 slide).
 */
export function compareLayout(ref: TextPage, other: TextPage, tolerance = 2): LayoutAgreement {
  const keep = (p: TextPage) => p.words.map((w) => ({ w, k: wordKey(w.text) })).filter((x) => x.k !== '');
  const r = keep(ref);
  const s = other.width > 0 ? ref.width / other.width : 1;
  const o = keep(other).map(({ w, k }) => ({ w: { text: w.text, xMin: w.xMin * s, yMin: w.yMin * s, xMax: w.xMax * s, yMax: w.yMax * s }, k }));
  const pairs = lcsPairs(
    r.map((x) => x.k),
    o.map((x) => x.k),
  );
  const dys = pairs.map(([i, j]) => Math.abs(centre(r[i]!.w) - centre(o[j]!.w)));
  const pitches: number[] = [];
  let agree = 0;
  for (let p = 1; p < pairs.length; p++) {
    const [i0, j0] = pairs[p - 1]!;
    const [i1, j1] = pairs[p]!;
    const refSame = sameLine(r[i0]!.w, r[i1]!.w);
    if (refSame === sameLine(o[j0]!.w, o[j1]!.w)) agree++;
    if (!refSame) pitches.push(Math.abs(centre(o[j1]!.w) - centre(o[j0]!.w) - (centre(r[i1]!.w) - centre(r[i0]!.w))));
  }
  return {
    refWords: r.length,
    matched: pairs.length,
    medianDy: median(dys),
    pitch: median(pitches),
    height: median(pairs.map(([i, j]) => height(o[j]!.w) / height(r[i]!.w))),
    within: dys.length === 0 ? NaN : dys.filter((d) => d <= tolerance).length / dys.length,
    breaks: pairs.length < 2 ? NaN : agree / (pairs.length - 1),
  };
}
