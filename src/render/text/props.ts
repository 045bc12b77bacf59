/**
 * Resolution of paragraph and run properties through DrawingML's inheritance: every source is a
 * paragraph-properties element (a:lvl1pPr ... a:lvl9pPr, a:defPPr, a:pPr) ordered from the lowest
 * priority (p:defaultTextStyle) to the highest (the paragraph's own a:pPr); a run's properties
 * come from the a:defRPr of those sources and then its own a:rPr. Attributes override one by
 * one; child groups (a fill, a typeface, spacing) replace as a whole.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { resolveColorIn, type ColorContext } from '../color/resolve.js';
import type { Rgba } from '../color/rgba.js';
import { fillElement, flatColor, meanColor, readFill } from '../scene/fill.js';
import type { Theme } from '../deck/theme.js';
import { boolAttr, emuToPt, intAttr } from '../units.js';
import type { BlipSource } from '../scene/fill.js';

export type Spacing = { kind: 'pct'; value: number } | { kind: 'pts'; value: number };

export type BulletKind =
  | { kind: 'none' }
  | { kind: 'char'; char: string }
  | { kind: 'autonum'; scheme: string; startAt: number }
  | { kind: 'blip'; blip: ReadonlyXElement };

export interface BulletStyle {
  type: BulletKind;
  /** undefined = follow the text colour (a:buClrTx). */
  color: Rgba | undefined;
  /** Relative size (a:buSzPct) or absolute points (a:buSzPts); undefined = text size. */
  size: { kind: 'pct'; value: number } | { kind: 'pts'; value: number } | undefined;
  /** Typeface (a:buFont); undefined = the text's font (a:buFontTx). */
  font: string | undefined;
}

export type Align = 'l' | 'ctr' | 'r' | 'just' | 'dist';

export interface TabStop {
  pos: number;
  algn: 'l' | 'ctr' | 'r' | 'dec';
}

export interface ParaStyle {
  level: number;
  marL: number;
  marR: number;
  indent: number;
  algn: Align;
  rtl: boolean;
  lnSpc: Spacing;
  spcBef: Spacing;
  spcAft: Spacing;
  defTab: number;
  tabs: TabStop[];
  bullet: BulletStyle;
  /** a:pPr@eaLnBrk / latinLnBrk: break East Asian / Latin words anywhere. */
  latinLnBrk: boolean;
  /** a:pPr@hangingPunct: CJK commas and full stops may hang past the line end (default on, as LibreOffice). */
  hangingPunct: boolean;
}

export interface RunStyle {
  size: number;
  bold: boolean;
  italic: boolean;
  /** a:rPr@u ('none', 'sng', 'dbl', 'heavy', 'dotted', ...). */
  underline: string;
  /** a:rPr@strike ('noStrike', 'sngStrike', 'dblStrike'). */
  strike: string;
  /** null when the text has no fill (a:noFill). */
  color: Rgba | null;
  latin: string;
  ea: string;
  cs: string;
  sym: string;
  /** Superscript / subscript offset as a fraction of the size (a:rPr@baseline). */
  baseline: number;
  cap: 'none' | 'small' | 'all';
  /** Extra space after each character, in points (a:rPr@spc). */
  spacing: number;
  lang: string | undefined;
  highlight: Rgba | undefined;
  underlineColor: Rgba | undefined;
  /** The run's fill is a gradient (a:gradFill), drawn in its mean colour. */
  gradientFill?: boolean;
}

/** The resolution environment: the theme (fonts), colours and the part for picture bullets. */
export interface PropsEnv {
  theme: Theme;
  colors: ColorContext;
  source: BlipSource;
}

function attr(sources: readonly ReadonlyXElement[], name: string): string | undefined {
  for (let i = sources.length - 1; i >= 0; i--) {
    const v = sources[i]!.attr(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

function lastChild(sources: readonly ReadonlyXElement[], names: readonly string[]): ReadonlyXElement | undefined {
  for (let i = sources.length - 1; i >= 0; i--) {
    for (const c of sources[i]!.elements()) if (names.includes(c.localName) && c.inNamespace(NS.a)) return c;
  }
  return undefined;
}

function spacing(el: ReadonlyXElement | undefined, fallback: Spacing): Spacing {
  if (!el) return fallback;
  const pct = el.child(NS.a, 'spcPct');
  if (pct) return { kind: 'pct', value: intAttr(pct.attr('val'), 100000) / 100000 };
  const pts = el.child(NS.a, 'spcPts');
  if (pts) return { kind: 'pts', value: intAttr(pts.attr('val'), 0) / 100 };
  return fallback;
}

export function resolvePara(sources: readonly ReadonlyXElement[], level: number, env: PropsEnv): ParaStyle {
  const algnRaw = attr(sources, 'algn');
  const algn: Align = algnRaw === 'ctr' || algnRaw === 'r' || algnRaw === 'dist' ? algnRaw : algnRaw === 'just' || algnRaw === 'justLow' ? 'just' : algnRaw === 'thaiDist' ? 'dist' : 'l';
  const tabLst = lastChild(sources, ['tabLst']);
  const tabs: TabStop[] = [];
  for (const t of tabLst?.childrenNamed(NS.a, 'tab') ?? []) {
    const a = t.attr('algn');
    tabs.push({ pos: emuToPt(intAttr(t.attr('pos'), 0)), algn: a === 'ctr' || a === 'r' || a === 'dec' ? a : 'l' });
  }
  tabs.sort((x, y) => x.pos - y.pos);
  return {
    level,
    marL: emuToPt(intAttr(attr(sources, 'marL'), 0)),
    marR: emuToPt(intAttr(attr(sources, 'marR'), 0)),
    indent: emuToPt(intAttr(attr(sources, 'indent'), 0)),
    algn,
    rtl: boolAttr(attr(sources, 'rtl'), false),
    lnSpc: spacing(lastChild(sources, ['lnSpc']), { kind: 'pct', value: 1 }),
    spcBef: spacing(lastChild(sources, ['spcBef']), { kind: 'pts', value: 0 }),
    spcAft: spacing(lastChild(sources, ['spcAft']), { kind: 'pts', value: 0 }),
    defTab: Math.max(1, emuToPt(intAttr(attr(sources, 'defTabSz'), 914400))),
    tabs,
    bullet: resolveBullet(sources, env),
    latinLnBrk: boolAttr(attr(sources, 'latinLnBrk'), false),
    hangingPunct: boolAttr(attr(sources, 'hangingPunct'), true),
  };
}

function resolveBullet(sources: readonly ReadonlyXElement[], env: PropsEnv): BulletStyle {
  const typeEl = lastChild(sources, ['buNone', 'buAutoNum', 'buChar', 'buBlip']);
  let type: BulletKind = { kind: 'none' };
  if (typeEl?.localName === 'buChar') type = { kind: 'char', char: typeEl.attr('char') ?? '•' };
  else if (typeEl?.localName === 'buAutoNum') {
    type = { kind: 'autonum', scheme: typeEl.attr('type') ?? 'arabicPeriod', startAt: Math.max(1, intAttr(typeEl.attr('startAt'), 1)) };
  } else if (typeEl?.localName === 'buBlip') {
    const blip = typeEl.child(NS.a, 'blip');
    type = blip ? { kind: 'blip', blip } : { kind: 'none' };
  }
  const clr = lastChild(sources, ['buClrTx', 'buClr']);
  const sz = lastChild(sources, ['buSzTx', 'buSzPct', 'buSzPts']);
  const font = lastChild(sources, ['buFontTx', 'buFont']);
  let size: BulletStyle['size'];
  if (sz?.localName === 'buSzPct') size = { kind: 'pct', value: pctValue(sz.attr('val'), 1) };
  else if (sz?.localName === 'buSzPts') size = { kind: 'pts', value: intAttr(sz.attr('val'), 1200) / 100 };
  return {
    type,
    color: clr?.localName === 'buClr' ? (resolveColorIn(clr, env.colors) ?? undefined) : undefined,
    size,
    font: font?.localName === 'buFont' ? resolveTypeface(font.attr('typeface'), env.theme, 'latin') : undefined,
  };
}

function pctValue(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (v.endsWith('%')) return (Number.parseFloat(v) || 0) / 100 || fallback;
  return intAttr(v, fallback * 100000) / 100000;
}

/** A run-properties source: an a:rPr/a:defRPr element, or the font and colour of p:style/a:fontRef. */
export type RunSource = ReadonlyXElement | { fontRef: FontRefProps };

/** Run properties that come from a style rather than an a:rPr (p:style/a:fontRef, a:tcTxStyle). */
export interface FontRefProps {
  font: 'major' | 'minor' | undefined;
  color: Rgba | undefined;
  bold?: boolean;
  italic?: boolean;
}

/** Resolves a run's properties from its sources (lowest priority first). */
export function resolveRun(sources: readonly RunSource[], env: PropsEnv): RunStyle {
  const els: ReadonlyXElement[] = [];
  let color: Rgba | null | undefined;
  let refBold: boolean | undefined;
  let refItalic: boolean | undefined;
  let latin: string | undefined;
  let ea: string | undefined;
  let cs: string | undefined;
  let sym: string | undefined;
  let highlight: Rgba | undefined;
  let underlineColor: Rgba | undefined;
  let gradient = false;
  for (const s of sources) {
    if (!('fontRef' in s)) {
      els.push(s);
      const f = fillElement(s);
      if (f) {
        const spec = readFill(f, env.colors, env.source);
        color = spec?.kind === 'none' ? null : (meanColor(spec) ?? color ?? null);
        gradient = spec?.kind === 'linear' || spec?.kind === 'path';
      }
      const l = s.child(NS.a, 'latin')?.attr('typeface');
      if (l) latin = resolveTypeface(l, env.theme, 'latin');
      const e = s.child(NS.a, 'ea')?.attr('typeface');
      if (e) ea = resolveTypeface(e, env.theme, 'ea');
      const c = s.child(NS.a, 'cs')?.attr('typeface');
      if (c) cs = resolveTypeface(c, env.theme, 'cs');
      const y = s.child(NS.a, 'sym')?.attr('typeface');
      if (y) sym = resolveTypeface(y, env.theme, 'latin');
      const h = s.child(NS.a, 'highlight');
      if (h) highlight = resolveColorIn(h, env.colors) ?? undefined;
      const ul = s.child(NS.a, 'uFill');
      if (ul) underlineColor = flatColor(readFill(fillElement(ul), env.colors, env.source));
      else if (s.child(NS.a, 'uFillTx')) underlineColor = undefined;
    } else {
      const fr = s.fontRef;
      if (fr.font) {
        const fonts = fr.font === 'major' ? env.theme.major : env.theme.minor;
        latin = fonts.latin || latin;
        ea = fonts.ea || ea;
        cs = fonts.cs || cs;
      }
      if (fr.color) {
        color = fr.color;
        gradient = false;
      }
      if (fr.bold !== undefined) refBold = fr.bold;
      if (fr.italic !== undefined) refItalic = fr.italic;
    }
  }
  const cap = attr(els, 'cap');
  const minor = env.theme.minor;
  return {
    size: Math.max(1, intAttr(attr(els, 'sz'), 1800) / 100),
    bold: boolAttr(attr(els, 'b'), refBold ?? false),
    italic: boolAttr(attr(els, 'i'), refItalic ?? false),
    underline: attr(els, 'u') ?? 'none',
    strike: attr(els, 'strike') ?? 'noStrike',
    color: color === undefined ? { r: 0, g: 0, b: 0, a: 1 } : color,
    latin: latin ?? (minor.latin || 'Calibri'),
    ea: ea ?? minor.ea,
    cs: cs ?? minor.cs,
    sym: sym ?? '',
    baseline: intAttr(attr(els, 'baseline'), 0) / 100000,
    cap: cap === 'all' || cap === 'small' ? cap : 'none',
    spacing: intAttr(attr(els, 'spc'), 0) / 100,
    lang: attr(els, 'lang'),
    highlight,
    underlineColor,
    ...(gradient ? { gradientFill: true } : {}),
  };
}

/** Theme font references (+mj-lt, +mn-ea, ...) to family names; '' when the theme has none. */
export function resolveTypeface(face: string | undefined, theme: Theme, _slot: 'latin' | 'ea' | 'cs'): string {
  if (!face) return '';
  const m = /^\+(mj|mn)-(lt|ea|cs)$/.exec(face);
  if (!m) return face;
  const fonts = m[1] === 'mj' ? theme.major : theme.minor;
  return m[2] === 'lt' ? fonts.latin : m[2] === 'ea' ? fonts.ea : fonts.cs;
}
