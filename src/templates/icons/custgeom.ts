/**
 * A stroke icon as DrawingML custom geometry: `a:custGeom` with one `a:path` (`fill="none"`,
 * the icon is drawn by the shape's outline `a:ln`) whose coordinate space is the icon's view box
 * scaled by 100 (integers, as `ST_PositiveCoordinate` requires), so a 24-unit Lucide icon is a
 * 2400 × 2400 path that stretches to the shape's `a:ext`. Arcs were converted to cubic Béziers
 * (svg-path.ts), so the geometry uses only `a:moveTo`, `a:lnTo`, `a:cubicBezTo` and `a:close`.
 */
import type { XElement } from '../../xml/element.js';
import { NS } from '../../xml/namespaces.js';
import type { StrokeIcon } from './svg-icon.js';
import type { Point } from './svg-path.js';

const SCALE = 100;

export interface IconGeometryOptions {
  /** Share of the shape the icon's view box takes, centred (default 1: the whole shape). */
  scale?: number;
  /**
   * Adds a first, fill-only path covering the whole shape (`stroke="0"`), so that the shape's
   * fill draws a background square behind the icon.
   */
  background?: boolean;
}

/** Builds `a:custGeom` for `icon`, using the `a` prefix in scope at `context` (the future parent). */
export function iconCustGeom(icon: StrokeIcon, context: XElement, options: IconGeometryOptions = {}): XElement {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 1)) throw new Error(`icon scale ${scale} is outside (0, 1]`);
  // The path's coordinate space is the view box grown so that the icon takes `scale` of it.
  const width = icon.viewBox.width / scale;
  const height = icon.viewBox.height / scale;
  const ox = icon.viewBox.x - (width - icon.viewBox.width) / 2;
  const oy = icon.viewBox.y - (height - icon.viewBox.height) / 2;
  // Every element is made in the scope of `context`, so none of them redeclares the prefix.
  const mk = (local: string, attrs?: Record<string, string>, ...children: XElement[]): XElement => {
    const el = context.make(NS.a, local, attrs);
    for (const c of children) el.append(c);
    return el;
  };
  const pt = (p: Point): XElement => mk('pt', { x: String(Math.round((p.x - ox) * SCALE)), y: String(Math.round((p.y - oy) * SCALE)) });
  const w = String(Math.round(width * SCALE));
  const h = String(Math.round(height * SCALE));
  const paths: XElement[] = [];
  if (options.background) {
    const corner = (x: string, y: string): XElement => mk('pt', { x, y });
    paths.push(
      mk('path', { w, h, stroke: '0' }, mk('moveTo', undefined, corner('0', '0')), mk('lnTo', undefined, corner(w, '0')), mk('lnTo', undefined, corner(w, h)), mk('lnTo', undefined, corner('0', h)), mk('close')),
    );
  }
  const path = mk('path', { w, h, fill: 'none' });
  paths.push(path);
  for (const sub of icon.subpaths) {
    path.append(mk('moveTo', undefined, pt(sub.start)));
    for (const seg of sub.segments) {
      path.append(seg.kind === 'line' ? mk('lnTo', undefined, pt(seg.to)) : mk('cubicBezTo', undefined, pt(seg.c1), pt(seg.c2), pt(seg.to)));
    }
    if (sub.closed) path.append(mk('close'));
  }
  return mk('custGeom', undefined, mk('avLst'), mk('gdLst'), mk('ahLst'), mk('cxnLst'), mk('rect', { l: 'l', t: 't', r: 'r', b: 'b' }), mk('pathLst', undefined, ...paths));
}
