/**
 * The fuzzer's output check (scripts/fuzz/check.ts): an output part is malformed where the
 * input's was not. Only changed parts are parsed (seed 2031 case 358: the check parsed the
 * 408,000-element slide of the input and of the output after the library had).
 */
import { describe, expect, it } from 'vitest';
import { worseParts } from '../../scripts/fuzz/check.js';

const enc = (s: string) => new TextEncoder().encode(s);
const GOOD = enc('<a xmlns="urn:a"><b/></a>');
const BAD = enc('<a xmlns="urn:a"><b></a>');

describe('worseParts', () => {
  it('names an output part that is malformed where the input part was well-formed, or new', () => {
    const input = new Map([['ppt/slides/slide1.xml', GOOD]]);
    const out = new Map([
      ['ppt/slides/slide1.xml', BAD],
      ['ppt/slides/slide2.xml', BAD],
      ['ppt/media/image1.png', BAD],
    ]);
    expect(worseParts(out, input)).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);
    expect(worseParts(out, undefined)).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);
  });

  it('does not name a part that was malformed in the input already, changed or not', () => {
    const input = new Map([
      ['ppt/slides/slide1.xml', BAD],
      ['ppt/slides/slide2.xml', BAD],
    ]);
    const out = new Map([
      ['ppt/slides/slide1.xml', BAD],
      ['ppt/slides/slide2.xml', enc('<a xmlns="urn:a"><c></a>')],
    ]);
    expect(worseParts(out, input)).toEqual([]);
  });
});
