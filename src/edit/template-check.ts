/**
 * W_NOTHING_PLACED: a deck with no shape named va:… (p:cNvPr@name) and no {{token}} in its text
 * is not a template: customize can rebrand its theme colours and fonts (and --replace-link its
 * links) but has nowhere to put the brand's links, logo, QR code and text. Said once, before the
 * work, with how to name shapes (the contract, and `inspect`).
 */
import { NS } from '../xml/namespaces.js';
import type { EditContext } from './context.js';
import { textParts } from './tokens.js';

const TOKEN = /\{\{\s*[A-Za-z][\w.-]*\s*\}\}/;

export function checkTemplateNames(ctx: EditContext): void {
  let text = '';
  for (const part of textParts(ctx)) {
    const root = ctx.pkg.xml(part).root;
    for (const el of root.descendants()) {
      if (el.localName === 'cNvPr' && (el.attr('name') ?? '').trim().toLowerCase().startsWith('va:')) return;
    }
    for (const p of root.descendants(NS.a, 'p')) {
      text = '';
      for (const t of p.descendants(NS.a, 't')) text += t.textContent();
      if (TOKEN.test(text)) return;
    }
  }
  ctx.warnings.add({
    code: 'W_NOTHING_PLACED',
    message:
      'the deck has no shape named va:… and no {{token}}: only its theme colours and fonts were rebranded; the brand’s links, logo, QR code and text were not placed (name shapes va:link:booking, va:logo, ... or write {{organization}} in a text: see va-infographic inspect and docs/template-contract.md)',
  });
}
