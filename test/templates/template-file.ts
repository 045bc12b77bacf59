/**
 * Test helpers: the committed template files and their parsed parts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpcPackage } from '../../src/package/opc-package.js';
import type { XElement } from '../../src/xml/element.js';
import { NS } from '../../src/xml/namespaces.js';
import type { XDocument } from '../../src/xml/parse.js';
import { templateVariants } from '../../src/templates/build/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const VARIANTS = templateVariants().map((v) => ({ ...v, file: `templates/${v.id}/${v.locale}.${v.paper}.pptx` }));

export interface OpenTemplate {
  pkg: OpcPackage;
  slidePart: string;
  slide: XDocument;
  spTree: XElement;
  masterPart: string;
  layoutParts: string[];
  themePart: string;
  /**
   * The compact forms (`va:compact:<n>`, contract section 9), taken out of `spTree`: the checks
   * see the page as the template shows it; compactProblems checks the forms.
   */
  compactForms: { form: XElement; original: XElement | undefined; name: string; hidden: boolean; rect: Rect; names: string[] }[];
}

/** A hidden compact form (`va:compact` or `va:compact:<n>` in its name). */
export function isCompactForm(el: XElement): boolean {
  return (nameOf(el) ?? '').split(/\s+/).some((w) => /^va:compact(:\d+)?$/.test(w));
}

export function openTemplate(bytes: Uint8Array, what = 'template'): OpenTemplate {
  const pkg = OpcPackage.open(bytes, { what });
  const slides = pkg.related(pkg.mainPart, 'slide');
  const slidePart = slides[0]!;
  const masterPart = pkg.related(pkg.mainPart, 'slideMaster')[0]!;
  const slide = pkg.xml(slidePart);
  // The slide tree without its compact forms (this package's own parse: not shared).
  const spTree = slide.root.path(NS.p, 'cSld', 'spTree')!;
  const compactForms = shapesAndGroups(spTree)
    .filter(isCompactForm)
    .map((form) => {
      const siblings = form.parent ? [...form.parent.elements()].filter((e) => e.is(NS.p, 'sp') || e.is(NS.p, 'grpSp')) : [];
      const before = siblings.slice(0, siblings.indexOf(form)).filter((e) => !isCompactForm(e));
      const hidden = (form.child(NS.p, 'nvGrpSpPr') ?? form.child(NS.p, 'nvSpPr'))?.child(NS.p, 'cNvPr')?.attr('hidden') === '1';
      const names = shapesAndGroups(form).map((e) => nameOf(e) ?? '');
      return { form, original: before.at(-1), name: nameOf(form) ?? '', hidden, rect: rectOf(form), names };
    });
  for (const { form } of compactForms) form.remove();
  return {
    pkg,
    slidePart,
    slide,
    spTree,
    compactForms,
    masterPart,
    layoutParts: pkg.related(masterPart, 'slideLayout'),
    themePart: pkg.related(masterPart, 'theme')[0]!,
  };
}

export function readTemplate(file: string): OpenTemplate {
  return openTemplate(readFileSync(path.join(ROOT, file)), file);
}

/** `p:cNvPr/@name` of a shape or group. */
export function nameOf(el: XElement): string | undefined {
  const nv = el.child(NS.p, 'nvSpPr') ?? el.child(NS.p, 'nvGrpSpPr') ?? el.child(NS.p, 'nvPicPr') ?? el.child(NS.p, 'nvCxnSpPr') ?? el.child(NS.p, 'nvGraphicFramePr');
  return nv?.child(NS.p, 'cNvPr')?.attr('name');
}

/** Every shape (`p:sp`) and group (`p:grpSp`) in the tree, depth first. */
export function shapesAndGroups(spTree: XElement): XElement[] {
  return [...spTree.descendants()].filter((el) => el.is(NS.p, 'sp') || el.is(NS.p, 'grpSp'));
}

export interface Rect {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** `a:off`/`a:ext` (slide coordinates: our groups have identity child spaces). */
export function rectOf(el: XElement): Rect {
  const xfrm = (el.child(NS.p, 'spPr') ?? el.child(NS.p, 'grpSpPr'))!.child(NS.a, 'xfrm')!;
  const off = xfrm.child(NS.a, 'off')!;
  const ext = xfrm.child(NS.a, 'ext')!;
  return { x: Number(off.attr('x')), y: Number(off.attr('y')), cx: Number(ext.attr('cx')), cy: Number(ext.attr('cy')) };
}

/** Text of a shape's body, paragraphs joined by newlines. */
export function textOf(sp: XElement): string {
  const body = sp.child(NS.p, 'txBody');
  if (!body) return '';
  return body
    .childrenNamed(NS.a, 'p')
    .map((p) => p.childrenNamed(NS.a, 'r').map((r) => r.child(NS.a, 't')?.textContent() ?? '').join(''))
    .join('\n');
}
