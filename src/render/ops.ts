/**
 * The display list: drawing operations in page points (origin top-left, y down), produced from
 * the slide scene and consumed by the PDF writer and the SVG writer alike. Every operation
 * carries its own transform from local coordinates to the page.
 */
import type { Face } from '../fonts/types.js';
import type { PathCommand } from './geometry/types.js';
import type { Matrix } from './matrix.js';
import type { Rgba } from './color/rgba.js';
import type { ImageEffects } from './images/effects.js';
import type { ContentTag, StructElem } from './structure/types.js';

export type { PathCommand };

export interface GradientStop {
  /** 0..1 along the gradient. */
  pos: number;
  color: Rgba;
}

export type Paint =
  | { kind: 'solid'; color: Rgba }
  /** Axial gradient from (x1, y1) to (x2, y2) in the operation's local coordinates. */
  | { kind: 'linear'; stops: GradientStop[]; x1: number; y1: number; x2: number; y2: number }
  /** Radial gradient: stop 0 at the centre (cx, cy), stop 1 on the circle of radius r. */
  | { kind: 'radial'; stops: GradientStop[]; cx: number; cy: number; r: number };

export interface Stroke {
  color: Rgba;
  width: number;
  cap: 'butt' | 'round' | 'square';
  join: 'miter' | 'round' | 'bevel';
  miterLimit: number;
  /** Dash lengths (on, off, ...) in local units; empty for a solid line. */
  dash: number[];
}

/** Every operation may say what it is to a reader (the tagged PDF); untagged means artifact. */
interface Tagged {
  tag?: ContentTag;
}

export interface PathOp extends Tagged {
  kind: 'path';
  transform: Matrix;
  commands: PathCommand[];
  fill?: Paint;
  stroke?: Stroke;
  evenOdd?: boolean;
  /** Optional clip path in the same local coordinates (metafile pictures, emf/player.ts). */
  clip?: PathCommand[];
}

/** A decoded-later picture: the bytes of a package part and what it is. */
export interface ImageSource {
  /** Stable key (the part name) so one picture is embedded once per document. */
  key: string;
  bytes: Uint8Array;
  /** Lower-case format guess from the content type or extension: png, jpeg, gif, svg, ... */
  format: string;
  /** For messages. */
  name: string;
  /** Colour effects of the a:blip (duotone, grayscale ...), applied when decoding. */
  effects?: ImageEffects;
}

export interface ImageOp extends Tagged {
  kind: 'image';
  transform: Matrix;
  image: ImageSource;
  /** Where the whole picture goes, in local coordinates (cropping makes it larger than the clip). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Optional clip path in the same local coordinates. */
  clip?: PathCommand[];
  alpha: number;
  /** Slide number and part, for warnings while decoding. */
  slide: number;
  part: string;
}

export interface TextOp extends Tagged {
  kind: 'text';
  transform: Matrix;
  face: Face;
  size: number;
  /** Baseline origin of the text, in local coordinates. */
  x: number;
  y: number;
  text: string;
  /** Width as measured by the layout (Face.measure plus character spacing). */
  width: number;
  /** Extra advance after every character, points (a:rPr@spc, distributed justification). */
  charSpacing: number;
  color: Rgba;
  /** Synthetic bold (stroke outline) and italic (skew) when the face lacks them. */
  fakeBold: boolean;
  fakeItalic: boolean;
  /**
   * The text ends a line in the middle of a paragraph, between two words: the PDF draws an
   * (invisible) space after it, so that extracted and read-aloud text keeps the words apart.
   */
  spaceAfter?: boolean;
  /**
   * The text in reading order when `text` is drawn in another order (a right-to-left run,
   * text/bidi.ts): written as the marked content's /ActualText, so that copied, searched and
   * read-aloud text comes out in logical order.
   */
  actualText?: string;
  /** Optional clip path in the text's local coordinates (metafile pictures, emf/text.ts). */
  clip?: PathCommand[];
}

export type DrawOp = PathOp | ImageOp | TextOp;

export type LinkTarget = { kind: 'uri'; uri: string } | { kind: 'page'; page: number };

export interface LinkArea {
  /** Axis-aligned rectangle on the page (points, y down). */
  x: number;
  y: number;
  w: number;
  h: number;
  target: LinkTarget;
  /** The Link structure element the annotation belongs to (the tagged PDF). */
  link?: StructElem;
}

export interface PageList {
  width: number;
  height: number;
  ops: DrawOp[];
  links: LinkArea[];
  /** How many of the first ops draw the slide background (a bleed extends them, bleed.ts). */
  backgroundOps?: number;
  /** Print boxes of a page with a bleed (bleed.ts): the PDF's TrimBox and BleedBox. */
  boxes?: import('./bleed.js').PageBoxes;
}
