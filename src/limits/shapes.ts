/**
 * How much the renderer draws of one deck: shapes per slide and per deck, colour stops per
 * gradient. Past a limit the rest is not drawn and one warning per slide says how much was left
 * out (W_RENDER_SKIPPED); the page is still written.
 *
 * Measured on 379 real decks (../shared/corpus and the external corpus of
 * fixtures/external-corpus): at most 536 shapes in one part (a slide of 69 top-level shapes and
 * groups of up to 145 members), at most 7 stops in a gradient (PowerPoint's gradient editor
 * offers 10). Without the limits a master with 30,000 rectangles under 20 slides took 36 s of CPU
 * and 2.4 GB, and one gradient of 150,000 stops 50 s.
 */

/** Shapes drawn on one slide: the master's, the layout's and the slide's, group members included. */
export const MAX_SHAPES_PER_SLIDE = 10_000;
/** Shapes drawn in the whole deck. */
export const MAX_SHAPES_PER_DECK = 50_000;
/** Colour stops (a:gs) of one gradient fill that are drawn: the first ones in the file. */
export const MAX_GRADIENT_STOPS = 1_000;

/** Shapes drawn so far in one deck (shared by its slides). */
export interface ShapeBudget {
  drawn: number;
}

export function newShapeBudget(): ShapeBudget {
  return { drawn: 0 };
}
