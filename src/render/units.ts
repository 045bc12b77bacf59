/**
 * Units of DrawingML and the renderer. The scene and the display list work in PDF points
 * (1/72 inch) with the origin at the slide's top-left corner and y pointing down.
 */
export const EMU_PER_PT = 12700;

/** EMU (English Metric Units) to points. */
export function emuToPt(emu: number): number {
  return emu / EMU_PER_PT;
}

/** An integer attribute (EMU, 60000ths of a degree, 1000ths of a percent), or the default. */
export function intAttr(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** A percentage attribute written either as 1000ths of a percent ("50000") or as "50%". */
export function pctAttr(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const s = value.trim();
  if (s.endsWith('%')) {
    const n = Number.parseFloat(s.slice(0, -1));
    return Number.isFinite(n) ? n / 100 : fallback;
  }
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n / 100000 : fallback;
}

/** A boolean attribute of OOXML ("1", "true", "on" are true). */
export function boolAttr(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return value === '1' || value === 'true' || value === 'on';
}

/** An angle in 60000ths of a degree to degrees. */
export function angleAttr(value: string | undefined, fallback = 0): number {
  return intAttr(value, fallback * 60000) / 60000;
}
