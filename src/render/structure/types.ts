/**
 * The logical structure of a rendered deck (the tagged PDF's structure tree), built by the scene
 * alongside the display list: elements of the PDF's standard structure types in reading order,
 * and content slots that the drawing operations point at (`DrawOp.tag`). The PDF writer turns a
 * slot into marked content (BDC … EMC with an MCID) and the elements into StructElem
 * dictionaries; operations without a slot are artifacts (decoration, backgrounds, master art).
 * See docs/accessibility.md.
 */

/** Standard structure types of ISO 32000-1, 14.8.4, that the renderer writes. */
export type StructType =
  | 'Document'
  | 'Part'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Figure'
  | 'Link'
  | 'Span'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD';

export interface StructElem {
  kind: 'elem';
  type: StructType;
  parent: StructElem | undefined;
  kids: StructKid[];
  /** Alternative text (/Alt): figures. */
  alt?: string;
  /** Natural language (/Lang) when it differs from the document's. */
  lang?: string;
  /** /ListNumbering of a list (L). */
  listNumbering?: 'Decimal' | 'Disc' | 'None';
  /** /Scope of a table header cell (TH). */
  scope?: 'Column' | 'Row';
  /** /RowSpan and /ColSpan of a merged table cell. */
  rowSpan?: number;
  colSpan?: number;
  /** The shape it comes from, for messages and tests. */
  source?: string;
}

/**
 * A piece of an element's content in reading order: the operations tagged with it become one
 * marked-content sequence per page (or more, when other content interrupts them).
 */
export interface ContentSlot {
  kind: 'content';
  owner: StructElem;
  /** a:rPr@lang of the text in the slot (as written in the deck), if any. */
  lang?: string;
  /** The text drawn in the slot (for a link's /Contents and for tests). */
  text: string;
}

export type StructKid = StructElem | ContentSlot;

/** What a drawing operation is: real content (its slot) or an artifact. */
export type ContentTag = ContentSlot | 'artifact';
