/**
 * Shared parsed XML cannot be edited (src/xml/freeze.ts, src/xml/content-cache.ts): in tests
 * every document that enters the shared cache is frozen (test/setup/freeze-shared-xml.ts), so an
 * edit throws; the brand engine edits its own copy (OpcPackage.xml()), and branding a template
 * leaves the shared parse of its slide as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleBrand } from '../../src/brand/sample.js';
import { customize } from '../../src/edit/customize.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { readDeck } from '../../src/presentation/deck.js';
import { XElement, XText } from '../../src/xml/element.js';
import { clearSharedXml, sharedXml } from '../../src/xml/content-cache.js';
import { serializeXml } from '../../src/xml/serialize.js';
import { REPO_ROOT } from '../edit/helpers/corpus.js';

const TEMPLATE = path.join(REPO_ROOT, 'templates/healthcare/en.letter.pptx');

describe('shared parsed XML is read-only', () => {
  beforeEach(() => clearSharedXml());

  it('throws on every kind of edit of a shared document', () => {
    const pkg = OpcPackage.open(readFileSync(TEMPLATE));
    const slide = readDeck(pkg).slides[0]!;
    const doc = pkg.readOnlyXml(slide);
    expect(doc).toBe(sharedXml(pkg.get(slide)!, slide));
    const el = [...doc.root.descendants()].find((e) => e.attrs.size > 0)!;
    const text = [...doc.root.descendants()].flatMap((e) => e.children).find((c) => c.kind === 'text')!;
    const edits: [string, () => unknown][] = [
      ['setAttr', () => el.setAttr('x', '1')],
      ['removeAttr', () => el.removeAttr([...el.attrs.keys()][0]!)],
      ['attrs.clear', () => el.attrs.clear()],
      ['append', () => el.append(new XElement('a:x'))],
      ['remove', () => el.remove()],
      ['setText', () => el.setText('x')],
      ['rename', () => Object.assign(el, { name: 'a:other' })],
      ['text value', () => Object.assign(text, { value: 'changed' })],
      ['root', () => Object.assign(doc, { root: new XElement('x') })],
      ['children.push', () => (doc.root.children as unknown[]).push(new XText('x'))],
    ];
    for (const [what, edit] of edits) expect(edit, what).toThrow(TypeError);
  });

  it('hands the brand engine its own copy, and branding leaves the shared parse unchanged', async () => {
    const bytes = new Uint8Array(readFileSync(TEMPLATE));
    const pkg = OpcPackage.open(bytes);
    const slide = readDeck(pkg).slides[0]!;
    const shared = pkg.readOnlyXml(slide);
    const before = serializeXml(shared);
    const own = pkg.xml(slide);
    expect(own).not.toBe(shared);
    expect(Object.isFrozen(own.root)).toBe(false);
    own.root.setAttr('show', '1');
    expect(shared.root.attr('show')).toBeUndefined();

    const { brand, assets } = sampleBrand();
    const out = await customize(bytes, brand, assets);
    expect(out.pptx.length).toBeGreaterThan(0);
    expect(Buffer.from(serializeXml(sharedXml(pkg.get(slide)!, slide))).equals(Buffer.from(before))).toBe(true);
  });
});
