/**
 * Drawing one element of the shape tree under its role (shape-role.ts): the structure element
 * it becomes, where its members and text go, and what its operations are tagged with.
 *   - artifact: nothing is tagged (the operations stay untagged);
 *   - group: members are read one by one where the group is;
 *   - list: an L whose members are items; a member that is not marked `[li]` (a group, a text
 *     shape) becomes an item of its own; decorative members stay artifacts;
 *   - item: an LI; its `[lbl]` member is the label (Lbl), everything else goes into its LBody;
 *   - heading, label: one element holding the shape's whole text;
 *   - figure: one element, with /Alt, holding every operation of the shape or group;
 *   - text: paragraphs; table: a Table (table.ts makes its rows and cells).
 * A shape's own hyperlink (p:cNvPr/a:hlinkClick) becomes a Link element: around a figure, or
 * inside the element that holds the shape's text.
 */
import type { SlideContext, TextTagging } from '../scene/context.js';
import type { ContentTag, StructElem } from './types.js';
import type { ShapeRole } from './shape-role.js';

export interface RoleOutcome {
  /** Where a shape-level link's Link element goes, and how it is made. */
  linkHost: StructElem | undefined;
  /** The figure, when the element is one (a shape link wraps it). */
  figure: StructElem | undefined;
}

/** Draws with `draw` under `role`: sets the container, the default tag and the text tagging. */
export function drawWithRole(role: ShapeRole, name: string, ctx: SlideContext, draw: () => void): RoleOutcome {
  const saved = { tag: ctx.tag, textTags: ctx.textTags };
  const outcome: RoleOutcome = { linkHost: undefined, figure: undefined };
  const run = (container: StructElem | undefined, tag: ContentTag | undefined, textTags: TextTagging, body: () => void = draw): void => {
    ctx.tag = tag;
    ctx.textTags = textTags;
    const mark = ctx.ops.length;
    try {
      if (container) ctx.struct.within(container, body);
      else body();
      // What was drawn without a tag of its own is the figure's (or an artifact's).
      if (tag !== undefined) for (let i = mark; i < ctx.ops.length; i++) ctx.ops[i]!.tag ??= tag;
    } finally {
      ctx.tag = saved.tag;
      ctx.textTags = saved.textTags;
    }
  };
  // Inside a figure everything is the figure's; inside a decorative group nothing is read.
  if (ctx.tag !== undefined) {
    draw();
    return outcome;
  }
  if (role.kind === 'artifact' || (role.kind === 'item' && ctx.struct.container.type !== 'L')) {
    if (role.kind === 'artifact') run(undefined, 'artifact', { kind: 'artifact' });
    else run(undefined, undefined, { kind: 'artifact' });
    return outcome;
  }
  const parent = placeIn(role, ctx);
  switch (role.kind) {
    case 'group':
      run(parent, undefined, { kind: 'artifact' });
      outcome.linkHost = parent;
      break;
    case 'list': {
      const list = ctx.struct.elem('L', parent, { listNumbering: role.numbering, source: name });
      run(list, undefined, { kind: 'artifact' });
      outcome.linkHost = list;
      break;
    }
    case 'item': {
      const item = ctx.struct.elem('LI', parent, { source: name });
      run(item, undefined, { kind: 'artifact' });
      outcome.linkHost = item;
      break;
    }
    case 'label':
    case 'heading': {
      const type = role.kind === 'label' ? (parent.type === 'LI' ? 'Lbl' : 'P') : (`H${role.level}` as const);
      const el = ctx.struct.elem(type, parent, { source: name });
      run(undefined, undefined, { kind: 'whole', elem: el });
      outcome.linkHost = el;
      break;
    }
    case 'figure': {
      const fig = ctx.struct.elem('Figure', parent, { source: name, ...(role.alt ? { alt: role.alt } : {}) });
      const slot = ctx.struct.slot(fig);
      run(undefined, slot, { kind: 'whole', elem: fig });
      outcome.figure = fig;
      break;
    }
    case 'text':
      run(undefined, undefined, { kind: 'paragraphs', container: parent });
      outcome.linkHost = parent;
      break;
    case 'table': {
      const table = ctx.struct.elem('Table', parent, { source: name });
      run(table, undefined, { kind: 'artifact' });
      outcome.linkHost = table;
      break;
    }
  }
  return outcome;
}

/**
 * The element the new one goes into: the container, except in a list (a member that is not an
 * item gets an LI of its own) and in a list item (what is not its label goes into its LBody).
 */
function placeIn(role: ShapeRole, ctx: SlideContext): StructElem {
  let parent = ctx.struct.container;
  if (parent.type === 'L' && role.kind !== 'item' && role.kind !== 'list') parent = ctx.struct.elem('LI', parent);
  if (parent.type === 'LI' && role.kind !== 'label') {
    const last = parent.kids[parent.kids.length - 1];
    parent = last && last.kind === 'elem' && last.type === 'LBody' ? last : ctx.struct.elem('LBody', parent);
  }
  return parent;
}
