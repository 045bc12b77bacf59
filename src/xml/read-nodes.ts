/**
 * The one pass over an XML part's text: checks well-formedness and builds the XNode tree as it
 * goes (elements with decoded attributes, text, comments, CDATA, processing instructions).
 * Before, each part was read three times: fast-xml-parser's validator, its parser (a tree of
 * plain objects), then a conversion of that tree into XElements.
 *
 * What is refused (E_XML_MALFORMED, with the line and column): tags that do not match or are
 * left open, element and attribute names that are not XML qualified names, attributes without
 * a quoted value, repeated or not separated by white space, `<` in an attribute value,
 * unterminated comments, CDATA sections and processing instructions, `--` inside a comment, an
 * XML declaration anywhere but at the start, text or CDATA outside the root element, more than
 * one root, bad entity and character references (parse.ts decodeEntities), and any `<!` markup
 * other than comments and CDATA (DOCTYPE is refused before, by parse.ts).
 *
 * What it keeps as fast-xml-parser did, so that trees and output bytes stay the same: line ends
 * normalised to `\n` (XML 1.0, 2.11), text and attribute values otherwise as written (entities
 * decoded), white-space text between elements, a processing instruction's pseudo-attributes as
 * `name="value"` pairs.
 */
import { VaError } from '../errors.js';
import { XCData, XComment, XElement, XInstruction, XText, type XNode } from './element.js';

/**
 * Deepest nesting of elements in a part. Real decks nest a few dozen levels (a group in a group
 * adds three); the tree's writers and walkers recurse, and 4,682 nested a:r (the fuzzer, seed
 * 2035 cases 5244 and 6072) overflowed the stack in the serializer and inspect's walk.
 */
export const MAX_XML_DEPTH = 1000;

/** A qualified XML name (Namespaces in XML): NCName, optionally prefixed by NCName and a colon. */
const QNAME_RE = /^[\p{L}_][\p{L}\p{N}_.\-\u00b7]*(?::[\p{L}_][\p{L}\p{N}_.\-\u00b7]*)?$/u;

// Names already checked, each kept as one string: a slide repeats a few dozen element and
// attribute names thousands of times, and every element of the tree then points at the same
// string instead of a copy of its own (about 24 bytes an element). Bounded, so a hostile part
// with millions of distinct names cannot grow it without limit.
const validNames = new Map<string, string>();

/** The one kept copy of `name` when it is an XML qualified name, else undefined. */
export function qualifiedName(name: string): string | undefined {
  const known = validNames.get(name);
  if (known !== undefined) return known;
  if (!QNAME_RE.test(name)) return undefined;
  if (validNames.size >= 10_000) validNames.clear();
  validNames.set(name, name);
  return name;
}

export function isQName(name: string): boolean {
  return qualifiedName(name) !== undefined;
}

// Short attribute values ("tx2", "1500", "ctr") repeat as often as names do; the same bound.
// Up to 4 characters: longer ones (EMU offsets, ids) repeat less, and looking them up made
// parsing 10 % slower (one-character strings are shared by V8 already).
const MAX_SHARED_VALUE = 4;
const sharedValues = new Map<string, string>();
function sharedValue(value: string): string {
  if (value.length > MAX_SHARED_VALUE || value.length < 2) return value;
  const known = sharedValues.get(value);
  if (known !== undefined) return known;
  if (sharedValues.size >= 10_000) sharedValues.clear();
  sharedValues.set(value, value);
  return value;
}

/** A pseudo-attribute of a processing instruction (`version="1.0"`). */
const PI_ATTR = /([^\s=]+)\s*=\s*(["'])([\s\S]*?)\2/g;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

export type Decode = (raw: string) => string;

/**
 * The top-level nodes of `text` (the prolog's comments and instructions, the root element, and
 * what follows it). `decode` resolves entities in text and attribute values.
 */
export function readNodes(source: string, partName: string, decode: Decode): XNode[] {
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const n = text.length;
  const fail = (at: number, msg: string): never => {
    let line = 1;
    let lineStart = 0;
    for (let k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not well-formed (line ${line}, column ${at - lineStart + 1}: ${msg})`, { subject: partName });
  };
  const readName = (at: number): string => {
    let k = at;
    while (k < n && !isNameEnd(text.charCodeAt(k))) k++;
    return text.slice(at, k);
  };
  const top: XNode[] = [];
  const open: XElement[] = [];
  let out = top;
  let rootSeen = false;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const raw = text.slice(i, end);
      if (open.length > 0) out.push(new XText(decode(raw)));
      else if (!/^\s*$/.test(raw)) fail(i, rootSeen ? 'text after the root element' : 'text before the root element');
    }
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 0x2f /* </ */) {
      const name = readName(lt + 2);
      let k = lt + 2 + name.length;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 0x3e) fail(k, `closing tag </${clip(name)}> is not closed by ">"`);
      const el = open.pop();
      if (!el) fail(lt, `closing tag </${clip(name)}> has no opening tag`);
      else if (el.name !== name) fail(lt, `closing tag </${clip(name)}> does not match <${clip(el.name)}>`);
      el!.settleChildren();
      out = open.length > 0 ? open[open.length - 1]!.children : top;
      i = k + 1;
    } else if (c === 0x21 /* <! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close < 0) fail(lt, 'comment not closed');
        const value = text.slice(lt + 4, close);
        if (value.includes('--') || value.endsWith('-')) fail(lt, 'a comment contains "--"');
        out.push(new XComment(value));
        i = close + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0) fail(lt, 'CDATA section not closed');
        if (open.length === 0) fail(lt, 'CDATA outside the root element');
        out.push(new XCData(text.slice(lt + 9, close)));
        i = close + 3;
      } else {
        fail(lt, 'unexpected "<!" markup');
      }
    } else if (c === 0x3f /* <? */) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) fail(lt, 'processing instruction not closed');
      const target = readName(lt + 2);
      if (target === '' || !isQName(target)) fail(lt, 'a processing instruction without a valid target');
      if (target.toLowerCase() === 'xml' && lt !== 0) fail(lt, 'XML declaration allowed only at the start of the document');
      const pairs: string[] = [];
      const body = text.slice(lt + 2 + target.length, close);
      for (const m of body.matchAll(PI_ATTR)) pairs.push(`${m[1]}="${m[3]}"`);
      out.push(new XInstruction(target, pairs.join(' ')));
      i = close + 2;
    } else {
      // A start tag: <name attr="value" ...> or .../>.
      const read = readName(lt + 1);
      const name = qualifiedName(read) ?? fail(lt, `invalid element name <${clip(read)}>`);
      if (open.length === 0 && rootSeen) fail(lt, 'more than one root element');
      const parent = open.length > 0 ? open[open.length - 1]! : null;
      const el = new XElement(name);
      el.parent = parent;
      const attrs: string[] = [];
      let seen: Set<string> | undefined;
      let k = lt + 1 + name.length;
      let selfClosing = false;
      for (;;) {
        const before = k;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        if (k >= n) fail(lt, `tag <${clip(name)}> is not closed`);
        const ch = text.charCodeAt(k);
        if (ch === 0x3e) {
          k++;
          break;
        }
        if (ch === 0x2f) {
          if (text.charCodeAt(k + 1) !== 0x3e) fail(k, `unexpected "/" in <${clip(name)}>`);
          selfClosing = true;
          k += 2;
          break;
        }
        if (k === before) fail(k, `attributes of <${clip(name)}> must be separated by white space`);
        const readAttr = readName(k);
        const attr = qualifiedName(readAttr) ?? fail(k, `invalid attribute name ${clip(readAttr)}`);
        k += attr.length;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) !== 0x3d) fail(k, `attribute ${clip(attr)} has no value`);
        k++;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        const quote = text.charCodeAt(k);
        if (quote !== 0x22 && quote !== 0x27) fail(k, `the value of attribute ${clip(attr)} is not quoted`);
        const close = text.indexOf(quote === 0x22 ? '"' : "'", k + 1);
        if (close < 0) fail(k, `the value of attribute ${clip(attr)} is not closed`);
        const raw = text.slice(k + 1, close);
        if (raw.includes('<')) fail(k, `"<" in the value of attribute ${clip(attr)}`);
        // Repeats: the list searched while short, a Set past 32 attributes (a hostile tag may have thousands).
        if (seen) {
          if (seen.has(attr)) fail(k, `attribute ${clip(attr)} is repeated`);
          seen.add(attr);
        } else {
          for (let a = 0; a < attrs.length; a += 2) if (attrs[a] === attr) fail(k, `attribute ${clip(attr)} is repeated`);
          if (attrs.length >= 64) seen = new Set(attrs.filter((_, a) => a % 2 === 0)).add(attr);
        }
        attrs.push(attr, sharedValue(decode(raw)));
        k = close + 1;
      }
      // Kept at its exact length (slice): push leaves room for 16 more strings.
      if (attrs.length > 0) el.adoptAttrList(attrs.slice());
      const prefix = el.prefix;
      if (prefix !== '' && el.lookupNamespace(prefix) === undefined) {
        throw new VaError('E_XML_MALFORMED', `the XML part ${partName} is not namespace-well-formed: the prefix "${prefix}" of <${name}> is not declared`, {
          subject: partName,
        });
      }
      out.push(el);
      if (open.length === 0) rootSeen = true;
      if (!selfClosing) {
        if (open.length >= MAX_XML_DEPTH) {
          throw new VaError('E_XML_LIMIT', `the XML part ${partName} nests elements more than ${MAX_XML_DEPTH.toLocaleString('en-US')} deep, over the limit per part`, { subject: partName });
        }
        open.push(el);
        out = el.children;
      }
      i = k;
    }
  }
  if (open.length > 0) fail(n, `tag <${clip(open[open.length - 1]!.name)}> is not closed`);
  return top;
}

/** Where a name ends: white space, `/`, `>`, `=`, `?`. */
function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x3f;
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) : s;
}
