/**
 * An sRGB ICC profile (ICC.1:2001-04, version 2.1, display class), made here from the numbers of
 * IEC 61966-2-1, for the PDF/A output intent: our own bytes, under our licence, so that every PDF
 * can carry it. Colorants are the sRGB primaries adapted to the D50 profile connection space
 * (Bradford), as in the ICC's own sRGB profiles; the tone curve is the sRGB transfer function
 * sampled at 1024 points. The same bytes every time (a fixed date).
 */

/** sRGB primaries and white, D50-adapted (Bradford), in the PCS (IEC 61966-2-1 / ICC). */
const RED = [0.4360747, 0.2225045, 0.0139322];
const GREEN = [0.3850649, 0.7168786, 0.0971045];
const BLUE = [0.1430804, 0.0606169, 0.7141733];
/** The PCS illuminant, exactly as ICC.1 states it (0x0000F6D6, 0x00010000, 0x0000D32D). */
const D50 = [0.9642, 1.0, 0.8249];
const CURVE_POINTS = 1024;

export const SRGB_PROFILE_NAME = 'sRGB IEC61966-2.1';

let cached: Uint8Array | undefined;

export function srgbIccProfile(): Uint8Array {
  cached ??= build();
  return cached;
}

function build(): Uint8Array {
  const tags: [string, Uint8Array][] = [];
  const curve = curveTag();
  tags.push(['desc', descTag(`${SRGB_PROFILE_NAME} (va-infographic)`)]);
  tags.push(['cprt', textTag('No copyright, use freely')]);
  tags.push(['wtpt', xyzTag(D50)]);
  tags.push(['rXYZ', xyzTag(RED)]);
  tags.push(['gXYZ', xyzTag(GREEN)]);
  tags.push(['bXYZ', xyzTag(BLUE)]);
  tags.push(['rTRC', curve]);
  tags.push(['gTRC', curve]);
  tags.push(['bTRC', curve]);

  // Header (128), tag count (4), tag table (12 each), then the data, 4-byte aligned; the three
  // tone curves share one block.
  const tableSize = 4 + 12 * tags.length;
  let offset = 128 + tableSize;
  const placed = new Map<Uint8Array, number>();
  const entries: { sig: string; offset: number; size: number }[] = [];
  const blocks: { at: number; data: Uint8Array }[] = [];
  for (const [sig, data] of tags) {
    let at = placed.get(data);
    if (at === undefined) {
      at = offset;
      placed.set(data, at);
      blocks.push({ at, data });
      offset += align4(data.length);
    }
    entries.push({ sig, offset: at, size: data.length });
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, out.length);
  view.setUint32(8, 0x02100000); // version 2.1.0
  ascii(out, 12, 'mntr');
  ascii(out, 16, 'RGB ');
  ascii(out, 20, 'XYZ ');
  // Date and time of creation: fixed.
  [2025, 1, 1, 0, 0, 0].forEach((v, i) => view.setUint16(24 + 2 * i, v));
  ascii(out, 36, 'acsp');
  view.setUint32(64, 0); // rendering intent: perceptual
  D50.forEach((v, i) => view.setInt32(68 + 4 * i, s15(v)));
  view.setUint32(128, entries.length);
  entries.forEach((e, i) => {
    ascii(out, 132 + 12 * i, e.sig);
    view.setUint32(136 + 12 * i, e.offset);
    view.setUint32(140 + 12 * i, e.size);
  });
  for (const b of blocks) out.set(b.data, b.at);
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function s15(v: number): number {
  return Math.round(v * 65536);
}

function ascii(out: Uint8Array, at: number, s: string): void {
  for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
}

function xyzTag(v: number[]): Uint8Array {
  const out = new Uint8Array(20);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'XYZ ');
  v.forEach((c, i) => view.setInt32(8 + 4 * i, s15(c)));
  return out;
}

/** curveType: the sRGB transfer function (IEC 61966-2-1), sampled. */
function curveTag(): Uint8Array {
  const out = new Uint8Array(12 + 2 * CURVE_POINTS);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'curv');
  view.setUint32(8, CURVE_POINTS);
  for (let i = 0; i < CURVE_POINTS; i++) {
    const v = i / (CURVE_POINTS - 1);
    const linear = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    view.setUint16(12 + 2 * i, Math.round(linear * 65535));
  }
  return out;
}

/** textType (v2): 'text', reserved, ASCII with a terminating NUL. */
function textTag(s: string): Uint8Array {
  const out = new Uint8Array(8 + s.length + 1);
  ascii(out, 0, 'text');
  ascii(out, 8, s);
  return out;
}

/** textDescriptionType (v2): ASCII description, no Unicode or ScriptCode description. */
function descTag(s: string): Uint8Array {
  const ascLen = s.length + 1;
  const out = new Uint8Array(8 + 4 + ascLen + 4 + 4 + 2 + 1 + 67);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'desc');
  view.setUint32(8, ascLen);
  ascii(out, 12, s);
  // Unicode language code and count (0), ScriptCode code (0), count (0), 67 bytes of zeros.
  return out;
}
