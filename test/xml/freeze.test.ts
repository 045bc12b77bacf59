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
import { cNvPrOf } from '../../src/presentation/shape/non-visual.js';
import { xfrmOf } from '../../src/presentation/shape/xfrm.js';
import { XElement, XText } from '../../src/xml/element.js';
import { clearSharedXml, cloneDocument, sharedXml } from '../../src/xml/content-cache.js';
import { NS } from '../../src/xml/namespaces.js';
import type { ReadonlyXDocument } from '../../src/xml/readonly.js';
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
    // Each edit is a compile error (the `@ts-expect-error` lines: `npm run typecheck` fails if
    // one of them compiles) and, at run time in tests, a TypeError (the deep freeze).
    const edits: [string, () => unknown][] = [
      // @ts-expect-error a shared element has no setAttr
      ['setAttr', () => el.setAttr('x', '1')],
      // @ts-expect-error nor removeAttr
      ['removeAttr', () => el.removeAttr([...el.attrs.keys()][0]!)],
      // @ts-expect-error its attribute map is a ReadonlyMap
      ['attrs.set', () => el.attrs.set('x', '1')],
      // @ts-expect-error its attribute map is a ReadonlyMap
      ['attrs.clear', () => el.attrs.clear()],
      // @ts-expect-error a shared element has no append
      ['append', () => el.append(new XElement('a:x'))],
      // @ts-expect-error nor remove
      ['remove', () => el.remove()],
      // @ts-expect-error nor setText
      ['setText', () => el.setText('x')],
      // @ts-expect-error its name is readonly
      ['rename', () => (el.name = 'a:other')],
      // @ts-expect-error the value of a shared text node is readonly
      ['text value', () => (text.value = 'changed')],
      // @ts-expect-error the document's root is readonly
      ['root', () => (doc.root = new XElement('x'))],
      // @ts-expect-error its child list is a readonly array
      ['children.push', () => doc.root.children.push(new XText('x'))],
      // @ts-expect-error its child list is a readonly array
      ['children.splice', () => doc.root.children.splice(0, 1)],
      // Past the type checker (Object.assign does not check readonly): the freeze still throws.
      ['Object.assign', () => Object.assign(el, { name: 'a:other' })],
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

  it('makes editing a shared tree a compile error, and a copy the way to one that can be edited (checked by npm run typecheck)', () => {
    const pkg = OpcPackage.open(readFileSync(TEMPLATE));
    const slide = readDeck(pkg).slides[0]!;
    const shared: ReadonlyXDocument = pkg.readOnlyXml(slide);
    const sp = [...shared.root.descendants(NS.p, 'sp')][0]!;
    // The typed accessors of src/presentation/ give read-only elements of a shared shape...
    // @ts-expect-error p:cNvPr of a shared shape cannot be edited
    expect(() => cNvPrOf(sp)!.setAttr('descr', 'x')).toThrow(TypeError);
    // @ts-expect-error nor its transform
    expect(() => xfrmOf(sp)!.child(NS.a, 'off')!.setAttr('x', '0')).toThrow(TypeError);
    // @ts-expect-error a read-only element is not an XElement
    const asMutable: XElement = sp;
    // @ts-expect-error a read-only text node is not an XText (it could then be edited)
    const asText: XText = [...shared.root.descendants()].flatMap((e) => e.children).find((c) => c.kind === 'text')!;
    expect([asMutable, asText].every((x) => Object.isFrozen(x))).toBe(true);

    // ...and mutable ones of a tree the caller owns: a copy of the shared document, or the
    // package's own parse (OpcPackage.xml(), which copies shared parts).
    const copy = cloneDocument(shared);
    const own = [...copy.root.descendants(NS.p, 'sp')][0]!;
    cNvPrOf(own)!.setAttr('descr', 'copy');
    xfrmOf(own)!.child(NS.a, 'off')!.setAttr('x', '0');
    pkg.xml(slide).root.setAttr('show', '0');
    expect(cNvPrOf(own)!.attr('descr')).toBe('copy');
    expect(cNvPrOf(sp)!.attr('descr')).not.toBe('copy');
    expect(pkg.readOnlyXml(slide).root.attr('show')).toBeUndefined();
  });
});
