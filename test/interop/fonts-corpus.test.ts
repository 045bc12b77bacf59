/**
 * The font names and text of real decks (../shared/corpus, private, never copied into the
 * project): every name resolves to a face without throwing, and every character of the languages
 * we claim is covered by some shipped face.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFontRegistry, W_FONT_MISSING } from '../../src/fonts/index.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { NS } from '../../src/xml/namespaces.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/real');
const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.log(`[skip] font corpus test: ${CORPUS} is absent (the private corpus is not part of the project)`);

interface DeckFonts {
  families: Set<string>;
  text: string;
}

function readCorpus(): DeckFonts {
  const families = new Set<string>();
  let text = '';
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.pptx')).sort()) {
    let pkg: OpcPackage;
    try {
      pkg = OpcPackage.open(new Uint8Array(readFileSync(path.join(CORPUS, file))), { what: file });
    } catch {
      continue; // a deck our package layer refuses is not this test's business
    }
    for (const part of pkg.partNames().filter((p) => /^ppt\/(theme\/theme|slides\/slide|slideMasters\/slideMaster)\d+\.xml$/.test(p))) {
      const doc = pkg.xml(part);
      for (const local of ['latin', 'ea', 'cs', 'sym', 'font']) {
        for (const el of doc.root.descendants(NS.a, local)) {
          const typeface = el.attr('typeface');
          if (typeface !== undefined) families.add(typeface);
        }
      }
      for (const t of doc.root.descendants(NS.a, 't')) text += t.textContent();
    }
  }
  return { families, text };
}

describe.skipIf(!HAVE_CORPUS)('fonts of real decks', () => {
  const corpus = HAVE_CORPUS ? readCorpus() : { families: new Set<string>(), text: '' };
  const regular = { bold: false, italic: false };

  it('resolves every family name to a face, with one-line warnings naming what was asked', () => {
    expect(corpus.families.size).toBeGreaterThan(50);
    const fonts = createFontRegistry({ systemFonts: false });
    for (const family of corpus.families) {
      for (const style of [regular, { bold: true, italic: true }]) {
        const { face, warnings } = fonts.resolve(family, style);
        expect(face.measure('Hello', 12), family).toBeGreaterThan(0);
        for (const w of warnings) {
          expect(w.message).not.toMatch(/\n/);
          if (w.code === W_FONT_MISSING && family.trim() && !family.startsWith('+')) expect(w.message).toContain(`"${family.trim()}"`);
        }
      }
    }
  });

  it('covers every Latin, Greek, Cyrillic and Chinese character of their text with a shipped face', () => {
    expect(corpus.text.length).toBeGreaterThan(1000);
    const fonts = createFontRegistry({ systemFonts: false });
    const preferred = fonts.resolve('Source Sans 3', regular).face;
    const claimed = (cp: number) => (cp >= 0x20 && cp <= 0x24f) || (cp >= 0x370 && cp <= 0x4ff) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x3000 && cp <= 0x303f);
    const uncovered = new Set<string>();
    for (const ch of new Set(corpus.text)) {
      const cp = ch.codePointAt(0)!;
      if (!claimed(cp) || cp === 0x7f) continue;
      if (!fonts.faceForChar(cp, preferred, regular)) uncovered.add(`U+${cp.toString(16)}`);
    }
    expect([...uncovered]).toEqual([]);
  });
});
