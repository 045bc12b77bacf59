/**
 * The page's style sheet. Every selector starts with the page's own id (`#vafaq-1a2b3c4d`), so
 * the fragment pasted into a website styles nothing outside itself; and it starts by reverting
 * every property of its own elements (`all: revert`) at id specificity, so the host's element and
 * class rules do not reach in (only `!important` rules of the host still can). Font families
 * have names of their own (`vafaq-1a2b3c4d-h`), so they cannot clash with the host's fonts.
 *
 * Layout: one column; two (questions, then the handout beside them) when the page's own width
 * allows (a container query, so it also holds in a narrow CMS column). Sizes in em of the root
 * size, never below 16 px; nothing wider than the screen at 360 px.
 */
import type { FaqPalette } from './palette.js';

export interface CssFonts {
  /** @font-face rules. */
  faces: string;
  /** font-family lists for headings and body text. */
  heading: string;
  body: string;
}

export function faqCss(id: string, palette: FaqPalette, fonts: CssFonts, cjk: boolean): string {
  const s = `#${id}`;
  const c = (hex: string) => `#${hex}`;
  return `${fonts.faces}
${s},${s} *,${s} *::before,${s} *::after{all:revert;box-sizing:border-box}
${s}{--vafaq-text:${c(palette.text)};--vafaq-bg:${c(palette.background)};--vafaq-heading:${c(palette.heading)};--vafaq-on-heading:${c(palette.onHeading)};--vafaq-stripe:${c(palette.stripe)};--vafaq-band:${c(palette.band)};--vafaq-on-band:${c(palette.onBand)};--vafaq-link:${c(palette.link)};--vafaq-soft:${c(palette.soft)};--vafaq-accent:${c(palette.accent)};--vafaq-line:${c(palette.line)};display:block;container-type:inline-size;margin:0;padding:0;background:var(--vafaq-bg);color:var(--vafaq-text);font-family:${fonts.body};font-size:max(1rem,16px);font-weight:400;line-height:${cjk ? '1.75' : '1.6'};text-align:start;overflow-wrap:break-word;-webkit-text-size-adjust:100%;text-size-adjust:100%}
${s} .vafaq-band{background:var(--vafaq-band);color:var(--vafaq-on-band);border-bottom:.375em solid var(--vafaq-stripe)}
${s} .vafaq-wrap{max-width:70em;margin:0 auto;padding:0 1.25em}
${s} .vafaq-band-in{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:1.5em;padding-top:2.25em;padding-bottom:2.25em}
${s} .vafaq-band-text{flex:1 1 18em;min-width:0}
${s} .vafaq-org{margin:0 0 .5em;font-family:${fonts.heading};font-weight:700;font-size:1em;line-height:1.3}
${s} .vafaq-title{margin:0;font-family:${fonts.heading};font-weight:700;font-size:clamp(1.75em,1.35em + 1.8vw,2.625em);line-height:1.2;color:var(--vafaq-on-band)}
${s} .vafaq-lede{margin:.75em 0 0;font-size:1.125em;max-width:38em}
${s} .vafaq-logo{flex:0 0 auto;margin:0;padding:.875em 1.25em;background:var(--vafaq-bg);border-radius:.75em;line-height:0}
${s} .vafaq-logo img{display:block;width:auto;height:auto;max-width:min(12em,100%);max-height:4.5em}
${s} .vafaq-main{padding-top:2em;padding-bottom:3em}
${s} .vafaq-links ul{list-style:none;display:flex;flex-wrap:wrap;gap:.75em;margin:0 0 2.25em;padding:0}
${s} .vafaq-links li{margin:0;padding:0}
${s} .vafaq-button{display:inline-block;padding:.625em 1.125em;border:2px solid var(--vafaq-heading);border-radius:.5em;color:var(--vafaq-heading);background:var(--vafaq-bg);font-family:${fonts.heading};font-weight:700;line-height:1.3;text-decoration:none}
${s} .vafaq-button-primary{background:var(--vafaq-heading);color:var(--vafaq-on-heading)}
${s} .vafaq-button:hover{text-decoration:underline;text-underline-offset:.2em}
${s} a{color:var(--vafaq-link);text-decoration:underline;text-underline-offset:.15em;text-decoration-thickness:.08em;overflow-wrap:anywhere}
${s} a.vafaq-button{color:var(--vafaq-heading);overflow-wrap:break-word}
${s} a.vafaq-button-primary{color:var(--vafaq-on-heading)}
${s} a:focus-visible,${s} summary:focus-visible{outline:3px solid var(--vafaq-heading);outline-offset:3px;border-radius:.25em}
${s} strong{font-weight:700}
${s} .vafaq-grid{display:grid;grid-template-columns:minmax(0,1fr);gap:2.5em;align-items:start}
@container (min-width:56em){${s} .vafaq-grid{grid-template-columns:minmax(0,1fr) 17em;gap:3.5em}}
@container (max-width:36em){${s} .vafaq-logo{order:-1;padding:.5em .75em;border-radius:.5em}${s} .vafaq-logo img{max-height:2.75em}${s} .vafaq-band-in{gap:1em;padding-top:1.5em;padding-bottom:1.75em}}
${s} .vafaq-note{margin:0 0 2.25em;padding:1em 1.25em;background:var(--vafaq-soft);border-inline-start:.25em solid var(--vafaq-accent);border-radius:.5em}
${s} .vafaq-note p{margin:0 0 .5em}
${s} .vafaq-note p:last-child{margin-bottom:0}
${s} .vafaq-section{margin:0 0 2.5em}
${s} .vafaq-section-title{margin:0 0 .5em;font-family:${fonts.heading};font-weight:700;font-size:1.375em;line-height:1.3;color:var(--vafaq-heading)}
${s} .vafaq-q{display:block;margin:0;border-top:1px solid var(--vafaq-line)}
${s} .vafaq-q:last-child{border-bottom:1px solid var(--vafaq-line)}
${s} .vafaq-q>summary{display:block;position:relative;margin:0;padding:.875em 2.25em .875em 0;cursor:pointer;list-style:none;font-family:${fonts.heading};font-weight:700;font-size:1.0625em;line-height:1.4;color:var(--vafaq-heading)}
${s} .vafaq-q>summary::-webkit-details-marker{display:none}
${s} .vafaq-q>summary::after{content:"";position:absolute;right:.5em;top:1.2em;width:.55em;height:.55em;border-right:.15em solid currentColor;border-bottom:.15em solid currentColor;transform:rotate(45deg)}
${s} .vafaq-q[open]>summary::after{top:1.45em;transform:rotate(-135deg)}
${s} .vafaq-a{padding:0 0 1.125em}
${s} .vafaq-a p,${s} .vafaq-a ul,${s} .vafaq-a ol{margin:0 0 .75em}
${s} .vafaq-a>:last-child{margin-bottom:0}
${s} .vafaq-a ul,${s} .vafaq-a ol{padding-inline-start:1.5em}
${s} .vafaq-a li{margin:.25em 0;padding:0}
${s} .vafaq-handout{margin:0;padding:1.25em;background:var(--vafaq-soft);border-radius:.75em}
${s} .vafaq-handout-title{margin:0 0 .5em;font-family:${fonts.heading};font-weight:700;font-size:1.25em;line-height:1.3;color:var(--vafaq-heading)}
${s} .vafaq-handout p{margin:0 0 1em}
${s} .vafaq-handout p:last-child{margin-bottom:0}
${s} .vafaq-preview{display:block;max-width:20em;line-height:0}
${s} .vafaq-preview img{display:block;width:100%;height:auto;background:#FFFFFF;border:1px solid var(--vafaq-line);border-radius:.25em}
@media print{${s} .vafaq-band{background:none;color:var(--vafaq-text)}${s} .vafaq-title{color:var(--vafaq-heading)}${s} .vafaq-q>summary::after{display:none}}
`;
}
