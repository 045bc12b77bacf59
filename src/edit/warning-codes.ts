/**
 * Every warning code `customize` can return, with what it means. Warnings never stop the work;
 * the output is complete, but something the user should know about happened.
 * (docs/brand-engine.md lists the same table.)
 */
export const WARNING_CODES = Object.freeze({
  W_TOKEN_UNKNOWN: 'A {{token}} the engine does not know was left in the text as it is.',
  W_TOKEN_SPLIT: 'A known {{token}} is cut by a line break or a field and was not replaced.',
  W_LINK_ROLE_UNKNOWN: 'A shape is named va:link:<role> with a role other than booking, billing or homepage.',
  W_LINK_NOT_FOUND: 'A replace-link OLD=NEW matched no hyperlink in the deck (usually a typo in OLD).',
  W_WHEN_UNKNOWN: 'A shape is named va:when:<field> with a field the engine does not know; it was kept.',
  W_LOGO_NO_FRAME: 'The brand has a logo but the deck has no va:logo shape to put it in.',
  W_LOGO_FRAME_NO_SIZE: 'A va:logo shape has no size of its own (inherits it from a layout); it was removed.',
  W_LOGO_SANITIZED: 'The SVG logo contained scripts, event handlers or external references, which were removed.',
  W_LOGO_LOW_CONTRAST: 'The logo does not reach 3:1 (WCAG 1.4.11) on what is behind it, with or without its card, for 90 % of its outline.',
  W_LOGO_LOW_RESOLUTION: 'A raster logo has less than 150 dpi at the size it is printed: it may look blurry.',
  W_QR_NO_SIZE: 'A va:qr:booking shape has no size of its own; it was removed.',
  W_QR_SMALL: 'The QR code modules are smaller than 0.4 mm: phones may not read it.',
  W_TEXT_OVERFLOW: "The template's own text does not fit its box or overlaps other text after branding (brand text that does not fit is the error E_TEXT_OVERFLOW).",
  W_TEXT_LIMIT: 'The deck has more text to fit than the engine measures (1,000,000 characters); the boxes beyond were left at their size.',
  W_COLOR_ADJUSTED: 'A brand colour was changed, or is drawn as a shade where it is text or a line, to reach the contrast the handout needs.',
  W_EXTRA_LEFT_OUT: 'A handout extra the brand asked for was in a section that gave its room to a long note (va:when:room); shorten the note to keep it.',
  W_THEME_REPAIRED: 'A theme had no colour or font scheme; a complete one was inserted.',
  W_THEME_SKIPPED: 'A slide master points to a part that is not a DrawingML theme.',
  W_PAPER_MISMATCH: 'The brand asks for Letter or A4 paper and the deck is the other size.',
  W_FONT_NOT_EMBEDDED: "A font the deck uses was not embedded in the PPTX: its licence (OS/2 fsType) forbids it, or its file is a collection or unreadable.",
  W_NOTHING_PLACED: 'The deck has no va: shapes and no {{tokens}}: only theme colours and fonts were rebranded; links, logo and text were not placed.',
} as const);

export type WarningCode = keyof typeof WARNING_CODES;
