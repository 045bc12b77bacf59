import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../src/edit/warning-codes.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brand, run } from './helpers/brands.js';
import { miniDeck, partBytes, partNames, rectShape, run as r, textShape } from './helpers/mini-deck.js';

const IN = 914400;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function richDeck(): Promise<Uint8Array> {
  return miniDeck({
    slides: [
      {
        shapes:
          textShape({ id: 2, name: 'T', paras: [r('{{organization}} – {{bookingLink}}')] }) +
          rectShape({ id: 3, name: 'va:logo', x: IN, y: IN, cx: IN, cy: IN }) +
          rectShape({ id: 4, name: 'va:qr:booking', x: 3 * IN, y: IN, cx: IN, cy: IN }),
      },
      { shapes: textShape({ id: 2, name: 'Untouched', paras: [r('Nothing to brand here')] }) },
    ],
    docProps: true,
    extra: [{ name: 'ppt/media/other.bin', data: new Uint8Array([1, 2, 3]) }],
    defaults: { bin: 'application/octet-stream' },
  });
}

describe('package hygiene', () => {
  it('keeps every part it does not edit byte-identical', async () => {
    const deck = await richDeck();
    const { pptx } = await run(deck, brand({ links: { booking: 'https://acme.example/book' } }));
    const edited = new Set(['ppt/slides/slide1.xml', 'ppt/slides/_rels/slide1.xml.rels', 'ppt/theme/theme1.xml', 'docProps/core.xml', 'docProps/app.xml', '[Content_Types].xml']);
    for (const name of partNames(deck)) {
      if (edited.has(name)) continue;
      expect(partBytes(pptx, name), name).toEqual(partBytes(deck, name));
    }
    expect(partBytes(pptx, 'ppt/slides/slide2.xml')).toEqual(partBytes(deck, 'ppt/slides/slide2.xml'));
  });

  it('gives byte-identical output for the same input and brand', async () => {
    const deck = await richDeck();
    const logo = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"><rect width="10" height="5" fill="teal"/></svg>');
    const b = brand({ logo: 'l.svg', links: { booking: 'https://acme.example/book' } });
    const one = await run(deck, b, { logo: { name: 'l.svg', bytes: logo } }, { fitText: true });
    const two = await run(deck, b, { logo: { name: 'l.svg', bytes: logo } }, { fitText: true });
    expect(Buffer.from(one.pptx).equals(Buffer.from(two.pptx))).toBe(true);
  });

  it('warns when the brand asks for the other paper size', async () => {
    const letter = await miniDeck({ slides: [{ shapes: '' }] });
    // (W_NOTHING_PLACED: these decks have no va: shapes or tokens; see the test below.)
    expect((await run(letter, brand({ paper: 'a4' }))).warnings.map((w) => w.code).filter((c) => c !== 'W_NOTHING_PLACED')).toEqual(['W_PAPER_MISMATCH']);
    expect((await run(letter, brand({ paper: 'letter' }))).warnings.filter((w) => w.code !== 'W_NOTHING_PLACED')).toEqual([]);
    // A deck of neither size (16:9) and a brand without an explicit paper: nothing to say.
    const wide = await miniDeck({ slides: [{ shapes: '' }], size: { cx: 12192000, cy: 6858000 } });
    expect((await run(wide, brand({ locale: 'da-DK' }))).warnings.filter((w) => w.code !== 'W_NOTHING_PLACED')).toEqual([]);
  });

  it('says when a deck has no va: shapes and no tokens (W_NOTHING_PLACED), once, and not for a template', async () => {
    const plain = await miniDeck({ slides: [{ shapes: '' }] });
    const w = (await run(plain, brand())).warnings.filter((x) => x.code === 'W_NOTHING_PLACED');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('links, logo, QR code and text were not placed');
    expect(w[0]!.message).toContain('va-infographic inspect');
    const template = new Uint8Array(readFileSync(path.join(root, 'templates/healthcare/en.letter.pptx')));
    expect((await run(template, brand())).warnings.map((x) => x.code)).not.toContain('W_NOTHING_PLACED');
  });

  it('refuses a deck whose masters have no theme (E_THEME)', async () => {
    const pkg = OpcPackage.open(await miniDeck({ slides: [{ shapes: '' }] }));
    const rels = pkg.rels('ppt/slideMasters/slideMaster1.xml');
    for (const r of rels.all()) if (r.type.endsWith('/theme')) rels.remove(r.id);
    await expect(run(await pkg.save(), brand())).rejects.toMatchObject({ code: 'E_THEME' });
  });

  it('documents every warning code it emits', () => {
    const dir = path.join(root, 'src/edit');
    const used = new Set<string>();
    for (const f of readdirSync(dir)) for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/'(W_[A-Z_]+)'/g)) used.add(m[1]!);
    expect([...used].sort()).toEqual(Object.keys(WARNING_CODES).sort());
    const docs = readFileSync(path.join(root, 'docs/brand-engine.md'), 'utf8');
    for (const code of used) expect(docs, code).toContain(code);
  });
});
