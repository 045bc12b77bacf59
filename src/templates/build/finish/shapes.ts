/**
 * Finishes the shapes pptxgenjs wrote on the slide (`p:sp` in `p:spTree`), one scene leaf each:
 *   - `p:cNvPr/@name` becomes the scene name (`va:logo`, `Step 1 icon` …);
 *   - icons get their custom geometry (`a:custGeom`) and a round-capped outline (`a:ln`);
 *   - an outline pptxgenjs left empty (`<a:ln/>`) becomes an explicit `a:noFill`;
 *   - text bodies get exact `a:bodyPr` (square wrap, insets, anchor, no autofit), one
 *     `a:pPr` per paragraph (pptxgenjs repeats it before every run, which the schema forbids;
 *     bullets in the theme's minor font, `a:buFont typeface="+mn-lt"`, as PowerPoint writes
 *     it — with `a:buFontTx` LibreOffice draws them in OpenSymbol),
 *     and run properties that use only theme fonts in all three slots (`+mj-lt`/`+mj-ea`/`+mj-cs`
 *     or the minor ones) and the theme's `hlink` colour for hyperlinks.
 */
import { lucideIcon } from '../../icons/lucide.js';
import { iconCustGeom } from '../../icons/custgeom.js';
import type { XElement } from '../../../xml/element.js';
import { NS } from '../../../xml/namespaces.js';
import type { Paragraph, Run, TextElement } from '../scene.js';
import { emu, type LeafElement } from '../write-pptx.js';
import type { ColorRef } from '../../source/design.js';
import type { ArtElement, ShapeElement } from '../scene.js';
import { applyRole } from './roles.js';

/**
 * `a:schemeClr` of a colour reference, with PowerPoint's lighter/darker variants
 * ("Lighter 60 %": `a:lumMod 40000` + `a:lumOff 60000`; "Darker 25 %": `a:lumMod 75000`).
 */
export function schemeColor(ref: ColorRef, ctx: XElement): XElement {
  if (typeof ref === 'string') return ctx.make(NS.a, 'schemeClr', { val: ref });
  const clr = ctx.make(NS.a, 'schemeClr', { val: ref.slot });
  if (ref.lighter) {
    clr.append(ctx.make(NS.a, 'lumMod', { val: String((100 - ref.lighter) * 1000) }));
    clr.append(ctx.make(NS.a, 'lumOff', { val: String(ref.lighter * 1000) }));
  } else if (ref.darker) {
    clr.append(ctx.make(NS.a, 'lumMod', { val: String((100 - ref.darker) * 1000) }));
  }
  return clr;
}

function solidFill(ref: ColorRef, ctx: XElement): XElement {
  const fill = ctx.make(NS.a, 'solidFill');
  fill.append(schemeColor(ref, ctx));
  return fill;
}

/** A shape's fill and outline colours with their variants (pptxgenjs writes the bare slot). */
function finishShapeColors(spPr: XElement, el: ShapeElement): void {
  if (el.fill && typeof el.fill !== 'string') spPr.child(NS.a, 'solidFill')?.replaceWith(solidFill(el.fill, spPr));
  if (el.line && typeof el.line.color !== 'string') spPr.child(NS.a, 'ln')?.child(NS.a, 'solidFill')?.replaceWith(solidFill(el.line.color, spPr));
}

/** An illustration shape: a:custGeom from its subpaths (points × 100), fill and round-capped outline. */
function finishArt(sp: XElement, el: ArtElement): void {
  const spPr = sp.child(NS.p, 'spPr')!;
  const mk = (local: string, attrs?: Record<string, string>, ...children: XElement[]): XElement => {
    const e = spPr.make(NS.a, local, attrs);
    for (const c of children) e.append(c);
    return e;
  };
  const S = 100;
  const pt = (p: { x: number; y: number }): XElement => mk('pt', { x: String(Math.round(p.x * S)), y: String(Math.round(p.y * S)) });
  const path = mk('path', { w: String(Math.max(1, Math.round(el.box.w * S))), h: String(Math.max(1, Math.round(el.box.h * S))), ...(el.fill ? {} : { fill: 'none' }), ...(el.line ? {} : { stroke: '0' }) });
  for (const sub of el.subpaths) {
    path.append(mk('moveTo', undefined, pt(sub.start)));
    for (const seg of sub.segments) path.append(seg.kind === 'line' ? mk('lnTo', undefined, pt(seg.to)) : mk('cubicBezTo', undefined, pt(seg.c1), pt(seg.c2), pt(seg.to)));
    if (sub.closed) path.append(mk('close'));
  }
  const geom = mk('custGeom', undefined, mk('avLst'), mk('gdLst'), mk('ahLst'), mk('cxnLst'), mk('rect', { l: 'l', t: 't', r: 'r', b: 'b' }), mk('pathLst', undefined, path));
  const prst = spPr.child(NS.a, 'prstGeom');
  if (!prst) throw new Error(`${el.name}: no geometry to replace`);
  prst.replaceWith(geom);
  for (const local of ['noFill', 'solidFill', 'ln']) spPr.removeChildren(NS.a, local);
  let after = geom;
  const fill = el.fill ? solidFill(el.fill, spPr) : mk('noFill');
  spPr.insertAfter(fill, after);
  after = fill;
  const ln = el.line ? mk('ln', { w: String(emu(el.line.width)), cap: 'rnd' }, solidFill(el.line.color, spPr), mk('prstDash', { val: 'solid' }), mk('round')) : mk('ln', undefined, mk('noFill'));
  spPr.insertAfter(ln, after);
}

/** Order of `a:pPr` children (CT_TextParagraphProperties). */
function paragraphProperties(p: Paragraph, ctx: XElement): XElement {
  const a = (local: string, attrs?: Record<string, string>, ...children: XElement[]): XElement => {
    const el = ctx.make(NS.a, local, attrs);
    for (const c of children) el.append(c);
    return el;
  };
  const pts = (v: number): XElement => a('spcPts', { val: String(Math.round(v * 100)) });
  const attrs: Record<string, string> = p.bullet
    ? { marL: String(emu(p.bullet.indent)), indent: String(-emu(p.bullet.indent)), algn: p.align }
    : { marL: '0', indent: '0', algn: p.align };
  const pPr = a('pPr', attrs, a('lnSpc', undefined, pts(p.lineHeight)));
  pPr.append(a('spcBef', undefined, pts(p.spaceBefore ?? 0)));
  pPr.append(a('spcAft', undefined, pts(p.spaceAfter ?? 0)));
  if (p.bullet) {
    pPr.append(a('buClr', undefined, a('schemeClr', { val: p.bullet.color })));
    pPr.append(a('buSzPct', { val: '100000' }));
    pPr.append(a('buFont', { typeface: '+mn-lt' }));
    pPr.append(a('buChar', { char: p.bullet.char }));
  } else {
    pPr.append(a('buNone'));
  }
  return pPr;
}

function fontSlots(run: Run): [string, string, string] {
  return run.style.font === 'heading' ? ['+mj-lt', '+mj-ea', '+mj-cs'] : ['+mn-lt', '+mn-ea', '+mn-cs'];
}

/** Rebuilds `a:rPr` of a run, keeping the relationship id of its `a:hlinkClick`. */
function runProperties(old: XElement | undefined, run: Run, lang: string, ctx: XElement): XElement {
  const attrs: Record<string, string> = { lang };
  if (lang.startsWith('zh')) attrs.altLang = 'en-US';
  attrs.sz = String(Math.round(run.style.size * 100));
  if (run.style.bold) attrs.b = '1';
  if (run.link) attrs.u = 'sng';
  if (run.style.charSpacing) attrs.spc = String(Math.round(run.style.charSpacing * 100));
  const rPr = ctx.make(NS.a, 'rPr', attrs);
  const fill = ctx.make(NS.a, 'solidFill');
  fill.append(ctx.make(NS.a, 'schemeClr', { val: run.link ? 'hlink' : run.style.color }));
  rPr.append(fill);
  const [latin, ea, cs] = fontSlots(run);
  rPr.append(ctx.make(NS.a, 'latin', { typeface: latin }));
  rPr.append(ctx.make(NS.a, 'ea', { typeface: ea }));
  rPr.append(ctx.make(NS.a, 'cs', { typeface: cs }));
  if (run.link) {
    const rid = old?.child(NS.a, 'hlinkClick')?.attrNS(NS.r, 'id');
    if (!rid) throw new Error(`the hyperlink of "${run.text}" was not written`);
    const click = ctx.make(NS.a, 'hlinkClick');
    click.setAttrNS(NS.r, 'id', rid);
    rPr.append(click);
  }
  return rPr;
}

function finishText(sp: XElement, el: TextElement, lang: string): void {
  const body = sp.child(NS.p, 'txBody');
  if (!body) throw new Error(`${el.name}: pptxgenjs wrote no text body`);
  // a:bodyPr: exact insets and anchor, square wrap, no autofit children.
  const bodyPr = body.child(NS.a, 'bodyPr')!;
  for (const c of [...bodyPr.elements()]) c.remove();
  bodyPr.attrs.clear();
  const [l, t, r, b] = el.insets;
  for (const [k, v] of Object.entries({ wrap: 'square', lIns: emu(l), tIns: emu(t), rIns: emu(r), bIns: emu(b), rtlCol: 0, anchor: el.anchor })) {
    bodyPr.setAttr(k, String(v));
  }
  const ps = body.childrenNamed(NS.a, 'p');
  if (ps.length !== el.paragraphs.length) throw new Error(`${el.name}: ${ps.length} paragraphs written for ${el.paragraphs.length}`);
  ps.forEach((p, i) => {
    const para = el.paragraphs[i]!;
    p.removeChildren(NS.a, 'pPr');
    p.insertAt(0, paragraphProperties(para, p));
    const runs = p.childrenNamed(NS.a, 'r');
    if (runs.length !== para.runs.length) throw new Error(`${el.name}: ${runs.length} runs written for ${para.runs.length}`);
    runs.forEach((r, k) => {
      const old = r.child(NS.a, 'rPr');
      const rPr = runProperties(old, para.runs[k]!, lang, r);
      if (old) old.replaceWith(rPr);
      else r.insertAt(0, rPr);
    });
    // a:endParaRPr: the size of the paragraph's last run (an empty line keeps its height).
    const end = p.child(NS.a, 'endParaRPr');
    const last = para.runs[para.runs.length - 1]!;
    const endAttrs = { lang, sz: String(Math.round(last.style.size * 100)) };
    if (end) {
      end.attrs.clear();
      for (const c of [...end.elements()]) c.remove();
      for (const [k, v] of Object.entries(endAttrs)) end.setAttr(k, v);
    }
  });
}

function finishOutline(spPr: XElement): void {
  const ln = spPr.child(NS.a, 'ln');
  if (ln && ![...ln.elements()].length) ln.append(ln.make(NS.a, 'noFill'));
}

function finishIcon(sp: XElement, el: Extract<LeafElement, { kind: 'icon' }>): void {
  const spPr = sp.child(NS.p, 'spPr')!;
  const icon = lucideIcon(el.icon);
  const prst = spPr.child(NS.a, 'prstGeom');
  if (!prst) throw new Error(`${el.name}: no geometry to replace`);
  prst.replaceWith(iconCustGeom(icon, spPr, { ...(el.scale ? { scale: el.scale } : {}), background: !!el.fill }));
  // Fill: the background path when there is one, nothing otherwise.
  for (const local of ['noFill', 'solidFill']) spPr.removeChildren(NS.a, local);
  const fill = el.fill ? spPr.make(NS.a, 'solidFill') : spPr.make(NS.a, 'noFill');
  if (el.fill) fill.append(spPr.make(NS.a, 'schemeClr', { val: el.fill }));
  spPr.insertAfter(fill, spPr.child(NS.a, 'custGeom')!);
  // a:ln: the icon's stroke, scaled with the icon (Lucide: 2 units of 24), round caps and joins.
  const stroke = (icon.strokeWidth / icon.viewBox.width) * el.box.w * (el.scale ?? 1);
  const ln = spPr.make(NS.a, 'ln', { w: String(emu(stroke)), cap: 'rnd' });
  const lineFill = spPr.make(NS.a, 'solidFill');
  lineFill.append(spPr.make(NS.a, 'schemeClr', { val: el.color }));
  ln.append(lineFill);
  ln.append(spPr.make(NS.a, 'prstDash', { val: 'solid' }));
  ln.append(spPr.make(NS.a, 'round'));
  const old = spPr.child(NS.a, 'ln');
  if (old) old.replaceWith(ln);
  else spPr.insertAfter(ln, fill);
}

/** Finishes every `p:sp` of the slide's shape tree that carries a temporary name. */
export function finishShapes(spTree: XElement, byTempName: ReadonlyMap<string, LeafElement>, lang: string): Map<LeafElement, XElement> {
  const found = new Map<LeafElement, XElement>();
  for (const sp of spTree.childrenNamed(NS.p, 'sp')) {
    const cNvPr = sp.child(NS.p, 'nvSpPr')?.child(NS.p, 'cNvPr');
    const el = cNvPr ? byTempName.get(cNvPr.attr('name') ?? '') : undefined;
    if (!cNvPr || !el) throw new Error(`an unexpected shape ${cNvPr?.attr('name')} is on the slide`);
    cNvPr.setAttr('name', el.name);
    const spPr = sp.child(NS.p, 'spPr')!;
    finishOutline(spPr);
    if (el.kind === 'icon') finishIcon(sp, el);
    if (el.kind === 'art') finishArt(sp, el);
    if (el.kind === 'shape') finishShapeColors(spPr, el);
    if (el.kind === 'text') finishText(sp, el, lang);
    applyRole(sp, el);
    found.set(el, sp);
  }
  if (found.size !== byTempName.size) throw new Error(`${byTempName.size - found.size} shapes are missing from the slide`);
  return found;
}
