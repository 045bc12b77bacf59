/**
 * The brand's fonts for the web page: each face subset to the characters the page shows and
 * embedded as WOFF2 in a `data:` URL, so the page loads no font from anywhere.
 *
 * Subsetting and WOFF2 are done by `subset-font` (HarfBuzz's hb-subset compiled to WebAssembly,
 * the subsetter browsers' font tools use, with the WOFF2 encoder of Google's woff2 in
 * WebAssembly): no native build, works on Node 20. fontkit's own subsetter is meant for PDF
 * embedding and writes no `cmap`, which browsers need.
 */
import type { Warning } from '../warnings.js';
import type { CssFonts } from './css.js';

export const W_FAQ_FONT = 'W_FAQ_FONT';

export interface WebFontSource {
  /** What to call the font in messages ("the heading font Montserrat"). */
  what: string;
  /** TTF or OTF bytes. */
  bytes: Uint8Array;
  /** The weight the face is declared with (the file's own: 700 for a bold file, else 400). */
  weight: 400 | 700;
  /** Whether the family is a serif design (for the fallback list). */
  serif?: boolean;
}

export interface WebFontSources {
  heading?: WebFontSource;
  body?: WebFontSource;
  /** Bold body text (step titles, the note's lead-in). */
  bodyBold?: WebFontSource;
  /** Chinese faces, for pages with CJK text: regular for body text, bold for headings. */
  cjk?: WebFontSource;
  cjkBold?: WebFontSource;
}

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'woff2' }) => Promise<Buffer>;
let subsetModule: Promise<SubsetFont> | undefined;
function loadSubsetFont(): Promise<SubsetFont> {
  subsetModule ??= import('subset-font').then((m) => ((m as unknown as { default?: SubsetFont }).default ?? m) as unknown as SubsetFont);
  return subsetModule;
}

/** The face subset to `text` as WOFF2, or null with a warning when it cannot be. */
async function subset(source: WebFontSource, text: string, warnings: Warning[]): Promise<Uint8Array | null> {
  const b = source.bytes;
  if (b.length >= 4 && String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!) === 'ttcf') {
    warnings.push({ code: W_FAQ_FONT, message: `the FAQ page uses the reader's own fonts instead of ${source.what}: it is a font collection (.ttc), which is not subset` });
    return null;
  }
  try {
    const subsetFont = await loadSubsetFont();
    const out = await subsetFont(Buffer.from(b.buffer, b.byteOffset, b.length), text, { targetFormat: 'woff2' });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    warnings.push({ code: W_FAQ_FONT, message: `the FAQ page uses the reader's own fonts instead of ${source.what}: it could not be subset (${why})` });
    return null;
  }
}

function fontFace(family: string, weight: number, woff2: Uint8Array): string {
  const data = Buffer.from(woff2.buffer, woff2.byteOffset, woff2.length).toString('base64');
  return `@font-face{font-family:"${family}";font-style:normal;font-weight:${weight};font-display:swap;src:url(data:font/woff2;base64,${data}) format("woff2")}`;
}

const SANS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';
const SERIF = 'Georgia,"Times New Roman",serif';
const CJK_LOCAL = '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC"';

/**
 * @font-face rules and font-family lists. `id` makes the family names the page's own.
 * `texts` are the characters each face must draw (headings, body text, bold body text).
 */
export async function webFonts(id: string, sources: WebFontSources, texts: { heading: string; body: string; strong: string }, cjk: boolean): Promise<{ css: CssFonts; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const faces: string[] = [];
  const names = { heading: `${id}-h`, body: `${id}-b`, cjk: `${id}-c` };
  const jobs: [keyof typeof names, WebFontSource | undefined, string][] = [
    ['heading', sources.heading, texts.heading],
    ['body', sources.body, texts.body],
    ['body', sources.bodyBold, texts.strong],
    ['cjk', cjk ? sources.cjk : undefined, texts.body],
    ['cjk', cjk ? sources.cjkBold : undefined, texts.heading + texts.strong],
  ];
  const done = await Promise.all(jobs.map(async ([role, source, text]) => (source ? { role, source, woff2: await subset(source, text, warnings) } : null)));
  const present = new Set<string>();
  for (const job of done) {
    if (!job?.woff2) continue;
    faces.push(fontFace(names[job.role], job.source.weight, job.woff2));
    present.add(job.role);
  }
  const list = (role: 'heading' | 'body') => {
    const own = present.has(role) ? [`"${names[role]}"`] : [];
    const zh = present.has('cjk') ? [`"${names.cjk}"`] : [];
    const fallback = sources[role]?.serif ? SERIF : SANS;
    return [...own, ...zh, ...(cjk ? [CJK_LOCAL] : []), fallback].join(',');
  };
  return { css: { faces: faces.join('\n'), heading: list('heading'), body: list('body') }, warnings };
}
