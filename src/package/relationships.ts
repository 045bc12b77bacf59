/**
 * A relationships part (`_rels/<part>.rels`): the `Relationship` elements of one source part.
 * Ids stay unique; new ids continue the `rIdN` sequence.
 */
import { VaError } from '../errors.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { parseXmlText, type XDocument } from '../xml/parse.js';

export interface Relationship {
  id: string;
  type: string;
  /** Target as written (a relative part reference or, when external, a URI). */
  target: string;
  external: boolean;
}

/** The `.rels` part name for a source part: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels. */
export function relsPartName(sourcePart: string): string {
  if (sourcePart === '') return '_rels/.rels';
  const slash = sourcePart.lastIndexOf('/');
  const dir = slash < 0 ? '' : sourcePart.slice(0, slash + 1);
  return `${dir}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

/** Resolves a relative internal target against its source part; null if it leaves the package. */
export function resolveTarget(sourcePart: string, target: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(target.split('#')[0]!);
  } catch {
    decoded = target.split('#')[0]!;
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const parts = [...base];
  for (const seg of decoded.replace(/^\/+/, '').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** A relative reference from one part to another (for new relationships). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';

export class Relationships {
  private dirty = false;
  readonly doc: XDocument;

  constructor(
    readonly sourcePart: string,
    doc?: XDocument,
  ) {
    this.doc = doc ?? parseXmlText(EMPTY_RELS, relsPartName(sourcePart));
    if (this.doc.root.localName !== 'Relationships') {
      throw new VaError('E_NOT_OPC', `the relationships part ${relsPartName(sourcePart)} has no <Relationships> root`, {
        subject: relsPartName(sourcePart),
      });
    }
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  private elements(): XElement[] {
    return [...this.doc.root.elements()].filter((e) => e.localName === 'Relationship');
  }

  all(): Relationship[] {
    return this.elements().map(toRelationship);
  }

  get(id: string): Relationship | undefined {
    const el = this.elements().find((e) => e.attr('Id') === id);
    return el ? toRelationship(el) : undefined;
  }

  /** Internal target part of a relationship id, resolved against the source part. */
  targetPart(id: string): string | undefined {
    const rel = this.get(id);
    if (!rel || rel.external) return undefined;
    return resolveTarget(this.sourcePart, rel.target) ?? undefined;
  }

  ofType(type: string | readonly string[]): Relationship[] {
    const types = typeof type === 'string' ? [type] : type;
    return this.all().filter((r) => types.includes(r.type));
  }

  private nextId(): string {
    let max = 0;
    for (const el of this.elements()) {
      const m = /^rId(\d+)$/.exec(el.attr('Id') ?? '');
      if (m) max = Math.max(max, Number(m[1]));
    }
    const used = new Set(this.elements().map((e) => e.attr('Id')));
    let n = max + 1;
    while (used.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  /** Adds a relationship and returns its new id. */
  add(type: string, target: string, external = false): string {
    const id = this.nextId();
    const attrs: Record<string, string> = { Id: id, Type: type, Target: target };
    if (external) attrs.TargetMode = 'External';
    this.doc.root.append(this.doc.root.make(NS.rels, 'Relationship', attrs));
    this.dirty = true;
    return id;
  }

  /** Changes the target of an existing relationship. */
  setTarget(id: string, target: string): void {
    const el = this.elements().find((e) => e.attr('Id') === id);
    if (!el) throw new VaError('E_INTERNAL', `no relationship ${id} in ${relsPartName(this.sourcePart)}`);
    if (el.attr('Target') !== target) {
      el.setAttr('Target', target);
      this.dirty = true;
    }
  }

  remove(id: string): void {
    for (const el of this.elements()) {
      if (el.attr('Id') === id) {
        el.remove();
        this.dirty = true;
      }
    }
  }
}

function toRelationship(el: XElement): Relationship {
  return {
    id: el.attr('Id') ?? '',
    type: el.attr('Type') ?? '',
    target: el.attr('Target') ?? '',
    external: (el.attr('TargetMode') ?? '').toLowerCase() === 'external',
  };
}
