/**
 * The tagged PDF's logical structure (ISO 32000-1, 14.7-14.8; PDF/UA-1): marked content on the
 * pages, the structure tree, the parent tree and the links' object references.
 *
 *   - MarkedContent (per page): every drawing operation is inside either `/Artifact BMC … EMC`
 *     or `/<Type> <</MCID n>> BDC … EMC` for the content slot it is tagged with; MCIDs count
 *     from 0 on each page.
 *   - writeStructureTree: elements without content are dropped (a shape that failed, an empty
 *     paragraph; table rows and cells are kept so tables stay rectangular); each element becomes a
 *     StructElem with its kids in reading order (MCIDs, OBJRs of its link annotations, child
 *     elements), /Alt for figures, /Lang where its text is in another language than the
 *     document's (a Span when an element mixes languages), list numbering, table header scope and
 *     spans, and a figure's bounding box. The parent tree maps each page's MCIDs and each
 *     annotation back to its element; pages get /StructParents and /Tabs /S, annotations
 *     /StructParent and /Contents.
 */
import { PDFArray, type PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFPage, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import { textOf } from '../structure/builder.js';
import { sameLanguage } from '../structure/lang.js';
import type { ContentSlot, ContentTag, StructElem } from '../structure/types.js';

interface Mark {
  page: number;
  mcid: number;
}

interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A link annotation written on a page, and the Link element it belongs to. */
export interface WrittenAnnot {
  ref: PDFRef;
  dict: PDFDict;
  page: number;
  link: StructElem | undefined;
  /** What the link goes to (its /Contents when it has no text of its own). */
  describe: string;
}

/** Marked content of the whole document: MCIDs per slot, figure bounds. */
export class MarkedContent {
  readonly marks = new Map<ContentSlot, Mark[]>();
  readonly bounds = new Map<StructElem, Map<number, Bounds>>();
  private readonly next: number[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly langs: Languages,
  ) {}

  /** The operator that opens marked content for `tag` on page `page`. */
  begin(tag: ContentTag, page: number): PDFOperator {
    if (tag === 'artifact') return PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]);
    const mcid = this.next[page] ?? 0;
    this.next[page] = mcid + 1;
    let list = this.marks.get(tag);
    if (!list) {
      list = [];
      this.marks.set(tag, list);
    }
    list.push({ page, mcid });
    // The property list is an inline dictionary (pdf-lib's operand type leaves dictionaries out,
    // but writes any object it is given).
    const props = this.doc.context.obj({ MCID: mcid }) as unknown as PDFArray;
    // The tag is the type of the element that will own the content (a Span for text in another language).
    const type = this.langs.spanned(tag) ? 'Span' : tag.owner.type;
    return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(type), props]);
  }

  end(): PDFOperator {
    return PDFOperator.of(PDFOperatorNames.EndMarkedContent);
  }

  /** Grows the bounding box (page space, y up) of the figure that owns `tag`. */
  extend(tag: ContentTag | undefined, page: number, box: { x: number; y: number; w: number; h: number }, pageHeight: number): void {
    if (!tag || tag === 'artifact' || tag.owner.type !== 'Figure') return;
    let perPage = this.bounds.get(tag.owner);
    if (!perPage) {
      perPage = new Map();
      this.bounds.set(tag.owner, perPage);
    }
    const b = perPage.get(page);
    const x0 = box.x;
    const x1 = box.x + box.w;
    const y0 = pageHeight - box.y - box.h;
    const y1 = pageHeight - box.y;
    if (!b) perPage.set(page, { x0, y0, x1, y1 });
    else perPage.set(page, { x0: Math.min(b.x0, x0), y0: Math.min(b.y0, y0), x1: Math.max(b.x1, x1), y1: Math.max(b.y1, y1) });
  }
}

/**
 * The natural language of every element and slot: an element takes the language all of its
 * own text shares when that differs from its parent's; a slot in another language than its
 * element's becomes a Span with /Lang.
 */
export class Languages {
  private readonly own = new Map<StructElem, string | undefined>();

  constructor(root: StructElem, lang: string | undefined) {
    const visit = (el: StructElem, inherited: string | undefined): void => {
      const langs = new Set<string>();
      for (const k of el.kids) if (k.kind === 'content') langs.add(k.lang ?? inherited ?? '');
      let own = el.lang ?? inherited;
      if (langs.size === 1) {
        const only = [...langs][0]!;
        if (only && (!own || !sameLanguage(only, own))) own = only;
      }
      this.own.set(el, own);
      for (const k of el.kids) if (k.kind === 'elem') visit(k, own);
    };
    visit(root, lang);
  }

  /** The element's language. */
  of(el: StructElem): string | undefined {
    return this.own.get(el);
  }

  /** True when the slot's text is in another language than its element's (it becomes a Span). */
  spanned(slot: ContentSlot): boolean {
    const own = this.own.get(slot.owner);
    return !!slot.lang && !!own && !sameLanguage(slot.lang, own);
  }
}

export interface StructureResult {
  /** Figures that have no alternative text (the PDF then cannot claim PDF/UA). */
  figuresWithoutAlt: StructElem[];
}

const KEEP_EMPTY = new Set(['TR', 'TH', 'TD']);

export function writeStructureTree(doc: PDFDocument, root: StructElem, pages: PDFPage[], marked: MarkedContent, annots: WrittenAnnot[], langs: Languages, lang: string | undefined): StructureResult {
  const ctx = doc.context;
  const annotsOf = new Map<StructElem, WrittenAnnot[]>();
  for (const a of annots) {
    const link = a.link ?? root;
    const list = annotsOf.get(link) ?? [];
    list.push(a);
    annotsOf.set(link, list);
  }

  // Which elements have content (marks, annotations), bottom up.
  const kept = new Set<StructElem>();
  const keep = (el: StructElem): boolean => {
    let any = (annotsOf.get(el)?.length ?? 0) > 0;
    for (const k of el.kids) {
      if (k.kind === 'content') any = any || (marked.marks.get(k)?.length ?? 0) > 0;
      else if (keep(k)) any = true;
    }
    if (any) kept.add(el);
    return any;
  };
  keep(root);
  // Table rows and cells stay, even empty, in a table that has content.
  for (const el of [...kept]) if (el.type === 'Table') keepTableParts(el, kept);
  kept.add(root);

  const refs = new Map<StructElem, PDFRef>();
  for (const el of kept) refs.set(el, ctx.nextRef());
  const rootRef = ctx.nextRef();
  // Parent tree: for each page the element of each MCID; then one entry per annotation.
  const pageParents: PDFRef[][] = pages.map(() => []);
  const figuresWithoutAlt: StructElem[] = [];

  const write = (el: StructElem, parentRef: PDFRef, inheritedLang: string | undefined): void => {
    const ref = refs.get(el)!;
    const dict = ctx.obj({ Type: 'StructElem', S: el.type, P: parentRef });
    // /Lang: where the element's language differs from its parent's.
    const own = langs.of(el);
    if (own && (!inheritedLang || !sameLanguage(own, inheritedLang))) dict.set(PDFName.of('Lang'), PDFString.of(own));
    if (el.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(el.alt));
    if (el.type === 'Figure' && el.alt === undefined) figuresWithoutAlt.push(el);
    const attrs = attributes(el, marked);
    if (attrs) dict.set(PDFName.of('A'), ctx.obj(attrs as never));

    const kids = PDFArray.withContext(ctx);
    const pagesUsed = new Set<number>();
    const markRefs = (slot: ContentSlot): Mark[] => marked.marks.get(slot) ?? [];
    for (const k of el.kids) if (k.kind === 'content') for (const m of markRefs(k)) pagesUsed.add(m.page);
    for (const a of annotsOf.get(el) ?? []) pagesUsed.add(a.page);
    const onePage = pagesUsed.size === 1 ? [...pagesUsed][0]! : undefined;
    if (onePage !== undefined) dict.set(PDFName.of('Pg'), pages[onePage]!.ref);
    const mcr = (m: Mark, owner: PDFRef) => {
      pageParents[m.page]![m.mcid] = owner;
      return onePage === m.page ? PDFNumber.of(m.mcid) : ctx.obj({ Type: 'MCR', Pg: pages[m.page]!.ref, MCID: m.mcid });
    };
    for (const k of el.kids) {
      if (k.kind === 'elem') {
        if (kept.has(k)) {
          kids.push(refs.get(k)!);
          write(k, ref, own);
        }
        continue;
      }
      const marks = markRefs(k);
      if (marks.length === 0) continue;
      if (k.lang && langs.spanned(k)) {
        // Text in another language inside this element: a Span that says so.
        const spanRef = ctx.nextRef();
        const span = ctx.obj({ Type: 'StructElem', S: 'Span', P: ref, Lang: PDFString.of(k.lang) });
        const spanKids = PDFArray.withContext(ctx);
        const spanPage = new Set(marks.map((m) => m.page));
        if (spanPage.size === 1) span.set(PDFName.of('Pg'), pages[marks[0]!.page]!.ref);
        for (const m of marks) {
          pageParents[m.page]![m.mcid] = spanRef;
          spanKids.push(spanPage.size === 1 ? PDFNumber.of(m.mcid) : ctx.obj({ Type: 'MCR', Pg: pages[m.page]!.ref, MCID: m.mcid }));
        }
        span.set(PDFName.of('K'), spanKids);
        ctx.assign(spanRef, span);
        kids.push(spanRef);
      } else for (const m of marks) kids.push(mcr(m, ref));
    }
    for (const a of annotsOf.get(el) ?? []) {
      kids.push(ctx.obj({ Type: 'OBJR', Obj: a.ref, ...(onePage === a.page ? {} : { Pg: pages[a.page]!.ref }) }));
      a.dict.set(PDFName.of('Contents'), PDFHexString.fromText(linkText(el, a)));
    }
    dict.set(PDFName.of('K'), kids);
    ctx.assign(ref, dict);
  };
  write(root, rootRef, lang);

  const nums = PDFArray.withContext(ctx);
  pages.forEach((page, i) => {
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    nums.push(PDFNumber.of(i));
    const arr = PDFArray.withContext(ctx);
    for (const r of pageParents[i]!) arr.push(r ?? refs.get(root)!);
    nums.push(ctx.register(arr));
  });
  annots.forEach((a, i) => {
    const key = pages.length + i;
    a.dict.set(PDFName.of('StructParent'), PDFNumber.of(key));
    nums.push(PDFNumber.of(key));
    nums.push(refs.get(a.link && kept.has(a.link) ? a.link : root)!);
  });
  const parentTree = ctx.register(ctx.obj({ Nums: nums }));
  ctx.assign(
    rootRef,
    ctx.obj({ Type: 'StructTreeRoot', K: [refs.get(root)!], ParentTree: parentTree, ParentTreeNextKey: pages.length + annots.length }),
  );
  const catalog = doc.catalog;
  catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  return { figuresWithoutAlt };
}

function keepTableParts(el: StructElem, kept: Set<StructElem>): void {
  for (const k of el.kids) {
    if (k.kind !== 'elem' || !KEEP_EMPTY.has(k.type)) continue;
    kept.add(k);
    keepTableParts(k, kept);
  }
}

/** The attribute object of an element (/A), if it has one. */
function attributes(el: StructElem, marked: MarkedContent): Record<string, unknown> | undefined {
  if (el.type === 'L') return { O: 'List', ListNumbering: el.listNumbering ?? 'None' };
  if (el.type === 'TH' || el.type === 'TD') {
    const a: Record<string, unknown> = { O: 'Table' };
    if (el.scope) a.Scope = el.scope;
    if (el.rowSpan) a.RowSpan = el.rowSpan;
    if (el.colSpan) a.ColSpan = el.colSpan;
    return Object.keys(a).length > 1 ? a : undefined;
  }
  if (el.type === 'Figure') {
    const perPage = marked.bounds.get(el);
    const b = perPage ? [...perPage.values()][0] : undefined;
    if (b) return { O: 'Layout', Placement: 'Block', BBox: [b.x0, b.y0, b.x1, b.y1].map((v) => Math.round(v * 100) / 100) };
  }
  return undefined;
}

/** A link annotation's /Contents: its text, else what it holds (a figure's alt text), else its target. */
function linkText(el: StructElem, annot: WrittenAnnot): string {
  const text = textOf(el).replace(/\s+/g, ' ').trim();
  if (text) return text;
  const fig = el.kids.find((k): k is StructElem => k.kind === 'elem' && k.type === 'Figure');
  if (fig?.alt) return fig.alt;
  return annot.describe;
}
