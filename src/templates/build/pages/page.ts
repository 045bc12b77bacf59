/** What a page design returns to the composer. */
import type { SceneElement } from '../scene.js';

export interface PageResult {
  elements: SceneElement[];
  /** Height the content needs (points), against the height between the margins. */
  used: number;
  available: number;
}
