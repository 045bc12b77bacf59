/**
 * The page as the builder composes it, before it becomes PresentationML: positioned boxes in
 * points from the page's top-left corner, scheme colours, text with its styles, icons and the
 * groups the template contract needs (`va:stack`, `va:when:<field>`).
 */
import type { ColorRef, SchemeColor, TextStyle } from '../source/design.js';
import type { Subpath } from '../icons/svg-path.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Line {
  color: ColorRef;
  /** Width in points. */
  width: number;
  dash?: 'dash' | 'sysDash';
}

export interface Run {
  text: string;
  style: TextStyle;
  /** Hyperlink target (`a:hlinkClick`): the run is drawn in the theme's hyperlink colour. */
  link?: string;
}

export interface Paragraph {
  runs: Run[];
  align: 'l' | 'ctr' | 'r';
  /** Exact line spacing in points. */
  lineHeight: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** A bullet character hanging in the left indent (points). */
  bullet?: { char: string; indent: number; color: SchemeColor };
}

/**
 * What an element means to a reader (docs/template-contract.md, section 8), written into the
 * PPTX by finish/roles.ts and read by the renderer's structure tree (tagged PDF) and `inspect`:
 *   - `title`: the page title (H1), written as PowerPoint's title placeholder;
 *   - `h2`, `h3`: section and sub-section headings;
 *   - `p`: body text (the default for text);
 *   - `ol`: a group whose `li` members are the items of a numbered list; `li`: one item, whose
 *     `lbl` member (the number) is its label and everything else its body;
 *   - `figure`: a picture, or a shape or group that is one, described by `alt`;
 *   - `decorative`: bands, rings, connectors, panels, icons that repeat their text: not read.
 * Every element a reader can see needs one: text defaults to `p`, everything else must say
 * (the contract test fails otherwise).
 */
export type SceneRole = 'title' | 'h2' | 'h3' | 'p' | 'ol' | 'li' | 'lbl' | 'figure' | 'decorative';

interface Semantics {
  role?: SceneRole;
  /** Alternative text (`p:cNvPr/@descr`): required for `figure`. */
  alt?: string;
}

interface Base extends Semantics {
  /** The shape's name in PowerPoint's Selection Pane (`p:cNvPr/@name`). */
  name: string;
  box: Box;
}

export interface ShapeElement extends Base {
  kind: 'shape';
  geometry: 'rect' | 'roundRect' | 'ellipse' | 'line';
  fill?: ColorRef;
  line?: Line;
  /** Corner radius in points (roundRect). */
  radius?: number;
}

export interface TextElement extends Base {
  kind: 'text';
  paragraphs: Paragraph[];
  /** Inner margins in points: left, top, right, bottom. */
  insets: [number, number, number, number];
  anchor: 't' | 'ctr' | 'b';
  geometry?: 'rect' | 'roundRect' | 'ellipse';
  fill?: SchemeColor;
  line?: Line;
  radius?: number;
  /** Hyperlink of the whole shape (`p:cNvPr/a:hlinkClick`). */
  link?: string;
}

export interface IconElement extends Base {
  kind: 'icon';
  /** Lucide icon name. */
  icon: string;
  /** Stroke colour of the icon. */
  color: SchemeColor;
  /** A square background behind the icon, in the same shape (a second, fill-only path). */
  fill?: SchemeColor;
  /** Share of the box the icon's view box takes, centred (default 1). */
  scale?: number;
}

/**
 * A filled and/or stroked shape of an illustration: custom geometry (`a:custGeom`) made of the
 * subpaths, in points relative to the box's top-left corner.
 */
export interface ArtElement extends Base {
  kind: 'art';
  subpaths: Subpath[];
  fill?: ColorRef;
  line?: { color: ColorRef; width: number };
}

export interface GroupElement extends Semantics {
  kind: 'group';
  name: string;
  /** Hidden in the template (`p:cNvPr/@hidden`): a `va:when:spare` member the brand engine shows. */
  hidden?: boolean;
  children: SceneElement[];
}

export type SceneElement = ShapeElement | TextElement | IconElement | ArtElement | GroupElement;

export interface Scene {
  widthEmu: number;
  heightEmu: number;
  /** `a:rPr/@lang` of every run. */
  lang: string;
  background: SchemeColor;
  elements: SceneElement[];
}

/** Every non-group element, depth first, in drawing order. */
export function* leaves(elements: readonly SceneElement[]): Generator<Exclude<SceneElement, GroupElement>> {
  for (const el of elements) {
    if (el.kind === 'group') yield* leaves(el.children);
    else yield el;
  }
}
