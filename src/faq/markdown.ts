/**
 * The FAQ as Markdown (CommonMark), for sites that take Markdown (static site generators, wikis,
 * some CMS editors). Every text is escaped (escapeMarkdown: no raw HTML, no markup from the
 * brand's text); link targets are written in <...> with the characters that could end them
 * percent-encoded. Questions are headings, since Markdown has no <details>.
 */
import { escapeMarkdown, escapeMarkdownLine, markdownDestination, relativeFileUrl } from './escape.js';
import type { Block, FaqDocument, Inline } from './model.js';

/** Inline runs; `lineStart` when they begin a line (a paragraph, a list item). */
function inline(runs: readonly Inline[], lineStart = false): string {
  return runs
    .map((run, i) => {
      if (typeof run === 'string') return i === 0 && lineStart ? escapeMarkdownLine(run) : escapeMarkdown(run);
      if ('strong' in run) return `**${escapeMarkdown(run.strong)}**`;
      return `[${escapeMarkdown(run.link.text)}](${markdownDestination(run.link.href)})`;
    })
    .join('');
}

function block(b: Block): string {
  if (b.kind === 'p') return inline(b.content, true);
  return b.items.map((item, i) => `${b.kind === 'ol' ? `${i + 1}.` : '-'} ${inline(item, true).trim()}`).join('\n');
}

export function faqMarkdown(doc: FaqDocument): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(doc.title)}`);
  out.push(`**${escapeMarkdown(doc.organization)}**: ${escapeMarkdown(doc.lede)}`);
  if (doc.links.length) {
    out.push(doc.links.map((l) => `- [${escapeMarkdown(l.label)}](${markdownDestination(l.href)}): ${escapeMarkdown(l.readable)}`).join('\n'));
  }
  if (doc.note) {
    const lines = doc.note.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    // Trailing punctuation goes after the closing ** (CommonMark does not close bold between
    // "：" and a Chinese character).
    const [, label, punctuation] = /^(.*?)([:：]?)$/su.exec(doc.note.label)!;
    const lead = `**${escapeMarkdown(label!)}**${punctuation}${doc.note.separator}`;
    out.push(lines.map((line, i) => `> ${i === 0 ? `${lead}${escapeMarkdown(line)}` : escapeMarkdownLine(line)}`).join('\n>\n'));
  }
  for (const section of doc.sections) {
    if (!section.questions.length) continue;
    out.push(`## ${escapeMarkdown(section.title)}`);
    for (const q of section.questions) {
      out.push(`### ${escapeMarkdown(q.question)}`);
      for (const b of q.answer) out.push(block(b));
    }
  }
  const { pdf, png } = doc.handout;
  if (pdf || png) {
    out.push(`## ${escapeMarkdown(doc.labels.handoutHeading)}`);
    out.push(escapeMarkdownLine(doc.labels.handoutText));
    if (png) {
      const image = `![${escapeMarkdown(doc.labels.handoutPreviewAlt)}](${markdownDestination(relativeFileUrl(png.file))})`;
      out.push(pdf ? `[${image}](${markdownDestination(relativeFileUrl(pdf.file))})` : image);
    }
    if (pdf) out.push(`[${escapeMarkdown(doc.labels.handoutDownload)}](${markdownDestination(relativeFileUrl(pdf.file))})`);
  }
  return out.join('\n\n') + '\n';
}
