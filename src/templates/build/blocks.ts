/**
 * Blocks: the pieces a page is composed of. A block knows its width (given when it is made) and
 * its measured height, and places its elements once its top is known. Stacks put blocks top to
 * bottom with gaps; a stack may be a contract `va:stack` group (its members close up when the
 * brand engine removes one), and a block may be optional (`va:when:<field>`).
 */
import type { Grid } from './grid.js';
import type { SceneElement } from './scene.js';

export interface Block {
  /** Height in points. */
  height: number;
  /** The block's elements with its top edge at `y`. */
  place(y: number): SceneElement[];
}

export function block(height: number, place: (y: number) => SceneElement[]): Block {
  return { height, place };
}

/**
 * A member shown only when the page has spare room (`va:when:spare`, contract section 9): hidden
 * in the template and taking no room there (it lies over the member after it, which keeps the
 * template's room, and ends by `bottom` at the latest); the brand engine shows it, set apart from
 * its neighbours by the gap between them, when the brand's content leaves room for it.
 */
export function spare(name: string, b: Block, bottom: number): Block {
  return block(0, (y) => [{ kind: 'group', name: `${name} va:when:spare`, hidden: true, children: b.place(Math.min(y, bottom - b.height)) }]);
}

/**
 * A block with a compact form (`va:compact:<level>`, contract section 9): the block is one group
 * named `name`; the form, a hidden group right after it at the same top (never taller), is what
 * the brand engine puts in its place when the page's content does not fit (level 1 first).
 */
export function compactable(name: string, b: Block, form: Block, level: number): Block {
  if (form.height > b.height + 0.01) throw new Error(`the compact form of ${name} is taller than ${name}`);
  return block(b.height, (y) => [
    { kind: 'group', name, children: b.place(y) },
    { kind: 'group', name: `${name} compact va:compact:${level}`, hidden: true, children: form.place(y) },
  ]);
}

/**
 * A stack member with a compact form that may be taller (the footer with the call to action
 * beside it): the form is hidden and lies over the members before it, bottom on `bottom`, like a
 * spare member (contract section 9); the engine lays the page out again around it.
 */
export function compactMember(b: Block, form: Block, formName: string, level: number, bottom: number): Block {
  return block(b.height, (y) => {
    const el: SceneElement = { kind: 'group', name: `${formName} va:compact:${level}`, hidden: true, children: form.place(bottom - form.height) };
    memberForms.add(el);
    return [...b.place(y), el];
  });
}

/** Compact forms of whole stack members (compactMember): each follows its member in the stack's group. */
const memberForms = new WeakSet<SceneElement>();

/** A block that goes at compaction level `level` (`va:full:<level>`, contract section 9): its compact form is nothing. */
export function full(name: string, b: Block, level: number): Block {
  return { height: b.height, place: (y) => [{ kind: 'group', name: `${name} va:full:${level}`, children: b.place(y) }] };
}

/** True for the compact form of a whole stack member (compactMember), which follows it in the stack's group. */
function isCompactForm(el: SceneElement): boolean {
  return memberForms.has(el);
}

/** Empty room of a fixed height. */
export function spacer(height: number): Block {
  return { height, place: () => [] };
}

export interface StackOptions {
  /** Space between consecutive blocks (one value, or one per gap). */
  gap: number | readonly number[];
  /** Wrap the members in a group of this name (e.g. `va:stack`, so a removed member closes up). */
  group?: string;
  /** Snap every member's top to this grid. */
  grid?: Grid;
  /**
   * Names of the members in the group, in order (with their markers: `Note and links va:bottom`,
   * `Before your visit va:when:room`); a member without one is named `Part <n>`, or keeps its
   * own name when it is one element.
   */
  names?: readonly (string | undefined)[];
}

/**
 * Blocks top to bottom. In a `va:stack`, the space *before* a member is the one that stays when
 * the member is removed (contract section 6), so optional members come last or carry their gap.
 */
export function stack(blocks: readonly (Block | undefined | false)[], options: StackOptions): Block {
  const members = blocks.filter((b): b is Block => !!b);
  // Names follow their members when a member is left out (undefined or false).
  const names = options.names && blocks.map((b, i) => (b ? options.names![i] : null)).filter((n) => n !== null);
  const gapAt = (i: number): number => (typeof options.gap === 'number' ? options.gap : (options.gap[i] ?? options.gap[options.gap.length - 1] ?? 0));
  const layout = (top: number): { tops: number[]; bottom: number } => {
    const tops: number[] = [];
    let y = top;
    members.forEach((b, i) => {
      if (i > 0) y += gapAt(i - 1);
      if (options.grid) y = options.grid.snap(y);
      tops.push(y);
      y += b.height;
    });
    return { tops, bottom: y };
  };
  const probe = layout(0);
  return {
    height: probe.bottom,
    place(y: number): SceneElement[] {
      const { tops } = layout(y);
      const placed = members.map((b, i) => b.place(tops[i]!));
      if (options.group) {
        // Each member is one element of the group (a group of its own when it has several); a
        // compact form of a member (compactMember) follows it as a member of its own.
        const children: SceneElement[] = placed.flatMap((all, i) => {
          const els = all.filter((el) => !isCompactForm(el));
          const forms = all.filter(isCompactForm);
          const name = names?.[i];
          if (els.length === 1 && !name) return [els[0]!, ...forms];
          if (els.length === 1 && els[0]!.kind === 'group') return [{ ...els[0]!, name: name! }, ...forms];
          return [{ kind: 'group', name: name ?? `Part ${i + 1}`, children: els }, ...forms];
        });
        return children.length > 0 ? [{ kind: 'group', name: options.group, children }] : [];
      }
      return placed.flat();
    },
  };
}

/** A block that only makes sense when the brand has `field` (`va:when:<field>`). */
export function when(field: string, b: Block): Block {
  return { height: b.height, place: (y) => [{ kind: 'group', name: `va:when:${field}`, children: b.place(y) }] };
}

/** A block whose elements form one named group (a step, a card …). */
export function named(name: string, b: Block): Block {
  return {
    height: b.height,
    place: (y) => {
      const els = b.place(y);
      return els.length > 0 ? [{ kind: 'group', name, children: els }] : [];
    },
  };
}

/** Blocks side by side, all placed at the same top; the height is the tallest. */
export function row(blocks: readonly Block[], name?: string): Block {
  const height = Math.max(0, ...blocks.map((b) => b.height));
  return {
    height,
    place(y: number): SceneElement[] {
      const els = blocks.flatMap((b) => b.place(y));
      return name && els.length > 0 ? [{ kind: 'group', name, children: els }] : els;
    },
  };
}

/** A block with at least `height` points (extra room at its bottom). */
export function minHeight(b: Block, height: number): Block {
  return { height: Math.max(b.height, height), place: b.place };
}
