/**
 * The schema order of src/presentation/shape/schema.ts on every shape of every slide, layout
 * and master of the real decks in ../shared/corpus/real (test/presentation/shape/schema.test.ts
 * checks the templates). Skips with a printed reason when the corpus is absent.
 */
import { describe, expect, it } from 'vitest';
import { HAVE_CORPUS } from '../edit/helpers/corpus.js';
import { checkOrder, realFiles } from '../presentation/shape/helpers.js';

describe.skipIf(!HAVE_CORPUS)('shape schema order on real decks', () => {
  it('holds for every shape of ../shared/corpus/real', () => {
    const { shapes, problems } = checkOrder(realFiles());
    expect(shapes).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
