/**
 * Hostile and wrong inputs, built in the test as small synthetic packages: every one ends in a
 * VaError with a specific code and a one-line message, before any editing happens.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { brand, run } from './helpers/brands.js';
import { miniDeck, slideXml } from './helpers/mini-deck.js';
import { rawZip, type RawEntry } from './helpers/raw-zip.js';

/** The entries of a valid mini deck, as raw entries we can tamper with. */
async function entriesOf(deck: Uint8Array): Promise<RawEntry[]> {
  const pkg = OpcPackage.open(deck);
  return pkg.partNames().map((name) => ({ name, data: pkg.get(name)! }));
}

async function expectRefused(bytes: Uint8Array, code: string, message?: RegExp, limits?: Record<string, number>) {
  const err = await run(bytes, brand(), {}, { source: 'deck.pptx', ...(limits ? { limits } : {}) }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VaError);
  expect((err as VaError).code).toBe(code);
  expect((err as VaError).message).not.toContain('\n');
  if (message) expect((err as VaError).message).toMatch(message);
  return err as VaError;
}

const CT_WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const CT_EXCEL = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

function officePackage(mainName: string, mainType: string): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/${mainName}" ContentType="${mainType}"/></Types>` },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainName}"/></Relationships>` },
    { name: mainName, data: '<?xml version="1.0"?><x/>' },
  ]);
}

describe('refused inputs (synthetic packages)', () => {
  it('empty file, random bytes, OLE (encrypted or legacy) files', async () => {
    await expectRefused(new Uint8Array(), 'E_EMPTY_FILE', /^deck\.pptx is empty$/);
    await expectRefused(new TextEncoder().encode('hello, this is not a deck'), 'E_NOT_ZIP', /not a ZIP package/);
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectRefused(ole, 'E_OLE_FILE', /password-protected \(encrypted\) or legacy \.ppt/);
  });

  it('a truncated package (no central directory)', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    await expectRefused(deck.slice(0, Math.floor(deck.length / 2)), 'E_ZIP_TRUNCATED', /truncated or corrupt/);
    await expectRefused(rawZip(await entriesOf(deck), { truncateCentral: true }), 'E_ZIP_TRUNCATED');
  });

  it('a Word document and an Excel workbook renamed to .pptx', async () => {
    await expectRefused(officePackage('word/document.xml', CT_WORD), 'E_WRONG_PACKAGE', /is a Word document, not a PowerPoint presentation/);
    await expectRefused(officePackage('xl/workbook.xml', CT_EXCEL), 'E_WRONG_PACKAGE', /is an Excel workbook/);
    await expectRefused(rawZip([{ name: 'hello.txt', data: 'hi' }]), 'E_NOT_OPC', /\[Content_Types\]\.xml is missing/);
  });

  it('too many entries', async () => {
    const many: RawEntry[] = Array.from({ length: 10_001 }, (_, i) => ({ name: `f/${i}`, data: '', method: 0 }));
    await expectRefused(rawZip(many), 'E_ZIP_LIMIT', /has 10001 ZIP entries, over the limit of 10000/);
  });

  it('a part that inflates beyond the per-part limit, counted while inflating (also when its header lies)', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    const zeros = deflateRawSync(Buffer.alloc(4 * 1024 * 1024));
    const honest = [...deck, { name: 'ppt/media/bomb.bin', data: '', compressed: zeros, declaredSize: 4 * 1024 * 1024, crc: 0 }];
    await expectRefused(rawZip(honest), 'E_ZIP_LIMIT', /bomb\.bin inflates beyond the per-part limit of 1048576 bytes/, { maxEntryBytes: 1024 * 1024 });
    const lying = [...deck, { name: 'ppt/media/bomb.bin', data: '', compressed: zeros, declaredSize: 10, crc: 0 }];
    await expectRefused(rawZip(lying), 'E_ZIP_LIMIT', /per-part limit/, { maxEntryBytes: 1024 * 1024 });
  });

  it('parts that together inflate beyond the total limit', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    const zeros = Buffer.alloc(1024 * 1024);
    const mb = deflateRawSync(zeros);
    const bombs = Array.from({ length: 6 }, (_, i) => ({ name: `ppt/media/b${i}.bin`, data: '', compressed: mb, declaredSize: zeros.length, crc: crc32(zeros) }));
    await expectRefused(rawZip([...deck, ...bombs]), 'E_ZIP_LIMIT', /total limit of 5242880 bytes/, { maxTotalBytes: 5 * 1024 * 1024 });
  });

  it('the default per-part limit stops a 129 MB part from 130 KB of input', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    const big = deflateRawSync(Buffer.alloc(129 * 1024 * 1024));
    expect(big.length).toBeLessThan(200_000);
    await expectRefused(rawZip([...deck, { name: 'ppt/media/big.bin', data: '', compressed: big, declaredSize: 1000, crc: 0 }]), 'E_ZIP_LIMIT', /per-part limit of 134217728 bytes/);
  });

  it('duplicate entry names (also differing only in case)', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    await expectRefused(rawZip([...deck, { name: 'ppt/slides/slide1.xml', data: slideXml('') }]), 'E_ZIP_DUPLICATE', /ppt\/slides\/slide1\.xml appears twice/);
    await expectRefused(rawZip([...deck, { name: 'PPT/Slides/Slide1.xml', data: slideXml('') }]), 'E_ZIP_DUPLICATE');
  });

  it('path traversal, absolute and backslash names, and symbolic links', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    await expectRefused(rawZip([...deck, { name: '../../evil.sh', data: 'x' }]), 'E_ZIP_ENTRY_NAME', /path traversal/);
    await expectRefused(rawZip([...deck, { name: 'ppt/../../evil.xml', data: 'x' }]), 'E_ZIP_ENTRY_NAME', /path traversal/);
    await expectRefused(rawZip([...deck, { name: '/etc/passwd', data: 'x' }]), 'E_ZIP_ENTRY_NAME', /absolute path/);
    await expectRefused(rawZip([...deck, { name: 'ppt\\media\\x.png', data: 'x' }]), 'E_ZIP_ENTRY_NAME', /backslash/);
    await expectRefused(rawZip([...deck, { name: 'ppt/media/link.png', data: '/etc/passwd', method: 0, unixMode: 0o120777 }]), 'E_ZIP_ENTRY_NAME', /symbolic link/);
  });

  it('an encrypted ZIP entry', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    await expectRefused(rawZip([...deck, { name: 'ppt/media/x.bin', data: 'x', flags: 1 }]), 'E_ZIP_UNSUPPORTED', /encrypted ZIP entry/);
  });

  it('XML with a DOCTYPE: XXE in a slide, billion laughs in a theme, and in a part the engine never edits', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    const replace = (name: string, data: string) => rawZip(deck.map((e) => (e.name === name ? { name, data } : e)));
    const xxe = '<?xml version="1.0"?><!DOCTYPE p:sld [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + slideXml('').replace(/^<\?xml[^>]*\?>\r\n/, '');
    await expectRefused(replace('ppt/slides/slide1.xml', xxe), 'E_XML_DOCTYPE', /ppt\/slides\/slide1\.xml declares a DOCTYPE or entities/);
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">&lol1;</a:theme>';
    await expectRefused(replace('ppt/theme/theme1.xml', lol), 'E_XML_DOCTYPE', /theme1\.xml/);
    await expectRefused(
      rawZip([...deck, { name: 'ppt/presProps.xml', data: '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://evil.example/x.dtd"><x/>' }]),
      'E_XML_DOCTYPE',
      /presProps\.xml/,
    );
    await expectRefused(replace('[Content_Types].xml', '<!DOCTYPE Types [<!ENTITY a "b">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'E_XML_DOCTYPE');
  });

  it('malformed XML in a part the engine reads', async () => {
    const deck = await entriesOf(await miniDeck({ slides: [{ shapes: '' }] }));
    const broken = rawZip(deck.map((e) => (e.name === 'ppt/slideLayouts/slideLayout1.xml' ? { name: e.name, data: '<p:sldLayout xmlns:p="x"><oops></p:sldLayout>' } : e)));
    await expectRefused(broken, 'E_XML_MALFORMED', /^deck\.pptx: the XML part ppt\/slideLayouts\/slideLayout1\.xml is not well-formed/);
  });
});

describe('found by the fuzzer (docs/fuzzing.md)', () => {
  const HOSTILE = new URL('../../fixtures/hostile/', import.meta.url);

  it('a layout whose master is the slide itself: the slide is edited once, its logo frame replaced once', async () => {
    const deck = new Uint8Array(readFileSync(new URL('layout-master-is-slide.pptx', HOSTILE)));
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" fill="#123456"/></svg>');
    const { pptx } = await run(deck, brand({ logo: 'logo.svg' }), { logo: { name: 'logo.svg', bytes: svg } });
    const slide = new TextDecoder().decode(OpcPackage.open(pptx).get('ppt/slides/slide1.xml')!);
    expect(slide.match(/<p:pic>/g)).toHaveLength(1);
    expect(slide).not.toContain('va:logo');
  });

  it('a logo or font file name with controls and line breaks is quoted on one line', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    const name = '\u202e\u0000\ud800\u001b[31m\r\n 🙂';
    for (const b of [brand({ logo: name }), brand({ fonts: { heading: 'X', headingFile: name } })]) {
      const err = (await run(deck, b).catch((e: unknown) => e)) as VaError;
      expect(err).toBeInstanceOf(VaError);
      expect(err.code).toBe('E_USAGE');
      expect(err.message).not.toMatch(/[\r\n\u0000\u001b]/);
      expect(err.message).toMatch(/^the brand names the (logo|heading font file) "[^"]*\[31m +🙂" but its bytes were not given \(assets\.(logo|headingFont)\)$/);
    }
  });
});
