/**
 * SVG pictures are rasterised by librsvg (through sharp), which follows references to files
 * (`<image href="file:///etc/passwd">`) and to other URLs. Before rasterising, every reference
 * that is not internal (`#id`) or an embedded `data:` image is removed, as are scripts and
 * entity declarations. Also reads the intrinsic size for the rasterising resolution.
 */
export interface SanitizedSvg {
  text: string;
  width: number | undefined;
  height: number | undefined;
}

export function sanitizeSvg(input: string): SanitizedSvg {
  let text = input.replace(/^\uFEFF/, '');
  // No DOCTYPE/ENTITY (entity expansion, external entities).
  text = text.replace(/<!DOCTYPE[\s\S]*?(\[[\s\S]*?\])?\s*>/gi, '');
  text = text.replace(/<!ENTITY[\s\S]*?>/gi, '');
  text = text.replace(/<script[\s\S]*?<\/script\s*>/gi, '').replace(/<script[^>]*\/>/gi, '');
  text = text.replace(/<\?xml-stylesheet[\s\S]*?\?>/gi, '');
  // href / xlink:href / src attributes: keep only #fragment and data:image references.
  text = text.replace(/\s((?:xlink:)?href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi, (whole, _name: string, _q: string, dq: string | undefined, sq: string | undefined) => {
    const value = (dq ?? sq ?? '').trim();
    if (value.startsWith('#') || /^data:image\/(png|jpe?g|gif|webp);/i.test(value)) return whole;
    return '';
  });
  // CSS url(...) and @import pointing outside.
  text = text.replace(/url\(\s*(['"]?)(?!#|data:)[^)]*\1\s*\)/gi, 'none');
  text = text.replace(/@import[^;]*;/gi, '');
  const open = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const num = (name: string): number | undefined => {
    const m = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*(px|pt|mm|cm|in)?\\s*["']`, 'i').exec(open);
    if (!m) return undefined;
    const v = Number.parseFloat(m[1]!);
    const unit = (m[2] ?? 'px').toLowerCase();
    const k = unit === 'pt' ? 96 / 72 : unit === 'mm' ? 96 / 25.4 : unit === 'cm' ? 96 / 2.54 : unit === 'in' ? 96 : 1;
    return Number.isFinite(v) && v > 0 ? v * k : undefined;
  };
  let width = num('width');
  let height = num('height');
  if (width === undefined || height === undefined) {
    const vb = /\sviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']/i.exec(open);
    if (vb) {
      width ??= Number.parseFloat(vb[1]!);
      height ??= Number.parseFloat(vb[2]!);
    }
  }
  return { text, width, height };
}
