/**
 * What an EOT header and an embedding decision need from a TrueType/OpenType file, read straight
 * from its bytes (no fontkit): the `OS/2` table (PANOSE, weight, fsType, fsSelection, Unicode and
 * code-page ranges), `head.checkSumAdjustment` and the `name` table's family, style, version and
 * full names. Every offset is checked against the buffer: a damaged or hostile file throws an
 * Error naming what is wrong, never reads out of bounds.
 */
import { readTableDirectory } from './table-directory.js';

export interface SfntInfo {
  /** OS/2 panose, 10 bytes (zeros when the file has no OS/2 table). */
  panose: Uint8Array;
  /** OS/2 usWeightClass (400 when absent). */
  weight: number;
  /** OS/2 fsSelection bit 0 (ITALIC). */
  italic: boolean;
  /** OS/2 fsType: embedding permissions (0 = installable when absent, as the OpenType spec says for version 0 tables). */
  fsType: number;
  /** OS/2 ulUnicodeRange1–4. */
  unicodeRange: [number, number, number, number];
  /** OS/2 ulCodePageRange1–2 (zeros in an OS/2 table of version 0). */
  codePageRange: [number, number];
  /** head.checkSumAdjustment. */
  checkSumAdjustment: number;
  /** name IDs 1, 2, 5, 4 (Windows English first), and 16 (typographic family) when present. */
  familyName: string;
  styleName: string;
  versionName: string;
  fullName: string;
  typographicFamily: string;
}

/** Reads the facts of an sfnt (TrueType `00010000`/`true` or CFF `OTTO`); not a collection. */
export function readSfntInfo(bytes: Uint8Array): SfntInfo {
  if (bytes.length < 12) throw new Error('the font is shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = view.getUint32(0);
  if (tag !== 0x00010000 && tag !== 0x4f54544f /* OTTO */ && tag !== 0x74727565 /* true */) {
    throw new Error('the data is not a TrueType or OpenType font');
  }
  const tables = readTableDirectory(bytes);
  const table = (name: string, min: number): { offset: number; length: number } | undefined => {
    const t = tables[name];
    if (!t) return undefined;
    if (t.offset + t.length > bytes.length || t.length < min) throw new Error(`the ${name} table runs past the end of the font or is too short`);
    return t;
  };
  const head = table('head', 54);
  if (!head) throw new Error('the font has no head table');
  const info: SfntInfo = {
    panose: new Uint8Array(10),
    weight: 400,
    italic: false,
    fsType: 0,
    unicodeRange: [0, 0, 0, 0],
    codePageRange: [0, 0],
    checkSumAdjustment: view.getUint32(head.offset + 8),
    familyName: '',
    styleName: '',
    versionName: '',
    fullName: '',
    typographicFamily: '',
  };
  // OS/2: version 0 is 78 bytes; the code-page ranges come with version 1 (86 bytes).
  const os2 = table('OS/2', 78);
  if (os2) {
    const o = os2.offset;
    info.weight = view.getUint16(o + 4);
    info.fsType = view.getUint16(o + 8);
    info.panose = new Uint8Array(bytes.subarray(o + 32, o + 42));
    info.unicodeRange = [view.getUint32(o + 42), view.getUint32(o + 46), view.getUint32(o + 50), view.getUint32(o + 54)];
    info.italic = (view.getUint16(o + 62) & 1) === 1;
    if (view.getUint16(o) >= 1 && os2.length >= 86) info.codePageRange = [view.getUint32(o + 78), view.getUint32(o + 82)];
  }
  const name = table('name', 6);
  if (name) readNames(bytes, view, name.offset, name.length, info);
  return info;
}

/** name table: Windows (3, 1 or 10) English (0x409) first, then any Windows record, then Mac Roman. */
function readNames(bytes: Uint8Array, view: DataView, start: number, length: number, info: SfntInfo): void {
  const count = view.getUint16(start + 2);
  const storage = start + view.getUint16(start + 4);
  const end = start + length;
  if (start + 6 + 12 * count > end) throw new Error('the name table runs past its end');
  const best = new Map<number, { rank: number; text: string }>();
  for (let i = 0; i < count; i++) {
    const r = start + 6 + 12 * i;
    const platform = view.getUint16(r);
    const encoding = view.getUint16(r + 2);
    const language = view.getUint16(r + 4);
    const id = view.getUint16(r + 6);
    if (id !== 1 && id !== 2 && id !== 4 && id !== 5 && id !== 16) continue;
    const len = view.getUint16(r + 8);
    const off = storage + view.getUint16(r + 10);
    if (off + len > end || off + len > bytes.length) continue; // a record past the table is ignored
    let rank: number;
    let text: string;
    if (platform === 3 && (encoding === 1 || encoding === 10)) {
      rank = language === 0x409 ? 3 : 2;
      text = '';
      for (let k = 0; k + 1 < len; k += 2) text += String.fromCharCode(view.getUint16(off + k));
    } else if (platform === 1 && encoding === 0) {
      rank = 1;
      text = String.fromCharCode(...bytes.subarray(off, off + len).filter((b) => b < 0x80));
    } else {
      continue;
    }
    const prev = best.get(id);
    if (!prev || rank > prev.rank) best.set(id, { rank, text });
  }
  info.familyName = best.get(1)?.text ?? '';
  info.styleName = best.get(2)?.text ?? '';
  info.fullName = best.get(4)?.text ?? '';
  info.versionName = best.get(5)?.text ?? '';
  info.typographicFamily = best.get(16)?.text ?? '';
}
