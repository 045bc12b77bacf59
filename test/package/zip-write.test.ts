import { spawnSync } from 'node:child_process';
import { crc32, deflateRawSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/package/limits.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { inflateEntries, readZipDirectory } from '../../src/package/zip-read.js';
import type { ZipEntry } from '../../src/package/zip-read.js';
import { writeZip } from '../../src/package/zip-write.js';
import { hasTool, needTools } from '../helpers/tools.js';

const enc = new TextEncoder();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ourTemplate = new Uint8Array(readFileSync(path.join(root, 'templates/healthcare/en.letter.pptx')));
/**
 * The template as another tool would have compressed it (zlib level 1, not our level 6), so that
 * a part deflated again by us could not come out byte-identical by chance.
 */
const template = await writeZip(
  [...inflateEntries(ourTemplate, readZipDirectory(ourTemplate, DEFAULT_LIMITS), DEFAULT_LIMITS)].map(([name, data]) => ({
    name,
    data,
    stored: { method: 8 as const, compressed: deflateRawSync(data, { level: 1 }), crc32: crc32(data) },
  })),
);

function read(bytes: Uint8Array): { entries: ZipEntry[]; parts: Map<string, Uint8Array> } {
  const entries = readZipDirectory(bytes, DEFAULT_LIMITS);
  return { entries, parts: inflateEntries(bytes, entries, DEFAULT_LIMITS) };
}

/** The compressed bytes of an entry, as stored in the archive. */
function raw(bytes: Uint8Array, name: string): Uint8Array {
  const e = readZipDirectory(bytes, DEFAULT_LIMITS).find((x) => x.name === name)!;
  return bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
}

describe('writeZip', () => {
  const files = [
    { name: '[Content_Types].xml', data: enc.encode('<Types/>'.repeat(50)) },
    { name: 'ppt/media/image1.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
    { name: 'ppt/slides/slide1.xml', data: enc.encode('<p:sld>'.padEnd(5000, 'x')) },
    { name: 'ppt/empty.xml', data: new Uint8Array(0) },
    { name: 'ppt/media/Æblegrød.bin', data: enc.encode('ø') },
  ];

  it('writes what our reader reads back, in order, with the right methods', async () => {
    const zip = await writeZip(files);
    const { entries, parts } = read(zip);
    expect(entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(same(parts.get(f.name)!, f.data), f.name).toBe(true);
    const method = Object.fromEntries(entries.map((e) => [e.name, e.method]));
    expect(method['ppt/slides/slide1.xml']).toBe(8);
    expect(method['ppt/media/image1.png']).toBe(0); // already compressed formats are stored
    expect(method['ppt/empty.xml']).toBe(0);
    expect(raw(zip, 'ppt/slides/slide1.xml').length).toBeLessThan(200);
  });

  it('is deterministic: fixed 1980 dates, the same bytes every time', async () => {
    const a = await writeZip(files);
    const b = await writeZip(files.map((f) => ({ ...f, data: f.data.slice() })));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // DOS time 0 and date 1980-01-01 (0x0021) in the first local header.
    expect([...a.subarray(10, 14)]).toEqual([0, 0, 0x21, 0]);
  });

  it('flags UTF-8 names (general purpose bit 11) only where a name is not ASCII', async () => {
    const zip = await writeZip(files);
    const flags: Record<string, number> = {};
    let o = 0;
    for (let i = 0; i < files.length; i++) {
      const view = new DataView(zip.buffer, zip.byteOffset);
      const nameLen = view.getUint16(o + 26, true);
      const name = new TextDecoder().decode(zip.subarray(o + 30, o + 30 + nameLen));
      flags[name] = view.getUint16(o + 6, true);
      o += 30 + nameLen + view.getUint32(o + 18, true);
    }
    expect(flags['ppt/media/Æblegrød.bin']).toBe(0x0800);
    expect(flags['ppt/slides/slide1.xml']).toBe(0);
  });

  // unzip is required in CI (.ci/run installs it); Python's zipfile is checked where python3 is.
  const unzipSkip = needTools('zip-write: unzip -t', 'unzip');
  it.skipIf(unzipSkip !== undefined)('passes unzip -t, and Python\'s zipfile where python3 is installed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'va-zip-'));
    try {
      const file = path.join(dir, 'a.zip');
      writeFileSync(file, await writeZip(files));
      const unzip = spawnSync('unzip', ['-tqq', file], { encoding: 'utf8' });
      expect(unzip.status, unzip.stdout + unzip.stderr).toBe(0);
      if (hasTool('python3')) {
        const py = spawnSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(len(z.namelist()))', file], { encoding: 'utf8' });
        expect(py.status, py.stderr).toBe(0);
        expect(Number(py.stdout.trim())).toBe(files.length);
      } else console.log('zip-write: python3 not installed, its zipfile check skipped');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('OpcPackage.save', () => {
  it('copies the compressed bytes of every part it did not change, and re-deflates the ones it did', async () => {
    const pkg = OpcPackage.open(template);
    const theme = pkg.xml('ppt/theme/theme1.xml');
    expect(theme).toBeTruthy();
    pkg.touch('ppt/theme/theme1.xml');
    pkg.set('ppt/slides/slide1.xml', enc.encode('<p:sld xmlns:p="urn:x"/>'));
    const out = await pkg.save();
    const changed = new Set(['ppt/slides/slide1.xml', 'ppt/theme/theme1.xml']);
    const { entries } = read(out);
    expect(entries.map((e) => e.name)).toEqual(readZipDirectory(template, DEFAULT_LIMITS).map((e) => e.name));
    for (const e of entries) {
      if (changed.has(e.name)) continue;
      expect(Buffer.from(raw(out, e.name)).equals(Buffer.from(raw(template, e.name))), e.name).toBe(true);
    }
    expect(same(read(out).parts.get('ppt/slides/slide1.xml')!, enc.encode('<p:sld xmlns:p="urn:x"/>'))).toBe(true);
  });

  it('an unchanged package saves to the same bytes as it was read', async () => {
    expect(Buffer.from(await OpcPackage.open(ourTemplate).save()).equals(Buffer.from(ourTemplate))).toBe(true);
    const out = await OpcPackage.open(template).save();
    expect(Buffer.from(out).equals(Buffer.from(template))).toBe(true);
  });

  it('deflates the XML parts that the input had stored uncompressed', async () => {
    // A ZIP with stored XML, as some tools write: build one by hand with method 0 everywhere.
    const stored = await writeZip([
      { name: '[Content_Types].xml', data: readPart(template, '[Content_Types].xml'), stored: { method: 0, compressed: readPart(template, '[Content_Types].xml'), crc32: crcOf(template, '[Content_Types].xml') } },
      ...[...read(template).parts].filter(([n]) => n !== '[Content_Types].xml').map(([name, data]) => ({ name, data, stored: { method: 0 as const, compressed: data, crc32: crcOf(template, name) } })),
    ]);
    expect(readZipDirectory(stored, DEFAULT_LIMITS).every((e) => e.method === 0)).toBe(true);
    const out = await OpcPackage.open(stored).save();
    const methods = readZipDirectory(out, DEFAULT_LIMITS).filter((e) => e.name.endsWith('.xml')).map((e) => e.method);
    expect(new Set(methods)).toEqual(new Set([8]));
    const want = read(template).parts;
    for (const [name, data] of read(out).parts) expect(same(data, want.get(name)!), name).toBe(true);
  });
});

function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}
function readPart(bytes: Uint8Array, name: string): Uint8Array {
  return read(bytes).parts.get(name)!;
}
function crcOf(bytes: Uint8Array, name: string): number {
  return readZipDirectory(bytes, DEFAULT_LIMITS).find((e) => e.name === name)!.crc32;
}
