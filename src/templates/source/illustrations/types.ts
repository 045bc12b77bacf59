/**
 * An illustration of a template, drawn for this project as code: SVG shapes (`path`, `rect`,
 * `circle`, `ellipse`, `line`, `polyline`, `polygon`, `g` without transforms) whose `fill` and
 * `stroke` name theme colour slots instead of literal colours, optionally lighter or darker as
 * PowerPoint's colour picker makes them:
 *
 *   fill="accent1"  fill="accent2 lighter60"  stroke="tx2" stroke-width="3"  fill="bg1 darker5"
 *
 * The template build turns every shape into a DrawingML custom-geometry shape with scheme
 * colours (`a:schemeClr` + `a:lumMod`/`a:lumOff`), so a brand recolours the illustration with
 * its theme. Our own work, under the project's MIT licence (see LICENSES.md).
 */
export interface Illustration {
  name: string;
  /** What it shows (the alt text when it is not marked decorative). */
  description: string;
  /** View box size; the SVG's coordinates are in these units. */
  width: number;
  height: number;
  /** The shapes, in drawing order (SVG markup without the <svg> element). */
  body: string;
}
