/**
 * The presentation part (p:presentation): slide size (p:sldSz), the slides in show order
 * (p:sldIdLst, read by src/presentation/deck.ts) and the presentation-wide text defaults
 * (p:defaultTextStyle).
 */
import { VaError } from '../../errors.js';
import type { OpcPackage } from '../../package/opc-package.js';
import { readDeck, type Deck } from '../../presentation/deck.js';
import type { Warning } from '../../warnings.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { emuToPt, intAttr } from '../units.js';

export interface Presentation {
  part: string;
  /** Slide size in points. */
  width: number;
  height: number;
  /** Slide part names in show order. */
  slides: string[];
  /** The deck's structure (src/presentation/deck.ts): slides, layouts, masters, themes. */
  deck: Deck;
  defaultTextStyle: ReadonlyXElement | undefined;
}

/** Default slide size of PowerPoint (4:3, 10 × 7.5 in) when p:sldSz is missing. */
const DEFAULT_CX = 9144000;
const DEFAULT_CY = 6858000;
/** PowerPoint's limits for slide sizes: 1 in to 56 in. */
const MIN_EMU = 914400 / 10;
const MAX_EMU = 914400 * 56;

export function readPresentation(pkg: OpcPackage, warnings: Warning[]): Presentation {
  const part = pkg.mainPart;
  const root = pkg.xml(part).root;
  if (!root.is(NS.p, 'presentation')) {
    throw new VaError('E_RENDER', `${pkg.what} is damaged: its main part ${part} is not a presentation`, { subject: part });
  }
  const sz = root.child(NS.p, 'sldSz');
  let cx = intAttr(sz?.attr('cx'), DEFAULT_CX);
  let cy = intAttr(sz?.attr('cy'), DEFAULT_CY);
  if (!(cx >= MIN_EMU && cx <= MAX_EMU) || !(cy >= MIN_EMU && cy <= MAX_EMU)) {
    warnings.push({ code: 'W_RENDER_SLIDE_SIZE', message: `the slide size ${cx} × ${cy} EMU is out of range; using 10 × 7.5 in`, part });
    cx = DEFAULT_CX;
    cy = DEFAULT_CY;
  }
  // The slides by the one set of rules that customize and inspect use too.
  const deck = readDeck(pkg);
  for (const rid of deck.missingSlides) {
    warnings.push({ code: 'W_RENDER_SLIDE_MISSING', message: `a slide listed in ${part} (${rid}) is missing from the package and was left out`, part });
  }
  return { part, width: emuToPt(cx), height: emuToPt(cy), slides: deck.slides, deck, defaultTextStyle: root.child(NS.p, 'defaultTextStyle') };
}
