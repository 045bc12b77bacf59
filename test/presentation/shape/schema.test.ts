/**
 * The schema order stated in src/presentation/shape/schema.ts holds on real files: in every
 * slide, layout and master of the templates and of the corpus, each shape element's children
 * come in the order the table gives, its first child is its non-visual element, and that one
 * starts with p:cNvPr and the kind's own p:cNv*Pr. (The corpus half, seconds long, is
 * test/interop/shape-schema-corpus.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { SHAPE_SCHEMA, shapeSchemaOf } from '../../../src/presentation/shape/schema.js';
import { checkOrder, templateFiles } from './helpers.js';

describe('SHAPE_SCHEMA', () => {
  it('names the five shape elements', () => {
    expect(Object.keys(SHAPE_SCHEMA).sort()).toEqual(['cxnSp', 'graphicFrame', 'grpSp', 'pic', 'sp']);
    expect(shapeSchemaOf('toString')).toBeUndefined();
  });

  it('gives the order of every shape of the four template designs', () => {
    const { shapes, problems } = checkOrder(templateFiles('en.letter.pptx'));
    expect(shapes).toBeGreaterThan(4 * 20);
    expect(problems).toEqual([]);
  });
});
