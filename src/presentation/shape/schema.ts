/**
 * The shape elements of a slide tree (p:spTree, p:grpSp) and the schema order of their
 * children, stated once (ECMA-376 Part 1, 19.3.1: CT_Shape, CT_Picture, CT_GroupShape,
 * CT_GraphicalObjectFrame, CT_Connector), in the manner of python-pptx's element classes.
 * Element names are local names in the PresentationML namespace unless noted (a:graphic).
 */

/** How one shape element is built. */
export interface ShapeSchema {
  /** Its non-visual properties element (p:nvSpPr ...): p:cNvPr, the kind's own p:cNv*Pr, p:nvPr. */
  readonly nv: string;
  /** The kind's own non-visual drawing properties (p:cNvSpPr ...), second in `nv`. */
  readonly cNv: string;
  /** Where its transform is: a:xfrm in this properties element, or p:xfrm for a graphic frame. */
  readonly xfrmIn: 'spPr' | 'grpSpPr' | 'self';
  /** Its child elements in schema order. */
  readonly order: readonly string[];
}

/** The five shape elements of p:spTree / p:grpSp. */
export const SHAPE_SCHEMA = {
  /** p:sp: an auto shape or text box. */
  sp: { nv: 'nvSpPr', cNv: 'cNvSpPr', xfrmIn: 'spPr', order: ['nvSpPr', 'spPr', 'style', 'txBody', 'extLst'] },
  /** p:pic: a picture (a:blipFill before p:spPr, unlike a picture fill of a p:sp). */
  pic: { nv: 'nvPicPr', cNv: 'cNvPicPr', xfrmIn: 'spPr', order: ['nvPicPr', 'blipFill', 'spPr', 'style', 'extLst'] },
  /** p:grpSp: a group; its member shapes, in any order and number, come after p:grpSpPr. */
  grpSp: { nv: 'nvGrpSpPr', cNv: 'cNvGrpSpPr', xfrmIn: 'grpSpPr', order: ['nvGrpSpPr', 'grpSpPr', 'sp', 'grpSp', 'graphicFrame', 'cxnSp', 'pic', 'contentPart', 'extLst'] },
  /** p:graphicFrame: a table, chart, SmartArt or OLE object (a:graphic); its own p:xfrm. */
  graphicFrame: { nv: 'nvGraphicFramePr', cNv: 'cNvGraphicFramePr', xfrmIn: 'self', order: ['nvGraphicFramePr', 'xfrm', 'graphic', 'extLst'] },
  /** p:cxnSp: a connector. */
  cxnSp: { nv: 'nvCxnSpPr', cNv: 'cNvCxnSpPr', xfrmIn: 'spPr', order: ['nvCxnSpPr', 'spPr', 'style', 'extLst'] },
} as const satisfies Record<string, ShapeSchema>;

export type ShapeKind = keyof typeof SHAPE_SCHEMA;

/** p:nvSpPr, p:nvPicPr, ...: p:cNvPr, then the kind's p:cNv*Pr, then p:nvPr. */
export const NV_ORDER = ['cNvPr', 'cNv*Pr', 'nvPr'] as const;

/** p:cNvPr (CT_NonVisualDrawingProps): attributes id, name, descr, hidden, title; these children. */
export const C_NV_PR_ORDER = ['hlinkClick', 'hlinkHover', 'extLst'] as const;

/** p:nvPr (CT_ApplicationNonVisualDrawingProps): the placeholder, one media element, data. */
export const NV_PR_ORDER = ['ph', 'audioCd', 'wavAudioFile', 'audioFile', 'videoFile', 'quickTimeFile', 'custDataLst', 'extLst'] as const;

/** a:xfrm (CT_Transform2D, CT_GroupTransform2D for a group): attributes rot, flipH, flipV. */
export const XFRM_ORDER = ['off', 'ext', 'chOff', 'chExt'] as const;

/** The schema of a shape element's local name, if it is one of the five. */
export function shapeSchemaOf(localName: string): ShapeSchema | undefined {
  return Object.hasOwn(SHAPE_SCHEMA, localName) ? SHAPE_SCHEMA[localName as ShapeKind] : undefined;
}
