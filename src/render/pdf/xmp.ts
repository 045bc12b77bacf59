/**
 * The document's XMP metadata packet (the catalog's /Metadata stream), consistent with the Info
 * dictionary as PDF/A requires: dc:title (the handout's title, `x-default`), dc:creator (the
 * organisation), dc:description (the subject), dc:language, pdf:Keywords, pdf:Producer,
 * xmp:CreatorTool, xmp:CreateDate/ModifyDate/MetadataDate; the PDF/UA identification
 * (pdfuaid:part 1) when the document claims PDF/UA-1; the PDF/A identification (pdfaid:part 2,
 * conformance A) and, since pdfuaid is not one of PDF/A-2's predefined schemas, its extension
 * schema description, when it claims PDF/A-2a.
 */

export interface XmpFields {
  title?: string | undefined;
  author?: string | undefined;
  subject?: string | undefined;
  /** The Info dictionary's /Keywords string, exactly. */
  keywords?: string | undefined;
  language?: string | undefined;
  creatorTool: string;
  producer: string;
  created: Date;
  modified: Date;
  pdfua: boolean;
  pdfa: boolean;
}

export function xmpPacket(f: XmpFields): string {
  const e = escapeXml;
  const date = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${e(v)}</rdf:li></rdf:Alt>`;
  const props: string[] = ['<dc:format>application/pdf</dc:format>'];
  if (f.title) props.push(`<dc:title>${alt(f.title)}</dc:title>`);
  if (f.author) props.push(`<dc:creator><rdf:Seq><rdf:li>${e(f.author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (f.subject) props.push(`<dc:description>${alt(f.subject)}</dc:description>`);
  if (f.language) props.push(`<dc:language><rdf:Bag><rdf:li>${e(f.language)}</rdf:li></rdf:Bag></dc:language>`);
  if (f.keywords) props.push(`<pdf:Keywords>${e(f.keywords)}</pdf:Keywords>`);
  props.push(`<pdf:Producer>${e(f.producer)}</pdf:Producer>`);
  props.push(`<xmp:CreatorTool>${e(f.creatorTool)}</xmp:CreatorTool>`);
  props.push(`<xmp:CreateDate>${date(f.created)}</xmp:CreateDate>`);
  props.push(`<xmp:ModifyDate>${date(f.modified)}</xmp:ModifyDate>`);
  props.push(`<xmp:MetadataDate>${date(f.modified)}</xmp:MetadataDate>`);
  if (f.pdfua) props.push('<pdfuaid:part>1</pdfuaid:part>');
  if (f.pdfa) props.push('<pdfaid:part>2</pdfaid:part>', '<pdfaid:conformance>A</pdfaid:conformance>');
  const ns = [
    'xmlns:dc="http://purl.org/dc/elements/1.1/"',
    'xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    'xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ...(f.pdfua ? ['xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'] : []),
    ...(f.pdfa ? ['xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'] : []),
  ];
  const descriptions = [`<rdf:Description rdf:about="" ${ns.join(' ')}>${props.join('')}</rdf:Description>`];
  if (f.pdfa && f.pdfua) descriptions.push(PDFUA_EXTENSION_SCHEMA);
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    `${descriptions.join('\n')}\n` +
    '</rdf:RDF>\n' +
    '</x:xmpmeta>\n' +
    // Padding lets a later editor update the packet in place (XMP specification, part 1, 7.3.2).
    `${' '.repeat(99)}\n`.repeat(20) +
    '<?xpacket end="w"?>'
  );
}

/** PDF/A-2 accepts properties of other schemas only with their description (ISO 19005-2, 6.6.2.3). */
const PDFUA_EXTENSION_SCHEMA =
  '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">' +
  '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">' +
  '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>' +
  '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>' +
  '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>' +
  '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">' +
  '<pdfaProperty:name>part</pdfaProperty:name>' +
  '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>' +
  '<pdfaProperty:category>internal</pdfaProperty:category>' +
  '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>' +
  '</rdf:li></rdf:Seq></pdfaSchema:property>' +
  '</rdf:li></rdf:Bag></pdfaExtension:schemas>' +
  '</rdf:Description>';

function escapeXml(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped.
  const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
