/**
 * Parsed XML parts shared across packages by content (SHA-1 of the bytes and the part name).
 *
 * A batch brands the same template again and again, and renders each deck right after branding
 * it: the template's slide is parsed once per process instead of once per deck, and the renderer
 * gets the tree the brand engine serialised instead of parsing its bytes again. Parsing was the
 * largest single cost of a warm deck (a 65 KB slide: ~15 ms to parse, ~1 ms to clone).
 *
 * Documents in this cache are never edited, and the type checker holds every consumer to it:
 * `sharedXml` returns a ReadonlyXDocument (readonly.ts), which has no way to edit it; the one way
 * to a tree that can be edited is `cloneDocument`, which `OpcPackage.xml()` calls for the brand
 * engine, while the renderer and inspect read the shared tree itself (`OpcPackage.readOnlyXml()`). In tests the documents are also frozen (freezeSharedXml). Small
 * parts are not worth a hash and are left out. Bounded (least recently used entries are dropped).
 */
import { createHash } from 'node:crypto';
import { copyLeaf, XElement } from './element.js';
import type { XNode } from './element.js';
import { freezeDocument } from './freeze.js';
import { parseXml, type ParseOptions, type XDocument } from './parse.js';
import type { ReadonlyXDocument, ReadonlyXNode } from './readonly.js';

/** Parts smaller than this are parsed every time (cheaper than hashing and cloning). */
export const SHARED_MIN_BYTES = 4096;
/** Larger parts are not kept: a hostile or huge deck must not pin hundreds of MB of trees. */
export const SHARED_MAX_BYTES = 2 * 1024 * 1024;
const LIMIT = 64;
/** The source bytes of all kept documents together (a parsed tree takes several times more). */
const BUDGET_BYTES = 32 * 1024 * 1024;
const cache = new Map<string, { doc: XDocument; bytes: number }>();
let cachedBytes = 0;
let freezing = false;

/**
 * Tests (test/setup/freeze-shared-xml.ts, every test run): documents are deep-frozen as they
 * enter the cache (freeze.ts), so a consumer that edits a shared document throws a TypeError at
 * the edit instead of changing every later deck made from the same bytes. Off otherwise:
 * freezing walks the whole tree.
 */
export function freezeSharedXml(on: boolean): void {
  freezing = on;
}

function keyOf(bytes: Uint8Array, partName: string): string {
  return `${createHash('sha1').update(bytes).digest('base64')}:${partName}`;
}

/** Whether a part of this size is kept in the shared cache. */
export function shareable(length: number): boolean {
  return length >= SHARED_MIN_BYTES && length <= SHARED_MAX_BYTES;
}

function remember(key: string, doc: XDocument, bytes: number): void {
  if (freezing) freezeDocument(doc);
  const old = cache.get(key);
  if (old) cachedBytes -= old.bytes;
  cache.delete(key);
  cache.set(key, { doc, bytes });
  cachedBytes += bytes;
  while (cache.size > LIMIT || cachedBytes > BUDGET_BYTES) {
    const [oldest, entry] = cache.entries().next().value!;
    cache.delete(oldest);
    cachedBytes -= entry.bytes;
  }
}

/**
 * The shared, read-only parse of a part's bytes (parsed on first use). Small and very large parts
 * are parsed afresh each time but typed read-only all the same: callers that edit clone.
 */
export function sharedXml(bytes: Uint8Array, partName: string, options: ParseOptions = {}): ReadonlyXDocument {
  // Small and very large parts, and parts over the caller's size limit (parseXml refuses them),
  // are not shared.
  if (!shareable(bytes.length) || (options.maxBytes !== undefined && bytes.length > options.maxBytes)) {
    return parseXml(bytes, partName, options);
  }
  const key = keyOf(bytes, partName);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.doc;
  }
  const doc = parseXml(bytes, partName, options);
  remember(key, doc, bytes.length);
  return doc;
}

/**
 * Records that `bytes` are the serialisation of `doc` (a copy of it is kept, so the caller may
 * go on editing `doc`). A later `sharedXml` of the same bytes returns the copy without parsing.
 */
export function rememberSerialized(bytes: Uint8Array, doc: ReadonlyXDocument): void {
  if (!shareable(bytes.length)) return;
  remember(keyOf(bytes, doc.partName), cloneDocument(doc), bytes.length);
}

/** Empties the cache (tests). */
export function clearSharedXml(): void {
  cache.clear();
  cachedBytes = 0;
}

/**
 * A deep copy of a document: new elements, attribute maps and text nodes, parents set. The one
 * way from a shared (read-only) document to one that can be edited.
 */
export function cloneDocument(doc: ReadonlyXDocument): XDocument {
  return {
    declaration: doc.declaration ? new Map(doc.declaration) : null,
    prolog: doc.prolog.map((n) => cloneNode(n, null)),
    root: cloneNode(doc.root, null) as XElement,
    partName: doc.partName,
    ...(doc.elements === undefined ? {} : { elements: doc.elements }),
  };
}

function cloneNode(node: ReadonlyXNode, parent: XElement | null): XNode {
  switch (node.kind) {
    case 'element': {
      const el = new XElement(node.name);
      el.copyAttrsFrom(node);
      el.parent = parent;
      for (const child of node.children) el.children.push(cloneNode(child, el));
      el.settleChildren();
      return el;
    }
    default:
      return copyLeaf(node);
  }
}
