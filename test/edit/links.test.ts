import { describe, expect, it } from 'vitest';
import { brand, run } from './helpers/brands.js';
import { miniDeck, partText, run as r, shapesOf, textShape } from './helpers/mini-deck.js';

const HL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const link = (id: string, extra = '') => `<a:hlinkClick r:id="${id}"${extra}/>`;
const rel = (id: string, target: string) => `<Relationship Id="${id}" Type="${HL}" Target="${target}" TargetMode="External"/>`;
const rels = (pptx: Uint8Array) => partText(pptx, 'ppt/slides/_rels/slide1.xml.rels');

describe('va:link:<role> shapes', () => {
  it('rewrites run and shape hyperlinks and the visible URL; keeps the label (before/after)', async () => {
    const shape = textShape({
      id: 2,
      name: 'va:link:booking',
      hlink: link('rId10'),
      paras: [r('Book online: ') + r('www.old', 1200, link('rId11')) + r('-site.com/book', 1200, link('rId11'))],
    });
    const deck = await miniDeck({ slides: [{ shapes: shape, rels: rel('rId10', 'https://old-site.com/') + rel('rId11', 'https://www.old-site.com/book') }] });
    const { pptx, warnings } = await run(deck, brand({ links: { booking: 'https://book.example.org/acme/' } }));
    expect(warnings).toEqual([]);
    expect(shapesOf(pptx)).toContain(
      '<p:cNvPr id="2" name="va:link:booking"><a:hlinkClick r:id="rId10"/></p:cNvPr>',
    );
    expect(shapesOf(pptx)).toContain(
      '<a:p><a:r><a:rPr lang="en-US" sz="1200"/><a:t>Book online: </a:t></a:r><a:r><a:rPr lang="en-US" sz="1200"><a:hlinkClick r:id="rId10"/></a:rPr><a:t>book.example.org/acme</a:t></a:r></a:p>',
    );
    // rId10 and rId11 both pointed only into this shape: one relationship with the new target remains.
    expect(rels(pptx)).toContain(rel('rId10', 'https://book.example.org/acme/'));
    expect(rels(pptx)).not.toContain('rId11');
  });

  it('replaces only the link inside hyperlinked text with words around it ("Book now: old.example/book")', async () => {
    const shape = textShape({ id: 2, name: 'va:link:booking', paras: [r('Book now: old.example/book.', 1200, link('rId10'))] });
    const deck = await miniDeck({ slides: [{ shapes: shape, rels: rel('rId10', 'https://old.example/book') }] });
    const { pptx, warnings } = await run(deck, brand({ links: { booking: 'https://new.example/b' } }));
    expect(warnings).toEqual([]);
    expect(shapesOf(pptx)).toContain('<a:t>Book now: new.example/b.</a:t>');
    expect(shapesOf(pptx)).not.toContain('old.example');
    expect(rels(pptx)).toContain(rel('rId10', 'https://new.example/b'));
  });

  it('finds with --replace-link the link that the deck has (what inspect lists), before the va:link shape takes the brand link', async () => {
    const shapes =
      textShape({ id: 2, name: 'va:link:booking', paras: [r('Book now: old.example/book', 1200, link('rId10'))] }) +
      textShape({ id: 3, name: 'Footer', paras: [r('Booking: old.example/book', 1200, link('rId11'))] });
    const deck = await miniDeck({ slides: [{ shapes, rels: rel('rId10', 'https://old.example/book') + rel('rId11', 'https://old.example/book') }] });
    const { pptx, warnings } = await run(deck, brand({ links: { booking: 'https://new.example/b' } }), {}, { replaceLinks: [{ from: 'https://old.example/book', to: 'https://other.example/x' }] });
    expect(warnings.map((w) => w.code)).not.toContain('W_LINK_NOT_FOUND');
    const xml = shapesOf(pptx);
    // The footer (not a va:link shape) takes the replacement, text included; the va:link shape the brand's link.
    expect(xml).toMatch(/name="Footer".*?<a:t>Booking: other\.example\/x<\/a:t>/);
    expect(xml).toMatch(/name="va:link:booking".*?<a:t>Book now: new\.example\/b<\/a:t>/);
    expect(rels(pptx)).not.toContain('old.example');
  });

  it('keeps a hyperlinked label ("Book here") and only changes its target', async () => {
    const shape = textShape({ id: 2, name: 'va:link:billing', paras: [r('Pay here', 1200, link('rId10'))] });
    const deck = await miniDeck({ slides: [{ shapes: shape, rels: rel('rId10', 'https://old.example/pay') }] });
    const { pptx } = await run(deck, brand({ links: { billing: 'mailto:billing@acme.example' } }));
    expect(shapesOf(pptx)).toContain('<a:t>Pay here</a:t>');
    expect(rels(pptx)).toContain(rel('rId10', 'mailto:billing@acme.example'));
  });

  it('gives a relationship of its own when the old one is shared with a shape outside the link shape', async () => {
    const shapes =
      textShape({ id: 2, name: 'va:link:homepage', paras: [r('old.example', 1200, link('rId10'))] }) +
      textShape({ id: 3, name: 'Other', paras: [r('old.example', 1200, link('rId10'))] });
    const deck = await miniDeck({ slides: [{ shapes, rels: rel('rId10', 'https://old.example/') }] });
    const { pptx } = await run(deck, brand({ links: { homepage: 'https://acme.example/' } }));
    const out = rels(pptx);
    expect(out).toContain(rel('rId10', 'https://old.example/'));
    expect(out).toContain(rel('rId11', 'https://acme.example/'));
    const xml = shapesOf(pptx);
    expect(xml).toMatch(/name="va:link:homepage".*?<a:hlinkClick r:id="rId11"\/>.*?<a:t>acme\.example<\/a:t>/);
    expect(xml).toMatch(/name="Other".*?<a:hlinkClick r:id="rId10"\/>.*?<a:t>old\.example<\/a:t>/);
  });

  it('never touches slide jumps (ppaction://) or empty r:id="" elsewhere', async () => {
    const shapes =
      textShape({ id: 2, name: 'va:link:booking', paras: [r('Next slide', 1200, '<a:hlinkClick r:id="rId12" action="ppaction://hlinksldjump"/>') + r('x.example', 1200, link('rId10'))] }) +
      textShape({ id: 3, name: 'Empty', paras: [r('nothing', 1200, '<a:hlinkClick r:id="" action="ppaction://hlinkshowjump?jump=nextslide"/>')] });
    const deck = await miniDeck({
      slides: [{ shapes, rels: rel('rId10', 'https://x.example/') + '<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slide1.xml"/>' }],
    });
    const { pptx } = await run(deck, brand({ links: { booking: 'https://acme.example/book' } }));
    const xml = shapesOf(pptx);
    expect(xml).toContain('<a:hlinkClick r:id="rId12" action="ppaction://hlinksldjump"/>');
    expect(xml).toContain('<a:hlinkClick r:id="" action="ppaction://hlinkshowjump?jump=nextslide"/>');
    expect(rels(pptx)).toContain('Id="rId12"');
  });

  it('links a run that shows the role token but had no hyperlink', async () => {
    const shape = textShape({ id: 2, name: 'va:link:booking', paras: [r('Book: ') + r('{{bookingLink}}')] });
    const deck = await miniDeck({ slides: [{ shapes: shape }] });
    const { pptx } = await run(deck, brand({ links: { booking: 'https://acme.example/book' } }));
    expect(shapesOf(pptx)).toContain('<a:r><a:rPr lang="en-US" sz="1200"><a:hlinkClick r:id="rId2"/></a:rPr><a:t>acme.example/book</a:t></a:r>');
    expect(rels(pptx)).toContain(rel('rId2', 'https://acme.example/book'));
  });

  it('removes the shape of a link the brand leaves out, and its now unused relationship', async () => {
    const shape = textShape({ id: 2, name: 'va:link:billing', paras: [r('Billing: '), r('old.example/pay', 1200, link('rId10'))] });
    const deck = await miniDeck({ slides: [{ shapes: shape, rels: rel('rId10', 'https://old.example/pay') }] });
    const { pptx } = await run(deck, brand());
    expect(shapesOf(pptx)).not.toContain('va:link:billing');
    expect(rels(pptx)).not.toContain('rId10');
  });

  it('reports an unknown role and leaves the shape', async () => {
    const deck = await miniDeck({ slides: [{ shapes: textShape({ id: 2, name: 'va:link:fax', paras: [r('x')] }) }] });
    const { pptx, warnings } = await run(deck, brand());
    expect(shapesOf(pptx)).toContain('va:link:fax');
    expect(warnings.map((w) => w.code)).toEqual(['W_LINK_ROLE_UNKNOWN']);
  });
});
