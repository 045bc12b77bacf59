/**
 * Document properties carry the organisation as the author: docProps/core.xml dc:creator (the
 * PDF's Author) and docProps/app.xml Company. The title (dc:title) stays the deck's own: the
 * handout's title in its language, which the PDF shows in the reader's title bar. Parts that are missing (Google Slides and old OpenOffice exports have no docProps)
 * are created with their package relationship and content-type override. Dates are not touched:
 * the same input and brand give the same bytes.
 */
import { resolveTarget } from '../package/relationships.js';
import type { XElement } from '../xml/element.js';
import { XText } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { parseXmlText } from '../xml/parse.js';
import { serializeXml } from '../xml/serialize.js';
import type { Deck } from '../presentation/deck.js';

const CORE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const APP_REL = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties',
};
const CORE_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';
const APP_TYPE = 'application/vnd.openxmlformats-officedocument.extended-properties+xml';

const CORE_SKELETON =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>';
const APP_SKELETON = (strict: boolean) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="${strict ? NS.ep.uris[1] : NS.ep.uris[0]}" xmlns:vt="${strict ? 'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes' : 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes'}"/>`;

/** Sets the text of `{ns}local` under `root`, creating the element (at the end) when absent. */
function setChildText(root: XElement, ns: typeof NS.dc, local: string, value: string): boolean {
  let el = root.child(ns, local);
  if (el && el.textContent() === value && el.children.every((c) => c.kind === 'text')) return false;
  if (!el) el = root.append(root.make(ns, local)) as XElement;
  el.setText('');
  el.append(new XText(value));
  return true;
}

/**
 * The part a package relationship of a kind points to, if it exists. Matched by the end of the
 * type URI, case-insensitively: LibreOffice writes the core-properties type with a lower-case
 * "officedocument" path, and a second core-properties relationship would make the package invalid.
 */
function propsPart(deck: Deck, kind: 'core' | 'app'): string | undefined {
  const match = kind === 'core' ? /\/metadata\/core-properties$/i : /\/(extended-properties|extendedproperties)$/i;
  const rel = deck.pkg
    .rels('')
    .all()
    .find((r) => !r.external && match.test(r.type));
  if (!rel) return undefined;
  const target = resolveTarget('', rel.target);
  return target === null ? undefined : deck.pkg.canonicalName(target);
}

function createPart(deck: Deck, name: string, text: string, contentType: string, relType: string): string {
  const { pkg } = deck;
  const part = pkg.has(name) ? pkg.freePartName(name.replace(/\.xml$/, ''), 'xml') : name;
  pkg.set(part, serializeXml(parseXmlText(text, part)), contentType);
  pkg.rels('').add(relType, part);
  return part;
}

export function applyDocProps(deck: Deck, organization: string): void {
  const { pkg } = deck;
  let core = propsPart(deck, 'core');
  if (!core) core = createPart(deck, 'docProps/core.xml', CORE_SKELETON, CORE_TYPE, CORE_REL);
  const coreRoot = pkg.xml(core).root;
  if (coreRoot.localName === 'coreProperties' && setChildText(coreRoot, NS.dc, 'creator', organization)) pkg.touch(core);

  let app = propsPart(deck, 'app');
  if (!app) app = createPart(deck, 'docProps/app.xml', APP_SKELETON(deck.strict), APP_TYPE, deck.strict ? APP_REL.strict : APP_REL.transitional);
  const appRoot = pkg.xml(app).root;
  if (appRoot.localName === 'Properties' && setChildText(appRoot, NS.ep, 'Company', organization)) pkg.touch(app);
}
