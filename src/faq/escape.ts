/**
 * Escaping for every syntax the FAQ writes. Everything the brand typed goes through one of these;
 * nothing is ever inserted raw.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values (double- or single-quoted) alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` as \u escapes (so
 * no `</script>` or `<!--` can end or change the element), and U+2028/U+2029 as escapes too.
 * JSON.parse of the element's text gives the original data back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Plain text inside Markdown (CommonMark): characters that could start markup anywhere are
 * backslash-escaped (`\ ` * _ [ ] < > & | ~ !`, so no raw HTML, entity, link, emphasis or table
 * can come from the text).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~!]/g, '\\$&');
}

/**
 * Plain text that starts a line of Markdown (a paragraph, a list item, a quoted line): also what
 * could start a block there (`#`, `+`, `-`, `=`, `>`, `1.`, `1)`) is escaped.
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(\s*)([#+\-=>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * A link destination for Markdown, written in `<...>`: characters that would end it or that
 * CommonMark would read (`<`, `>`, spaces, backslash, line breaks) are percent-encoded.
 */
export function markdownDestination(href: string): string {
  return `<${href.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}

/** A file name next to the page as a relative URL (`./` so a `:` can never read as a scheme). */
export function relativeFileUrl(file: string): string {
  return `./${encodeURIComponent(file)}`;
}
