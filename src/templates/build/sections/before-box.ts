/**
 * The "before your appointment" box: a `bg2` (lt2) panel with three columns, each with an icon
 * and a heading: what you need (equipment), how to get ready (tips), how to cancel or
 * reschedule. The organisation's own text (`{{additionalInfo}}`) follows right under the box
 * (see compose.ts), so that the panel never shows an empty area when the value is absent.
 */
import { COLORS, SIZES } from '../../source/design.js';
import type { ComposeContext } from '../context.js';
import type { Paragraph, SceneElement } from '../scene.js';
import { lineCounts, paragraph, paragraphsHeight, run, textBox } from '../text-block.js';

const COLUMN_GUTTER = 24;
const ICON_GAP = 8;
const HEADING_GAP = 6;
const TITLE_GAP = 8;
const BULLET_INDENT = 10;
const ITEM_SPACE = 3;

export function beforeBox(ctx: ComposeContext, top: number): { element: SceneElement; bottom: number } {
  const { grid, type, copy, industry } = ctx;
  const pad = SIZES.boxPadding;
  const innerX = grid.x + pad;
  const innerW = grid.width - 2 * pad;

  const title = textBox(ctx, {
    name: 'Before your appointment title',
    role: 'h2',
    x: innerX,
    y: top + pad,
    w: innerW,
    paragraphs: [paragraph({ runs: [run(ctx, copy.beforeTitle, type.boxTitle)] })],
    heading: true,
  });
  const columnsTop = grid.snap(title.box.y + title.box.h + TITLE_GAP);
  const colW = (innerW - 2 * COLUMN_GUTTER) / 3;
  const bullets = (items: readonly string[]): Paragraph[] =>
    items.map((item, i) =>
      paragraph({
        runs: [run(ctx, item, type.colBody)],
        bullet: { char: '•', indent: BULLET_INDENT, color: COLORS.boxIcon },
        ...(i < items.length - 1 ? { spaceAfter: ITEM_SPACE } : {}),
      }),
    );
  const columns = [
    { key: 'need', name: 'What you need', icon: industry.icons.need, heading: copy.need.heading, body: bullets(copy.need.items) },
    { key: 'prepare', name: 'Get ready', icon: industry.icons.prepare, heading: copy.prepare.heading, body: bullets(copy.prepare.items) },
    { key: 'cancel', name: 'Cancel or reschedule', icon: industry.icons.cancel, heading: copy.cancel.heading, body: [paragraph({ runs: [run(ctx, copy.cancel.body, type.colBody)] })] },
  ];
  const icon = SIZES.boxIcon;
  const headingW = colW - icon - ICON_GAP;
  const headings = columns.map((c) => paragraph({ runs: [run(ctx, c.heading, type.colHeading)] }));
  const headingLines = Math.max(...headings.map((p, i) => lineCounts(ctx, [p], headingW, `${columns[i]!.name} heading`)[0]!));
  const headingH = paragraphsHeight([headings[0]!], [headingLines]);
  const bodyTop = columnsTop + headingH + HEADING_GAP;

  const children: SceneElement[] = [];
  let bodyBottom = bodyTop;
  columns.forEach((c, i) => {
    const x = innerX + i * (colW + COLUMN_GUTTER);
    const body = textBox(ctx, { name: `${c.name} text`, x, y: bodyTop, w: colW, paragraphs: c.body });
    bodyBottom = Math.max(bodyBottom, body.box.y + body.box.h);
    children.push(
      {
        kind: 'icon',
        name: `${c.name} icon`,
        role: 'decorative',
        icon: c.icon,
        color: COLORS.boxIcon,
        box: { x, y: columnsTop + (headings[i]!.lineHeight - icon) / 2, w: icon, h: icon },
      },
      textBox(ctx, { name: `${c.name} heading`, role: 'h3', x: x + icon + ICON_GAP, y: columnsTop, w: headingW, paragraphs: [headings[i]!], minLines: headingLines, heading: true }),
      body,
    );
  });
  const bottom = grid.snap(bodyBottom + pad);
  return {
    element: {
      kind: 'group',
      name: 'Before your appointment',
      children: [
        { kind: 'shape', name: 'Before your appointment panel', role: 'decorative', geometry: 'roundRect', radius: SIZES.radius, fill: COLORS.box, box: { x: grid.x, y: top, w: grid.width, h: bottom - top } },
        title,
        ...children,
      ],
    },
    bottom,
  };
}
