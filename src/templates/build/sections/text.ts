/** Text boxes as blocks: measured once, placed at any top. */
import type { TextStyle } from '../../source/design.js';
import { block, type Block } from '../blocks.js';
import type { ComposeContext } from '../context.js';
import type { Paragraph } from '../scene.js';
import { paragraph, run, textBox, type TextBoxSpec } from '../text-block.js';

export type TextBlockSpec = Omit<TextBoxSpec, 'y'>;

export function textBlock(ctx: ComposeContext, spec: TextBlockSpec): Block {
  const measured = textBox(ctx, { ...spec, y: 0 });
  return block(measured.box.h, (y) => [{ ...measured, box: { ...measured.box, y } }]);
}

/** One paragraph of one style. */
export function line(ctx: ComposeContext, text: string, style: TextStyle, align: Paragraph['align'] = 'l'): Paragraph {
  return paragraph({ runs: [run(ctx, text, style)], align });
}

/** A section heading block (`h2` to a reader; its lines are checked for lone words). */
export function heading(ctx: ComposeContext, name: string, x: number, w: number, text: string, style: TextStyle, role: 'h2' | 'h3' = 'h2'): Block {
  return textBlock(ctx, { name, x, w, paragraphs: [line(ctx, text, style)], heading: true, role });
}
