/**
 * Content the embedded PDF renderer does not draw (it draws shapes, pictures, text and groups):
 * `p:graphicFrame` holding a chart, SmartArt diagram, table or OLE object (`a:graphicData@uri`),
 * media (`a:videoFile`, `a:audioFile`, `a:quickTimeFile`, `p14:media`), ink (`p:contentPart`),
 * 3D models and equations (`mc:AlternateContent` choices that require am3d or a14 math).
 * Render with `--renderer libreoffice` for such decks.
 */
import type { OpcPackage } from '../package/opc-package.js';
import type { XElement } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';
import { contentParts, enclosingShape, partLabel, shapeNames, walk, type DeckStructure } from './structure.js';

export type UnsupportedKind = 'chart' | 'smartart' | 'table' | 'ole' | 'media' | 'ink' | '3d-model' | 'equation' | 'other-graphic';

export interface UnsupportedItem {
  kind: UnsupportedKind;
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
  'http://schemas.openxmlformats.org/drawingml/2006/table': 'table',
  'http://purl.oclc.org/ooxml/drawingml/table': 'table',
  'http://schemas.openxmlformats.org/presentationml/2006/ole': 'ole',
  'http://purl.oclc.org/ooxml/presentationml/ole': 'ole',
};

function kindOf(el: XElement): UnsupportedKind | null {
  if (el.is(NS.a, 'graphicData')) {
    const uri = el.attr('uri') ?? '';
    return GRAPHIC_URIS[uri] ?? (uri === '' ? null : 'other-graphic');
  }
  if (el.inNamespace(NS.a) && (el.localName === 'videoFile' || el.localName === 'audioFile' || el.localName === 'quickTimeFile' || el.localName === 'wavAudioFile')) {
    return 'media';
  }
  if (el.localName === 'media' && (el.namespaceURI ?? '').includes('microsoft.com/office/powerpoint/2010/main')) return 'media';
  if (el.is(NS.p, 'contentPart')) return 'ink';
  if (el.is(NS.mc, 'Choice')) {
    const requires = el.attr('Requires') ?? '';
    if (/\bam3d\b/.test(requires)) return '3d-model';
    if (/\ba14\b/.test(requires) && [...walk(el)].some((d) => d.localName === 'oMath' || d.localName === 'oMathPara')) return 'equation';
  }
  return null;
}

export function unsupported(pkg: OpcPackage, structure: DeckStructure): UnsupportedItem[] {
  const out: UnsupportedItem[] = [];
  for (const cp of contentParts(structure)) {
    // One item per shape and kind (a video picture has both a:videoFile and p14:media).
    const seen = new Set<string>();
    const shapeIds = new Map<XElement, number>();
    for (const el of walk(pkg.xml(cp.part).root)) {
      const kind = kindOf(el);
      if (!kind) continue;
      const shape = enclosingShape(el);
      if (shape) {
        if (!shapeIds.has(shape)) shapeIds.set(shape, shapeIds.size);
        const key = `${kind}:${shapeIds.get(shape)}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const names = shapeNames(el);
      out.push({ kind, location: partLabel(cp), part: cp.part, ...(cp.slide !== undefined ? { slide: cp.slide } : {}), ...(names.length ? { shape: names.join(' < ') } : {}) });
    }
  }
  return out;
}
