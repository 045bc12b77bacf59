/**
 * Deterministic ZIP writing with jszip: fixed timestamps, fixed entry order, DOS platform
 * attributes, so the same parts always give the same bytes.
 */
import JSZip from 'jszip';

/** 1980-01-01 00:00 local: the earliest DOS date, used for every entry. */
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

/** Formats that are already compressed: deflating them again only costs time. */
const STORED_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'mp3', 'mp4', 'm4a', 'm4v', 'mov', 'wdp', 'jxr', 'zip']);

export interface ZipFileEntry {
  name: string;
  data: Uint8Array;
}

export async function writeZip(entries: readonly ZipFileEntry[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const { name, data } of entries) {
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    zip.file(name, data, {
      date: FIXED_DATE,
      createFolders: false,
      binary: true,
      compression: STORED_EXTENSIONS.has(ext) ? 'STORE' : 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  }
  return zip.generateAsync({ type: 'uint8array', platform: 'DOS', streamFiles: false });
}
