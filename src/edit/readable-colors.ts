/**
 * Readable colours on every slide once the brand's theme is written (contract section 1,
 * "Contrast on the page"). The theme keeps the brand's colours exactly; what is drawn on them is
 * made readable here, with theme colours only:
 *
 *  - text: every run with its own colour (a:rPr/a:solidFill, and a:pPr/a:buClr bullets) reaches
 *    WCAG AA against what is behind it (4.5:1, 3:1 from 18 pt or 14 pt bold). Behind it is the
 *    shape's own solid fill, else the topmost filled shape under it (z-order), else the slide
 *    background. A run that does not reach it gets, in this order, the template's colour, the
 *    theme's light or dark text colour (bg1 / tx1, the one on the other side of the fill first),
 *    or the smallest darker/lighter variant of one of them (a:lumMod / a:lumOff, as PowerPoint
 *    writes "Text 1, Darker 50%"). Runs of one colour on one fill get one choice, so a band's
 *    text stays one colour.
 *  - graphics (WCAG 1.4.11): outlines (a:ln) and the fill of small shapes without text (rules,
 *    stripes, connectors, dots: 12 pt or less on one side) reach 3:1 against what is behind them,
 *    through a darker or lighter variant of their own theme colour.
 *
 * Hyperlinked runs are drawn in the theme's hlink colour (which the scheme keeps at 4.5:1 on the
 * page) and are left alone; so is text on pictures or gradients, whose colour is not known.
 */
import { contrastRatio, luminance, type ColorScheme } from '../brand/colors.js';
import { AA, lumVariant, pickReadable, requiredRatio } from '../brand/contrast.js';
import { resolveColor, type ColorContext } from '../render/color/resolve.js';
import { parseHex, toHex, type Rgba } from '../render/color/rgba.js';
import { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import type { EditContext } from './context.js';
import { allShapes, hasMarker, isShape } from './shapes.js';
import { containsPoint, overlapArea, slideBox } from './slide-geometry.js';
import type { Box } from './shapes.js';

const COLOR_ELEMENTS = new Set(['srgbClr', 'schemeClr', 'sysClr', 'prstClr', 'scrgbClr', 'hslClr']);
/** The largest side (EMU) of a filled shape without text that counts as a graphic (a rule, a dot). */
const GRAPHIC_MAX_SIDE = 12 * 12700;
/** Text colours that have no hue of the brand's: flipped between light and dark, never shaded first. */
const NEUTRAL_SLOTS = new Set(['bg1', 'tx1', 'lt1', 'dk1', 'bg2', 'lt2']);

export interface ReadableReport {
  /** Text runs (and bullets) given another colour. */
  text: number;
  /** Outlines and small fills given a variant. */
  graphics: number;
  /** Slots drawn as a variant somewhere (for warnings): slot → variant colours. */
  variants: Map<string, Set<string>>;
}

export interface Painted {
  shape: XElement;
  box: Box;
  /** The solid fill colour (RRGGBB), null for none, 'unknown' for pictures, gradients, patterns. */
  fill: string | null | 'unknown';
}

export function hexOf(c: Rgba | null): string | undefined {
  return c ? toHex(c).slice(1).toUpperCase() : undefined;
}

function colorChild(el: XElement | undefined): XElement | undefined {
  if (!el) return undefined;
  for (const c of el.elements()) if (c.inNamespace(NS.a) && COLOR_ELEMENTS.has(c.localName)) return c;
  return undefined;
}

/** p:clrMap of the slide's master, replaced by the nearest a:overrideClrMapping. */
export function colorMap(ctx: EditContext, slide: string): Record<string, string> {
  const { pkg } = ctx;
  const layout = pkg.related(slide, 'slideLayout')[0];
  const master = layout ? pkg.related(layout, 'slideMaster')[0] : undefined;
  const attrs = (el: XElement | undefined) => {
    const out: Record<string, string> = {};
    const list = el?.attrList() ?? [];
    for (let i = 0; i < list.length; i += 2) if (!list[i]!.includes(':') && list[i] !== 'xmlns') out[list[i]!] = list[i + 1]!;
    return out;
  };
  const dflt = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };
  let map: Record<string, string> = { ...dflt, ...(master && pkg.has(master) ? attrs(pkg.xml(master).root.child(NS.p, 'clrMap')) : {}) };
  for (const part of [layout, slide]) {
    if (!part || !pkg.has(part)) continue;
    const o = pkg.xml(part).root.child(NS.p, 'clrMapOvr')?.child(NS.a, 'overrideClrMapping');
    if (o) map = { ...dflt, ...attrs(o) };
  }
  return map;
}

/** The background colour of a slide: p:bg of the slide, its layout or master (solid fills), else bg1. */
export function slideBackground(ctx: EditContext, slide: string, colors: ColorContext): string | 'unknown' {
  const { pkg } = ctx;
  const layout = pkg.related(slide, 'slideLayout')[0];
  const master = layout ? pkg.related(layout, 'slideMaster')[0] : undefined;
  for (const part of [slide, layout, master]) {
    if (!part || !pkg.has(part)) continue;
    const bg = pkg.xml(part).root.child(NS.p, 'cSld')?.child(NS.p, 'bg');
    if (!bg) continue;
    const bgPr = bg.child(NS.p, 'bgPr');
    if (bgPr) {
      const solid = bgPr.child(NS.a, 'solidFill');
      if (solid) return hexOf(resolveColor(colorChild(solid), colors)) ?? 'unknown';
      if (bgPr.child(NS.a, 'noFill')) continue;
      return 'unknown';
    }
    const ref = bg.child(NS.p, 'bgRef');
    // A background style reference: its colour is the placeholder colour of a (usually solid) style.
    if (ref) return hexOf(resolveColor(colorChild(ref), colors)) ?? 'unknown';
  }
  return hexOf(resolveColor(scheme('bg1'), colors)) ?? 'FFFFFF';
}

const SCHEME_PROBE = new Map<string, XElement>();
/** A detached a:schemeClr element, for resolving a slot name through the colour map. */
export function scheme(val: string): XElement {
  let el = SCHEME_PROBE.get(val);
  if (!el) SCHEME_PROBE.set(val, (el = new XElement('a:schemeClr', [['xmlns:a', NS.a.uris[0]!], ['val', val]])));
  return el;
}

/** The fill of a shape (a:solidFill in p:spPr or the style's a:fillRef), as RRGGBB. */
export function fillOf(shape: XElement, colors: ColorContext, groupFill: string | null | 'unknown'): string | null | 'unknown' {
  const spPr = shape.child(NS.p, shape.localName === 'grpSp' ? 'grpSpPr' : 'spPr');
  if (shape.localName === 'pic') return 'unknown';
  for (const c of spPr?.elements() ?? []) {
    if (!c.inNamespace(NS.a)) continue;
    switch (c.localName) {
      case 'noFill':
        return null;
      case 'solidFill':
        return hexOf(resolveColor(colorChild(c), colors)) ?? 'unknown';
      case 'gradFill':
      case 'blipFill':
      case 'pattFill':
        return 'unknown';
      case 'grpFill':
        return groupFill;
      default:
        break;
    }
  }
  const ref = shape.child(NS.p, 'style')?.child(NS.a, 'fillRef');
  if (ref && Number(ref.attr('idx') ?? '0') > 0) return hexOf(resolveColor(colorChild(ref), colors)) ?? 'unknown';
  return null;
}

function hasText(shape: XElement): boolean {
  for (const t of shape.child(NS.p, 'txBody')?.descendants(NS.a, 't') ?? []) if (t.textContent().trim() !== '') return true;
  return false;
}

/** What is behind `box`: the topmost earlier filled shape over its centre, else the background. */
export function backdropOf(box: Box, below: readonly Painted[], background: string | 'unknown'): string | 'unknown' {
  const cx = box.x + box.cx / 2;
  const cy = box.y + box.cy / 2;
  const area = Math.max(1, box.cx * box.cy);
  for (let i = below.length - 1; i >= 0; i--) {
    const p = below[i]!;
    if (p.fill === null) continue;
    if (!containsPoint(p.box, cx, cy)) continue;
    // A thin line has no area: its centre decides. A box must lie mostly over the fill.
    if (box.cx > 0 && box.cy > 0 && overlapArea(p.box, box) < area / 2) continue;
    return p.fill;
  }
  return background;
}

/** Replaces the colour element inside `container` by a:schemeClr (or a:srgbClr) with luminance modifiers. */
function writeColor(container: XElement, old: XElement, choice: { slot: string; literal?: string; variant?: { lumMod: number; lumOff: number } }): void {
  const el = container.make(NS.a, choice.literal ? 'srgbClr' : 'schemeClr', { val: choice.literal ?? choice.slot });
  container.insertBefore(el, old);
  old.remove();
  // Modifiers of the old colour that are not about luminance (alpha) are kept.
  for (const m of [...old.elements()]) if (!['lumMod', 'lumOff', 'lum', 'shade', 'tint'].includes(m.localName)) el.append(m);
  if (choice.variant && choice.variant.lumMod !== 100000) el.append(el.make(NS.a, 'lumMod', { val: String(choice.variant.lumMod) }));
  if (choice.variant && choice.variant.lumOff !== 0) el.append(el.make(NS.a, 'lumOff', { val: String(choice.variant.lumOff) }));
}

interface TextUse {
  container: XElement;
  colorEl: XElement;
  hex: string;
  ratio: number;
}

export function applyReadableColors(ctx: EditContext, schemeColors: ColorScheme): ReadableReport {
  const report: ReadableReport = { text: 0, graphics: 0, variants: new Map() };
  const rgba: Record<string, Rgba> = {};
  for (const [slot, hex] of Object.entries(schemeColors)) rgba[slot] = parseHex(hex)!;
  for (const slide of ctx.deck.slides) {
    const root = ctx.pkg.xml(slide).root;
    const colors: ColorContext = { scheme: rgba, clrMap: colorMap(ctx, slide) };
    const slotHex = (slot: string) => hexOf(resolveColor(scheme(slot), colors)) ?? '000000';
    const background = slideBackground(ctx, slide, colors);
    const painted: Painted[] = [];
    const groupFills = new Map<XElement, string | null | 'unknown'>();
    // Text uses grouped by (backdrop, colour as written): one choice each.
    const textGroups = new Map<string, { backdrop: string; uses: TextUse[]; key: string }>();
    let changed = false;

    for (const shape of allShapes(root)) {
      const parentFill = shape.parent && groupFills.has(shape.parent) ? groupFills.get(shape.parent)! : null;
      if (shape.localName === 'grpSp') {
        groupFills.set(shape, fillOf(shape, colors, parentFill));
        continue;
      }
      if (!isShape(shape) || shape.localName === 'graphicFrame') continue;
      const box = slideBox(shape);
      if (!box) continue;
      const fill = fillOf(shape, colors, parentFill);
      const behind = backdropOf(box, painted, background);
      const text = hasText(shape);

      // Text: on the shape's own fill, or on what is behind the shape.
      const textBackdrop = fill !== null ? fill : behind;
      if (text && textBackdrop !== 'unknown') {
        for (const use of textUses(shape, colors)) {
          const key = `${textBackdrop}|${use.colorEl.localName}|${use.colorEl.attr('val') ?? ''}|${[...use.colorEl.elements()].map((m) => `${m.localName}=${m.attr('val')}`).join(',')}`;
          let g = textGroups.get(key);
          if (!g) textGroups.set(key, (g = { backdrop: textBackdrop, uses: [], key }));
          g.uses.push(use);
        }
      }

      // Graphics: the outline, and the fill of a small shape without text.
      if (behind !== 'unknown' && !hasMarker(shape, 'va:qr:booking')) {
        const ln = shape.child(NS.p, 'spPr')?.child(NS.a, 'ln');
        const lnFill = ln?.child(NS.a, 'solidFill');
        const lnColor = colorChild(lnFill);
        if (lnFill && lnColor && ln!.child(NS.a, 'noFill') === undefined) {
          const against = [behind, ...(typeof fill === 'string' && fill !== 'unknown' ? [fill] : [])];
          if (fixGraphic(lnFill, lnColor, against, colors, report)) changed = true;
        }
        const spFill = shape.child(NS.p, 'spPr')?.child(NS.a, 'solidFill');
        const spColor = colorChild(spFill);
        if (spFill && spColor && !text && Math.min(box.cx, box.cy) <= GRAPHIC_MAX_SIDE) {
          if (fixGraphic(spFill, spColor, [behind], colors, report)) changed = true;
        }
      }
      painted.push({ shape, box, fill: fillOf(shape, colors, parentFill) });
    }

    for (const g of textGroups.values()) {
      const need = Math.max(...g.uses.map((u) => u.ratio));
      const current = g.uses[0]!.hex;
      if (contrastRatio(current, g.backdrop) >= need) continue;
      const light = { slot: 'bg1', hex: slotHex('bg1') };
      const dark = { slot: 'tx1', hex: slotHex('tx1') };
      const original = g.uses[0]!.colorEl;
      const slot = original.localName === 'schemeClr' ? (original.attr('val') ?? '') : '';
      let choice: { slot: string; hex: string; variant?: { lumMod: number; lumOff: number } } | undefined;
      if (slot && !NEUTRAL_SLOTS.has(slot)) {
        // Coloured text (tx2, an accent) keeps its colour: a darker or lighter variant of it first.
        const base = slotHex(slot);
        const v = lumVariant(base, [g.backdrop], need, luminance(current) >= luminance(g.backdrop) ? 'lighter' : 'darker');
        if (v) choice = { slot, hex: v.hex, variant: { lumMod: v.lumMod, lumOff: v.lumOff } };
      }
      if (!choice) {
        const lighterThanFill = luminance(current) >= luminance(g.backdrop);
        choice = pickReadable(g.backdrop, lighterThanFill ? [light, dark] : [dark, light], need);
      }
      if (!choice) continue;
      for (const u of g.uses) {
        writeColor(u.container, u.colorEl, { slot: choice.slot, ...(choice.variant ? { variant: choice.variant } : {}) });
        report.text++;
      }
      if (choice.variant && choice.variant.lumMod !== 100000) note(report, choice.slot, choice.hex);
      changed = true;
    }
    if (changed) ctx.pkg.touch(slide);
  }
  return report;
}

function note(report: ReadableReport, slot: string, hex: string): void {
  let set = report.variants.get(slot);
  if (!set) report.variants.set(slot, (set = new Set()));
  set.add(hex);
}

/** A graphic colour that misses 3:1: the nearest variant of its own colour that reaches it. */
function fixGraphic(container: XElement, colorEl: XElement, against: string[], colors: ColorContext, report: ReadableReport): boolean {
  const hex = hexOf(resolveColor(colorEl, colors));
  if (!hex) return false;
  if (against.every((b) => contrastRatio(hex, b) >= AA.graphics)) return false;
  // The variant is computed from the slot's own colour (the element's modifiers are replaced).
  const bare = colorEl.localName === 'schemeClr' ? hexOf(resolveColor(scheme(colorEl.attr('val') ?? ''), colors)) : hex;
  if (!bare) return false;
  const v = lumVariant(bare, against, AA.graphics);
  if (!v) return false;
  if (colorEl.localName === 'schemeClr') writeColor(container, colorEl, { slot: colorEl.attr('val') ?? '', variant: { lumMod: v.lumMod, lumOff: v.lumOff } });
  else writeColor(container, colorEl, { slot: '', literal: v.hex });
  note(report, colorEl.attr('val') ?? 'literal', v.hex);
  report.graphics++;
  return true;
}

/** Runs and bullets with a colour of their own, with the contrast their size needs. */
function textUses(shape: XElement, colors: ColorContext): TextUse[] {
  const out: TextUse[] = [];
  const body = shape.child(NS.p, 'txBody');
  if (!body) return out;
  for (const p of body.childrenNamed(NS.a, 'p')) {
    let largest = 0;
    let anyBold = false;
    for (const r of p.elements()) {
      if (!(r.is(NS.a, 'r') || r.is(NS.a, 'fld'))) continue;
      const rPr = r.child(NS.a, 'rPr');
      const text = r.child(NS.a, 't')?.textContent() ?? '';
      if (text.trim() === '') continue;
      const size = Number(rPr?.attr('sz') ?? '1800') / 100;
      const bold = rPr?.attr('b') === '1' || rPr?.attr('b') === 'true';
      largest = Math.max(largest, size);
      anyBold ||= bold;
      if (rPr?.child(NS.a, 'hlinkClick')) continue;
      const solid = rPr?.child(NS.a, 'solidFill');
      const colorEl = colorChild(solid);
      const hex = colorEl && hexOf(resolveColor(colorEl, colors));
      if (!solid || !colorEl || !hex) continue;
      out.push({ container: solid, colorEl, hex, ratio: requiredRatio(size, bold) });
    }
    const buClr = p.child(NS.a, 'pPr')?.child(NS.a, 'buClr');
    const buEl = colorChild(buClr);
    const buHex = buEl && hexOf(resolveColor(buEl, colors));
    if (buClr && buEl && buHex && largest > 0) out.push({ container: buClr, colorEl: buEl, hex: buHex, ratio: requiredRatio(largest, anyBold) });
  }
  return out;
}
