/**
 * Tags for the text of one text body, line by line in reading order (scene/text-body.ts):
 *   - paragraphs: each paragraph with text a P; bulleted and numbered paragraphs list items
 *     (L > LI > Lbl + LBody), deeper levels nested lists inside the item before them;
 *   - whole: every line into one element (a heading, a label, a table cell, a figure);
 *   - artifact: nothing.
 * Hyperlinked runs become Link elements inside their paragraph (one per link, across lines);
 * each run's text goes into a content slot that remembers its language (a:rPr@lang), so that
 * the PDF writer can mark text in another language than the document's.
 */
import type { LinkTarget } from '../ops.js';
import type { SlideContext, TextTagging } from '../scene/context.js';
import type { PlacedLine, PlacedRun } from '../text/layout.js';
import type { Paragraph } from '../text/paragraphs.js';
import { normaliseLang } from './lang.js';
import type { ContentSlot, ContentTag, StructElem } from './types.js';

export interface RunTags {
  /** The run's text operation. */
  text: ContentTag | undefined;
  /** The Link element of a hyperlinked run (its annotation's structure parent). */
  link: StructElem | undefined;
}

export class TextTagger {
  private readonly mode: TextTagging;
  private paragraph = -1;
  /** Where the runs of the current paragraph go; undefined: artifact. */
  private target: StructElem | undefined;
  private label: StructElem | undefined;
  private lists: { level: number; list: StructElem; item: StructElem | undefined }[] = [];
  private link: { target: LinkTarget; elem: StructElem } | undefined;

  constructor(
    private readonly ctx: SlideContext,
    private readonly paragraphs: readonly Paragraph[],
  ) {
    this.mode = ctx.textTags;
  }

  /** Call at the start of every line, in reading order. */
  line(line: PlacedLine): void {
    if (line.paragraph === this.paragraph) return;
    this.paragraph = line.paragraph;
    this.link = undefined;
    this.label = undefined;
    const mode = this.mode;
    if (mode.kind === 'artifact') return;
    if (mode.kind === 'whole') {
      this.target = mode.elem;
      return;
    }
    const para = this.paragraphs[line.paragraph];
    const visible = para?.items.some((i) => i.kind === 'text' && i.text.trim() !== '') ?? false;
    if (!para || !visible) {
      this.target = undefined;
      return;
    }
    const struct = this.ctx.struct;
    const bullet = para.style.bullet.type.kind;
    if (bullet === 'none') {
      this.lists = [];
      this.target = struct.elem('P', mode.container);
      return;
    }
    // A list item: continue the list of its level, or open one (nested in the item above).
    const level = para.style.level;
    const numbering = bullet === 'autonum' ? 'Decimal' : 'Disc';
    while (this.lists.length > 0 && this.lists[this.lists.length - 1]!.level > level) this.lists.pop();
    let top = this.lists[this.lists.length - 1];
    if (!top || top.level < level || top.list.listNumbering !== numbering) {
      if (top && top.level === level) this.lists.pop();
      const outer = this.lists[this.lists.length - 1];
      const parent = outer?.item ? this.body(outer.item) : mode.container;
      top = { level, list: struct.elem('L', parent, { listNumbering: numbering }), item: undefined };
      this.lists.push(top);
    }
    top.item = struct.elem('LI', top.list);
    this.label = struct.elem('Lbl', top.item);
    this.target = this.body(top.item);
  }

  /** The tags of one run of the current line. */
  run(run: PlacedRun): RunTags {
    // Inside a figure (or a decorative group) the shape's own tag covers everything.
    if (this.ctx.tag !== undefined) return { text: this.ctx.tag, link: undefined };
    if (run.bullet) {
      if (!this.label) return { text: undefined, link: undefined };
      return { text: this.add(this.label, run.logical ?? run.text, undefined), link: undefined };
    }
    if (!this.target) return { text: undefined, link: undefined };
    const lang = normaliseLang(run.style.lang);
    // Right-to-left runs are drawn in visual order; the structure reads them in logical order.
    const text = run.logical ?? run.text;
    if (!run.link) {
      this.link = undefined;
      return { text: this.add(this.target, text, lang), link: undefined };
    }
    if (!this.link || !sameTarget(this.link.target, run.link)) {
      this.link = { target: run.link, elem: this.ctx.struct.elem('Link', this.target) };
    }
    return { text: this.add(this.link.elem, text, lang), link: this.link.elem };
  }

  /** The space a line break stands for, after the text of `tag` (see PlacedLine.endSpace). */
  space(tag: ContentTag | undefined): void {
    if (tag && tag !== 'artifact') tag.text += ' ';
  }

  private add(owner: StructElem, text: string, lang: string | undefined): ContentSlot {
    const slot = this.ctx.struct.slot(owner, lang);
    slot.text += text;
    return slot;
  }

  /** The LBody of a list item (made on first use). */
  private body(item: StructElem): StructElem {
    const last = item.kids[item.kids.length - 1];
    return last && last.kind === 'elem' && last.type === 'LBody' ? last : this.ctx.struct.elem('LBody', item);
  }
}

function sameTarget(a: LinkTarget, b: LinkTarget): boolean {
  return a.kind === 'uri' ? b.kind === 'uri' && a.uri === b.uri : b.kind === 'page' && a.page === b.page;
}
