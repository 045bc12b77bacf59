import { describe, expect, it } from 'vitest';
import type { XElement } from '../../src/xml/element.js';
import { NS } from '../../src/xml/namespaces.js';
import { decodeEntities, parseXml, parseXmlText } from '../../src/xml/parse.js';
import { serializeXml } from '../../src/xml/serialize.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

const THEME_D = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<d:theme xmlns:d="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><d:themeElements><d:clrScheme name="Office"><d:dk1><d:sysClr val="windowText" lastClr="000000"/></d:dk1></d:clrScheme><d:fontScheme name="Office"/></d:themeElements></d:theme>`;

describe('parseXml', () => {
  it('matches elements by namespace URI whatever the prefix', () => {
    const doc = parseXmlText(THEME_D, 'theme1.xml');
    expect(doc.root.is(NS.a, 'theme')).toBe(true);
    const scheme = doc.root.path(NS.a, 'themeElements', 'clrScheme');
    expect(scheme?.attr('name')).toBe('Office');
    // New children use the prefix in scope (d:), not a:.
    const el = scheme!.make(NS.a, 'dk2');
    expect(el.name).toBe('d:dk2');
  });

  it('matches Strict OOXML namespaces as the Transitional ones', () => {
    const doc = parseXmlText('<a:theme xmlns:a="http://purl.oclc.org/ooxml/drawingml/main"/>', 't.xml');
    expect(doc.root.is(NS.a, 'theme')).toBe(true);
  });

  it('round-trips text, entities, whitespace, comments and CDATA', () => {
    const src = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!--c--><r x="0012 &amp; &#169;">  A &amp; B &lt;c&gt; &#x4E2D; <b/> <![CDATA[x<y]]></r>';
    const doc = parseXmlText(src, 'x.xml');
    expect(doc.root.attr('x')).toBe('0012 & ©');
    expect(doc.root.textContent()).toBe('  A & B <c> 中  x<y');
    const out = dec(serializeXml(doc));
    expect(out).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!--c--><r x="0012 &amp; ©">  A &amp; B &lt;c&gt; 中 <b/> <![CDATA[x<y]]></r>');
  });

  it('escapes what editing code inserts', () => {
    const doc = parseXmlText('<r a="1"><t/></r>', 'x.xml');
    const t = doc.root.children[0] as XElement;
    t.setText('A & B <script> "q"');
    doc.root.setAttr('a', 'x"<&\n');
    const out = dec(serializeXml(doc));
    expect(out).toContain('<t>A &amp; B &lt;script&gt; "q"</t>');
    expect(out).toContain('a="x&quot;&lt;&amp;&#10;"');
    // and it parses back to the same values
    const again = parseXmlText(out, 'x.xml');
    expect((again.root.children[0] as XElement).textContent()).toBe('A & B <script> "q"');
    expect(again.root.attr('a')).toBe('x"<&\n');
  });

  it('decodes UTF-16 parts with a byte order mark', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Ø 中"/>';
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const doc = parseXml(le, 'theme1.xml');
    expect(doc.root.attr('name')).toBe('Ø 中');
    // written back as UTF-8 with a matching declaration
    expect(dec(serializeXml(doc))).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
  });

  it.each([
    ['DOCTYPE', '<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>', 'E_XML_DOCTYPE'],
    ['external entity', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', 'E_XML_DOCTYPE'],
    ['undeclared entity', '<r>&nbsp;</r>', 'E_XML_MALFORMED'],
    ['bare ampersand', '<r>A & B</r>', 'E_XML_MALFORMED'],
    ['mismatched tags', '<r><a></r>', 'E_XML_MALFORMED'],
    ['element name starting with a colon', '<r xmlns:a="u"><:x/></r>', 'E_XML_MALFORMED'],
    ['undeclared prefix', '<r><q:x/></r>', 'E_XML_MALFORMED'],
    ['no root', '<!-- nothing -->', 'E_XML_MALFORMED'],
  ])('refuses %s with a clear error naming the part', (_name, text, code) => {
    expect(() => parseXml(enc(text), 'ppt/slides/slide9.xml')).toThrow(expect.objectContaining({ code, message: expect.stringContaining('ppt/slides/slide9.xml') }));
  });

  it('refuses bytes that are not valid UTF-8', () => {
    expect(() => parseXml(new Uint8Array([0x3c, 0x72, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x72, 0x3e]), 'p.xml')).toThrow(
      expect.objectContaining({ code: 'E_XML_ENCODING' }),
    );
  });

  it('refuses parts over the size limit before parsing', () => {
    expect(() => parseXml(enc('<r>' + 'x'.repeat(2000) + '</r>'), 'big.xml', { maxBytes: 1000 })).toThrow(expect.objectContaining({ code: 'E_XML_LIMIT' }));
  });

  it('decodes numeric character references and rejects invalid ones', () => {
    expect(decodeEntities('&#65;&#x42;&amp;', 'x')).toBe('AB&');
    expect(() => decodeEntities('&#xD800;', 'x')).toThrow(expect.objectContaining({ code: 'E_XML_MALFORMED' }));
  });
});

describe('XElement', () => {
  it('inserts children in schema order and keeps unknown children in place', () => {
    const doc = parseXmlText(
      '<a:rPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:solidFill/><a:latin typeface="x"/><a:extLst/></a:rPr>',
      'x.xml',
    );
    const order = ['ln', 'noFill', 'solidFill', 'gradFill', 'effectLst', 'highlight', 'latin', 'ea', 'cs', 'sym', 'hlinkClick', 'hlinkMouseOver', 'rtl', 'extLst'];
    doc.root.insertInOrder(doc.root.make(NS.a, 'ea', { typeface: 'y' }), order);
    doc.root.insertInOrder(doc.root.make(NS.a, 'ln'), order);
    doc.root.insertInOrder(doc.root.make(NS.a, 'hlinkClick'), order);
    expect([...doc.root.elements()].map((e) => e.localName)).toEqual(['ln', 'solidFill', 'latin', 'ea', 'hlinkClick', 'extLst']);
  });

  it('declares a namespace on a new element when it is not in scope', () => {
    const doc = parseXmlText('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', 'ct.xml');
    const el = doc.root.make(NS.a, 'x');
    doc.root.append(el);
    expect(dec(serializeXml(doc))).toContain('<a:x xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>');
    const same = doc.root.make(NS.ct, 'Default');
    expect(same.name).toBe('Default');
  });

  it('reads prefixed attributes by namespace', () => {
    const doc = parseXmlText(
      '<p:pic xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships" rel:embed="rId4"/>',
      'x.xml',
    );
    expect(doc.root.attrNS(NS.r, 'embed')).toBe('rId4');
    doc.root.setAttrNS(NS.r, 'embed', 'rId5');
    expect(doc.root.attr('rel:embed')).toBe('rId5');
  });
});
