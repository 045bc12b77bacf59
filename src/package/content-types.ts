/**
 * [Content_Types].xml: `Default` entries by extension and `Override` entries by part name.
 */
import { VaError } from '../errors.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import type { XDocument } from '../xml/parse.js';

export class ContentTypes {
  private dirty = false;

  constructor(readonly doc: XDocument) {
    if (doc.root.localName !== 'Types') {
      throw new VaError('E_NOT_OPC', 'the package is not an Office file: [Content_Types].xml has no <Types> root');
    }
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  private entries(local: 'Default' | 'Override'): XElement[] {
    return [...this.doc.root.elements()].filter((e) => e.localName === local);
  }

  /** Content type of a part (name without leading slash). */
  get(partName: string): string | undefined {
    const wanted = '/' + partName.toLowerCase();
    for (const o of this.entries('Override')) {
      if ((o.attr('PartName') ?? '').toLowerCase() === wanted) return o.attr('ContentType');
    }
    const dot = partName.lastIndexOf('.');
    const ext = dot < 0 ? '' : partName.slice(dot + 1).toLowerCase();
    for (const d of this.entries('Default')) {
      if ((d.attr('Extension') ?? '').toLowerCase() === ext) return d.attr('ContentType');
    }
    return undefined;
  }

  /** Ensures a Default entry for an extension (e.g. png → image/png). */
  ensureDefault(extension: string, contentType: string): void {
    const ext = extension.toLowerCase();
    if (this.entries('Default').some((d) => (d.attr('Extension') ?? '').toLowerCase() === ext)) return;
    const el = this.doc.root.make(NS.ct, 'Default', { Extension: ext, ContentType: contentType });
    // Defaults come before Overrides by convention.
    const firstOverride = this.entries('Override')[0];
    if (firstOverride) this.doc.root.insertBefore(el, firstOverride);
    else this.doc.root.append(el);
    this.dirty = true;
  }

  /** Sets an Override for a part, replacing an existing one. */
  setOverride(partName: string, contentType: string): void {
    const wanted = '/' + partName;
    const existing = this.entries('Override').find((o) => (o.attr('PartName') ?? '').toLowerCase() === wanted.toLowerCase());
    if (existing) {
      if (existing.attr('ContentType') !== contentType) {
        existing.setAttr('ContentType', contentType);
        this.dirty = true;
      }
      return;
    }
    this.doc.root.append(this.doc.root.make(NS.ct, 'Override', { PartName: wanted, ContentType: contentType }));
    this.dirty = true;
  }

  removeOverride(partName: string): void {
    const wanted = ('/' + partName).toLowerCase();
    for (const o of this.entries('Override')) {
      if ((o.attr('PartName') ?? '').toLowerCase() === wanted) {
        o.remove();
        this.dirty = true;
      }
    }
  }
}
