/**
 * "How it works": the five steps as a horizontal timeline. Each step is an icon on a white disc
 * with an `accent1` ring, a numbered badge, a title and a short text; thin `accent1` connectors
 * join the discs. Titles and texts of all steps get the same height, so the row is even.
 * For readers: the heading is an `h2`, the steps one numbered list (`ol`) whose items (`li`)
 * are labelled by their badge (`lbl`); discs, icons and connectors are decorative.
 */
import { COLORS, SIZES, textOn } from '../../source/design.js';
import { STEP_KEYS } from '../../source/types.js';
import type { ComposeContext } from '../context.js';
import type { SceneElement } from '../scene.js';
import { lineCounts, paragraph, paragraphsHeight, run, textBox } from '../text-block.js';

const TITLE_GAP = 10;
const BODY_GAP = 6;

export function steps(ctx: ComposeContext, top: number): { elements: SceneElement[]; bottom: number } {
  const { grid, type, copy, industry } = ctx;
  const eyebrow = textBox(ctx, {
    name: 'How it works',
    x: grid.x,
    y: top,
    w: grid.width,
    paragraphs: [paragraph({ runs: [run(ctx, ctx.strings.howItWorks, type.eyebrow)] })],
  });
  const discTop = grid.snap(eyebrow.box.y + eyebrow.box.h + 10);
  const fields = grid.fields(STEP_KEYS.length);
  const disc = SIZES.stepDisc;

  const titles = STEP_KEYS.map((k) => paragraph({ runs: [run(ctx, copy.steps[k].title, type.stepTitle)] }));
  const bodies = STEP_KEYS.map((k) => paragraph({ runs: [run(ctx, copy.steps[k].body, type.stepBody)] }));
  const titleLines = Math.max(...titles.map((p, i) => lineCounts(ctx, [p], fields[i]!.w, `step ${i + 1} title`)[0]!));
  const bodyLines = Math.max(...bodies.map((p, i) => lineCounts(ctx, [p], fields[i]!.w, `step ${i + 1} text`)[0]!));
  const titleTop = discTop + disc + TITLE_GAP;
  const titleHeight = paragraphsHeight([titles[0]!], [titleLines]);
  const bodyTop = titleTop + titleHeight + BODY_GAP;
  const bodyHeight = paragraphsHeight([bodies[0]!], [bodyLines]);

  const list: SceneElement[] = [];
  // Connectors first: the discs are drawn over their ends.
  for (let i = 0; i + 1 < fields.length; i++) {
    const x0 = fields[i]!.x + disc + 6;
    const x1 = fields[i + 1]!.x - 6;
    list.push({
      kind: 'shape',
      name: `Connector ${i + 1}-${i + 2}`,
      role: 'decorative',
      geometry: 'rect',
      box: { x: x0, y: discTop + disc / 2 - SIZES.stepConnector / 2, w: x1 - x0, h: SIZES.stepConnector },
      fill: COLORS.stepConnector,
    });
  }
  STEP_KEYS.forEach((key, i) => {
    const f = fields[i]!;
    const iconOffset = (disc - SIZES.stepIcon) / 2;
    const badge = SIZES.badge;
    list.push({
      kind: 'group',
      name: `Step ${i + 1}`,
      role: 'li',
      children: [
        {
          kind: 'shape',
          name: `Step ${i + 1} disc`,
          role: 'decorative',
          geometry: 'ellipse',
          box: { x: f.x, y: discTop, w: disc, h: disc },
          fill: COLORS.stepDisc,
          line: { color: COLORS.stepRing, width: SIZES.stepRing },
        },
        {
          kind: 'icon',
          name: `Step ${i + 1} icon`,
          role: 'decorative',
          icon: industry.icons.steps[key],
          color: COLORS.stepIcon,
          box: { x: f.x + iconOffset, y: discTop + iconOffset, w: SIZES.stepIcon, h: SIZES.stepIcon },
        },
        {
          kind: 'text',
          name: `Step ${i + 1} number`,
          role: 'lbl',
          geometry: 'ellipse',
          fill: COLORS.badge,
          box: { x: f.x + disc - badge * 0.7, y: discTop - badge * 0.3, w: badge, h: badge },
          paragraphs: [paragraph({ runs: [run(ctx, String(i + 1), { ...type.badge, color: textOn(COLORS.badge, industry.palette, type.badge) })], align: 'ctr' })],
          insets: [0, 0, 0, 0],
          anchor: 'ctr',
        },
        textBox(ctx, { name: `Step ${i + 1} title`, x: f.x, y: titleTop, w: f.w, paragraphs: [titles[i]!], minLines: titleLines }),
        textBox(ctx, { name: `Step ${i + 1} text`, x: f.x, y: bodyTop, w: f.w, paragraphs: [bodies[i]!], minLines: bodyLines }),
      ],
    });
  });
  // The five steps are one numbered list: each step a list item labelled by its number.
  const elements: SceneElement[] = [{ ...eyebrow, role: 'h2' }, { kind: 'group', name: 'Steps', role: 'ol', children: list }];
  return { elements, bottom: grid.snap(bodyTop + bodyHeight) };
}
