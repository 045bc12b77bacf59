/**
 * The table directory of an OpenType/TrueType font (the `sfnt` header: tag, offset and length of
 * each table), read from the file's bytes; for a collection (`ttcf`), that of one of its fonts.
 * Offsets count from the start of the file, collections included. Used to check that every table
 * lies inside the file and to read kerning straight from the bytes (kerning.ts), without reaching
 * into fontkit's private state.
 */

export interface TableEntry {
  offset: number;
  length: number;
}

export type TableDirectory = Record<string, TableEntry>;

/**
 * The tables of the font at `collectionIndex` (0 for a single font). Throws an Error when the
 * directory itself is truncated or the index does not exist.
 */
export function readTableDirectory(bytes: Uint8Array, collectionIndex = 0): TableDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (end: number, what: string): void => {
    if (end > bytes.length) throw new Error(`the ${what} runs past the end of the file`);
  };
  need(12, 'font header');
  let start = 0;
  if (view.getUint32(0) === 0x74746366 /* ttcf */) {
    const count = view.getUint32(8);
    if (collectionIndex >= count) throw new Error(`the collection has no face number ${collectionIndex}`);
    need(12 + 4 * (collectionIndex + 1), 'collection header');
    start = view.getUint32(12 + 4 * collectionIndex);
    need(start + 12, 'font header');
  }
  const numTables = view.getUint16(start + 4);
  need(start + 12 + 16 * numTables, 'table directory');
  const tables: TableDirectory = {};
  for (let i = 0; i < numTables; i++) {
    const at = start + 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables[tag] = { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  }
  return tables;
}
