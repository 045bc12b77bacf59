/**
 * p:cNvPr and p:ph through src/presentation/shape/non-visual.ts, on real files: the templates
 * (every shape has one p:cNvPr, ids unique on the slide, one shown title placeholder, nothing
 * hidden but the va:when:spare member and the va:compact:<n> forms) and decks of
 * ../shared/corpus/real written by PowerPoint (names, alt text, placeholders with and without
 * idx, a picture, a graphic frame, a connector). The corpus cases skip with a printed reason
 * when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../../src/package/opc-package.js';
import { readDeck } from '../../../src/presentation/deck.js';
import { altText, cNvPrOf, nonVisual, nvPrOf, placeholderOf, shapeNameOf } from '../../../src/presentation/shape/non-visual.js';
import { shapeSchemaOf } from '../../../src/presentation/shape/schema.js';
import { NS } from '../../../src/xml/namespaces.js';
import { corpusPath, HAVE_CORPUS } from '../../edit/helpers/corpus.js';
import { shapeNamed, slideRoot, templateFiles } from './helpers.js';

const real = (file: string) => corpusPath('real', file);

describe('non-visual properties on the templates', () => {
  for (const file of templateFiles('en.letter.pptx')) {
    it(`${file.split('/').slice(-2).join('/')}: one p:cNvPr per shape, unique ids, the title placeholder`, () => {
      const root = slideRoot(file);
      const ids = new Set<string>();
      let shapes = 0;
      let titles = 0;
      let compactTitles = 0;
      const inCompact = new Set<unknown>();
      for (const el of root.path(NS.p, 'cSld', 'spTree')!.descendants()) {
        const schema = shapeSchemaOf(el.localName);
        if (!schema) continue;
        shapes++;
        const nv = nonVisual(el);
        expect(nvPrOf(el)?.localName).toBe(schema.nv);
        expect(nv.cNvPr).toBe(nvPrOf(el)!.child(NS.p, 'cNvPr'));
        expect(nv.cNvPr).toBe(cNvPrOf(el));
        expect(nv.name).toBe(nv.cNvPr!.attr('name'));
        expect(shapeNameOf(el)).toBe(nv.name);
        // Only a va:when:spare member (the engine shows it when there is room) and the compact
        // forms (va:compact:<n>: the engine swaps one in for the shape before it when the note
        // needs the room, and removes the others) are hidden in a template.
        const compact = /(^|\s)va:compact:\d+(\s|$)/i.test(nv.name ?? '');
        expect(nv.hidden, nv.name).toBe(compact || /(^|\s)va:when:spare(\s|$)/i.test(nv.name ?? ''));
        const hiddenForm = compact || inCompact.has(el.parent);
        if (hiddenForm) inCompact.add(el);
        expect(ids.has(nv.id!), `id ${nv.id} twice`).toBe(false);
        ids.add(nv.id!);
        if (placeholderOf(el)?.type === 'title') {
          if (hiddenForm) compactTitles++;
          else titles++;
        }
      }
      expect(shapes).toBeGreaterThan(20);
      // One title shown; a compact header may carry its own (the one left once it is swapped in).
      expect(titles).toBe(1);
      expect(compactTitles).toBeLessThanOrEqual(1);
    });
  }
});

describe('hidden shapes (p:cNvPr@hidden)', () => {
  it('reads "1" and "true" as hidden, anything else as shown', () => {
    const pkg = OpcPackage.open(readFileSync(templateFiles('en.letter.pptx')[0]!));
    const root = pkg.xml(readDeck(pkg).slides[0]!).root;
    const shape = [...root.path(NS.p, 'cSld', 'spTree')!.elements()].find((e) => shapeSchemaOf(e.localName))!;
    const cNvPr = cNvPrOf(shape)!;
    for (const [value, hidden] of [['1', true], ['true', true], ['0', false], ['false', false], ['yes', false]] as const) {
      cNvPr.setAttr('hidden', value);
      expect(nonVisual(shape).hidden, value).toBe(hidden);
    }
  });
});

describe.skipIf(!HAVE_CORPUS)('non-visual properties on real PowerPoint decks', () => {
  it('placeholders: type, idx, and "obj" when p:ph has no type', () => {
    const root = slideRoot(real('automizer__SlidesWithAdditionalMaster.pptx'));
    expect(placeholderOf(shapeNamed(root, 'Titel 1'))).toEqual({ type: 'ctrTitle', idx: undefined });
    expect(placeholderOf(shapeNamed(root, 'Untertitel 2'))).toEqual({ type: 'subTitle', idx: '1' });
    expect(placeholderOf(shapeNamed(root, 'Foliennummernplatzhalter 5'))).toEqual({ type: 'sldNum', idx: '12' });
    const chinese = slideRoot(real('poi__bug64693-chinese-multi-master.pptx'));
    expect(placeholderOf(shapeNamed(chinese, 'Subtitle 1'))).toEqual({ type: 'subTitle', idx: '1' });
    expect(placeholderOf(chinese.path(NS.p, 'cSld', 'spTree')!.childrenNamed(NS.p, 'sp').find((s) => nonVisual(s).id === '3')!)).toEqual({ type: 'obj', idx: '12' });
    expect(placeholderOf(shapeNamed(chinese, '对象 3'))).toBeUndefined();
  });

  it('a picture with alt text (p:nvPicPr/p:cNvPr@descr)', () => {
    const pic = shapeNamed(slideRoot(real('poi__PPTWithAttachments.pptm')), 'Picture 4');
    expect(pic.localName).toBe('pic');
    const nv = nonVisual(pic);
    expect(nv.id).toBe('2052');
    expect(nv.descr?.startsWith('Суҳбатда, восемнадцать, zeal')).toBe(true);
    expect(altText(nv.cNvPr)).toBe(nv.descr!.trim());
  });

  it('a graphic frame and a connector', () => {
    const root = slideRoot(real('poi__shapes-links-tables.pptx'));
    const table = shapeNamed(root, 'Table 2');
    expect([table.localName, nvPrOf(table)?.localName, nonVisual(table).id]).toEqual(['graphicFrame', 'nvGraphicFramePr', '3']);
    const connector = shapeNamed(root, 'Straight Connector 5');
    expect([connector.localName, nvPrOf(connector)?.localName, nonVisual(connector).id]).toEqual(['cxnSp', 'nvCxnSpPr', '6']);
    expect(altText(cNvPrOf(connector))).toBeUndefined();
  });
});
