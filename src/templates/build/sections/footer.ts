/**
 * The footer: the organisation's links on the left, each as icon + label + readable URL, in a
 * `va:stack` so that a missing link leaves no hole; the QR code area of the booking link on the
 * right with its caption (both go when there is no booking link).
 */
import { ALT_TEXT } from '../../../accessibility/alt-text.js';
import { LINK_ROLES, type LinkRole } from '../../../brand/schema.js';
import { COLORS, SIZES, textOn } from '../../source/design.js';
import { PLACEHOLDER_LINKS, type ComposeContext } from '../context.js';
import type { SceneElement } from '../scene.js';
import { paragraph, run, textBox } from '../text-block.js';

const LINK_ICONS: Record<LinkRole, string> = { booking: 'calendar-check', billing: 'credit-card', homepage: 'globe' };
const LINK_TOKENS: Record<LinkRole, string> = { booking: '{{bookingLink}}', billing: '{{billingLink}}', homepage: '{{homepageLink}}' };
const ROW_GAP = 4;
const ICON_GAP = 8;
const LABEL_GAP = 12;
const QR_GAP = 24;
/** Padding above and below the call-to-action text (the pill's round ends take a little of it). */
const CTA_PADDING = 3;
/** Space between the QR code and the call to action. */
const CTA_GAP = 2;
/** A link may take two lines: long booking addresses (Microsoft Bookings pages) wrap. */
const LINK_LINES = 2;

export interface Footer {
  height: number;
  /** Builds the footer with its top edge at `top`. */
  place(top: number): SceneElement;
}

export function footer(ctx: ComposeContext): Footer {
  const { grid, layout, type, strings } = ctx;
  const qr = layout.qrSize;
  const linksW = grid.width - qr - QR_GAP;
  const icon = SIZES.linkIcon;
  const labels = LINK_ROLES.map((role) => paragraph({ runs: [run(ctx, strings.links[role], type.linkLabel)] }));
  const labelW = Math.ceil(Math.max(...labels.map((p) => ctx.measurer.naturalWidth(p.runs.map((r) => ({ text: r.text, style: r.style }))))) / SIZES.measureSlack) + 2;
  const linkX = grid.x + icon + ICON_GAP + labelW + LABEL_GAP;
  const linkW = grid.x + linksW - linkX;
  const linkLine = type.link.lineHeight;
  const pitch = LINK_LINES * linkLine + ROW_GAP;
  const linksH = LINK_ROLES.length * pitch - ROW_GAP;
  // The call to action under the QR code: a pill in the brand's accent colour (accent3), its
  // text light or dark, whichever reads (the brand engine checks again for the brand).
  const ctaStyle = { ...type.caption, bold: true, color: textOn(COLORS.callToAction, ctx.industry.palette, { ...type.caption, bold: true }) };
  const caption = paragraph({ runs: [run(ctx, strings.qrCaption, ctaStyle)], align: 'ctr' });
  const captionH = caption.lineHeight + 2 * CTA_PADDING;
  const height = grid.snap(Math.max(linksH, qr + CTA_GAP + captionH));

  return {
    height,
    place(top: number): SceneElement {
      const rows: SceneElement[] = LINK_ROLES.map((role, i) => {
        const y = top + i * pitch;
        return {
          kind: 'group',
          name: `va:when:links.${role}`,
          children: [
            {
              kind: 'icon',
              name: `${role} link icon`,
              role: 'decorative',
              icon: LINK_ICONS[role],
              color: COLORS.linkIcon,
              box: { x: grid.x, y: y + (type.linkLabel.lineHeight - icon) / 2, w: icon, h: icon },
            },
            textBox(ctx, { name: `${role} link label`, x: grid.x + icon + ICON_GAP, y, w: labelW, paragraphs: [labels[LINK_ROLES.indexOf(role)]!] }),
            textBox(ctx, {
              name: `va:link:${role}`,
              x: linkX,
              y: y + (type.linkLabel.lineHeight - linkLine) / 2,
              w: linkW,
              paragraphs: [paragraph({ runs: [run(ctx, LINK_TOKENS[role], type.link, PLACEHOLDER_LINKS[role])] })],
              minLines: LINK_LINES,
            }),
          ],
        };
      });
      const qrX = grid.x + grid.width - qr;
      return {
        kind: 'group',
        name: 'Links and QR code',
        children: [
          { kind: 'group', name: 'va:stack', children: rows },
          {
            kind: 'group',
            name: 'va:when:links.booking',
            children: [
              { kind: 'icon', name: 'va:qr:booking', role: 'figure', alt: ALT_TEXT[ctx.locale].qrPlaceholder, icon: 'qr-code', color: COLORS.qrPlaceholder, fill: 'bg2', scale: 0.55, box: { x: qrX, y: top, w: qr, h: qr } },
              {
                ...textBox(ctx, { name: 'QR code caption', x: qrX, y: top + qr + CTA_GAP, w: qr, paragraphs: [caption], insets: [2, 0, 2, 0], minHeight: captionH }),
                geometry: 'roundRect',
                radius: captionH / 2,
                fill: COLORS.callToAction,
                anchor: 'ctr',
              },
            ],
          },
        ],
      };
    },
  };
}
