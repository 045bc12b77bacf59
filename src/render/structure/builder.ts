/**
 * Building the structure tree while the scene draws: elements are appended in reading order
 * under a current container; content slots are appended to their owner as its content is
 * drawn, so that an element's kids (sub-elements and content) stay in reading order.
 */
import type { ContentSlot, StructElem, StructType } from './types.js';

export class StructureBuilder {
  readonly root: StructElem = { kind: 'elem', type: 'Document', parent: undefined, kids: [] };
  private readonly stack: StructElem[] = [this.root];

  /** Where new elements go. */
  get container(): StructElem {
    return this.stack[this.stack.length - 1]!;
  }

  /** A new element at the end of `parent` (the current container by default). */
  elem(type: StructType, parent: StructElem = this.container, props: Partial<Pick<StructElem, 'alt' | 'lang' | 'listNumbering' | 'scope' | 'rowSpan' | 'colSpan' | 'source'>> = {}): StructElem {
    const el: StructElem = { kind: 'elem', type, parent, kids: [], ...props };
    parent.kids.push(el);
    return el;
  }

  /** Runs `work` with `el` as the container. */
  within<T>(el: StructElem, work: () => T): T {
    this.stack.push(el);
    try {
      return work();
    } finally {
      this.stack.pop();
    }
  }

  /**
   * The slot for content of `owner` in language `lang`: the owner's last kid when it is a slot of
   * the same language (content continues), else a new slot at its end.
   */
  slot(owner: StructElem, lang?: string): ContentSlot {
    const last = owner.kids[owner.kids.length - 1];
    if (last && last.kind === 'content' && last.lang === lang) return last;
    const slot: ContentSlot = { kind: 'content', owner, text: '', ...(lang ? { lang } : {}) };
    owner.kids.push(slot);
    return slot;
  }
}

/** Every element of a tree, depth first (the root included). */
export function* elements(root: StructElem): Generator<StructElem> {
  yield root;
  for (const k of root.kids) if (k.kind === 'elem') yield* elements(k);
}

/** The text of an element's slots, in order. */
export function textOf(el: StructElem): string {
  let s = '';
  for (const k of el.kids) s += k.kind === 'content' ? k.text : textOf(k);
  return s;
}
