/**
 * Writes a scene with pptxgenjs: the package skeleton (presentation, master, layout, theme,
 * document properties) and one slide whose shapes, text runs and hyperlinks come from the
 * scene. Every shape gets a temporary unique name (`__va<n>`) that the finishing pass
 * (finish/*.ts) uses to find it again and complete what pptxgenjs cannot write: custom
 * geometry for icons, groups, theme font slots, paragraph properties.
 */
import PptxGenJS from 'pptxgenjs';
import { colorSlot } from '../source/design.js';
import type { IndustrySource } from '../source/types.js';
import { EMU_PER_PT } from './grid.js';
import { leaves, type GroupElement, type Line, type Run, type Scene, type SceneElement, type TextElement } from './scene.js';

const PT_PER_IN = 72;
const EMU_PER_IN = 914400;

export type LeafElement = Exclude<SceneElement, GroupElement>;

export interface WrittenDeck {
  bytes: Uint8Array;
  /** Scene leaves by their temporary shape name. */
  byTempName: Map<string, LeafElement>;
  /** Temporary shape name of each scene leaf. */
  tempName: Map<LeafElement, string>;
}

const inch = (pt: number): number => pt / PT_PER_IN;

function lineProps(line: Line | undefined): PptxGenJS.ShapeLineProps | undefined {
  if (!line) return undefined;
  return { color: colorSlot(line.color), width: line.width, ...(line.dash ? { dashType: line.dash } : {}) };
}

function textProps(el: TextElement, lang: string): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  el.paragraphs.forEach((p, pi) => {
    p.runs.forEach((r: Run, ri) => {
      out.push({
        text: r.text,
        options: {
          fontFace: r.style.font === 'heading' ? '+mj-lt' : '+mn-lt',
          fontSize: r.style.size,
          bold: r.style.bold,
          color: r.link ? 'tx2' : r.style.color,
          lang,
          ...(r.style.charSpacing ? { charSpacing: r.style.charSpacing } : {}),
          ...(r.link ? { hyperlink: { url: r.link } } : {}),
          align: p.align === 'ctr' ? 'center' : p.align === 'r' ? 'right' : 'left',
          ...(ri === p.runs.length - 1 && pi < el.paragraphs.length - 1 ? { breakLine: true } : {}),
        },
      });
    });
  });
  return out;
}

export async function writePptx(scene: Scene, industry: IndustrySource): Promise<WrittenDeck> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'VA_PAGE', width: scene.widthEmu / EMU_PER_IN, height: scene.heightEmu / EMU_PER_IN });
  pptx.layout = 'VA_PAGE';
  pptx.theme = { headFontFace: industry.fonts.heading, bodyFontFace: industry.fonts.body };
  const slide = pptx.addSlide();
  slide.background = { color: scene.background };

  const byTempName = new Map<string, LeafElement>();
  const tempName = new Map<LeafElement, string>();
  let n = 0;
  for (const el of leaves(scene.elements)) {
    const name = `__va${++n}`;
    byTempName.set(name, el);
    tempName.set(el, name);
    const pos = { x: inch(el.box.x), y: inch(el.box.y), w: inch(el.box.w), h: inch(el.box.h), objectName: name };
    switch (el.kind) {
      case 'shape':
        slide.addShape(el.geometry === 'roundRect' ? pptx.ShapeType.roundRect : el.geometry === 'ellipse' ? pptx.ShapeType.ellipse : pptx.ShapeType.rect, {
          ...pos,
          ...(el.fill ? { fill: { color: colorSlot(el.fill) } } : {}),
          ...(el.line ? { line: lineProps(el.line) } : {}),
          ...(el.radius ? { rectRadius: inch(el.radius) } : {}),
        });
        break;
      case 'icon':
        // A rectangle stands in for the icon: the finishing pass gives it the icon's geometry.
        slide.addShape(pptx.ShapeType.rect, { ...pos, line: { color: el.color, width: 1 } });
        break;
      case 'art':
        // The same for an illustration's shape: geometry, fill and outline come in finish/shapes.ts.
        slide.addShape(pptx.ShapeType.rect, pos);
        break;
      case 'text':
        slide.addText(textProps(el, scene.lang), {
          ...pos,
          shape: el.geometry === 'roundRect' ? pptx.ShapeType.roundRect : el.geometry === 'ellipse' ? pptx.ShapeType.ellipse : pptx.ShapeType.rect,
          ...(el.fill ? { fill: { color: el.fill } } : {}),
          ...(el.line ? { line: lineProps(el.line) } : {}),
          margin: [el.insets[0], el.insets[2], el.insets[3], el.insets[1]],
          valign: el.anchor === 't' ? 'top' : el.anchor === 'b' ? 'bottom' : 'middle',
          fit: 'none',
          wrap: true,
          isTextBox: !el.fill && !el.line,
          ...(el.link ? { hyperlink: { url: el.link } } : {}),
        });
        break;
    }
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return { bytes, byTempName, tempName };
}

/** Points to EMU, rounded. */
export function emu(pt: number): number {
  return Math.round(pt * EMU_PER_PT);
}
