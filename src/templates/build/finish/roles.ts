/**
 * The scene's semantic roles written into the slide (docs/template-contract.md, section 8), in
 * the forms PowerPoint itself reads and writes, so that they survive editing in PowerPoint:
 *   - `title`: the shape becomes the slide's title placeholder (`p:nvPr/p:ph type="title"`,
 *     `a:spLocks noGrp`), which PowerPoint's accessibility checker looks for;
 *   - `h2`, `h3`, `ol`, `li`, `lbl`: a role tag at the end of `p:cNvPr/@name` ("How it works [h2]");
 *   - `figure`: the alt text in `p:cNvPr/@descr` (a group also gets the `[figure]` tag);
 *   - `decorative`: `adec:decorative val="1"` in `p:cNvPr/a:extLst`;
 *   - `p`: nothing (text is body text by default).
 */
import { markDecorative, withRoleTag } from '../../../accessibility/shape-roles.js';
import type { XElement } from '../../../xml/element.js';
import { NS } from '../../../xml/namespaces.js';
import type { SceneElement } from '../scene.js';

export function applyRole(shape: XElement, el: SceneElement): void {
  const nv = shape.elements().next().value as XElement | undefined;
  const cNvPr = nv?.child(NS.p, 'cNvPr');
  if (!nv || !cNvPr) throw new Error(`${el.name}: no p:cNvPr to carry its role`);
  if (el.alt !== undefined) cNvPr.setAttr('descr', el.alt);
  switch (el.role) {
    case undefined:
    case 'p':
      break;
    case 'title': {
      if (!shape.is(NS.p, 'sp') || !shape.child(NS.p, 'txBody')) throw new Error(`${el.name}: only a text shape can be the title`);
      // p:cNvSpPr: a placeholder is not a text box, and is locked against grouping.
      const cNvSpPr = nv.child(NS.p, 'cNvSpPr')!;
      cNvSpPr.removeAttr('txBox');
      for (const c of [...cNvSpPr.elements()]) c.remove();
      cNvSpPr.insertAt(0, cNvSpPr.make(NS.a, 'spLocks', { noGrp: '1' }));
      const nvPr = nv.child(NS.p, 'nvPr')!;
      nvPr.insertAt(0, nvPr.make(NS.p, 'ph', { type: 'title' }));
      break;
    }
    case 'figure':
      if (!el.alt) throw new Error(`${el.name}: a figure needs its alt text`);
      if (el.kind === 'group') cNvPr.setAttr('name', withRoleTag(el.name, 'figure'));
      break;
    case 'decorative':
      markDecorative(cNvPr);
      break;
    default:
      cNvPr.setAttr('name', withRoleTag(el.name, el.role));
  }
}
