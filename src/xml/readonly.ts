/**
 * Read-only views of a parsed XML tree: what the shared parse cache (content-cache.ts) hands
 * out, and what the renderer, inspect and the PresentationML readers (src/presentation/) take.
 *
 * These are types only (no runtime cost): the classes of element.ts implement them, so a
 * mutable tree can be passed wherever a read-only one is expected, but not the other way: a
 * `ReadonlyXElement` has no setAttr/append/remove..., its attribute map is a `ReadonlyMap`, its
 * child list a readonly array, and its name, parent and the values of its text nodes are
 * readonly, all the way down. Code that edits a shared tree therefore does not compile; the one
 * way to a mutable tree is a copy (`cloneDocument`, which `OpcPackage.xml()` makes for the brand
 * engine). In tests the shared documents are also deep-frozen (freeze.ts), the second line.
 */
import type { Namespace } from './namespaces.js';

export interface ReadonlyXText {
  readonly kind: 'text';
  readonly value: string;
}

export interface ReadonlyXComment {
  readonly kind: 'comment';
  readonly value: string;
}

export interface ReadonlyXCData {
  readonly kind: 'cdata';
  readonly value: string;
}

export interface ReadonlyXInstruction {
  readonly kind: 'pi';
  readonly target: string;
  readonly body: string;
}

export type ReadonlyXNode = ReadonlyXElement | ReadonlyXText | ReadonlyXComment | ReadonlyXCData | ReadonlyXInstruction;

/** The reading half of XElement (element.ts), with read-only results. */
export interface ReadonlyXElement {
  readonly kind: 'element';
  /** Qualified name as written, e.g. `a:srgbClr`. */
  readonly name: string;
  /** Attributes in document order, values decoded (a Map built on first use: readers that walk many elements take attr() or attrList()). */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly ReadonlyXNode[];
  readonly parent: ReadonlyXElement | null;
  readonly prefix: string;
  readonly localName: string;
  readonly namespaceURI: string | undefined;
  lookupNamespace(prefix: string): string | undefined;
  lookupPrefix(ns: Namespace): string | undefined;
  is(ns: Namespace, local: string): boolean;
  inNamespace(ns: Namespace): boolean;
  elements(): Generator<ReadonlyXElement, void, undefined>;
  child(ns: Namespace, local: string): ReadonlyXElement | undefined;
  childrenNamed(ns: Namespace, local: string): ReadonlyXElement[];
  path(ns: Namespace, ...locals: string[]): ReadonlyXElement | undefined;
  descendants(ns?: Namespace, local?: string): Generator<ReadonlyXElement, void, undefined>;
  ancestor(ns: Namespace, local: string): ReadonlyXElement | undefined;
  attr(name: string): string | undefined;
  /** The attributes as `[name, value, name, value, ...]`, without building a Map. */
  attrList(): readonly string[];
  hasAttrs(): boolean;
  attrNS(ns: Namespace, local: string): string | undefined;
  attrNameNS(ns: Namespace, local: string): string | undefined;
  textContent(): string;
}

/** A parsed document that must not be edited (XDocument in parse.ts is the mutable one). */
export interface ReadonlyXDocument {
  readonly declaration: ReadonlyMap<string, string> | null;
  readonly prolog: readonly ReadonlyXNode[];
  readonly root: ReadonlyXElement;
  readonly partName: string;
  readonly elements?: number;
}
