/**
 * The XML front end as it was before src/xml/read-nodes.ts (fast-xml-parser's validator, its
 * parser, then a conversion into XElements), kept for tests only: the one-pass reader must build
 * the same trees and refuse the same malformed text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { VaError } from '../../../src/errors.js';
import { XCData, XComment, XElement, XInstruction, XText, type XNode } from '../../../src/xml/element.js';
import { assertNoDoctype, decodeEntities, documentOf, type XDocument } from '../../../src/xml/parse.js';
import { isQName } from '../../../src/xml/read-nodes.js';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  allowBooleanAttributes: false,
  ignorePiTags: false,
  // No callbacks use the element path: without this, fast-xml-parser 5 builds a path string for
  // every element and attribute (about a third of its parsing time on a 65 KB slide).
  jPath: false,
});

type RawNode = Record<string, unknown>;

function convert(raw: RawNode[], parent: XElement | null, out: XNode[], partName: string): void {
  for (const item of raw) {
    let name: string | undefined;
    for (const key of Object.keys(item)) {
      if (key !== ':@') {
        name = key;
        break;
      }
    }
    if (name === undefined) continue;
    const content = item[name] as RawNode[] | string;
    if (name === '#text') {
      out.push(new XText(decodeEntities(String(content), partName)));
    } else if (name === '#comment') {
      out.push(new XComment(textOf(content)));
    } else if (name === '#cdata') {
      out.push(new XCData(textOf(content)));
    } else if (name.startsWith('?')) {
      const attrs = (item[':@'] ?? {}) as Record<string, string>;
      const body = Object.entries(attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ');
      out.push(new XInstruction(name.slice(1), body));
    } else {
      const attrs = (item[':@'] ?? {}) as Record<string, string>;
      if (!isQName(name)) {
        throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not well-formed: invalid element name <${name.slice(0, 40)}>`, { subject: partName });
      }
      const el = new XElement(name);
      for (const [k, v] of Object.entries(attrs)) {
        if (!isQName(k)) {
          throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not well-formed: invalid attribute name ${k.slice(0, 40)}`, { subject: partName });
        }
        el.attrs.set(k, decodeEntities(String(v), partName));
      }
      el.parent = parent;
      const prefix = el.prefix;
      if (prefix !== '' && el.lookupNamespace(prefix) === undefined) {
        throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not namespace-well-formed: the prefix "${prefix}" of <${name}> is not declared`, {
          subject: partName,
        });
      }
      if (Array.isArray(content)) convert(content, el, el.children, partName);
      out.push(el);
    }
  }
}

function textOf(content: RawNode[] | string): string {
  if (typeof content === 'string') return content;
  return content.map((c) => String((c as Record<string, unknown>)['#text'] ?? '')).join('');
}

export function referenceParse(text: string, partName: string): XDocument {
  assertNoDoctype(text, partName);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not well-formed (line ${line}, column ${col}: ${msg})`, { subject: partName });
  }
  let raw: RawNode[];
  try {
    raw = parser.parse(text) as RawNode[];
  } catch (err) {
    throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not well-formed (${(err as Error).message})`, { subject: partName });
  }
  const nodes: XNode[] = [];
  convert(raw, null, nodes, partName);
  return documentOf(nodes, partName);
}
