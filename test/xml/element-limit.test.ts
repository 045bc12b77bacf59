/**
 * Elements per XML part (src/xml/parse.ts, MAX_XML_ELEMENTS): counted before parsing, a part over
 * the limit refused with one E_XML_LIMIT line (exit code 2). The fuzzer's parts with p:sp copied
 * 61,490 times or p:pic 50,098 times (seed 2027, cases 161 and 306) took the process past 1 GB.
 */
import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { MAX_XML_ELEMENTS, countElements, parseXml, parseXmlText } from '../../src/xml/parse.js';
import { MAX_XML_DEPTH } from '../../src/xml/read-nodes.js';
import { serializeXml } from '../../src/xml/serialize.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** What `fn` throws (undefined when it returns). */
function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('countElements', () => {
  it('counts start and empty-element tags, not end tags, comments, CDATA or processing instructions', () => {
    expect(countElements('<?xml version="1.0"?><a><b/><c x="1">t</c><!-- <d/> <e> --><![CDATA[<f/><g>]]><?pi <h/>?></a>')).toBe(3);
    expect(countElements('')).toBe(0);
    expect(countElements('no tags')).toBe(0);
  });

  it('stops soon after the given count', () => {
    expect(countElements('<a/>'.repeat(1000), 10)).toBe(11);
  });
});

describe('a part with too many elements', () => {
  it('is refused before parsing, with one line naming the part and the limit', () => {
    // 500,001 empty elements: 3 MB, far under the byte limit of a part.
    const text = `<p:sld xmlns:p="urn:p">${'<p:x/>'.repeat(MAX_XML_ELEMENTS)}</p:sld>`;
    const err = caught(() => parseXml(enc(text), 'ppt/slides/slide1.xml'));
    expect(err).toBeInstanceOf(VaError);
    expect((err as VaError).code).toBe('E_XML_LIMIT');
    expect((err as VaError).exitCode).toBe(2);
    expect((err as VaError).message).toBe('the XML part ppt/slides/slide1.xml has more than 500,000 elements, over the limit per part');
  });

  it('a part at the limit parses (a smaller limit given by the caller)', () => {
    const text = `<r>${'<x/>'.repeat(9)}</r>`;
    expect(parseXmlText(text, 'p.xml', { maxElements: 10 }).elements).toBe(10);
    expect(() => parseXmlText(text, 'p.xml', { maxElements: 9 })).toThrow(/has more than 9 elements/);
  });
});

describe('a part nested too deep', () => {
  // 4,682 nested a:r (the fuzzer, seed 2035 cases 5244 and 6072) overflowed the stack in the
  // serializer and in inspect's walk: a RangeError instead of a VaError.
  const nested = (depth: number) => `<a:p xmlns:a="urn:a">${'<a:r>'.repeat(depth - 1)}${'</a:r>'.repeat(depth - 1)}</a:p>`;

  it('is refused with one E_XML_LIMIT line naming the part', () => {
    const err = caught(() => parseXmlText(nested(4682), 'ppt/slides/slide1.xml'));
    expect(err).toBeInstanceOf(VaError);
    expect((err as VaError).code).toBe('E_XML_LIMIT');
    expect((err as VaError).exitCode).toBe(2);
    expect((err as VaError).message).toBe('the XML part ppt/slides/slide1.xml nests elements more than 1,000 deep, over the limit per part');
  });

  it('a part at the limit parses and writes back', () => {
    const doc = parseXmlText(nested(MAX_XML_DEPTH), 'p.xml');
    expect(new TextDecoder().decode(serializeXml(doc))).toContain('<a:r><a:r>');
    expect(() => parseXmlText(nested(MAX_XML_DEPTH + 1), 'p.xml')).toThrow(/more than 1,000 deep/);
  });
});
