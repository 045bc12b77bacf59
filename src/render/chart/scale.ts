/**
 * Value-axis scaling as LibreOffice and PowerPoint choose it when the file does not fix it
 * (c:scaling c:min/c:max, c:majorUnit): zero included when the data are all on one side of it,
 * 5 % of headroom past the data (none in 3-D charts, where LibreOffice adds none),
 * a major unit of 1, 2 or 5 × 10^n giving at most `maxIntervals` intervals, the ends rounded out
 * to whole units.
 */
export interface Scale {
  min: number;
  max: number;
  unit: number;
}

export function niceScale(dataMin: number, dataMax: number, fixed: { min?: number | undefined; max?: number | undefined; unit?: number | undefined }, maxIntervals: number, includeZero = true, headroom = true): Scale {
  let lo = Number.isFinite(dataMin) ? dataMin : 0;
  let hi = Number.isFinite(dataMax) ? dataMax : 1;
  if (includeZero) {
    if (fixed.min === undefined && lo > 0 && lo < (5 / 6) * hi) lo = 0;
    if (fixed.max === undefined && hi < 0 && hi > (5 / 6) * lo) hi = 0;
    if (lo > 0 && fixed.min === undefined && hi === lo) lo = 0;
  }
  if (fixed.min !== undefined) lo = fixed.min;
  if (fixed.max !== undefined) hi = fixed.max;
  if (hi <= lo) hi = lo + (lo === 0 ? 1 : Math.abs(lo) * 0.1);
  // Headroom: a maximum that falls on a tick gets one more interval (5 % of the range, rounded up).
  if (headroom && fixed.max === undefined && hi > 0) hi += 0.05 * (hi - lo);
  if (headroom && fixed.min === undefined && (lo < 0 || (!includeZero && lo > 0))) lo -= 0.05 * (hi - lo);
  const range = hi - lo;
  let unit = fixed.unit !== undefined && fixed.unit > 0 && range / fixed.unit <= 1000 ? fixed.unit : 0;
  if (unit === 0) {
    const n = Math.max(1, maxIntervals);
    const exp = Math.floor(Math.log10(range / n));
    unit = Infinity;
    for (let e = exp; e <= exp + 2 && unit === Infinity; e++) {
      for (const k of [1, 2, 5]) {
        const u = k * 10 ** e;
        if (range / u <= n + 1e-9) {
          unit = u;
          break;
        }
      }
    }
    if (!Number.isFinite(unit)) unit = range;
  }
  const min = fixed.min !== undefined ? fixed.min : Math.floor(lo / unit + 1e-9) * unit;
  const max = fixed.max !== undefined ? fixed.max : Math.ceil(hi / unit - 1e-9) * unit;
  return { min, max: max > min ? max : min + unit, unit };
}

/** The tick values of a scale (at most 1000). */
export function ticks(s: Scale): number[] {
  const out: number[] = [];
  const first = Math.ceil(s.min / s.unit - 1e-9) * s.unit;
  for (let v = first, i = 0; v <= s.max + s.unit * 1e-9 && i < 1000; i++, v = first + i * s.unit) out.push(Math.abs(v) < s.unit * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return out;
}
