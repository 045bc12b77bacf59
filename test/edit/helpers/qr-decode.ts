/**
 * Proving a QR code scans: the DrawingML custom geometry of the QR shape is turned into an SVG
 * (fill of the paths that fill, strokes of the paths that stroke, with the shape's line width and
 * flat caps), rasterised with sharp, and decoded with jsQR.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import type { XElement } from '../../../src/xml/element.js';
import { NS } from '../../../src/xml/namespaces.js';

export function custGeomToSvg(sp: XElement, pxPerEmu: number): { svg: string; width: number; height: number } {
  const spPr = sp.child(NS.p, 'spPr')!;
  const ext = spPr.child(NS.a, 'xfrm')!.child(NS.a, 'ext')!;
  const cx = Number(ext.attr('cx'));
  const cy = Number(ext.attr('cy'));
  const fill = spPr.child(NS.a, 'solidFill')?.child(NS.a, 'srgbClr')?.attr('val') ?? 'none';
  const ln = spPr.child(NS.a, 'ln');
  const lineW = Number(ln?.attr('w') ?? 0);
  const lineColor = ln?.child(NS.a, 'solidFill')?.child(NS.a, 'srgbClr')?.attr('val') ?? '000000';
  const cap = ln?.attr('cap') === 'flat' ? 'butt' : ln?.attr('cap') === 'sq' ? 'square' : 'round';
  const width = Math.round(cx * pxPerEmu);
  const height = Math.round(cy * pxPerEmu);
  const paths: string[] = [];
  for (const path of spPr.child(NS.a, 'custGeom')!.child(NS.a, 'pathLst')!.childrenNamed(NS.a, 'path')) {
    const sx = (cx * pxPerEmu) / Number(path.attr('w'));
    const sy = (cy * pxPerEmu) / Number(path.attr('h'));
    let d = '';
    for (const cmd of path.elements()) {
      const pt = cmd.child(NS.a, 'pt');
      const xy = pt ? `${Number(pt.attr('x')) * sx} ${Number(pt.attr('y')) * sy}` : '';
      if (cmd.localName === 'moveTo') d += `M${xy} `;
      else if (cmd.localName === 'lnTo') d += `L${xy} `;
      else if (cmd.localName === 'close') d += 'Z ';
    }
    const doFill = path.attr('fill') !== 'none';
    const doStroke = path.attr('stroke') !== '0' && path.attr('stroke') !== 'false';
    paths.push(
      `<path d="${d.trim()}" fill="${doFill ? '#' + fill : 'none'}" stroke="${doStroke && ln ? '#' + lineColor : 'none'}" stroke-width="${lineW * pxPerEmu}" stroke-linecap="${cap}"/>`,
    );
  }
  // A light page around the shape, as on paper.
  const margin = 20;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * margin}" height="${height + 2 * margin}"><rect width="100%" height="100%" fill="#FFFFFF"/><g transform="translate(${margin} ${margin})">${paths.join('')}</g></svg>`;
  return { svg, width: width + 2 * margin, height: height + 2 * margin };
}

/** Decodes a QR code from an encoded image (PNG...) or from raw RGBA pixels. */
export async function decodeQrImage(image: Uint8Array | Buffer): Promise<string | null> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
  return code ? code.data : null;
}

/** Rasterises the shape at `pxPerModule` pixels per module (the path's units are half modules) and decodes it. */
export async function decodeQrShape(sp: XElement, pxPerModule = 6): Promise<string | null> {
  const spPr = sp.child(NS.p, 'spPr')!;
  const cx = Number(spPr.child(NS.a, 'xfrm')!.child(NS.a, 'ext')!.attr('cx'));
  const units = Number(spPr.child(NS.a, 'custGeom')!.child(NS.a, 'pathLst')!.child(NS.a, 'path')!.attr('w'));
  const { svg } = custGeomToSvg(sp, (pxPerModule * units) / 2 / cx);
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return decodeQrImage(png);
}
