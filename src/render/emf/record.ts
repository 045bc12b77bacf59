/**
 * A view of one metafile record with bounds-checked little-endian reads: reading past the
 * record's end throws `RecordTooShort`, which the players catch and count (the record is
 * skipped, the picture goes on).
 */
export class RecordTooShort extends Error {}

export class Rec {
  private readonly dv: DataView;

  constructor(
    readonly bytes: Uint8Array,
    /** Offset of the record in `bytes`. */
    readonly at: number,
    /** Size of the record in bytes. */
    readonly size: number,
  ) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private check(off: number, n: number): number {
    if (off < 0 || off + n > this.size || this.at + off + n > this.bytes.length) throw new RecordTooShort();
    return this.at + off;
  }

  u8(off: number): number {
    return this.bytes[this.check(off, 1)]!;
  }

  u16(off: number): number {
    return this.dv.getUint16(this.check(off, 2), true);
  }

  i16(off: number): number {
    return this.dv.getInt16(this.check(off, 2), true);
  }

  u32(off: number): number {
    return this.dv.getUint32(this.check(off, 4), true);
  }

  i32(off: number): number {
    return this.dv.getInt32(this.check(off, 4), true);
  }

  f32(off: number): number {
    return this.dv.getFloat32(this.check(off, 4), true);
  }

  /** `n` bytes at `off` (a view, not a copy). */
  slice(off: number, n: number): Uint8Array {
    const o = this.check(off, n);
    return this.bytes.subarray(o, o + n);
  }

  /** UTF-16LE text of `n` code units at `off`. */
  utf16(off: number, n: number): string {
    const o = this.check(off, n * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.dv.getUint16(o + i * 2, true));
    return s;
  }
}
