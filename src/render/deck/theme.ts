/**
 * The parts of a theme (a:theme) the renderer needs: the colour scheme (a:clrScheme), the font
 * scheme (a:fontScheme) and the format scheme's style lists (a:fmtScheme), read once per part.
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { OpcPackage } from '../../package/opc-package.js';
import { resolveColor } from '../color/resolve.js';
import type { Rgba } from '../color/rgba.js';
import { parseHex } from '../color/rgba.js';

export interface ThemeFonts {
  latin: string;
  ea: string;
  cs: string;
  /** a:font script="Hans" typeface="..." */
  scripts: Readonly<Record<string, string>>;
}

export interface Theme {
  part: string | undefined;
  colors: Readonly<Record<string, Rgba>>;
  major: ThemeFonts;
  minor: ThemeFonts;
  /** a:fillStyleLst, a:lnStyleLst, a:effectStyleLst, a:bgFillStyleLst children in order. */
  fillStyles: readonly ReadonlyXElement[];
  lineStyles: readonly ReadonlyXElement[];
  bgFillStyles: readonly ReadonlyXElement[];
  /** a:effectStyleLst's a:effectStyle elements (shadows of p:style/a:effectRef). */
  effectStyles?: readonly ReadonlyXElement[];
}

const SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;

/** Office 2013+ default colours, used for slots a damaged theme lacks. */
const DEFAULT_COLORS: Record<(typeof SLOTS)[number], string> = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hlink: '0563C1',
  folHlink: '954F72',
};

const cache = new WeakMap<OpcPackage, Map<string, Theme>>();

/** The theme of a part name (cached per package); a default theme when the part is absent. */
export function readTheme(pkg: OpcPackage, part: string | undefined): Theme {
  let perPkg = cache.get(pkg);
  if (!perPkg) {
    perPkg = new Map();
    cache.set(pkg, perPkg);
  }
  const key = part ?? '';
  let theme = perPkg.get(key);
  if (!theme) {
    theme = part && pkg.has(part) ? parseTheme(pkg.readOnlyXml(part).root, part) : parseTheme(undefined, undefined);
    perPkg.set(key, theme);
  }
  return theme;
}

export function parseTheme(root: ReadonlyXElement | undefined, part: string | undefined): Theme {
  const elements = root?.child(NS.a, 'themeElements');
  return themeOf(elements, part);
}

/**
 * A chart's theme override (a:themeOverride, the part a chart names with a `themeOverride`
 * relationship): its a:clrScheme, a:fontScheme and a:fmtScheme replace the slide theme's for that
 * chart; what it leaves out stays the slide theme's.
 */
export function overrideTheme(base: Theme, root: ReadonlyXElement, part: string): Theme {
  if (root.localName !== 'themeOverride' || !root.inNamespace(NS.a)) return base;
  const own = themeOf(root, part);
  const fmt = root.child(NS.a, 'fmtScheme');
  return {
    part,
    colors: root.child(NS.a, 'clrScheme') ? own.colors : base.colors,
    major: root.child(NS.a, 'fontScheme')?.child(NS.a, 'majorFont') ? own.major : base.major,
    minor: root.child(NS.a, 'fontScheme')?.child(NS.a, 'minorFont') ? own.minor : base.minor,
    fillStyles: fmt?.child(NS.a, 'fillStyleLst') ? own.fillStyles : base.fillStyles,
    lineStyles: fmt?.child(NS.a, 'lnStyleLst') ? own.lineStyles : base.lineStyles,
    bgFillStyles: fmt?.child(NS.a, 'bgFillStyleLst') ? own.bgFillStyles : base.bgFillStyles,
    effectStyles: fmt?.child(NS.a, 'effectStyleLst') ? (own.effectStyles ?? []) : (base.effectStyles ?? []),
  };
}

/** The theme read from the element that holds a:clrScheme, a:fontScheme and a:fmtScheme. */
function themeOf(elements: ReadonlyXElement | undefined, part: string | undefined): Theme {
  const scheme = elements?.child(NS.a, 'clrScheme');
  const colors: Record<string, Rgba> = {};
  for (const slot of SLOTS) {
    const el = scheme?.child(NS.a, slot);
    let c: Rgba | null = null;
    if (el) {
      for (const colorEl of el.elements()) {
        c = resolveColor(colorEl, { scheme: {}, clrMap: {} });
        if (c) break;
      }
    }
    colors[slot] = c ?? parseHex(DEFAULT_COLORS[slot])!;
  }
  const fontScheme = elements?.child(NS.a, 'fontScheme');
  const fmt = elements?.child(NS.a, 'fmtScheme');
  const list = (name: string) => [...(fmt?.child(NS.a, name)?.elements() ?? [])];
  return {
    part,
    colors,
    major: readFonts(fontScheme?.child(NS.a, 'majorFont'), 'Calibri Light'),
    minor: readFonts(fontScheme?.child(NS.a, 'minorFont'), 'Calibri'),
    fillStyles: list('fillStyleLst'),
    lineStyles: list('lnStyleLst'),
    bgFillStyles: list('bgFillStyleLst'),
    effectStyles: list('effectStyleLst'),
  };
}

function readFonts(el: ReadonlyXElement | undefined, fallbackLatin: string): ThemeFonts {
  const scripts: Record<string, string> = {};
  for (const f of el?.childrenNamed(NS.a, 'font') ?? []) {
    const script = f.attr('script');
    const face = f.attr('typeface');
    if (script && face) scripts[script] = face;
  }
  return {
    latin: el?.child(NS.a, 'latin')?.attr('typeface') || (el ? '' : fallbackLatin),
    ea: el?.child(NS.a, 'ea')?.attr('typeface') ?? '',
    cs: el?.child(NS.a, 'cs')?.attr('typeface') ?? '',
    scripts,
  };
}
