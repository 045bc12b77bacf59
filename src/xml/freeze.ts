/**
 * Deep freezing of a parsed document (content-cache.ts, in tests): every element (its name,
 * parent, attribute map and child list), text, comment, CDATA and instruction node, the prolog
 * and the declaration. An edit then throws a TypeError where it happens.
 */
import type { XNode } from './element.js';
import type { XDocument } from './parse.js';

/** A Map whose set, delete and clear throw once built. */
class FrozenMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<[K, V]>) {
    super();
    for (const [k, v] of entries) super.set(k, v);
  }
  override set(key: K): this {
    throw new TypeError(`a shared parsed XML document is read-only (attribute ${String(key)}); edit the copy OpcPackage.xml() returns`);
  }
  override delete(key: K): boolean {
    throw new TypeError(`a shared parsed XML document is read-only (attribute ${String(key)}); edit the copy OpcPackage.xml() returns`);
  }
  override clear(): void {
    throw new TypeError('a shared parsed XML document is read-only; edit the copy OpcPackage.xml() returns');
  }
}

export function freezeDocument(doc: XDocument): void {
  if (doc.declaration) Object.defineProperty(doc, 'declaration', { value: new FrozenMap(doc.declaration) });
  // An explicit stack: documents nest deep (a limit the parser does not impose).
  const stack: XNode[] = [doc.root, ...doc.prolog];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Object.isFrozen(node)) continue;
    if (node.kind === 'element') {
      node.freezeAttrs((entries) => new FrozenMap(entries));
      for (const c of node.children) stack.push(c);
      Object.freeze(node.children);
    }
    Object.freeze(node);
  }
  Object.freeze(doc.prolog);
  Object.freeze(doc);
}
