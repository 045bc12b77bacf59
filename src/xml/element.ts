/**
 * A small namespace-aware XML tree (built by read-nodes.ts in one pass over a part's text) so that
 * editing code can ask "is this {DrawingML}srgbClr?" whatever prefix the file uses, insert
 * children in schema order and serialise without losing anything it did not touch.
 *
 * Text and attribute values are stored decoded (entities resolved); the serializer escapes.
 */
import type { Namespace } from './namespaces.js';
import type { ReadonlyXCData, ReadonlyXComment, ReadonlyXElement, ReadonlyXInstruction, ReadonlyXNode, ReadonlyXText } from './readonly.js';

export type XNode = XElement | XText | XComment | XCData | XInstruction;

export class XText implements ReadonlyXText {
  /** Type only (no field at run time): a read-only node (readonly.ts) is not one of these. */
  declare private readonly mutable: true;
  /** On the prototype (no field per node: a part may have hundreds of thousands). */
  declare readonly kind: 'text';
  constructor(public value: string) {}
}

export class XComment implements ReadonlyXComment {
  /** Type only (no field at run time): a read-only node (readonly.ts) is not one of these. */
  declare private readonly mutable: true;
  /** On the prototype (no field per node: a part may have hundreds of thousands). */
  declare readonly kind: 'comment';
  constructor(public value: string) {}
}

export class XCData implements ReadonlyXCData {
  /** Type only (no field at run time): a read-only node (readonly.ts) is not one of these. */
  declare private readonly mutable: true;
  /** On the prototype (no field per node: a part may have hundreds of thousands). */
  declare readonly kind: 'cdata';
  constructor(public value: string) {}
}

export class XInstruction implements ReadonlyXInstruction {
  /** Type only (no field at run time): a read-only node (readonly.ts) is not one of these. */
  declare private readonly mutable: true;
  /** On the prototype (no field per node: a part may have hundreds of thousands). */
  declare readonly kind: 'pi';
  constructor(
    public target: string,
    public body: string,
  ) {}
}

/**
 * An element's attributes as stored: none (`undefined`), a flat list `[name, value, name, value,
 * ...]` of exactly that length (what the parser and setAttr make), or a Map once code asked for
 * `attrs`. A Map costs about 190 bytes even when empty and an array grown by push about 150; a
 * slide may have 500,000 elements (the per-part limit), most with no attribute or two.
 */
type AttrStore = string[] | Map<string, string> | undefined;

const NO_ATTRS: readonly string[] = Object.freeze([]);

/**
 * Past this many attributes an element keeps them in a Map: a list is searched from the start,
 * and a hostile element may have thousands (real ones have at most a dozen or so).
 */
const MAX_LIST_ATTRS = 32;

export class XElement implements ReadonlyXElement {
  /** On the prototype (no field per element). */
  declare readonly kind: 'element';
  /** Qualified name as written, e.g. `a:srgbClr`. */
  name: string;
  /** See AttrStore. Read through attr()/attrList(), written through setAttr()/removeAttr(). */
  private store: AttrStore;
  /** Child nodes in document order (the parser leaves each list exactly as long as it is). */
  readonly children: XNode[];
  parent: XElement | null;

  constructor(name: string, attrs?: Iterable<readonly [string, string]>) {
    this.name = name;
    this.store = undefined;
    this.children = [];
    this.parent = null;
    if (attrs) for (const [k, v] of attrs) this.setAttr(k, v);
  }

  /**
   * Attributes in document order, values decoded, as a Map that may be edited. The first call on
   * an element turns its compact list into that Map (about 190 bytes): code that only reads takes
   * attr(), attrList() or hasAttrs().
   */
  get attrs(): Map<string, string> {
    const store = this.store;
    if (store instanceof Map) return store;
    const map = this.mapOf(store ?? NO_ATTRS);
    this.store = map;
    return map;
  }

  /**
   * The attributes as a flat list `[name, value, name, value, ...]` (read only; a new list only
   * when they are held in a Map). No allocation for a parsed element.
   */
  attrList(): readonly string[] {
    const store = this.store;
    if (store === undefined) return NO_ATTRS;
    if (!(store instanceof Map)) return store;
    const out: string[] = [];
    for (const [k, v] of store) out.push(k, v);
    return out;
  }

  /** Whether the element has any attribute. */
  hasAttrs(): boolean {
    const store = this.store;
    return store !== undefined && (store instanceof Map ? store.size > 0 : store.length > 0);
  }

  /**
   * Sets the attribute list the parser read (read-nodes.ts): `[name, value, ...]`, names unique,
   * the array owned by the element from now on. Only on an element without attributes.
   */
  adoptAttrList(list: string[]): void {
    if (this.store !== undefined) throw new Error('adoptAttrList: the element already has attributes');
    this.store = list.length === 0 ? undefined : list.length > MAX_LIST_ATTRS * 2 ? this.mapOf(list) : list;
  }

  private mapOf(list: readonly string[]): Map<string, string> {
    const map = new Map<string, string>();
    for (let i = 0; i < list.length; i += 2) map.set(list[i]!, list[i + 1]!);
    return map;
  }

  /**
   * Deep-freezing (freeze.ts, tests): the attributes become `frozen`, a Map that refuses edits.
   * @internal
   */
  freezeAttrs(frozen: (entries: Iterable<[string, string]>) => Map<string, string>): void {
    const entries: [string, string][] = [];
    const list = this.attrList();
    for (let i = 0; i < list.length; i += 2) entries.push([list[i]!, list[i + 1]!]);
    this.store = frozen(entries);
  }

  get prefix(): string {
    const i = this.name.indexOf(':');
    return i < 0 ? '' : this.name.slice(0, i);
  }

  get localName(): string {
    const i = this.name.indexOf(':');
    return i < 0 ? this.name : this.name.slice(i + 1);
  }

  /** The namespace URI bound to `prefix` here ('' = default namespace), or undefined. */
  lookupNamespace(prefix: string): string | undefined {
    const key = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    for (let el: XElement | null = this; el; el = el.parent) {
      const uri = el.attr(key);
      if (uri !== undefined) return uri;
    }
    if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
    return undefined;
  }

  /** A prefix bound to one of the namespace's URIs in scope here, or undefined. */
  lookupPrefix(ns: Namespace): string | undefined {
    const shadowed = new Set<string>();
    for (let el: XElement | null = this; el; el = el.parent) {
      const list = el.attrList();
      for (let i = 0; i < list.length; i += 2) {
        const key = list[i]!;
        const value = list[i + 1]!;
        if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
        const prefix = key === 'xmlns' ? '' : key.slice(6);
        if (shadowed.has(prefix)) continue;
        shadowed.add(prefix);
        if (ns.uris.includes(value)) return prefix;
      }
    }
    return undefined;
  }

  get namespaceURI(): string | undefined {
    return this.lookupNamespace(this.prefix);
  }

  /** True when this element is `{ns}local`. */
  is(ns: Namespace, local: string): boolean {
    if (this.localName !== local) return false;
    const uri = this.namespaceURI;
    return uri !== undefined && ns.uris.includes(uri);
  }

  /** True when this element is in namespace `ns`. */
  inNamespace(ns: Namespace): boolean {
    const uri = this.namespaceURI;
    return uri !== undefined && ns.uris.includes(uri);
  }

  *elements(): Generator<XElement> {
    for (const c of this.children) if (c.kind === 'element') yield c;
  }

  /** First child element `{ns}local`. */
  child(ns: Namespace, local: string): XElement | undefined {
    for (const c of this.children) if (c.kind === 'element' && c.is(ns, local)) return c;
    return undefined;
  }

  /** Every child element `{ns}local`. */
  childrenNamed(ns: Namespace, local: string): XElement[] {
    const out: XElement[] = [];
    for (const c of this.children) if (c.kind === 'element' && c.is(ns, local)) out.push(c);
    return out;
  }

  /** Follows a path of child elements in one namespace: `el.path(NS.a, 'themeElements', 'clrScheme')`. */
  path(ns: Namespace, ...locals: string[]): XElement | undefined {
    let el: XElement | undefined = this;
    for (const local of locals) {
      el = el.child(ns, local);
      if (!el) return undefined;
    }
    return el;
  }

  /** Depth-first descendants `{ns}local` (document order). */
  *descendants(ns?: Namespace, local?: string): Generator<XElement> {
    // An explicit stack of (live children array, next index): the same order and the same view
    // of a tree edited during the walk as nested for-of loops, without resuming one generator
    // per level for every element (a recursive yield* made walks O(depth x size)).
    const arrays: XNode[][] = [this.children];
    const next: number[] = [0];
    while (arrays.length > 0) {
      const top = arrays.length - 1;
      const list = arrays[top]!;
      const i = next[top]!;
      if (i >= list.length) {
        arrays.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const c = list[i]!;
      if (c.kind !== 'element') continue;
      if (ns === undefined || local === undefined || c.is(ns, local)) yield c;
      if (c.children.length > 0) {
        arrays.push(c.children);
        next.push(0);
      }
    }
  }

  /** Nearest ancestor `{ns}local`. */
  ancestor(ns: Namespace, local: string): XElement | undefined {
    for (let el = this.parent; el; el = el.parent) if (el.is(ns, local)) return el;
    return undefined;
  }

  attr(name: string): string | undefined {
    const store = this.store;
    if (store === undefined) return undefined;
    if (store instanceof Map) return store.get(name);
    for (let i = 0; i < store.length; i += 2) if (store[i] === name) return store[i + 1];
    return undefined;
  }

  /** A prefixed attribute by namespace, e.g. `attrNS(NS.r, 'id')` for `r:id`. */
  attrNS(ns: Namespace, local: string): string | undefined {
    const list = this.attrList();
    for (let n = 0; n < list.length; n += 2) {
      const key = list[n]!;
      const value = list[n + 1]!;
      const i = key.indexOf(':');
      if (i < 0 || key.slice(i + 1) !== local) continue;
      const prefix = key.slice(0, i);
      if (prefix === 'xmlns') continue;
      const uri = this.lookupNamespace(prefix);
      if (uri !== undefined && ns.uris.includes(uri)) return value;
    }
    return undefined;
  }

  /** The qualified name of a prefixed attribute present on this element (for rewriting it). */
  attrNameNS(ns: Namespace, local: string): string | undefined {
    const list = this.attrList();
    for (let n = 0; n < list.length; n += 2) {
      const key = list[n]!;
      const i = key.indexOf(':');
      if (i < 0 || key.slice(i + 1) !== local) continue;
      const prefix = key.slice(0, i);
      if (prefix === 'xmlns') continue;
      const uri = this.lookupNamespace(prefix);
      if (uri !== undefined && ns.uris.includes(uri)) return key;
    }
    return undefined;
  }

  setAttr(name: string, value: string): this {
    const store = this.store;
    if (store instanceof Map) {
      store.set(name, value);
      return this;
    }
    if (store === undefined) {
      this.store = [name, value];
      return this;
    }
    for (let i = 0; i < store.length; i += 2) {
      if (store[i] === name) {
        store[i + 1] = value;
        return this;
      }
    }
    if (store.length >= MAX_LIST_ATTRS * 2) {
      this.store = this.mapOf(store).set(name, value);
      return this;
    }
    // A new list of the exact length (push would leave room for 16 more entries).
    const grown = new Array<string>(store.length + 2);
    for (let i = 0; i < store.length; i++) grown[i] = store[i]!;
    grown[store.length] = name;
    grown[store.length + 1] = value;
    this.store = grown;
    return this;
  }

  /** Sets a namespaced attribute, declaring the namespace on this element when needed. */
  setAttrNS(ns: Namespace, local: string, value: string): this {
    const existing = this.attrNameNS(ns, local);
    if (existing) return this.setAttr(existing, value);
    const prefix = this.ensurePrefix(ns);
    return this.setAttr(prefix ? `${prefix}:${local}` : local, value);
  }

  removeAttr(name: string): this {
    const store = this.store;
    if (store instanceof Map) {
      store.delete(name);
      return this;
    }
    if (store === undefined) return this;
    for (let i = 0; i < store.length; i += 2) {
      if (store[i] !== name) continue;
      this.store = store.length === 2 ? undefined : store.slice(0, i).concat(store.slice(i + 2));
      return this;
    }
    return this;
  }

  /** A prefix for `ns` in scope here; declares `xmlns:<ns.prefix>` on this element if none. */
  ensurePrefix(ns: Namespace): string {
    const found = this.lookupPrefix(ns);
    if (found !== undefined) return found;
    let prefix = ns.prefix || 'ns';
    // Avoid capturing a prefix that is bound to another URI here.
    for (let n = 1; this.lookupNamespace(prefix) !== undefined; n++) prefix = `${ns.prefix || 'ns'}${n}`;
    this.setAttr(`xmlns:${prefix}`, ns.uris[0]!);
    return prefix;
  }

  /**
   * Creates a detached element `{ns}local` using the prefix in scope at `this` (the future
   * parent). If the namespace is not in scope, the new element declares it.
   */
  make(ns: Namespace, local: string, attrs?: Record<string, string>): XElement {
    const prefix = this.lookupPrefix(ns);
    let el: XElement;
    if (prefix === undefined) {
      const p = ns.prefix;
      el = new XElement(p ? `${p}:${local}` : local);
      el.setAttr(p ? `xmlns:${p}` : 'xmlns', ns.uris[0]!);
    } else {
      el = new XElement(prefix ? `${prefix}:${local}` : local);
    }
    if (attrs) for (const [k, v] of Object.entries(attrs)) el.setAttr(k, v);
    return el;
  }

  /** Text of this element and its descendants. */
  textContent(): string {
    let s = '';
    for (const c of this.children) {
      if (c.kind === 'text' || c.kind === 'cdata') s += c.value;
      else if (c.kind === 'element') s += c.textContent();
    }
    return s;
  }

  /** Replaces all children with one text node. */
  setText(value: string): this {
    for (const c of this.children) if (c.kind === 'element') c.parent = null;
    this.children.length = 0;
    if (value !== '') this.children.push(new XText(value));
    return this;
  }

  append(node: XNode): XNode {
    return this.insertAt(this.children.length, node);
  }

  insertAt(index: number, node: XNode): XNode {
    if (node.kind === 'element') {
      node.remove();
      node.parent = this;
    }
    this.children.splice(index, 0, node);
    return node;
  }

  insertBefore(node: XNode, ref: XNode): XNode {
    const i = this.children.indexOf(ref);
    return this.insertAt(i < 0 ? this.children.length : i, node);
  }

  insertAfter(node: XNode, ref: XNode): XNode {
    const i = this.children.indexOf(ref);
    return this.insertAt(i < 0 ? this.children.length : i + 1, node);
  }

  /**
   * Inserts `node` among this element's children following a schema sequence: `order` lists
   * the local names of the sequence; the node goes after the last child whose name comes before
   * it in the sequence. Unknown children (extensions) keep their place.
   */
  insertInOrder(node: XElement, order: readonly string[]): XElement {
    const rank = order.indexOf(node.localName);
    if (rank < 0) throw new Error(`insertInOrder: ${node.localName} is not in the given sequence`);
    let index = 0;
    for (let i = 0; i < this.children.length; i++) {
      const c = this.children[i]!;
      if (c.kind !== 'element') continue;
      const r = order.indexOf(c.localName);
      if (r >= 0 && r <= rank) index = i + 1;
      if (r > rank) break;
    }
    this.insertAt(index, node);
    return node;
  }

  /** Removes this element from its parent. */
  remove(): void {
    const parent = this.parent;
    if (!parent) return;
    const i = parent.children.indexOf(this);
    if (i >= 0) parent.children.splice(i, 1);
    this.parent = null;
  }

  replaceWith(node: XElement): void {
    const parent = this.parent;
    if (!parent) return;
    const i = parent.children.indexOf(this);
    this.remove();
    parent.insertAt(i, node);
  }

  /** Removes every child element `{ns}local`. */
  removeChildren(ns: Namespace, local: string): void {
    for (const c of this.childrenNamed(ns, local)) c.remove();
  }

  /**
   * Gives the child list the length it has (the parser calls it at the end tag): an array grown
   * by push keeps room for 16 more nodes, 128 bytes more than one child needs.
   */
  settleChildren(): void {
    if (this.children.length > 0) (this as { children: XNode[] }).children = this.children.slice();
  }

  /** Gives this element (which has no attributes yet) a copy of `from`'s attributes, in a compact list. */
  copyAttrsFrom(from: ReadonlyXElement): void {
    const list = from.attrList();
    if (list.length > 0) this.adoptAttrList(list.slice());
  }

  /** Deep copy (detached). */
  clone(): XElement {
    const copy = new XElement(this.name);
    copy.copyAttrsFrom(this);
    for (const c of this.children) {
      if (c.kind === 'element') copy.append(c.clone());
      else copy.children.push(copyLeaf(c));
    }
    copy.settleChildren();
    return copy;
  }
}

/** A node that is not an element: text, comment, CDATA section or processing instruction. */
export type XLeaf = Exclude<XNode, XElement>;

/** A new copy of a text, comment, CDATA or instruction node, of a read-only tree or not. */
export function copyLeaf(node: Exclude<ReadonlyXNode, ReadonlyXElement>): XLeaf {
  switch (node.kind) {
    case 'text':
      return new XText(node.value);
    case 'comment':
      return new XComment(node.value);
    case 'cdata':
      return new XCData(node.value);
    case 'pi':
      return new XInstruction(node.target, node.body);
  }
}

// The node kinds live on the prototypes: one field less in every node.
Object.defineProperty(XElement.prototype, 'kind', { value: 'element' });
Object.defineProperty(XText.prototype, 'kind', { value: 'text' });
Object.defineProperty(XComment.prototype, 'kind', { value: 'comment' });
Object.defineProperty(XCData.prototype, 'kind', { value: 'cdata' });
Object.defineProperty(XInstruction.prototype, 'kind', { value: 'pi' });
