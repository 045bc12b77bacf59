import { describe, expect, it } from 'vitest';
import { brand, run } from './helpers/brands.js';
import { miniDeck, partNames, partText } from './helpers/mini-deck.js';

describe('document properties', () => {
  it('sets the organisation as the author (dc:creator) and Company in existing parts, and keeps the title (before/after)', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }], docProps: true });
    expect(partText(deck, 'docProps/core.xml')).toContain('<dc:title>Old title</dc:title>');
    const { pptx } = await run(deck, brand({ organization: 'Brødrene & Co <ApS>' }));
    expect(partText(pptx, 'docProps/core.xml')).toContain('<dc:title>Old title</dc:title><dc:creator>Brødrene &amp; Co &lt;ApS&gt;</dc:creator>');
    expect(partText(pptx, 'docProps/app.xml')).toContain('<Application>Microsoft Office PowerPoint</Application><Company>Brødrene &amp; Co &lt;ApS&gt;</Company>');
  });

  it('creates both parts, their package relationships and content types when a deck has none (Google Slides)', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    expect(partNames(deck).filter((n) => n.startsWith('docProps/'))).toEqual([]);
    const { pptx } = await run(deck, brand({ organization: '北京诊所' }));
    expect(partText(pptx, 'docProps/core.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>北京诊所</dc:creator></cp:coreProperties>',
    );
    expect(partText(pptx, 'docProps/app.xml')).toContain('<Company>北京诊所</Company>');
    const rels = partText(pptx, '_rels/.rels');
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"');
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"');
    const types = partText(pptx, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>');
    expect(types).toContain('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>');
  });
});
