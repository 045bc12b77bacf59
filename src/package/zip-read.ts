/**
 * A defensive ZIP reader for OPC packages.
 *
 * It checks the container before anything is inflated: file signature (OLE/CFB files are
 * password-protected or legacy Office files), end-of-central-directory record, entry count,
 * entry names (no absolute paths, no `..`, no backslashes, no duplicates, no symbolic links),
 * compression methods and that every local header lies inside the file. Inflation then counts
 * the bytes actually produced (not the sizes the headers declare) against per-entry and total
 * limits, and checks each entry's CRC-32.
 *
 * We read ZIPs ourselves rather than with jszip because jszip inflates by the declared sizes and
 * gives no way to stop a bomb part-way or to see duplicate or hostile names before extraction.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { VaError, clip } from '../errors.js';
import type { PackageLimits } from './limits.js';
import type { StoredEntry } from './zip-write.js';

export interface ZipEntry {
  /** Entry name as stored (forward slashes, no leading slash). */
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  /** Offset of the compressed data in the file. */
  dataOffset: number;
  compressedSize: number;
  /** Size the central directory declares; checked against what inflation really produces. */
  declaredSize: number;
  crc32: number;
  isDirectory: boolean;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** Identifies what the bytes are before treating them as a ZIP; throws a specific error. */
export function checkSignature(bytes: Uint8Array, what = 'the file'): void {
  if (bytes.length === 0) throw new VaError('E_EMPTY_FILE', `${what} is empty`);
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) {
    throw new VaError(
      'E_OLE_FILE',
      `${what} is an OLE compound file: a password-protected (encrypted) or legacy .ppt presentation, which is not supported; save it as an unprotected .pptx`,
    );
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new VaError('E_NOT_ZIP', `${what} is not a ZIP package (a .pptx file starts with "PK")`);
  }
  const sig = u32(bytes, 0);
  if (sig !== SIG_LOCAL && sig !== SIG_EOCD) {
    throw new VaError('E_NOT_ZIP', `${what} is not a ZIP package (unknown record 0x${sig.toString(16)} at its start)`);
  }
}

/**
 * The end-of-central-directory record: the last one whose comment reaches exactly to the end of
 * the file; failing that (bytes appended after the record, which unzip, Python's zipfile and
 * LibreOffice accept), the last record within the same 64 KiB window whose central directory
 * ends where the record starts and begins with a central-directory signature. Nothing else is
 * relaxed: every limit and check after this applies to the directory found.
 */
function findEocd(bytes: Uint8Array): number {
  const min = Math.max(0, bytes.length - (22 + 0xffff));
  let trailing = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || u32(bytes, i) !== SIG_EOCD) continue;
    const end = i + 22 + u16(bytes, i + 20);
    if (end === bytes.length) return i;
    if (trailing < 0 && end < bytes.length && directoryEndsAt(bytes, i)) trailing = i;
  }
  return trailing;
}

/** True when the EOCD record at `eocd` describes a central directory that ends right before it. */
function directoryEndsAt(bytes: Uint8Array, eocd: number): boolean {
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (offset + size !== eocd) return false;
  return count === 0 ? size === 0 : offset + 4 <= bytes.length && u32(bytes, offset) === SIG_CENTRAL;
}

/** Rejects names that could escape an extraction folder or confuse part lookup. */
export function checkEntryName(name: string, what = 'the package'): void {
  const bad = (why: string): never => {
    throw new VaError('E_ZIP_ENTRY_NAME', `${what} is refused: unsafe ZIP entry name ${JSON.stringify(name.slice(0, 120))} (${why})`);
  };
  if (name.length === 0) bad('empty name');
  if (name.length > 1024) bad('name longer than 1024 characters');
  if (name.includes('\0')) bad('contains a NUL character');
  if (name.includes('\\')) bad('contains a backslash');
  if (name.startsWith('/')) bad('absolute path');
  if (/^[A-Za-z]:/.test(name)) bad('drive-letter path');
  const segments = name.split('/');
  for (const seg of segments.slice(0, name.endsWith('/') ? -1 : undefined)) {
    if (seg === '..') bad('path traversal ("..")');
    if (seg === '.') bad('"." path segment');
    if (seg === '') bad('empty path segment');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u001f]/.test(name)) bad('contains a control character');
}

/** Parses and validates the central directory. Nothing is inflated here. */
export function readZipDirectory(bytes: Uint8Array, limits: PackageLimits, what = 'the file'): ZipEntry[] {
  checkSignature(bytes, what);
  if (bytes.length > limits.maxInputBytes) {
    throw new VaError('E_ZIP_LIMIT', `${what} is ${bytes.length} bytes, over the limit of ${limits.maxInputBytes} bytes`);
  }
  const eocd = findEocd(bytes);
  if (eocd < 0) {
    throw new VaError(
      'E_ZIP_TRUNCATED',
      `${what} is truncated or corrupt: the ZIP end-of-central-directory record is missing`,
    );
  }
  const diskNo = u16(bytes, eocd + 4);
  const cdDisk = u16(bytes, eocd + 6);
  const entriesOnDisk = u16(bytes, eocd + 8);
  const entryCount = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (diskNo !== 0 || cdDisk !== 0 || entriesOnDisk !== entryCount) {
    throw new VaError('E_ZIP_UNSUPPORTED', `${what} is a multi-part (spanned) ZIP archive, which is not supported`);
  }
  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff || (eocd >= 20 && u32(bytes, eocd - 20) === SIG_ZIP64_LOCATOR)) {
    throw new VaError('E_ZIP_UNSUPPORTED', `${what} uses ZIP64, which is not supported for presentations`);
  }
  if (entryCount > limits.maxEntries) {
    throw new VaError('E_ZIP_LIMIT', `${what} has ${entryCount} ZIP entries, over the limit of ${limits.maxEntries}`);
  }
  if (cdOffset + cdSize > eocd) {
    throw new VaError('E_ZIP_CORRUPT', `${what} is corrupt: the central directory lies outside the file`);
  }

  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  let p = cdOffset;
  const decoderUtf8 = new TextDecoder('utf-8', { fatal: true });
  const decoderLatin1 = new TextDecoder('latin1');
  for (let i = 0; i < entryCount; i++) {
    if (p + 46 > cdOffset + cdSize || u32(bytes, p) !== SIG_CENTRAL) {
      throw new VaError('E_ZIP_CORRUPT', `${what} is corrupt: central directory entry ${i + 1} of ${entryCount} is damaged`);
    }
    const versionMadeBy = u16(bytes, p + 4);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    const compressedSize = u32(bytes, p + 20);
    const declaredSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const externalAttrs = u32(bytes, p + 38);
    const localOffset = u32(bytes, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd > cdOffset + cdSize) {
      throw new VaError('E_ZIP_CORRUPT', `${what} is corrupt: an entry name runs past the central directory`);
    }
    const rawName = bytes.subarray(p + 46, nameEnd);
    let name: string;
    try {
      name = flags & 0x800 ? decoderUtf8.decode(rawName) : decoderLatin1.decode(rawName);
    } catch {
      throw new VaError('E_ZIP_ENTRY_NAME', `${what} has an entry name that is not valid UTF-8`);
    }
    p = nameEnd + extraLen + commentLen;

    checkEntryName(name, what);
    const hostSystem = versionMadeBy >> 8;
    const unixMode = externalAttrs >>> 16;
    if (hostSystem === 3 && (unixMode & 0o170000) === 0o120000) {
      throw new VaError('E_ZIP_ENTRY_NAME', `${what} contains a symbolic link entry (${clip(name, 120)}), which a presentation never has`);
    }
    if (flags & 0x1) {
      throw new VaError('E_ZIP_UNSUPPORTED', `${what} has an encrypted ZIP entry (${clip(name, 120)}); password-protected packages are not supported`);
    }
    const isDirectory = name.endsWith('/');
    if (!isDirectory && method !== 0 && method !== 8) {
      throw new VaError('E_ZIP_UNSUPPORTED', `${what} uses ZIP compression method ${method} for ${clip(name, 120)}; only stored and deflate are supported`);
    }
    // OPC part names compare case-insensitively.
    const key = name.toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new VaError('E_ZIP_DUPLICATE', `${what} is corrupt or hostile: the entry ${clip(name, 120)} appears twice${previous !== name ? ` (as ${clip(previous, 120)})` : ''}`);
    }
    seen.set(key, name);

    // Local header: must lie inside the file and agree on the name length.
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL) {
      throw new VaError('E_ZIP_CORRUPT', `${what} is corrupt: the local header of ${clip(name, 120)} is missing or damaged`);
    }
    const localNameLen = u16(bytes, localOffset + 26);
    const localExtraLen = u16(bytes, localOffset + 28);
    const dataOffset = localOffset + 30 + localNameLen + localExtraLen;
    if (dataOffset + compressedSize > bytes.length) {
      throw new VaError('E_ZIP_TRUNCATED', `${what} is truncated: the data of ${clip(name, 120)} runs past the end of the file`);
    }
    if (localNameLen !== nameLen) {
      throw new VaError('E_ZIP_CORRUPT', `${what} is corrupt: the local and central headers of ${clip(name, 120)} disagree`);
    }
    entries.push({ name, method, dataOffset, compressedSize, declaredSize, crc32: crc, isDirectory });
  }
  return entries;
}

/**
 * Inflates every file entry, counting real output bytes against the limits and checking CRCs.
 * Directory entries are dropped (they are not parts). When `stored` is given, it receives each
 * part's compressed bytes, so that a part saved unchanged can be copied without deflating again.
 */
export function inflateEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: PackageLimits,
  what = 'the file',
  stored?: Map<string, StoredEntry>,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    const remaining = limits.maxTotalBytes - total;
    const cap = Math.min(limits.maxEntryBytes, remaining);
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = raw;
      if (data.length > cap) throw limitError(entry.name, data.length > limits.maxEntryBytes, limits, what);
    } else {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw limitError(entry.name, cap === limits.maxEntryBytes, limits, what);
        }
        throw new VaError('E_ZIP_CORRUPT', `${what} is corrupt: ${clip(entry.name, 120)} does not inflate (${(err as Error).message})`);
      }
    }
    if (data.length !== entry.declaredSize) {
      throw new VaError(
        'E_ZIP_CORRUPT',
        `${what} is corrupt: ${clip(entry.name, 120)} inflates to ${data.length} bytes but its header says ${entry.declaredSize}`,
      );
    }
    if (crc32(data) !== entry.crc32) {
      throw new VaError('E_ZIP_CORRUPT', `${what} is corrupt: the CRC-32 of ${clip(entry.name, 120)} does not match`);
    }
    total += data.length;
    out.set(entry.name, data);
    if (stored && (entry.method === 0 || entry.method === 8)) stored.set(entry.name, { method: entry.method, compressed: raw, crc32: entry.crc32 });
  }
  return out;
}

function limitError(name: string, perEntry: boolean, limits: PackageLimits, what: string): VaError {
  return perEntry
    ? new VaError('E_ZIP_LIMIT', `${what} is refused: ${clip(name, 120)} inflates beyond the per-part limit of ${limits.maxEntryBytes} bytes (a ZIP bomb?)`)
    : new VaError('E_ZIP_LIMIT', `${what} is refused: its parts inflate beyond the total limit of ${limits.maxTotalBytes} bytes (a ZIP bomb?)`);
}
