import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { brand, run } from './helpers/brands.js';
import { miniDeck, partText, run as r, shapesOf, textShape } from './helpers/mini-deck.js';

const HL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const rel = (id: string, target: string) => `<Relationship Id="${id}" Type="${HL}" Target="${target}" TargetMode="External"/>`;
const link = (id: string) => `<a:hlinkClick r:id="${id}"/>`;

describe('replaceLinks', () => {
  it('rewrites matching targets (trailing slash, host case) and the text that shows them; keeps ids (before/after)', async () => {
    const shapes = textShape({
      id: 2,
      name: 'Any',
      paras: [r('Visit www.old.example/book', 1200), r('www.old.example/book', 1200, link('rId10')), r('https://WWW.old.example/book/', 1200, link('rId11')), r('Other', 1200, link('rId12'))],
    });
    const deck = await miniDeck({
      slides: [{ shapes, rels: rel('rId10', 'https://www.old.example/book') + rel('rId11', 'https://WWW.OLD.example/book/') + rel('rId12', 'https://www.old.example/books') }],
    });
    const { pptx, warnings } = await run(deck, brand(), {}, { replaceLinks: [{ from: 'https://www.old.example/book/', to: 'https://acme.example/appointments' }] });
    expect(warnings.filter((w) => w.code !== 'W_NOTHING_PLACED')).toEqual([]);
    const rels = partText(pptx, 'ppt/slides/_rels/slide1.xml.rels');
    expect(rels).toContain(rel('rId10', 'https://acme.example/appointments'));
    expect(rels).toContain(rel('rId11', 'https://acme.example/appointments'));
    expect(rels).toContain(rel('rId12', 'https://www.old.example/books'));
    const xml = shapesOf(pptx);
    expect(xml).toContain('<a:t>Visit www.old.example/book</a:t>'); // not a hyperlink: plain text stays
    expect(xml).toContain(`${link('rId10')}</a:rPr><a:t>acme.example/appointments</a:t>`);
    expect(xml).toContain(`${link('rId11')}</a:rPr><a:t>https://acme.example/appointments</a:t>`);
    expect(xml).toContain(`${link('rId12')}</a:rPr><a:t>Other</a:t>`);
  });

  it('works in every part with relationships (here: the slide master)', async () => {
    const pkg = OpcPackage.open(await miniDeck({ slides: [{ shapes: '' }], masterShapes: textShape({ id: 7, name: 'Footer', paras: [r('old.example', 1200, link('rId3'))] }) }));
    pkg.rels('ppt/slideMasters/slideMaster1.xml').add(HL, 'http://old.example', true);
    const { pptx } = await run(await pkg.save(), brand(), {}, { replaceLinks: [{ from: 'http://old.example/', to: 'https://acme.example/' }] });
    expect(partText(pptx, 'ppt/slideMasters/_rels/slideMaster1.xml.rels')).toContain(rel('rId3', 'https://acme.example/'));
    expect(partText(pptx, 'ppt/slideMasters/slideMaster1.xml')).toContain('<a:t>acme.example</a:t>');
  });

  it('does not touch internal relationships and reports an OLD that matches nothing', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '', rels: rel('rId10', 'https://keep.example/') }] });
    const { pptx, warnings } = await run(deck, brand(), {}, { replaceLinks: [{ from: 'https://nothing.example', to: 'https://acme.example' }] });
    expect(partText(pptx, 'ppt/slides/_rels/slide1.xml.rels')).toContain('Target="../slideLayouts/slideLayout1.xml"');
    expect(warnings.map((w) => w.code).filter((c) => c !== 'W_NOTHING_PLACED')).toEqual(['W_LINK_NOT_FOUND']);
  });

  it('refuses a NEW link with a scheme that is not allowed', async () => {
    const deck = await miniDeck({ slides: [{ shapes: '' }] });
    await expect(run(deck, brand(), {}, { replaceLinks: [{ from: 'https://a.example', to: 'javascript:alert(1)' }] })).rejects.toMatchObject({
      code: 'E_USAGE',
    });
    await expect(run(deck, brand(), {}, { replaceLinks: [{ from: ' ', to: 'https://a.example' }] })).rejects.toBeInstanceOf(VaError);
  });
});
