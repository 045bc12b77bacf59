/**
 * The parser's fast paths (no element-path strings, a cache of checked names) keep its answers:
 * the same tree for the same text, and malformed names are still refused after valid ones were
 * cached.
 */
import { describe, expect, it } from 'vitest';
import { parseXmlText } from '../../src/xml/parse.js';
import { serializeXml } from '../../src/xml/serialize.js';

const DOC = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<p:sld xmlns:p="urn:p" xmlns:a="urn:a"><p:cSld><a:t xml:space="preserve"> 0012 &amp; x </a:t><a:t b="1"/></p:cSld></p:sld>';

describe('XML parse fast paths', () => {
  it('round-trips the same document identically on repeated parses', () => {
    const first = new TextDecoder().decode(serializeXml(parseXmlText(DOC, 'a.xml')));
    for (let i = 0; i < 3; i++) expect(new TextDecoder().decode(serializeXml(parseXmlText(DOC, 'a.xml')))).toBe(first);
    expect(first).toContain('<a:t xml:space="preserve"> 0012 &amp; x </a:t>');
  });

  it('still refuses bad names after good ones were cached', () => {
    parseXmlText(DOC, 'a.xml');
    expect(() => parseXmlText('<p:sld xmlns:p="urn:p"><p:x p:1bad="v"/></p:sld>', 'b.xml')).toThrow(/not well-formed/);
    expect(() => parseXmlText('<p:sld xmlns:p="urn:p"><q:x/></p:sld>', 'c.xml')).toThrow(/prefix "q"/);
  });
});
