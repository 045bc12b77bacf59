/**
 * An OPC package (a .pptx) in memory: parts by name, content types, relationships, and the
 * bookkeeping that lets untouched parts keep their exact bytes.
 *
 * Opening is the security edge for decks: the ZIP container is checked and inflated within
 * limits (zip-read.ts), then the package must be a PowerPoint presentation (its officeDocument
 * relationship must point at a presentationml main part) before any slide XML is parsed.
 */
import { VaError, clip } from '../errors.js';
import { isRelType } from '../xml/namespaces.js';
import { parseXml, type XDocument } from '../xml/parse.js';
import type { ReadonlyXDocument } from '../xml/readonly.js';
import { cloneDocument, rememberSerialized, shareable, sharedXml } from '../xml/content-cache.js';
import { serializeXml } from '../xml/serialize.js';
import { ContentTypes } from './content-types.js';
import { withLimits, type PackageLimits } from './limits.js';
import { Relationships, relsPartName, resolveTarget } from './relationships.js';
import { inflateEntries, readZipDirectory } from './zip-read.js';
import { storesUncompressed, writeZip } from './zip-write.js';
import type { StoredEntry } from './zip-write.js';

export type PresentationKind = 'presentation' | 'slideshow' | 'template';

const PRESENTATION_MAIN_TYPES: Record<string, { kind: PresentationKind; macros: boolean }> = {
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': { kind: 'presentation', macros: false },
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml': { kind: 'slideshow', macros: false },
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml': { kind: 'template', macros: false },
  'application/vnd.ms-powerpoint.presentation.macroenabled.main+xml': { kind: 'presentation', macros: true },
  'application/vnd.ms-powerpoint.slideshow.macroenabled.main+xml': { kind: 'slideshow', macros: true },
  'application/vnd.ms-powerpoint.template.macroenabled.main+xml': { kind: 'template', macros: true },
};

export interface OpenOptions {
  limits?: Partial<PackageLimits>;
  /** How to name the input in messages ("the template", "deck.pptx"). */
  what?: string;
}

export class OpcPackage {
  /** Part bytes by name (no leading slash), in ZIP order. */
  private readonly parts: Map<string, Uint8Array>;
  /** The compressed bytes each part was read with; used on save while the part is unchanged. */
  private readonly stored: Map<string, StoredEntry>;
  /** The byte arrays the parts were read as: a part whose array is still this one is unchanged. */
  private readonly original: Map<string, Uint8Array>;
  private readonly xmlCache = new Map<string, XDocument>();
  private readonly dirtyXml = new Set<string>();
  private readonly relsCache = new Map<string, Relationships>();
  /** Elements of the XML parts parsed so far (each part counted once), against limits.maxPackageXmlElements. */
  private parsedElements = 0;
  private readonly countedParts = new Set<string>();
  readonly contentTypes: ContentTypes;
  readonly limits: PackageLimits;
  readonly what: string;
  /** The main part, e.g. `ppt/presentation.xml`. */
  readonly mainPart: string;
  readonly kind: PresentationKind;
  readonly macroEnabled: boolean;

  private constructor(parts: Map<string, Uint8Array>, limits: PackageLimits, what: string, stored: Map<string, StoredEntry> = new Map()) {
    this.parts = parts;
    this.stored = stored;
    this.original = new Map(parts);
    this.limits = limits;
    this.what = what;
    const ctBytes = this.findCaseInsensitive('[Content_Types].xml');
    if (!ctBytes) {
      throw new VaError('E_NOT_OPC', `${what} is a ZIP file but not an Office document ([Content_Types].xml is missing)`);
    }
    this.contentTypes = new ContentTypes(this.parsePart(ctBytes, '[Content_Types].xml'));
    const rootRels = this.rels('');
    const officeDoc = rootRels.all().find((r) => isRelType(r.type, 'officeDocument') && !r.external);
    if (!officeDoc) {
      throw new VaError('E_NOT_OPC', `${what} is a ZIP file but not an Office document (no officeDocument relationship in _rels/.rels)`);
    }
    const main = resolveTarget('', officeDoc.target);
    const mainName = main === null ? undefined : this.canonicalName(main);
    if (mainName === undefined) {
      throw new VaError('E_PART_MISSING', `${what} is damaged: its main part ${clip(officeDoc.target, 120)} is missing`);
    }
    const type = (this.contentTypes.get(mainName) ?? '').toLowerCase();
    const known = PRESENTATION_MAIN_TYPES[type];
    if (!known) throw wrongPackage(type, what);
    this.mainPart = mainName;
    this.kind = known.kind;
    this.macroEnabled = known.macros;
  }

  /** Opens and validates a package. Throws VaError with a specific code on any problem. */
  static open(bytes: Uint8Array, options: OpenOptions = {}): OpcPackage {
    const limits = withLimits(options.limits);
    const what = options.what ?? 'the file';
    const entries = readZipDirectory(bytes, limits, what);
    const stored = new Map<string, StoredEntry>();
    const parts = inflateEntries(bytes, entries, limits, what, stored);
    return new OpcPackage(parts, limits, what, stored);
  }

  private findCaseInsensitive(name: string): Uint8Array | undefined {
    const exact = this.parts.get(name);
    if (exact) return exact;
    const canonical = this.canonicalName(name);
    return canonical === undefined ? undefined : this.parts.get(canonical);
  }

  /** The stored spelling of a part name (OPC names are case-insensitive), or undefined. */
  canonicalName(name: string): string | undefined {
    if (this.parts.has(name)) return name;
    const lower = name.toLowerCase();
    for (const key of this.parts.keys()) if (key.toLowerCase() === lower) return key;
    return undefined;
  }

  partNames(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.canonicalName(name) !== undefined;
  }

  /** Raw bytes of a part as it will be written (serialising pending XML edits first). */
  get(name: string): Uint8Array | undefined {
    const canonical = this.canonicalName(name);
    if (canonical === undefined) return undefined;
    if (this.dirtyXml.has(canonical)) this.flushXml(canonical);
    return this.parts.get(canonical);
  }

  contentType(name: string): string | undefined {
    return this.contentTypes.get(name);
  }

  /**
   * Parsed XML of a part (cached), this package's own: edit it in place, then call `touch(name)`.
   * Parts the process shares (content-cache.ts) are cloned here, the one place the brand engine
   * gets a tree it may edit. Code that only reads takes `readOnlyXml(name)`.
   */
  xml(name: string): XDocument {
    const canonical = this.canonicalName(name);
    if (canonical === undefined) {
      throw new VaError('E_PART_MISSING', `${this.what} is damaged: the part ${clip(name, 120)} is missing`, { subject: name });
    }
    let doc = this.xmlCache.get(canonical);
    if (!doc) {
      const bytes = this.parts.get(canonical)!;
      // Large parts come from the process-wide cache by content, as a copy this package may edit.
      doc = shareable(bytes.length) ? cloneDocument(this.parsePart(bytes, canonical, true)) : this.parsePart(bytes, canonical);
      this.xmlCache.set(canonical, doc);
    }
    return doc;
  }

  /**
   * Parsed XML of a part that the caller only reads (the renderer, inspect): parts from 4 KB to
   * 2 MB are the shared parse by content, typed read-only so that editing them does not compile;
   * others are this package's own parse (the same object `xml(name)` returns).
   */
  readOnlyXml(name: string): ReadonlyXDocument {
    const canonical = this.canonicalName(name);
    const bytes = canonical === undefined ? undefined : this.get(canonical);
    if (canonical === undefined || !bytes) {
      throw new VaError('E_PART_MISSING', `${this.what} is damaged: the part ${clip(name, 120)} is missing`, { subject: name });
    }
    return shareable(bytes.length) ? this.parsePart(bytes, canonical, true) : this.xml(canonical);
  }

  /** Parses a part's bytes; an XML error names this package as well as the part. */
  private parsePart(bytes: Uint8Array, name: string): XDocument;
  /** The shared parse of a part's bytes (content-cache.ts): read-only. */
  private parsePart(bytes: Uint8Array, name: string, shared: true): ReadonlyXDocument;
  private parsePart(bytes: Uint8Array, name: string, shared = false): XDocument | ReadonlyXDocument {
    const options = { maxBytes: this.limits.maxXmlBytes, maxElements: this.limits.maxXmlElements };
    const overDeck = () =>
      new VaError('E_XML_LIMIT', `the XML parts read have more than ${this.limits.maxPackageXmlElements.toLocaleString('en-US')} elements together, over the limit per deck (at ${name})`, { subject: name });
    try {
      // Once over the deck's limit, no part is parsed again (each would be parsed, then refused).
      if (this.parsedElements > this.limits.maxPackageXmlElements) throw overDeck();
      const doc = shared ? sharedXml(bytes, name, options) : parseXml(bytes, name, options);
      // Each part under the limit, but hundreds of them: the parsed trees stay in memory while
      // the package is open.
      if (!this.countedParts.has(name)) {
        this.countedParts.add(name);
        this.parsedElements += doc.elements ?? 0;
      }
      if (this.parsedElements > this.limits.maxPackageXmlElements) throw overDeck();
      return doc;
    } catch (error) {
      if (error instanceof VaError && error.code.startsWith('E_XML_')) {
        throw new VaError(error.code, `${this.what}: ${error.message}`, { kind: error.kind, subject: error.subject, cause: error });
      }
      throw error;
    }
  }

  /** Marks a parsed XML part as edited: it is re-serialised on save. */
  touch(name: string): void {
    const canonical = this.canonicalName(name);
    if (canonical === undefined || !this.xmlCache.has(canonical)) {
      throw new VaError('E_INTERNAL', `touch(${clip(name, 120)}): the part was not parsed`);
    }
    this.dirtyXml.add(canonical);
  }

  private flushXml(name: string): void {
    const doc = this.xmlCache.get(name);
    if (doc) {
      const bytes = serializeXml(doc);
      this.parts.set(name, bytes);
      // Whoever parses these bytes next (the renderer, right after branding) gets a copy of doc.
      rememberSerialized(bytes, doc);
    }
    this.dirtyXml.delete(name);
  }

  /**
   * Adds or replaces a part's bytes. A content type, when given, becomes an Override. `compressed`,
   * the same bytes already deflated (a cache of the caller's, e.g. embedded fonts in a batch), is
   * written as it is instead of compressing the bytes again.
   */
  set(name: string, bytes: Uint8Array, contentType?: string, compressed?: StoredEntry): void {
    const canonical = this.canonicalName(name) ?? name;
    this.parts.set(canonical, bytes);
    if (compressed) {
      this.stored.set(canonical, compressed);
      this.original.set(canonical, bytes);
    }
    this.xmlCache.delete(canonical);
    this.dirtyXml.delete(canonical);
    if (contentType) this.contentTypes.setOverride(canonical, contentType);
  }

  /** Deletes a part, its relationships part and its content-type override. */
  delete(name: string): void {
    const canonical = this.canonicalName(name);
    if (canonical === undefined) return;
    this.parts.delete(canonical);
    this.xmlCache.delete(canonical);
    this.dirtyXml.delete(canonical);
    this.contentTypes.removeOverride(canonical);
    const rels = this.canonicalName(relsPartName(canonical));
    if (rels) {
      this.parts.delete(rels);
      this.relsCache.delete(canonical);
    }
  }

  /** A free part name like `ppt/media/image7.png` for a prefix and extension. */
  freePartName(prefix: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}.${extension}`;
      if (!this.has(name)) return name;
    }
  }

  /** Relationships of a source part ('' for the package). Created empty when absent. */
  rels(sourcePart: string): Relationships {
    let rels = this.relsCache.get(sourcePart);
    if (!rels) {
      const name = this.canonicalName(relsPartName(sourcePart));
      rels = new Relationships(sourcePart, name ? this.parsePart(this.parts.get(name)!, name) : undefined);
      this.relsCache.set(sourcePart, rels);
    }
    return rels;
  }

  /** Parts that relationships of `sourcePart` of a given type point to (internal only). */
  related(sourcePart: string, relName: string): string[] {
    const rels = this.rels(sourcePart);
    const out: string[] = [];
    for (const r of rels.all()) {
      if (r.external || !isRelType(r.type, relName)) continue;
      const target = resolveTarget(sourcePart, r.target);
      const canonical = target === null ? undefined : this.canonicalName(target);
      if (canonical !== undefined) out.push(canonical);
    }
    return out;
  }

  /** Serialises the package. Parts that were never edited keep their bytes. */
  async save(): Promise<Uint8Array> {
    for (const name of [...this.dirtyXml]) this.flushXml(name);
    for (const [source, rels] of this.relsCache) {
      if (!rels.isDirty) continue;
      const existing = this.canonicalName(relsPartName(source));
      if (existing === undefined) this.contentTypes.ensureDefault('rels', 'application/vnd.openxmlformats-package.relationships+xml');
      this.parts.set(existing ?? relsPartName(source), serializeXml(rels.doc));
    }
    const ctName = this.canonicalName('[Content_Types].xml')!;
    if (this.contentTypes.isDirty) this.parts.set(ctName, serializeXml(this.contentTypes.doc));
    // [Content_Types].xml first, as Office writes it.
    const names = [ctName, ...[...this.parts.keys()].filter((n) => n !== ctName)];
    return writeZip(names.map((name) => ({ name, data: this.parts.get(name)!, ...this.unchanged(name) })));
  }

  /**
   * The compressed bytes a part was read with, while the part still holds the very bytes it was
   * read as (an edit replaces the array). Deflated parts are copied; a stored (uncompressed) XML
   * part is compressed afresh, a stored picture stays stored.
   */
  private unchanged(name: string): { stored: StoredEntry } | Record<string, never> {
    const stored = this.stored.get(name);
    if (!stored || (stored.method === 0 && !storesUncompressed(name))) return {};
    return this.original.get(name) === this.parts.get(name) ? { stored } : {};
  }
}

function wrongPackage(type: string, what: string): VaError {
  if (type.includes('wordprocessingml') || type.includes('ms-word')) {
    return new VaError('E_WRONG_PACKAGE', `${what} is a Word document, not a PowerPoint presentation`);
  }
  if (type.includes('spreadsheetml') || type.includes('ms-excel')) {
    return new VaError('E_WRONG_PACKAGE', `${what} is an Excel workbook, not a PowerPoint presentation`);
  }
  if (type.includes('visio') || type.includes('drawingml.diagram')) {
    return new VaError('E_WRONG_PACKAGE', `${what} is a Visio drawing, not a PowerPoint presentation`);
  }
  return new VaError('E_WRONG_PACKAGE', `${what} is not a PowerPoint presentation (its main part has the content type "${clip(type) || 'unknown'}")`);
}
