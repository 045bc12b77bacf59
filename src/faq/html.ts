/**
 * The FAQ as HTML: the markup shared by the standalone page and the fragment. Questions are
 * `<details>`/`<summary>` (they open and close without any script, and are found by the browser's
 * find-in-page); sections are headings. Every text and attribute value is escaped; every link
 * target has passed the brand's link rules (content.ts) or is one of our own file names.
 */
import { escapeHtml, relativeFileUrl } from './escape.js';
import type { Block, FaqDocument, Inline } from './model.js';
import type { PageLogo } from './logo.js';

export interface HtmlOptions {
  /** The page's own id (prefix of every id and of the CSS selectors). */
  id: string;
  /** Level of the title: 1 for the page, 2 for a fragment inside someone's page. */
  titleLevel: 1 | 2;
  logo?: PageLogo;
}

function inline(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (typeof run === 'string') return escapeHtml(run);
      if ('strong' in run) return `<strong>${escapeHtml(run.strong)}</strong>`;
      // A phone number never breaks across lines (non-breaking spaces).
      const text = /^tel:/i.test(run.link.href) ? run.link.text.replace(/ /g, '\u00a0') : run.link.text;
      return `<a href="${escapeHtml(run.link.href)}">${escapeHtml(text)}</a>`;
    })
    .join('');
}

function block(b: Block): string {
  if (b.kind === 'p') return `<p>${inline(b.content)}</p>`;
  return `<${b.kind}>${b.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${b.kind}>`;
}

/** The content of the page: everything inside `<div class="vafaq" id="...">`. */
export function faqHtml(doc: FaqDocument, o: HtmlOptions): string {
  const h1 = `h${o.titleLevel}`;
  const h2 = `h${o.titleLevel + 1}`;
  const out: string[] = [];
  out.push(`<div class="vafaq" id="${o.id}" lang="${escapeHtml(doc.lang)}" dir="ltr">`);

  // The title band, as on the handout: organisation, title, one sentence, the logo on a card.
  out.push('<div class="vafaq-band"><div class="vafaq-wrap vafaq-band-in"><div class="vafaq-band-text">');
  out.push(`<p class="vafaq-org">${escapeHtml(doc.organization)}</p>`);
  out.push(`<${h1} class="vafaq-title">${escapeHtml(doc.title)}</${h1}>`);
  out.push(`<p class="vafaq-lede">${escapeHtml(doc.lede)}</p>`);
  out.push('</div>');
  if (o.logo) {
    out.push(`<p class="vafaq-logo"><img src="${escapeHtml(o.logo.src)}" alt="${escapeHtml(doc.labels.logoAlt)}" width="${o.logo.width}" height="${o.logo.height}"></p>`);
  }
  out.push('</div></div>');

  out.push('<div class="vafaq-wrap vafaq-main">');
  if (doc.links.length) {
    out.push(`<nav class="vafaq-links" aria-label="${escapeHtml(doc.labels.links)}"><ul>`);
    for (const l of doc.links) {
      const primary = l.role === 'booking' ? ' vafaq-button-primary' : '';
      out.push(`<li><a class="vafaq-button${primary}" href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`);
    }
    out.push('</ul></nav>');
  }

  out.push('<div class="vafaq-grid"><div class="vafaq-faq">');
  if (doc.note) {
    const [first, ...rest] = doc.note.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    out.push('<div class="vafaq-note">');
    out.push(`<p><strong>${escapeHtml(doc.note.label)}</strong>${escapeHtml(doc.note.separator)}${escapeHtml(first ?? '')}</p>`);
    for (const line of rest) out.push(`<p>${escapeHtml(line)}</p>`);
    out.push('</div>');
  }
  for (const section of doc.sections) {
    if (!section.questions.length) continue;
    const sid = `${o.id}-${section.id}`;
    out.push(`<section class="vafaq-section" aria-labelledby="${sid}">`);
    out.push(`<${h2} class="vafaq-section-title" id="${sid}">${escapeHtml(section.title)}</${h2}>`);
    for (const q of section.questions) {
      out.push(`<details class="vafaq-q" id="${o.id}-q-${q.id}"><summary>${escapeHtml(q.question)}</summary>`);
      out.push(`<div class="vafaq-a">${q.answer.map(block).join('')}</div></details>`);
    }
    out.push('</section>');
  }
  out.push('</div>');

  const { pdf, png } = doc.handout;
  if (pdf || png) {
    const hid = `${o.id}-handout`;
    out.push(`<section class="vafaq-handout" aria-labelledby="${hid}">`);
    out.push(`<${h2} class="vafaq-handout-title" id="${hid}">${escapeHtml(doc.labels.handoutHeading)}</${h2}>`);
    out.push(`<p>${escapeHtml(doc.labels.handoutText)}</p>`);
    const img = png
      ? `<img src="${escapeHtml(relativeFileUrl(png.file))}" alt="${escapeHtml(doc.labels.handoutPreviewAlt)}" width="${png.width}" height="${png.height}">`
      : '';
    if (img && pdf) out.push(`<p><a class="vafaq-preview" href="${escapeHtml(relativeFileUrl(pdf.file))}">${img}</a></p>`);
    else if (img) out.push(`<p class="vafaq-preview">${img}</p>`);
    if (pdf) out.push(`<p><a href="${escapeHtml(relativeFileUrl(pdf.file))}" download>${escapeHtml(doc.labels.handoutDownload)}</a></p>`);
    out.push('</section>');
  }
  out.push('</div></div></div>');
  return out.join('\n');
}
