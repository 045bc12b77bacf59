/**
 * Parsing of package XML parts into an XDocument.
 *
 * Safety first: the raw text is refused if it declares a DOCTYPE or an entity (no PresentationML
 * part legitimately has one, and refusing them avoids every known entity-expansion and XXE issue
 * of XML parsers), or if it is larger than the XML limit. Encoding is taken from the byte order
 * mark (UTF-8, UTF-16LE, UTF-16BE); the declaration is rewritten to UTF-8 on output. The text
 * is then read once (read-nodes.ts), checking well-formedness as the tree is built.
 */
import { VaError } from '../errors.js';
import type { XElement, XNode } from './element.js';
import { readNodes } from './read-nodes.js';

export interface XDocument {
  /** Attributes of the XML declaration (`version`, `encoding`, `standalone`), or null if absent. */
  declaration: Map<string, string> | null;
  /** Comments and processing instructions before the root element. */
  prolog: XNode[];
  root: XElement;
  /** The part this document was parsed from (for messages). */
  partName: string;
  /** Elements in the parsed text (what the element limits count); absent for documents built or edited in memory. */
  elements?: number;
}


const DEFAULT_MAX_XML_BYTES = 32 * 1024 * 1024;

/**
 * Most elements one part may have. The largest part of 379 real decks (../shared/corpus and the
 * external corpus) has 79,410 elements (a 1.7 MB slide with 536 shapes); a parsed element costs
 * about 100-250 bytes (element.ts; 300-520 before the compact attribute lists) and 5-10 µs, so a
 * part of 32 MB of `<a:x/>` (5.6 million elements) would take over 500 MB and a minute. Over the
 * limit the part is refused before it is parsed (E_XML_LIMIT).
 */
export const MAX_XML_ELEMENTS = 500_000;

/**
 * The start and empty-element tags of an XML text (end tags, comments, CDATA sections and
 * processing instructions are not elements), counted without parsing; stops counting once it
 * passes `stopAfter`.
 */
export function countElements(text: string, stopAfter = Infinity): number {
  let n = 0;
  let i = text.indexOf('<');
  while (i !== -1 && n <= stopAfter) {
    const c = text.charCodeAt(i + 1);
    let next = i + 1;
    if (c === 0x21 /* ! */) {
      const end = text.startsWith('<!--', i) ? text.indexOf('-->', i + 4) : text.startsWith('<![CDATA[', i) ? text.indexOf(']]>', i + 9) : text.indexOf('>', i + 2);
      if (end === -1) break;
      next = end + 1;
    } else if (c === 0x3f /* ? */) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) break;
      next = end + 2;
    } else if (c !== 0x2f /* / */) {
      n++;
    }
    i = text.indexOf('<', next);
  }
  return n;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Decodes the bytes of an XML part, honouring a UTF-8 or UTF-16 byte order mark. */
export function decodeXml(bytes: Uint8Array, partName: string): string {
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    }
    // UTF-16 without BOM starts with "<\0" or "\0<".
    if (bytes.length >= 2 && bytes[0] === 0x3c && bytes[1] === 0x00) {
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    }
    if (bytes.length >= 2 && bytes[0] === 0x00 && bytes[1] === 0x3c) {
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    }
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new VaError('E_XML_ENCODING', `the XML part ${partName} is not valid UTF-8 or UTF-16 text`, { subject: partName });
  }
}

/** Refuses what no OOXML part has: DOCTYPE and entity declarations. */
export function assertNoDoctype(text: string, partName: string): void {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new VaError('E_XML_DOCTYPE', `the XML part ${partName} declares a DOCTYPE or entities, which are refused (possible XXE or entity-expansion attack)`, {
      subject: partName,
    });
  }
}

const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the five XML entities and character references; anything else is malformed. */
export function decodeEntities(raw: string, partName: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY_RE, (match, body: string | undefined) => {
    if (body === undefined) {
      throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not well-formed: a bare "&"`, { subject: partName });
    }
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new VaError('E_XML_MALFORMED', `the XML part ${partName} has an invalid character reference ${match}`, { subject: partName });
      }
      return String.fromCodePoint(code);
    }
    const named = NAMED[body];
    if (named === undefined) {
      throw new VaError('E_XML_MALFORMED', `the XML part ${partName} uses the undeclared entity ${match}`, { subject: partName });
    }
    return named;
  });
}

export interface ParseOptions {
  maxBytes?: number;
  /** Most elements the part may have (default MAX_XML_ELEMENTS). */
  maxElements?: number;
}

/** Parses an XML part. Throws VaError (E_XML_*) naming the part on any problem. */
export function parseXml(bytes: Uint8Array, partName: string, options: ParseOptions = {}): XDocument {
  const max = options.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  if (bytes.length > max) {
    throw new VaError('E_XML_LIMIT', `the XML part ${partName} is ${bytes.length} bytes, over the limit of ${max}`, { subject: partName });
  }
  const text = decodeXml(bytes, partName);
  return parseXmlText(text, partName, options);
}

export function parseXmlText(text: string, partName: string, options: ParseOptions = {}): XDocument {
  assertNoDoctype(text, partName);
  // p:sp copied 61,490 times or a:gs 99,538 times (the fuzzer): refused before the parser builds a tree of them.
  const maxElements = options.maxElements ?? MAX_XML_ELEMENTS;
  const elements = countElements(text, maxElements);
  if (elements > maxElements) {
    throw new VaError('E_XML_LIMIT', `the XML part ${partName} has more than ${formatCount(maxElements)} elements, over the limit per part`, { subject: partName });
  }
  // One pass: well-formedness and the tree together (read-nodes.ts).
  return documentOf(readNodes(text, partName, (raw) => decodeEntities(raw, partName)), partName, elements);
}

/** The document of a part's top-level nodes: its XML declaration, prolog and one root element. */
export function documentOf(nodes: readonly XNode[], partName: string, elements?: number): XDocument {
  let declaration: Map<string, string> | null = null;
  const prolog: XNode[] = [];
  let root: XElement | undefined;
  for (const node of nodes) {
    if (node.kind === 'pi' && node.target === 'xml') {
      declaration = new Map();
      for (const m of node.body.matchAll(/([A-Za-z:]+)="([^"]*)"/g)) declaration.set(m[1]!, m[2]!);
    } else if (node.kind === 'element') {
      if (root) throw new VaError('E_XML_MALFORMED', `the XML part ${partName} has more than one root element`, { subject: partName });
      root = node;
    } else if (node.kind === 'comment' || node.kind === 'pi') {
      if (!root) prolog.push(node);
    }
  }
  if (!root) throw new VaError('E_XML_MALFORMED', `the XML part ${partName} has no root element`, { subject: partName });
  return { declaration, prolog, root, partName, ...(elements === undefined ? {} : { elements }) };
}
