/**
 * What a parsed element costs (src/xml/element.ts, read-nodes.ts). Fuzz seed 2031 case 358, a
 * slide of 408,000 elements (`a:lnTo` copied 204,183 times, under the 500,000-element limit of a
 * part), took a fuzz worker past 1 GB: the tree cost about 455 bytes an element (an attribute Map
 * of ~190 bytes on every element, even without attributes; child lists grown by push, with room
 * for 16 more; a copy of every name and short value) and the slide is parsed by the brand engine,
 * the renderer and the fuzzer's output check. Measured on the heap after garbage collection,
 * with generous margins (the old tree fails the bound by far).
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { NS } from '../../src/xml/namespaces.js';
import { parseXmlText } from '../../src/xml/parse.js';
import { serializeXml } from '../../src/xml/serialize.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const COPIES = 50_000;
/** The freeform of case 358: an `a:lnTo` with one `a:pt` of two attributes, copied. */
const SLIDE = `<p:sld xmlns:a="${NS.a.uris[0]}" xmlns:p="${NS.p.uris[0]}"><p:cSld><p:spTree><p:sp><p:spPr><a:custGeom><a:pathLst><a:path w="1000" h="1000"><a:moveTo><a:pt x="0" y="0"/></a:moveTo>${Array.from({ length: COPIES }, (_, i) => `<a:lnTo><a:pt x="${i % 1000}" y="${(i * 7) % 1000}"/></a:lnTo>`).join('')}<a:close/></a:path></a:pathLst></a:custGeom></p:spPr></p:sp></p:spTree></p:cSld></p:sld>`;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('a parsed element', () => {
  it('costs under 250 bytes on the heap (case 358: 455 before)', () => {
    const before = heapAfterGc();
    const doc = parseXmlText(SLIDE, 'ppt/slides/slide1.xml');
    const after = heapAfterGc();
    const elements = doc.elements!;
    expect(elements).toBe(2 * COPIES + 11);
    const perElement = (after - before) / elements;
    // 187 bytes measured on Node 20 (x64, no pointer compression); the old tree took 455.
    expect(perElement).toBeLessThan(250);
    // The tree is whole: every point read back.
    const path = doc.root.descendants(NS.a, 'path').next().value!;
    expect(path.childrenNamed(NS.a, 'lnTo')).toHaveLength(COPIES);
    expect(path.childrenNamed(NS.a, 'lnTo')[COPIES - 1]!.child(NS.a, 'pt')!.attr('y')).toBe(String(((COPIES - 1) * 7) % 1000));
  });

  it('keeps no attribute Map, and no kind field, until code asks for attrs', () => {
    const doc = parseXmlText('<a:r xmlns:a="urn:a"><a:rPr lang="en-US" b="1"/><a:t>x</a:t></a:r>', 'x.xml');
    const rPr = doc.root.children[0]!;
    const t = doc.root.children[1]!;
    if (rPr.kind !== 'element' || t.kind !== 'element') throw new Error('elements expected');
    expect(Object.keys(rPr)).not.toContain('kind');
    expect(Object.keys(t.children[0]!)).not.toContain('kind');
    expect(t.attrList()).toEqual([]);
    expect(t.hasAttrs()).toBe(false);
    expect(rPr.attrList()).toEqual(['lang', 'en-US', 'b', '1']);
    // The Map view, and edits through it, still work and are what is written.
    rPr.attrs.set('i', '1');
    rPr.attrs.delete('b');
    t.setAttr('xml:space', 'preserve');
    expect(rPr.attrList()).toEqual(['lang', 'en-US', 'i', '1']);
    expect(new TextDecoder().decode(serializeXml(doc))).toContain('<a:rPr lang="en-US" i="1"/><a:t xml:space="preserve">x</a:t>');
  });

  it('reads and edits an element with many attributes (kept in a Map past 32)', () => {
    const attrs = Array.from({ length: 40 }, (_, i) => `a${i}="${i}"`).join(' ');
    const doc = parseXmlText(`<r ${attrs}/>`, 'x.xml');
    expect(doc.root.attr('a39')).toBe('39');
    expect(doc.root.attrList()).toHaveLength(80);
    doc.root.setAttr('a0', 'zero').removeAttr('a1');
    expect(doc.root.attr('a0')).toBe('zero');
    expect(doc.root.attr('a1')).toBeUndefined();
    expect(() => parseXmlText(`<r ${attrs} a35="again"/>`, 'y.xml')).toThrow(/attribute a35 is repeated/);
  });
});
