/**
 * A deck that names thousands of fonts: at most MAX_FAMILIES_PER_DOCUMENT of them are looked up
 * in the system's fonts (each an fc-match process the first time), the rest are drawn in the
 * default family with one W_FONT_LIMIT warning (fixtures/hostile/fonts-3000-names.pptx: 3,000
 * look-ups and 137 s before).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFontRegistry, limitFamilies, MAX_FAMILIES_PER_DOCUMENT } from '../../src/fonts/index.js';
import type { SystemFontSource } from '../../src/fonts/system.js';
import { displayList } from '../../src/render/render.js';
import type { Warning } from '../../src/warnings.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function countingSource(): SystemFontSource & { lookups: Set<string> } {
  const lookups = new Set<string>();
  return {
    lookups,
    findFamily: (family) => {
      lookups.add(family);
      return null;
    },
    substitute: (family) => {
      lookups.add(family);
      return null;
    },
    forChar: () => [],
  };
}

describe('distinct font families per document', () => {
  it('3,000 unknown fonts in a deck: 64 looked up, one W_FONT_LIMIT warning', () => {
    const system = countingSource();
    const registry = createFontRegistry({ systemFonts: system });
    const warnings: Warning[] = [];
    const list = displayList(readFileSync(path.join(ROOT, 'fixtures', 'hostile', 'fonts-3000-names.pptx')), { registry }, warnings);
    expect(system.lookups.size).toBeLessThanOrEqual(MAX_FAMILIES_PER_DOCUMENT);
    expect(system.lookups.size).toBeGreaterThan(10);
    const missing = warnings.filter((w) => w.code === 'W_FONT_MISSING');
    expect(missing.length).toBeLessThanOrEqual(MAX_FAMILIES_PER_DOCUMENT);
    const limit = warnings.filter((w) => w.code === 'W_FONT_LIMIT');
    expect(new Set(limit.map((w) => w.message))).toEqual(new Set([`the document names more than ${MAX_FAMILIES_PER_DOCUMENT} different fonts; the others were not looked up and are drawn in "Source Sans 3"`]));
    // All the text is still drawn.
    const text = list.pages[0]!.ops.filter((o) => o.kind === 'text').map((o) => (o as { text: string }).text).join('');
    expect(text).toContain('font 2999');
  });

  it('counts per document, whatever the process has cached, so the same deck gives the same result', () => {
    const registry = createFontRegistry({ systemFonts: countingSource() });
    const style = { bold: false, italic: false };
    for (let i = 0; i < 10; i++) registry.resolve(`Family ${i}`, style);
    const doc = limitFamilies(registry, 3);
    expect(doc.resolve('Family 5', style).warnings.map((w) => w.code)).toEqual(['W_FONT_MISSING']);
    doc.resolve('Family 6', style);
    doc.resolve('Family 7', style);
    // The fourth family is not looked up, even though the registry knows it already.
    expect(doc.resolve('Family 8', style).warnings.map((w) => w.code)).toEqual(['W_FONT_LIMIT']);
    // A family seen before the limit keeps resolving normally, in any style.
    expect(doc.resolve('family-5', { bold: true, italic: false }).warnings.map((w) => w.code)).toEqual(['W_FONT_MISSING']);
    expect(doc.resolve('Inter', style).face.family).toBe('Source Sans 3');
  });
});
