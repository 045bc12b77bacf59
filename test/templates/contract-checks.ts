/**
 * The checks of the template contract (docs/template-contract.md), as functions that list the
 * problems they find, so that contract.test.ts can run them on every committed template and
 * contract-checks.test.ts can prove each one catches what it is meant to catch.
 */
import { checkSlide } from '../../src/accessibility/slide-checks.js';
import { allNodes, slideOutline } from '../../src/accessibility/slide-outline.js';
import { contrastRatio, CONTRAST } from '../../src/brand/colors.js';
import { requiredRatio } from '../../src/brand/contrast.js';
import { LINK_ROLES } from '../../src/brand/schema.js';
import { TextMeasurer } from '../../src/templates/build/measure.js';
import { SIZES } from '../../src/templates/source/design.js';
import type { XElement } from '../../src/xml/element.js';
import { NS, isRelType } from '../../src/xml/namespaces.js';
import { nameOf, rectOf, shapesAndGroups, textOf, type OpenTemplate, type Rect } from './template-file.js';

export const PAPER_EMU = { letter: { cx: 7772400, cy: 10058400 }, a4: { cx: 7560000, cy: 10692000 } } as const;
const LITERAL_COLORS = ['srgbClr', 'sysClr', 'prstClr', 'scrgbClr', 'hslClr'];
export const TOKENS = new Set(['{{organization}}', '{{additionalInfo}}', '{{bookingLink}}', '{{billingLink}}', '{{homepageLink}}', '{{helpPhone}}']);
const WHEN_FIELDS = new Set(['logo', 'additionalInfo', 'links.booking', 'links.billing', 'links.homepage', 'handout.writeIn', 'handout.helpPhone', 'handout.privacy', 'handout.interpreter']);
/** Text colours allowed on each background (contract section 1, in slide terms: clrMap tx1→dk1 …). */
const TEXT_ON: Record<string, readonly string[]> = {
  bg1: ['tx1', 'tx2', 'hlink'],
  bg2: ['tx1', 'tx2', 'hlink'],
  tx2: ['bg1'],
  // Brand fills: light or dark text, whichever reads (the engine checks again for the brand).
  accent1: ['bg1', 'tx1'],
  accent2: ['bg1', 'tx1'],
  accent3: ['bg1', 'tx1'],
};
const SLOT_OF: Record<string, string> = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2', hlink: 'hlink' };

function parts(t: OpenTemplate): string[] {
  return [t.slidePart, t.masterPart, ...t.layoutParts];
}

function spShapes(t: OpenTemplate): XElement[] {
  return [...t.spTree.descendants(NS.p, 'sp')];
}

/** No literal colour element on the slide, its layouts and master. */
export function literalColors(t: OpenTemplate): string[] {
  const out: string[] = [];
  for (const part of parts(t)) {
    for (const el of t.pkg.xml(part).root.descendants()) {
      if (el.inNamespace(NS.a) && LITERAL_COLORS.includes(el.localName)) out.push(`${part}: ${el.name}`);
    }
  }
  return out;
}

/** The theme's palette meets the contrast targets of the roles table. */
export function paletteContrast(t: OpenTemplate): string[] {
  const clr = t.pkg.xml(t.themePart).root.path(NS.a, 'themeElements', 'clrScheme')!;
  const slot = (name: string): string => clr.child(NS.a, name)?.child(NS.a, 'srgbClr')?.attr('val') ?? '000000';
  const out: string[] = [];
  const need = (a: string, b: string, min: number): void => {
    const r = contrastRatio(slot(a), slot(b));
    if (r < min) out.push(`${a} on ${b}: ${r.toFixed(2)} < ${min}`);
  };
  for (const [a, b] of [
    ['dk1', 'lt1'],
    ['dk1', 'lt2'],
    ['dk2', 'lt1'],
    ['dk2', 'lt2'],
  ]) {
    need(a!, b!, CONTRAST.text);
  }
  need('hlink', 'lt1', CONTRAST.link);
  need('folHlink', 'lt1', CONTRAST.link);
  return out;
}

function schemeFill(el: XElement): string | undefined {
  return el.child(NS.p, 'spPr')?.child(NS.a, 'solidFill')?.child(NS.a, 'schemeClr')?.attr('val');
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.cx <= outer.x + outer.cx && inner.y + inner.cy <= outer.y + outer.cy;
}

/**
 * Text (and bullets) only on bg1/bg2 in dark colours, on tx2 in bg1, on a brand fill (accent1–3)
 * in bg1 or tx1 with WCAG AA contrast in the template's own palette; backgrounds found by z-order.
 */
export function textRoles(t: OpenTemplate): string[] {
  const clr = t.pkg.xml(t.themePart).root.path(NS.a, 'themeElements', 'clrScheme')!;
  const hex = (name: string): string => clr.child(NS.a, SLOT_OF[name] ?? name)?.child(NS.a, 'srgbClr')?.attr('val') ?? '000000';
  const filled: { rect: Rect; fill: string }[] = [];
  const out: string[] = [];
  for (const sp of spShapes(t)) {
    const rect = rectOf(sp);
    const own = schemeFill(sp);
    const behind = own ?? [...filled].reverse().find((f) => inside(rect, f.rect))?.fill ?? 'bg1';
    const body = sp.child(NS.p, 'txBody');
    if (body) {
      const colours = [...body.descendants(NS.a, 'rPr'), ...body.descendants(NS.a, 'buClr')].map(
        (el) => (el.localName === 'buClr' ? el : el.child(NS.a, 'solidFill'))?.child(NS.a, 'schemeClr')?.attr('val') ?? 'none',
      );
      for (const c of colours) if (!(TEXT_ON[behind] ?? []).includes(c)) out.push(`${nameOf(sp)}: ${c} text on ${behind}`);
      if (/^accent/.test(behind)) {
        for (const rPr of body.descendants(NS.a, 'rPr')) {
          const c = rPr.child(NS.a, 'solidFill')?.child(NS.a, 'schemeClr')?.attr('val') ?? 'none';
          const need = requiredRatio(Number(rPr.attr('sz') ?? '1800') / 100, rPr.attr('b') === '1');
          const ratio = contrastRatio(hex(c), hex(behind));
          if (TEXT_ON[behind]!.includes(c) && ratio < need) out.push(`${nameOf(sp)}: ${c} text on ${behind} has ${ratio.toFixed(2)}:1 < ${need}:1`);
        }
      }
    }
    if (own) filled.push({ rect, fill: own });
  }
  return out;
}

/** Theme fonts only (text and bullets: no named family) and both slots of every run. */
export function fontProblems(t: OpenTemplate, lang: string): string[] {
  const out: string[] = [];
  for (const part of parts(t)) {
    for (const el of t.pkg.xml(part).root.descendants()) {
      if (!el.inNamespace(NS.a)) continue;
      if (['latin', 'ea', 'cs', 'sym', 'buFont'].includes(el.localName) && !(el.attr('typeface') ?? '').startsWith('+')) out.push(`${part}: ${el.localName} ${el.attr('typeface')}`);
    }
  }
  for (const rPr of t.slide.root.descendants(NS.a, 'rPr')) {
    const latin = rPr.child(NS.a, 'latin')?.attr('typeface');
    if (latin !== '+mj-lt' && latin !== '+mn-lt') out.push(`run with latin font ${latin}`);
    else if (rPr.child(NS.a, 'ea')?.attr('typeface') !== latin.replace('-lt', '-ea')) out.push(`run with ea font ${rPr.child(NS.a, 'ea')?.attr('typeface')}`);
    if (rPr.attr('lang') !== lang) out.push(`run in language ${rPr.attr('lang')}`);
  }
  return out;
}

/** The theme's major/minor Latin fonts and the East Asian font. */
export function themeFonts(t: OpenTemplate): { major: string; minor: string; majorEa: string; minorEa: string } {
  const fonts = t.pkg.xml(t.themePart).root.path(NS.a, 'themeElements', 'fontScheme')!;
  const get = (group: string, slot: string): string => fonts.child(NS.a, group)?.child(NS.a, slot)?.attr('typeface') ?? '';
  return { major: get('majorFont', 'latin'), minor: get('minorFont', 'latin'), majorEa: get('majorFont', 'ea'), minorEa: get('minorFont', 'ea') };
}

/** The named shapes and groups of the contract, and no unknown `va:` name. */
export function namedShapes(t: OpenTemplate): string[] {
  const all = shapesAndGroups(t.spTree);
  const out: string[] = [];
  for (const name of ['va:logo', 'va:qr:booking', ...LINK_ROLES.map((r) => `va:link:${r}`)]) {
    const n = all.filter((el) => nameOf(el) === name).length;
    if (n !== 1) out.push(`${name}: ${n} shapes`);
  }
  for (const el of all) {
    // A name may carry several markers beside other words (contract section 3).
    for (const name of (nameOf(el) ?? '').split(/\s+/).filter((w) => w.startsWith('va:'))) {
      const when = /^va:when:(.+)$/.exec(name);
      if (when ? !WHEN_FIELDS.has(when[1]!) && when[1] !== 'room' && when[1] !== 'spare' : !/^va:(logo|logo:card|logo:beside|logo:min:[\d.]+(mm|cm|pt|in)?|qr:booking|link:(booking|billing|homepage)|stack|bottom|grow|full:\d+)$/.test(name)) out.push(`unknown name ${name}`);
      if (name === 'va:stack' && !el.is(NS.p, 'grpSp')) out.push('a va:stack that is not a group');
    }
  }
  return out;
}

/** Every `va:link:<role>` shape has hyperlinked runs (external https targets) and its token. */
export function linkProblems(t: OpenTemplate): string[] {
  const rels = t.pkg.rels(t.slidePart);
  const out: string[] = [];
  for (const role of LINK_ROLES) {
    const sp = shapesAndGroups(t.spTree).find((el) => nameOf(el) === `va:link:${role}`);
    if (!sp) continue;
    const clicks = [...sp.descendants(NS.a, 'hlinkClick')];
    if (clicks.length === 0) out.push(`va:link:${role} has no hyperlink`);
    for (const click of clicks) {
      const rel = rels.get(click.attrNS(NS.r, 'id') ?? '');
      if (!rel || !isRelType(rel.type, 'hyperlink') || !rel.external || !/^https:\/\//.test(rel.target)) out.push(`va:link:${role}: bad hyperlink ${rel?.target}`);
    }
    if (!textOf(sp).includes(`{{${role}Link}}`)) out.push(`va:link:${role} does not show {{${role}Link}}`);
  }
  return out;
}

/** Tokens in the text: only known ones, all of them, none broken. */
export function tokenProblems(t: OpenTemplate): string[] {
  const text = spShapes(t).map(textOf).join('\n');
  const found: string[] = text.match(/\{\{[^}]*\}\}/g) ?? [];
  const out: string[] = found.filter((tok) => !TOKENS.has(tok)).map((tok) => `unknown token ${tok}`);
  for (const tok of TOKENS) if (!found.includes(tok)) out.push(`missing token ${tok}`);
  const stray = text.replace(/\{\{[a-zA-Z]+\}\}/g, '');
  if (/\{\{|\}\}/.test(stray)) out.push('a broken token');
  return out;
}

/** The smallest text on a built-in template (points): body text is 10.5 pt (docs/templates.md). */
export const MIN_TEMPLATE_TEXT = 10.5;

/** 10.5 pt or more everywhere, exact line spacing, square wrap, explicit insets, no autofit. */
export function textBoxProblems(t: OpenTemplate, minSize = MIN_TEMPLATE_TEXT): string[] {
  const out: string[] = [];
  for (const el of t.slide.root.descendants()) {
    if ((el.is(NS.a, 'rPr') || el.is(NS.a, 'endParaRPr')) && !(Number(el.attr('sz')) >= minSize * 100)) out.push(`${el.name} sz=${el.attr('sz')}`);
    if (el.is(NS.a, 'p') && !el.child(NS.a, 'pPr')?.child(NS.a, 'lnSpc')?.child(NS.a, 'spcPts')) out.push('a paragraph without exact line spacing');
    if (el.is(NS.a, 'bodyPr')) {
      if (el.attr('wrap') !== 'square') out.push(`bodyPr wrap=${el.attr('wrap')}`);
      for (const inset of ['lIns', 'tIns', 'rIns', 'bIns']) if (!/^\d+$/.test(el.attr(inset) ?? '')) out.push(`bodyPr without ${inset}`);
      for (const c of el.elements()) out.push(`bodyPr with ${c.name}`);
    }
  }
  return out;
}

/** Whether a shape belongs to an illustration (a group named "Illustration: …"). */
export function inIllustration(sp: XElement): boolean {
  for (let g = sp.parent; g; g = g.parent) if ((nameOf(g) ?? '').startsWith('Illustration')) return true;
  return false;
}

/** Icons: custom geometry with round-capped scheme-colour outlines, lines and Béziers only. */
export function iconShapes(t: OpenTemplate): XElement[] {
  return spShapes(t).filter((sp) => sp.child(NS.p, 'spPr')?.child(NS.a, 'custGeom') && !inIllustration(sp));
}

/** Illustration shapes: custom geometry filled and/or outlined in scheme colours only. */
export function illustrationProblems(t: OpenTemplate): string[] {
  const out: string[] = [];
  const art = spShapes(t).filter(inIllustration);
  if (art.length < 10) out.push(`only ${art.length} illustration shapes`);
  for (const sp of art) {
    const spPr = sp.child(NS.p, 'spPr')!;
    if (!spPr.child(NS.a, 'custGeom')) out.push(`${nameOf(sp)}: no custom geometry`);
    if (sp.child(NS.p, 'txBody')?.descendants(NS.a, 't').next().value) out.push(`${nameOf(sp)}: text in an illustration`);
    const colours = [...spPr.descendants(NS.a, 'schemeClr')];
    if (colours.length === 0) out.push(`${nameOf(sp)}: no scheme colour`);
  }
  return out;
}

export function iconProblems(t: OpenTemplate): string[] {
  const out: string[] = [];
  for (const sp of iconShapes(t)) {
    const ln = sp.child(NS.p, 'spPr')!.child(NS.a, 'ln');
    if (ln?.attr('cap') !== 'rnd') out.push(`${nameOf(sp)}: outline caps ${ln?.attr('cap')}`);
    if (!ln?.child(NS.a, 'solidFill')?.child(NS.a, 'schemeClr')) out.push(`${nameOf(sp)}: outline without scheme colour`);
    const drawn = [...sp.descendants(NS.a, 'path')].find((p) => p.attr('fill') === 'none');
    if (!drawn || [...drawn.elements()].length < 3) out.push(`${nameOf(sp)}: no icon path`);
    if ([...sp.descendants(NS.a, 'arcTo')].length) out.push(`${nameOf(sp)}: a:arcTo`);
  }
  return out;
}

/** Plain DrawingML: no pictures, tables, charts, effects, gradients or alternate content. */
export function exoticContent(t: OpenTemplate): string[] {
  const out: string[] = [];
  for (const [ns, local] of [
    [NS.p, 'pic'],
    [NS.p, 'graphicFrame'],
    [NS.a, 'effectLst'],
    [NS.a, 'gradFill'],
    [NS.a, 'blipFill'],
    [NS.mc, 'AlternateContent'],
  ] as const) {
    if ([...t.slide.root.descendants(ns, local)].length) out.push(local);
  }
  return out;
}

/** Groups with identity child spaces bounding their members; unique shape ids. */
export function groupProblems(t: OpenTemplate): string[] {
  const out: string[] = [];
  for (const g of t.spTree.descendants(NS.p, 'grpSp')) {
    const xfrm = g.child(NS.p, 'grpSpPr')!.child(NS.a, 'xfrm')!;
    const attrs = (local: string): string => JSON.stringify(Object.fromEntries(xfrm.child(NS.a, local)?.attrs ?? []));
    if (attrs('chOff') !== attrs('off') || attrs('chExt') !== attrs('ext')) out.push(`${nameOf(g)}: child space is not the identity`);
    const members = [...g.elements()].filter((c) => c.is(NS.p, 'sp') || c.is(NS.p, 'grpSp')).map(rectOf);
    const box = rectOf(g);
    const bounds = {
      x: Math.min(...members.map((m) => m.x)),
      y: Math.min(...members.map((m) => m.y)),
      r: Math.max(...members.map((m) => m.x + m.cx)),
      b: Math.max(...members.map((m) => m.y + m.cy)),
    };
    if (bounds.x !== box.x || bounds.y !== box.y || bounds.r !== box.x + box.cx || bounds.b !== box.y + box.cy) out.push(`${nameOf(g)}: a:xfrm does not bound its members`);
  }
  const ids = [...t.spTree.descendants(NS.p, 'cNvPr')].map((el) => el.attr('id'));
  if (new Set(ids).size !== ids.length) out.push('duplicate shape ids');
  return out;
}

/** Members of every `va:stack` are laid out top to bottom without overlapping. */
export function stackProblems(t: OpenTemplate): string[] {
  const out: string[] = [];
  for (const stack of shapesAndGroups(t.spTree).filter((el) => (nameOf(el) ?? '').split(/\s+/).includes('va:stack'))) {
    const all = [...stack.elements()].filter((c) => c.is(NS.p, 'sp') || c.is(NS.p, 'grpSp'));
    // A va:when:spare member is hidden and lies over its neighbours by design (contract section 9).
    const hidden = (el: XElement) => el.child(NS.p, el.is(NS.p, 'sp') ? 'nvSpPr' : 'nvGrpSpPr')?.child(NS.p, 'cNvPr')?.attr('hidden') === '1';
    const isSpare = (el: XElement) => (nameOf(el) ?? '').split(/\s+/).includes('va:when:spare');
    for (const m of all) if (hidden(m) !== isSpare(m)) out.push(`${nameOf(m)} is ${hidden(m) ? 'hidden but not' : 'not hidden but'} va:when:spare`);
    const members = all.filter((m) => !hidden(m));
    for (let i = 1; i < members.length; i++) {
      const a = rectOf(members[i - 1]!);
      const b = rectOf(members[i]!);
      if (b.y < a.y + a.cy) out.push(`${nameOf(members[i]!)} overlaps ${nameOf(members[i - 1]!)} in a va:stack`);
    }
  }
  return out;
}

const measurer = new TextMeasurer();

/**
 * Lines needed by the `{{additionalInfo}}` box when the token is replaced by `sample`, against
 * the lines its height holds at its own size and line spacing (all shipped Latin families).
 */
export function additionalInfoFit(t: OpenTemplate, sample: string): { sizes: number[]; needed: number; available: number } {
  const sp = spShapes(t).find((s) => textOf(s).includes('{{additionalInfo}}'));
  if (!sp) throw new Error('no {{additionalInfo}} box');
  const p = sp.child(NS.p, 'txBody')!.child(NS.a, 'p')!;
  const runs = p.childrenNamed(NS.a, 'r').map((r) => {
    const rPr = r.child(NS.a, 'rPr')!;
    const text = r.child(NS.a, 't')!.textContent();
    return {
      text: text === '{{additionalInfo}}' ? sample : text,
      style: { font: rPr.child(NS.a, 'latin')?.attr('typeface') === '+mj-lt' ? ('heading' as const) : ('body' as const), size: Number(rPr.attr('sz')) / 100, bold: rPr.attr('b') === '1' },
    };
  });
  const bodyPr = sp.child(NS.p, 'txBody')!.child(NS.a, 'bodyPr')!;
  const rect = rectOf(sp);
  const inner = (rect.cx - Number(bodyPr.attr('lIns')) - Number(bodyPr.attr('rIns'))) / 12700;
  const lineHeight = Number(p.child(NS.a, 'pPr')!.child(NS.a, 'lnSpc')!.child(NS.a, 'spcPts')!.attr('val')) / 100;
  const needed = measurer.lineCount(runs, inner * SIZES.measureSlack) * lineHeight;
  const available = (rect.cy - Number(bodyPr.attr('tIns')) - Number(bodyPr.attr('bIns'))) / 12700;
  return { sizes: runs.map((r) => r.style.size), needed, available };
}

/**
 * Section 8 (what each shape means to a reader): the title placeholder holds the title; every
 * shape without text is decorative or described; headings start at the title and never skip a
 * level; the five steps are one numbered list of five items, each labelled by its number; the
 * shape order is the visual reading order.
 */
export function semanticProblems(t: OpenTemplate, title: string): string[] {
  const out: string[] = [];
  const check = checkSlide(t.spTree);
  // The title may keep words together with non-breaking spaces (no line of one word).
  const shown = check.title?.replace(/\u00a0/g, ' ');
  if (shown !== title) out.push(`title placeholder: ${JSON.stringify(check.title)} instead of ${JSON.stringify(title)}`);
  for (const name of check.missingAlt) out.push(`${name}: neither alt text nor decorative`);
  out.push(...check.order.map((o) => `reading order: ${o}`));
  const nodes = [...allNodes(slideOutline(t.spTree))];
  let level = 0;
  for (const n of nodes) {
    const h = n.title ? 1 : /^h([1-6])$/.exec(n.tag ?? '') ? Number(n.tag!.slice(1)) : 0;
    if (h === 0) continue;
    if (h > level + 1) out.push(`${n.name}: heading level ${h} after level ${level}`);
    level = h;
  }
  const lists = nodes.filter((n) => n.tag === 'ol');
  if (lists.length !== 1) out.push(`${lists.length} numbered lists ([ol] groups) instead of the steps`);
  for (const list of lists) {
    const items = list.children.filter((c) => c.tag === 'li');
    if (items.length !== 5) out.push(`${list.name}: ${items.length} list items instead of 5`);
    items.forEach((item, i) => {
      const labels = [...allNodes(item.children)].filter((c) => c.tag === 'lbl');
      if (labels.length !== 1 || labels[0]!.text !== String(i + 1)) out.push(`${item.name}: labels ${JSON.stringify(labels.map((l) => l.text))} instead of "${i + 1}"`);
    });
    for (const c of list.children) if (c.tag !== 'li' && !c.decorative) out.push(`${list.name}: member ${c.name} is neither a list item nor decorative`);
  }
  return out;
}
/** 6 mm in EMU: the print-safe edge (docs/templates.md, "Print-safe"). */
export const PRINT_SAFE_EMU = Math.round((6 / 25.4) * 914400);

/** Every shape keeps 6 mm from each page edge: only the page background reaches the edge. */
export function printSafeProblems(t: OpenTemplate): string[] {
  const size = t.pkg.xml(t.pkg.mainPart).root.child(NS.p, 'sldSz')!;
  const w = Number(size.attr('cx'));
  const h = Number(size.attr('cy'));
  const out: string[] = [];
  for (const sp of spShapes(t)) {
    const r = rectOf(sp);
    const gaps = { left: r.x, top: r.y, right: w - (r.x + r.cx), bottom: h - (r.y + r.cy) };
    for (const [edge, gap] of Object.entries(gaps)) if (gap < PRINT_SAFE_EMU) out.push(`${nameOf(sp)}: ${(gap / 36000).toFixed(1)} mm from the ${edge} edge`);
  }
  return out;
}

/**
 * Side of the QR code itself (without its 4-module quiet zone) in mm, for the smallest code the
 * booking link can have (21 modules): the brand engine draws the code square in `va:qr:booking`.
 */
export function qrCodeMm(t: OpenTemplate, modules = 21): number {
  const area = shapesAndGroups(t.spTree).find((el) => nameOf(el) === 'va:qr:booking');
  if (!area) return 0;
  const r = rectOf(area);
  const side = Math.min(r.cx, r.cy);
  const module = Math.floor(side / (modules + 8));
  return (module * modules) / 36000;
}

/** Han characters, and the full-width punctuation that must not follow a space or Latin text. */
const HAN = /[\u3400-\u9fff]/u;
const FULL_WIDTH_PUNCT = /[，。、；：！？）」』》〉】〕]/u;

/**
 * Chinese spacing (docs/templates.md): PowerPoint and LibreOffice put a quarter em between Han
 * characters and Latin text or digits by themselves ("autospace"), so the text has no space of
 * its own next to a Han character (it would double the gap); nothing stands before full-width
 * punctuation that would look like a space there: no space, and no Latin letter, digit or token
 * (the autospace would open a gap before the mark).
 */
export function cjkSpacingProblems(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (c === ' ' && next && FULL_WIDTH_PUNCT.test(next)) out.push(`a space before "${next}" in "${text}"`);
    else if (c === ' ' && ((prev && HAN.test(prev)) || (next && HAN.test(next)))) out.push(`a space next to a Han character at ${i} in "${text}"`);
    if (next && FULL_WIDTH_PUNCT.test(next) && /[A-Za-z0-9}]/.test(c)) out.push(`"${c}" right before "${next}" in "${text}"`);
  }
  return out;
}

/** Chinese spacing problems in every paragraph of a template. */
export function templateCjkSpacing(t: OpenTemplate): string[] {
  return spShapes(t).flatMap((sp) => textOf(sp).split('\n').flatMap(cjkSpacingProblems));
}
