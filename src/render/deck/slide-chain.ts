/**
 * A slide with the parts it inherits from: its layout (p:sldLayout), the layout's master
 * (p:sldMaster) and the master's theme; and the colour map in force (p:clrMap of the master,
 * replaced by a:overrideClrMapping in p:clrMapOvr of the layout or the slide).
 */
import type { OpcPackage } from '../../package/opc-package.js';
import type { Relationships } from '../../package/relationships.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { parseTheme, readTheme, type Theme } from './theme.js';
import { reportRecovered } from '../../diagnostics.js';

export interface PartXml {
  part: string;
  root: ReadonlyXElement;
  rels: Relationships;
  kind: 'slide' | 'layout' | 'master';
}

export interface SlideChain {
  slide: PartXml;
  layout: PartXml | undefined;
  master: PartXml | undefined;
  theme: Theme;
  clrMap: Readonly<Record<string, string>>;
}

const DEFAULT_CLR_MAP: Record<string, string> = {
  bg1: 'lt1',
  tx1: 'dk1',
  bg2: 'lt2',
  tx2: 'dk2',
  accent1: 'accent1',
  accent2: 'accent2',
  accent3: 'accent3',
  accent4: 'accent4',
  accent5: 'accent5',
  accent6: 'accent6',
  hlink: 'hlink',
  folHlink: 'folHlink',
};

function partXml(pkg: OpcPackage, part: string | undefined, kind: PartXml['kind'], live = false): PartXml | undefined {
  if (part === undefined || !pkg.has(part)) return undefined;
  return { part, root: (live ? pkg.xml(part) : pkg.readOnlyXml(part)).root, rels: pkg.rels(part), kind };
}

/**
 * The slide and what it inherits from. A damaged layout, master or theme is left out with a
 * warning (the slide is drawn with what remains); a damaged slide part throws. `live` reads the
 * package's own, editable trees (the brand engine measuring what it is editing) instead of the
 * shared read-only parse of the part's bytes.
 */
export function readSlideChain(pkg: OpcPackage, slidePart: string, onDamaged: (part: string, error: unknown) => void = () => {}, live = false): SlideChain {
  const slide = partXml(pkg, slidePart, 'slide', live)!;
  const tolerant = <T>(part: string | undefined, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      reportRecovered('part', error);
      onDamaged(part ?? '', error);
      return undefined;
    }
  };
  const layoutPart = pkg.related(slidePart, 'slideLayout')[0];
  const layout = tolerant(layoutPart, () => partXml(pkg, layoutPart, 'layout', live));
  const masterPart = layout ? pkg.related(layout.part, 'slideMaster')[0] : undefined;
  const master = tolerant(masterPart, () => partXml(pkg, masterPart, 'master', live));
  const themePart = master ? pkg.related(master.part, 'theme')[0] : undefined;
  const theme =
    tolerant(themePart, () => (live && themePart && pkg.has(themePart) ? parseTheme(pkg.xml(themePart).root, themePart) : readTheme(pkg, themePart))) ?? readTheme(pkg, undefined);
  return { slide, layout, master, theme, clrMap: colourMap(master, layout, slide) };
}

/** The master's p:clrMap, replaced by the nearest a:overrideClrMapping (layout, then slide). */
export function colourMap(master: PartXml | undefined, layout: PartXml | undefined, slide: PartXml | undefined): Record<string, string> {
  let map = { ...DEFAULT_CLR_MAP, ...attrsOf(master?.root.child(NS.p, 'clrMap')) };
  for (const p of [layout, slide]) {
    const override = p?.root.child(NS.p, 'clrMapOvr')?.child(NS.a, 'overrideClrMapping');
    if (override) map = { ...DEFAULT_CLR_MAP, ...attrsOf(override) };
  }
  return map;
}

function attrsOf(el: ReadonlyXElement | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!el) return out;
  const list = el.attrList();
  for (let i = 0; i < list.length; i += 2) if (!list[i]!.includes(':') && list[i] !== 'xmlns') out[list[i]!] = list[i + 1]!;
  return out;
}
