/**
 * A text body (p:txBody / a:txBody) as paragraphs of styled runs: a:p with a:r, a:br and a:fld,
 * every paragraph and run resolved through the style chain (see props.ts), hyperlinks resolved
 * through the link policy (links.ts).
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { LinkTarget } from '../ops.js';
import type { Rgba } from '../color/rgba.js';
import { readLink, type LinkEnv } from './links.js';
import { schemeColor } from '../color/resolve.js';
import { MAX_SHAPE_TEXT_ITEMS } from '../../text/limits.js';
import { resolvePara, resolveRun, type ParaStyle, type PropsEnv, type RunSource, type RunStyle } from './props.js';

export interface TextRun {
  kind: 'text';
  text: string;
  style: RunStyle;
  link: LinkTarget | undefined;
}

export interface LineBreak {
  kind: 'br';
  style: RunStyle;
}

export interface Paragraph {
  style: ParaStyle;
  items: (TextRun | LineBreak)[];
  /** Properties of the paragraph end (a:endParaRPr): the height of an empty paragraph. */
  endStyle: RunStyle;
}

/**
 * The inherited sources of a text body: for each level (0..8), paragraph-properties elements
 * from the lowest priority to the highest, excluding the paragraph's own a:pPr; and where the
 * shape style's font (p:style/a:fontRef) sits among them.
 */
export interface StyleChain {
  levels(level: number): ReadonlyXElement[];
  fontRef: { font: 'major' | 'minor' | undefined; color: Rgba | undefined } | undefined;
  /** Number of lowest-priority sources that come before the font reference. */
  fontRefAfter(level: number): number;
}

export interface ParagraphEnv {
  props: PropsEnv;
  links: LinkEnv;
  slideNumber: number;
  /** Text of a:fld type="datetime*" etc. is taken as written. */
}

/**
 * How PowerPoint draws a hyperlinked run: in the theme's hyperlink colour (a:hlink through the
 * colour map) rather than its own, unless the link asks for the text colour
 * (ahyp:hlinkClr val="tx"), and underlined unless the run says otherwise.
 */
function hyperlinkStyle(style: RunStyle, click: ReadonlyXElement, rPr: ReadonlyXElement, env: ParagraphEnv): RunStyle {
  const textColour = [...click.descendants()].some((e) => e.localName === 'hlinkClr' && e.attr('val') === 'tx');
  const hlink = textColour ? null : schemeColor('hlink', env.props.colors);
  return {
    ...style,
    color: hlink ?? style.color,
    underline: rPr.attr('u') === undefined ? 'sng' : style.underline,
  };
}

/**
 * `cap.cut` is set when the body has more than `cap.max` paragraphs, runs, fields and line
 * breaks (MAX_SHAPE_TEXT_ITEMS): those past it are not read.
 */
export function readParagraphs(txBody: ReadonlyXElement, chain: StyleChain, env: ParagraphEnv, cap: { max: number; cut: boolean } = { max: MAX_SHAPE_TEXT_ITEMS, cut: false }): Paragraph[] {
  const out: Paragraph[] = [];
  let read = 0;
  for (const p of txBody.childrenNamed(NS.a, 'p')) {
    if (++read > cap.max) {
      cap.cut = true;
      break;
    }
    // pptxgenjs can write a:pPr twice in one paragraph; the first one counts.
    const pPr = p.child(NS.a, 'pPr');
    const level = Math.min(8, Math.max(0, Number.parseInt(pPr?.attr('lvl') ?? '0', 10) || 0));
    const levelSources = chain.levels(level);
    const paraSources = pPr ? [...levelSources, pPr] : levelSources;
    const style = resolvePara(paraSources, level, env.props);
    const runBase: RunSource[] = [];
    const after = chain.fontRefAfter(level);
    levelSources.forEach((src, i) => {
      if (i === after && chain.fontRef) runBase.push({ fontRef: chain.fontRef });
      const def = src.child(NS.a, 'defRPr');
      if (def) runBase.push(def);
    });
    if (after >= levelSources.length && chain.fontRef) runBase.push({ fontRef: chain.fontRef });
    const pDef = pPr?.child(NS.a, 'defRPr');
    if (pDef) runBase.push(pDef);
    const items: Paragraph['items'] = [];
    for (const child of p.elements()) {
      if (!child.inNamespace(NS.a)) continue;
      const local = child.localName;
      if (local !== 'r' && local !== 'fld' && local !== 'br') continue;
      if (++read > cap.max) {
        cap.cut = true;
        break;
      }
      const rPr = child.child(NS.a, 'rPr');
      let runStyle = resolveRun(rPr ? [...runBase, rPr] : runBase, env.props);
      const click = rPr?.child(NS.a, 'hlinkClick');
      if (click && (click.attrNS(NS.r, 'id') || click.attr('action'))) runStyle = hyperlinkStyle(runStyle, click, rPr!, env);
      if (local === 'br') {
        items.push({ kind: 'br', style: runStyle });
        continue;
      }
      let text = child.child(NS.a, 't')?.textContent() ?? '';
      if (local === 'fld' && (child.attr('type') ?? '') === 'slidenum') text = String(env.slideNumber);
      // Vertical tab is PowerPoint's soft line break inside a:t.
      const parts = text.replace(/\r\n?/g, '\n').split(/[\n\u000b]/);
      const link = readLink(rPr?.child(NS.a, 'hlinkClick'), env.links);
      parts.forEach((part, i) => {
        if (i > 0) items.push({ kind: 'br', style: runStyle });
        if (part !== '') items.push({ kind: 'text', text: part, style: runStyle, link });
      });
    }
    const end = p.child(NS.a, 'endParaRPr');
    const endStyle = resolveRun(end ? [...runBase, end] : runBase, env.props);
    out.push({ style, items, endStyle });
    if (cap.cut) break;
  }
  return out;
}
