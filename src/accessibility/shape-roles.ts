/**
 * What a shape means to a reader, as a PowerPoint user can say it (docs/template-contract.md,
 * section 8), read by the renderer's structure tree and by `inspect`, written by the template
 * builder:
 *   - alternative text: `p:cNvPr/@descr` (PowerPoint's Alt Text pane);
 *   - decorative: `adec:decorative val="1"` in `p:cNvPr/a:extLst` ("Mark as decorative");
 *   - a role tag at the end of the shape's name in the Selection Pane (`p:cNvPr/@name`):
 *     `Section heading [h2]`, `Steps [ol]`, `Step 1 [li]`, `Step 1 number [lbl]`,
 *     `Illustration [figure]` ... (ROLE_TAGS).
 * The slide title is PowerPoint's own title placeholder (`p:ph type="title"` or `ctrTitle`).
 */
import { placeholderOf } from '../presentation/shape/non-visual.js';
import type { XElement } from '../xml/element.js';
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';

/** The role tags a shape name may end with, and the PDF structure type each stands for. */
export const ROLE_TAGS = {
  h1: 'H1',
  h2: 'H2',
  h3: 'H3',
  h4: 'H4',
  h5: 'H5',
  h6: 'H6',
  p: 'P',
  /** A group whose members are the items of an ordered (numbered) list. */
  ol: 'L',
  /** A group whose members are the items of an unordered list. */
  ul: 'L',
  /** A group (or shape) that is one list item; its `[lbl]` member is the label, the rest the body. */
  li: 'LI',
  /** The label of a list item (its number or bullet). */
  lbl: 'Lbl',
  /** A picture, a shape or a group of shapes that is one picture, described by its alt text. */
  figure: 'Figure',
} as const;

export type RoleTag = keyof typeof ROLE_TAGS;

/** `a:ext/@uri` of PowerPoint's decorative flag. */
export const DECORATIVE_EXT_URI = '{C183D7F6-B498-43B3-948B-1728B52AA6E4}';

const TAG_AT_END = /\s*\[(h[1-6]|p|ol|ul|li|lbl|figure)\]\s*$/i;

/** The role tag at the end of a shape name ("Step 1 [li]" → "li"), if any. */
export function roleTag(name: string | undefined): RoleTag | undefined {
  const m = name ? TAG_AT_END.exec(name) : null;
  return m ? (m[1]!.toLowerCase() as RoleTag) : undefined;
}

/** The name without its role tag ("Step 1 [li]" → "Step 1"). */
export function withoutRoleTag(name: string): string {
  return name.replace(TAG_AT_END, '');
}

/** The name with `tag` at its end. */
export function withRoleTag(name: string, tag: RoleTag): string {
  return `${withoutRoleTag(name)} [${tag}]`;
}

/** True when PowerPoint's "Mark as decorative" is set (`adec:decorative val="1"`). */
export function isDecorative(cNvPr: ReadonlyXElement | undefined): boolean {
  const extLst = cNvPr?.child(NS.a, 'extLst');
  if (!extLst) return false;
  for (const ext of extLst.childrenNamed(NS.a, 'ext')) {
    const flag = ext.child(NS.adec, 'decorative');
    if (flag) return flag.attr('val') === '1' || flag.attr('val') === 'true';
  }
  return false;
}

/** Sets PowerPoint's decorative flag (`a:extLst/a:ext/adec:decorative val="1"`, last child of p:cNvPr). */
export function markDecorative(cNvPr: XElement): void {
  if (isDecorative(cNvPr)) return;
  let extLst = cNvPr.child(NS.a, 'extLst');
  if (!extLst) extLst = cNvPr.append(cNvPr.make(NS.a, 'extLst')) as XElement;
  const ext = extLst.append(extLst.make(NS.a, 'ext', { uri: DECORATIVE_EXT_URI })) as XElement;
  ext.append(ext.make(NS.adec, 'decorative', { val: '1' }));
}

/** The placeholder type of a shape (`p:nvPr/p:ph/@type`; "obj" when p:ph has none), if it is one. */
export function placeholderType(shape: ReadonlyXElement): string | undefined {
  return placeholderOf(shape)?.type;
}

/** True for the slide's title placeholder (`title` or `ctrTitle`): the H1 of the page. */
export function isTitlePlaceholder(shape: ReadonlyXElement): boolean {
  const t = placeholderType(shape);
  return t === 'title' || t === 'ctrTitle';
}
