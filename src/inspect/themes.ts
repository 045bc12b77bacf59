/**
 * The themes the slide masters use (`a:theme`): colour scheme (`a:clrScheme`) and font scheme
 * (`a:fontScheme`, major/minor `a:latin`/`a:ea`/`a:cs`).
 */
import type { OpcPackage } from '../package/opc-package.js';
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';
import type { Deck } from '../presentation/deck.js';

export const SCHEME_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;

export interface ThemeColour {
  /** RRGGBB when known (an a:sysClr gives its lastClr). */
  hex: string | null;
  /** How it is written: "srgbClr", "sysClr windowText", ... */
  written: string;
}

export interface ThemeFonts {
  latin: string | null;
  ea: string | null;
  cs: string | null;
}

export interface ThemeInfo {
  part: string;
  name: string | null;
  /** The masters that use this theme. */
  masters: string[];
  colorSchemeName: string | null;
  colors: Partial<Record<(typeof SCHEME_SLOTS)[number], ThemeColour>>;
  /** Slots the scheme lacks (a theme without a:clrScheme lacks all twelve). */
  missingColors: string[];
  fontSchemeName: string | null;
  major: ThemeFonts | null;
  minor: ThemeFonts | null;
}

function colourOf(slot: ReadonlyXElement): ThemeColour {
  const c = [...slot.elements()][0];
  if (!c) return { hex: null, written: 'empty' };
  const local = c.localName;
  if (local === 'srgbClr') return { hex: (c.attr('val') ?? '').toUpperCase() || null, written: 'srgbClr' };
  if (local === 'sysClr') return { hex: (c.attr('lastClr') ?? '').toUpperCase() || null, written: `sysClr ${c.attr('val') ?? ''}`.trim() };
  return { hex: null, written: `${local} ${c.attr('val') ?? ''}`.trim() };
}

function fontsOf(el: ReadonlyXElement | undefined): ThemeFonts | null {
  if (!el) return null;
  const face = (local: string) => {
    const v = el.child(NS.a, local)?.attr('typeface');
    return v === undefined || v === '' ? null : v;
  };
  return { latin: face('latin'), ea: face('ea'), cs: face('cs') };
}

export function themes(pkg: OpcPackage, structure: Deck): ThemeInfo[] {
  const byPart = new Map<string, string[]>();
  for (const [master, theme] of structure.themeOfMaster) {
    const list = byPart.get(theme) ?? [];
    list.push(master);
    byPart.set(theme, list);
  }
  const out: ThemeInfo[] = [];
  for (const [part, masters] of byPart) {
    const root = pkg.readOnlyXml(part).root;
    const elements = root.child(NS.a, 'themeElements');
    const scheme = elements?.child(NS.a, 'clrScheme');
    const fontScheme = elements?.child(NS.a, 'fontScheme');
    const colors: ThemeInfo['colors'] = {};
    const missingColors: string[] = [];
    for (const slot of SCHEME_SLOTS) {
      const el = scheme?.child(NS.a, slot);
      if (el) colors[slot] = colourOf(el);
      else missingColors.push(slot);
    }
    out.push({
      part,
      name: root.attr('name') ?? null,
      masters,
      colorSchemeName: scheme?.attr('name') ?? null,
      colors,
      missingColors,
      fontSchemeName: fontScheme?.attr('name') ?? null,
      major: fontsOf(fontScheme?.child(NS.a, 'majorFont')),
      minor: fontsOf(fontScheme?.child(NS.a, 'minorFont')),
    });
  }
  return out;
}
