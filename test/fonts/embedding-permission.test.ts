/** OS/2 fsType → may the font be embedded (src/fonts/embedding-permission.ts). */
import { describe, expect, it } from 'vitest';
import { embeddingPermission } from '../../src/fonts/embedding-permission.js';

describe('embeddingPermission', () => {
  it.each([
    [0x0000, true, 'installable'],
    [0x0002, false, 'restricted'],
    [0x0004, true, 'preview-print'],
    [0x0008, true, 'editable'],
    [0x0102, false, 'restricted'], // no subsetting does not lift the restriction
    [0x0108, true, 'editable'],
    [0x0208, false, 'bitmap-only'],
    [0x0200, false, 'bitmap-only'],
    [0x0006, true, 'preview-print'], // invalid mix: the least restrictive counts
    [0x0001, true, 'installable'], // reserved bit only
  ])('fsType %i', (fsType, allowed, rule) => {
    expect(embeddingPermission(fsType)).toEqual({ allowed, rule });
  });
});
