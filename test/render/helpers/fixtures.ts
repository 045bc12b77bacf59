/** Fixture decks and their display lists, for the renderer's tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFontRegistry } from '../../../src/fonts/index.js';
import { displayList } from '../../../src/render/render.js';
import type { DisplayList } from '../../../src/render/display-list.js';
import type { Warning } from '../../../src/warnings.js';
import type { TextOp } from '../../../src/render/ops.js';
import { apply } from '../../../src/render/matrix.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(ROOT, 'fixtures/render', `${name}.pptx`)));
}

/** A registry without system fonts: tests depend on the shipped fonts only. */
export const registry = createFontRegistry({ systemFonts: false });

export function listOf(bytes: Uint8Array): { list: DisplayList; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const list = displayList(bytes, { registry }, warnings);
  return { list, warnings };
}

/** Text operations of a page with their baseline origin on the page. */
export function texts(list: DisplayList, page = 0): (TextOp & { px: number; py: number })[] {
  return list.pages[page]!.ops.filter((o): o is TextOp => o.kind === 'text').map((o) => {
    const p = apply(o.transform, o.x, o.y);
    return { ...o, px: p.x, py: p.y };
  });
}

/** The text operation containing `s` (the first). */
export function textWith(list: DisplayList, s: string, page = 0): TextOp & { px: number; py: number } {
  const t = texts(list, page).find((o) => o.text.includes(s));
  if (!t) throw new Error(`no text op with "${s}"`);
  return t;
}

export const IN = 72;
