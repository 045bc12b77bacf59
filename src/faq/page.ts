/**
 * The two HTML documents:
 *  - the standalone page: a complete HTML document with its style sheet, the JSON-LD, and a
 *    Content-Security-Policy that allows no script, no request to another site, and only this
 *    style sheet (by hash): even a mistake in escaping could not run anything;
 *  - the fragment, for pasting into a website: no <html>/<head>; its style sheet is a
 *    `<link rel="stylesheet">` to a data: URL with a Subresource Integrity hash (a <style>
 *    element is not allowed in <body> by the HTML standard, a body-ok <link> is), then the same
 *    markup, then the JSON-LD.
 */
import { createHash } from 'node:crypto';
import { escapeHtml, jsonForScript } from './escape.js';
import type { FaqJsonLd } from './jsonld.js';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const digest = (algorithm: 'sha256' | 'sha384', text: string) => createHash(algorithm).update(text, 'utf8').digest('base64');

export interface PageParts {
  lang: string;
  title: string;
  description: string;
  /** The page's scoped style sheet (css.ts). */
  css: string;
  /** Page background, for the area around the content. */
  background: string;
  /** The FAQ markup (html.ts). */
  body: string;
  jsonLd: FaqJsonLd;
}

export function standalonePage(p: PageParts): string {
  const css = `html,body{margin:0;padding:0;background:#${p.background}}\n${p.css}`;
  const csp = [
    "default-src 'none'",
    "img-src 'self' data:",
    "font-src data:",
    `style-src 'sha256-${digest('sha256', css)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(p.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(p.title)}</title>
<meta name="description" content="${escapeHtml(p.description)}">
<meta name="generator" content="va-infographic">
<style>${css}</style>
<script type="application/ld+json">
${jsonForScript(p.jsonLd)}
</script>
</head>
<body>
<main>
${p.body}
</main>
</body>
</html>
`;
}

export function fragment(p: PageParts): string {
  return `<!-- va-infographic FAQ: paste this whole block into an HTML block of your website (see the README, "Putting the FAQ on your website"). -->
<link rel="stylesheet" href="data:text/css;base64,${base64(p.css)}" integrity="sha384-${digest('sha384', p.css)}">
${p.body}
<script type="application/ld+json">
${jsonForScript(p.jsonLd)}
</script>
`;
}
