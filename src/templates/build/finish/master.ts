/**
 * The slide master and layout pptxgenjs writes are kept (one master, one blank layout), with
 * one change: the master's body text style names Arial as its bullet font (`a:buFont`), a
 * family that is neither a theme font nor shipped. It becomes the theme's minor font
 * (`+mn-lt`), so every font in the template is a theme font.
 */
import type { XDocument } from '../../../xml/parse.js';
import { NS } from '../../../xml/namespaces.js';

export function finishMaster(doc: XDocument): void {
  for (const buFont of [...doc.root.descendants(NS.a, 'buFont')]) {
    buFont.attrs.clear();
    buFont.setAttr('typeface', '+mn-lt');
  }
}
