/**
 * Content the embedded PDF renderer does not draw faithfully (it draws shapes, pictures, text,
 * tables, groups, SmartArt that has a saved drawing or whose layout it lays out; see
 * docs/renderer.md), so that a
 * designer knows before rendering:
 *
 * | kind | XML | what the renderer does |
 * |---|---|---|
 * | `chart` | `p:graphicFrame` / `a:graphicData` with a chart URI whose part has radar, surface, stock or bar-of-pie groups (or is missing), or a chartex URI | not drawn (a placeholder frame) |
 * | `chart` | … a 3-D bar, line or area group sharing its plot area with 2-D groups (3-D charts alone are drawn with their depth) | drawn flat |
 * | `smartart` | … with the diagram URI, without a saved drawing (`dsp:dataModelExt`), in a layout the renderer does not lay out (src/render/scene/smartart/layouts.ts) | not drawn |
 * | `ole` | … with the OLE URI | its preview picture (`p:pic`, or the legacy VML one) only, else not drawn |
 * | `activex` | `p:controls/p:control` | not drawn |
 * | `other-graphic` | … with any other URI (legacy VML compatibility, ...) | not drawn |
 * | `media` | `a:videoFile`, `a:audioFile`, `a:quickTimeFile`, `a:wavAudioFile`, `p14:media` | the poster picture only |
 * | `ink` | `p:contentPart` | not drawn |
 * | `3d-model`, `equation` | `mc:Choice` requiring am3d, or a14 with `m:oMath` | the `mc:Fallback` picture |
 * | `3d-effect` | `a:scene3d` or a non-empty `a:sp3d` in a shape's `p:spPr` | drawn flat |
 *
 * Render such decks with `--renderer libreoffice` when they matter.
 */
import type { OpcPackage } from '../package/opc-package.js';
import type { ReadonlyXElement } from '../xml/readonly.js';
import { NS } from '../xml/namespaces.js';
import { sniffImageFormat } from '../render/images/sniff.js';
import { layoutOfFrame } from '../render/scene/smartart/index.js';
import { contentPartRoles, partLabel, type Deck } from '../presentation/deck.js';
import { enclosingShape, shapeNames, walk } from './structure.js';

export type UnsupportedKind = 'chart' | 'smartart' | 'ole' | 'activex' | 'other-graphic' | 'media' | 'ink' | '3d-model' | 'equation' | '3d-effect';

export type Treatment = 'not drawn' | 'preview picture only' | 'poster picture only' | 'fallback picture' | 'drawn flat';

export interface UnsupportedItem {
  kind: UnsupportedKind;
  /** What the embedded renderer draws instead. */
  treatment: Treatment;
  location: string;
  part: string;
  slide?: number;
  shape?: string;
}

const GRAPHIC_URIS: Record<string, UnsupportedKind> = {
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'chart',
  'http://purl.oclc.org/ooxml/drawingml/chart': 'chart',
  'http://schemas.microsoft.com/office/drawing/2014/chartex': 'chart',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram': 'smartart',
  'http://purl.oclc.org/ooxml/drawingml/diagram': 'smartart',
  'http://schemas.openxmlformats.org/presentationml/2006/ole': 'ole',
  'http://purl.oclc.org/ooxml/presentationml/ole': 'ole',
};

/** Graphic data the renderer draws: tables. */
const DRAWN_URIS = new Set(['http://schemas.openxmlformats.org/drawingml/2006/table', 'http://purl.oclc.org/ooxml/drawingml/table']);

const MEDIA = new Set(['videoFile', 'audioFile', 'quickTimeFile', 'wavAudioFile']);

const DSP = 'http://schemas.microsoft.com/office/drawing/2008/diagram';

/**
 * An OLE object's preview the renderer can draw: a p:pic inside it, or (PowerPoint 2007) the
 * v:shape with the object's spid in the slide's VML drawing, whose v:imagedata is a picture
 * format the renderer reads (not EMF/WMF).
 */
function hasOlePreview(pkg: OpcPackage, part: string, data: ReadonlyXElement): boolean {
  if ([...data.descendants(NS.p, 'pic')].length > 0) return true;
  const spid = [...data.descendants(NS.p, 'oleObj')][0]?.attr('spid');
  if (!spid) return false;
  for (const vml of pkg.related(part, 'vmlDrawing')) {
    let root: ReadonlyXElement;
    try {
      root = pkg.readOnlyXml(vml).root;
    } catch {
      continue; // legacy VML is often not well-formed XML: the renderer skips it too
    }
    for (const shape of root.descendants()) {
      if (shape.localName !== 'shape' || (shape.attr('id') !== spid && shape.attr('o:spid') !== spid)) continue;
      const image = [...shape.descendants()].find((e) => e.localName === 'imagedata');
      const relId = image?.attr('o:relid') ?? image?.attr('r:id');
      const target = relId ? pkg.rels(vml).targetPart(relId) : undefined;
      const bytes = target === undefined ? undefined : pkg.get(target);
      if (!bytes) return false;
      const format = sniffImageFormat(bytes, target);
      // EMF/WMF previews are drawn too (src/render/emf/), as the renderer does.
      return format !== 'unknown';
    }
  }
  return false;
}

/** The saved drawing of a SmartArt frame (see hasSavedDrawing), or undefined (also when it has no shapes). */
function savedDrawing(pkg: OpcPackage, part: string, data: ReadonlyXElement): string | undefined {
  const relIds = [...data.elements()].find((e) => e.localName === 'relIds');
  const rels = pkg.rels(part);
  const dm = relIds?.attrNS(NS.r, 'dm');
  const dataPart = dm ? rels.targetPart(dm) : undefined;
  if (!dataPart || !pkg.has(dataPart)) return undefined;
  for (const el of pkg.readOnlyXml(dataPart).root.descendants()) {
    if (el.localName === 'dataModelExt' && el.namespaceURI === DSP) {
      const id = el.attr('relId');
      const drawing = id ? rels.targetPart(id) : undefined;
      if (drawing === undefined || !pkg.has(drawing)) return undefined;
      // An empty drawing (dsp:spTree without shapes) counts as none, as in the renderer.
      const tree = [...pkg.readOnlyXml(drawing).root.elements()].find((e) => e.localName === 'spTree' && e.namespaceURI === DSP);
      return tree && [...tree.elements()].some((e) => e.localName === 'sp' || e.localName === 'grpSp' || e.localName === 'graphicFrame') ? drawing : undefined;
    }
  }
  return undefined;
}

const CHARTEX = 'http://schemas.microsoft.com/office/drawing/2014/chartex';
const DRAWN_CHARTS = /^(bar|bar3D|line|line3D|area|area3D|pie|pie3D|doughnut|scatter)Chart$/;
const OTHER_CHARTS = /^(radar|surface|surface3D|stock|ofPie)Chart$/;

/** What the renderer makes of a chart part (src/render/chart): drawn, drawn flat (3-D groups mixed with 2-D ones), or a placeholder. */
function chartTreatment(pkg: OpcPackage, part: string, data: ReadonlyXElement): { kind: UnsupportedKind; treatment: Treatment } | null {
  const ref = [...data.elements()].find((e) => e.localName === 'chart');
  const id = ref?.attrNS(NS.r, 'id');
  const chartPart = id ? pkg.rels(part).targetPart(id) : undefined;
  if (!chartPart || !pkg.has(chartPart)) return { kind: 'chart', treatment: 'not drawn' };
  const plot = [...pkg.readOnlyXml(chartPart).root.descendants()].find((e) => e.localName === 'plotArea');
  const groups = [...(plot?.elements() ?? [])].map((e) => e.localName);
  if (!groups.some((g) => DRAWN_CHARTS.test(g)) || groups.some((g) => OTHER_CHARTS.test(g))) return { kind: 'chart', treatment: 'not drawn' };
  // A pie or doughnut group is drawn alone; otherwise 3-D groups get their depth unless 2-D ones share the plot.
  const xy = groups.filter((g) => DRAWN_CHARTS.test(g) && !/^(pie|pie3D|doughnut)Chart$/.test(g));
  const flat = !groups.some((g) => /^(pie|pie3D|doughnut)Chart$/.test(g)) && xy.some((g) => g.endsWith('3DChart')) && xy.some((g) => !g.endsWith('3DChart'));
  return flat ? { kind: 'chart', treatment: 'drawn flat' } : null;
}

/** 3D effects in a shape's properties (p:spPr, or dsp:spPr in a SmartArt drawing): drawn flat. */
function has3dEffect(spPr: ReadonlyXElement): boolean {
  return [...spPr.elements()].some((c) => c.localName === 'scene3d' || (c.localName === 'sp3d' && !c.elements().next().done));
}

function classify(pkg: OpcPackage, part: string, el: ReadonlyXElement): { kind: UnsupportedKind; treatment: Treatment } | null {
  if (el.is(NS.a, 'graphicData')) {
    const uri = el.attr('uri') ?? '';
    if (uri === '' || DRAWN_URIS.has(uri)) return null;
    const kind = GRAPHIC_URIS[uri] ?? 'other-graphic';
    if (kind === 'ole') return { kind, treatment: hasOlePreview(pkg, part, el) ? 'preview picture only' : 'not drawn' };
    // SmartArt with a saved drawing, or in a layout the renderer lays out from the data.
    if (kind === 'smartart' && (savedDrawing(pkg, part, el) !== undefined || layoutOfFrame(pkg, part, el) !== undefined)) return null;
    if (kind === 'chart' && uri !== CHARTEX) return chartTreatment(pkg, part, el);
    return { kind, treatment: 'not drawn' };
  }
  if (el.is(NS.p, 'control')) return { kind: 'activex', treatment: 'not drawn' };
  if (el.inNamespace(NS.a) && MEDIA.has(el.localName)) return { kind: 'media', treatment: 'poster picture only' };
  if (el.localName === 'media' && (el.namespaceURI ?? '').includes('microsoft.com/office/powerpoint/2010/main')) return { kind: 'media', treatment: 'poster picture only' };
  if (el.is(NS.p, 'contentPart')) return { kind: 'ink', treatment: 'not drawn' };
  if (el.is(NS.mc, 'Choice')) {
    const requires = el.attr('Requires') ?? '';
    if (/\bam3d\b/.test(requires)) return { kind: '3d-model', treatment: 'fallback picture' };
    if (/\ba14\b/.test(requires) && [...walk(el)].some((d) => d.localName === 'oMath' || d.localName === 'oMathPara')) return { kind: 'equation', treatment: 'fallback picture' };
  }
  if (el.is(NS.p, 'spPr') && has3dEffect(el)) return { kind: '3d-effect', treatment: 'drawn flat' };
  return null;
}

/** Like walk(), but also enters mc:Choice (where 3D models and equations live). */
function* walkWithChoices(el: ReadonlyXElement): Generator<ReadonlyXElement> {
  for (const c of el.elements()) {
    if (c.is(NS.mc, 'Fallback')) continue;
    yield c;
    yield* walkWithChoices(c);
  }
}

export function unsupported(pkg: OpcPackage, structure: Deck): UnsupportedItem[] {
  const out: UnsupportedItem[] = [];
  for (const cp of contentPartRoles(structure)) {
    // One item per shape and kind (a video picture has both a:videoFile and p14:media).
    const seen = new Set<string>();
    const shapeIds = new Map<ReadonlyXElement, number>();
    for (const el of walkWithChoices(pkg.readOnlyXml(cp.part).root)) {
      const found = classify(pkg, cp.part, el);
      if (!found) continue;
      const shape = enclosingShape(el);
      if (shape) {
        if (!shapeIds.has(shape)) shapeIds.set(shape, shapeIds.size);
        const key = `${found.kind}:${shapeIds.get(shape)}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const names = shapeNames(el);
      out.push({ ...found, location: partLabel(cp), part: cp.part, ...(cp.slide !== undefined ? { slide: cp.slide } : {}), ...(names.length ? { shape: names.join(' < ') } : {}) });
    }
    // SmartArt drawn from its saved drawing: the drawing's shapes can have 3D effects.
    for (const el of walkWithChoices(pkg.readOnlyXml(cp.part).root)) {
      if (!el.is(NS.a, 'graphicData') || !GRAPHIC_URIS[el.attr('uri') ?? ''] || GRAPHIC_URIS[el.attr('uri') ?? ''] !== 'smartart') continue;
      const drawing = savedDrawing(pkg, cp.part, el);
      if (!drawing) continue;
      const flat = [...pkg.readOnlyXml(drawing).root.descendants()].some((d) => d.localName === 'spPr' && has3dEffect(d));
      const names = shapeNames(el);
      if (flat) out.push({ kind: '3d-effect', treatment: 'drawn flat', location: partLabel(cp), part: cp.part, ...(cp.slide !== undefined ? { slide: cp.slide } : {}), ...(names.length ? { shape: names.join(' < ') } : {}) });
    }
  }
  return out;
}
