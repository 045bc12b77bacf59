/**
 * Text body properties (a:bodyPr), inherited from placeholders: insets, anchoring, wrapping,
 * vertical text, columns and autofit (a:normAutofit fontScale/lnSpcReduction, a:spAutoFit).
 */
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import { angleAttr, boolAttr, emuToPt, intAttr } from '../units.js';

export type Autofit = { kind: 'none' } | { kind: 'norm'; fontScale: number; lnSpcReduction: number } | { kind: 'shape' };

export interface BodyProps {
  lIns: number;
  tIns: number;
  rIns: number;
  bIns: number;
  anchor: 't' | 'ctr' | 'b';
  anchorCtr: boolean;
  wrap: boolean;
  /** 'horz', or a rotation of the text: 'vert' (90° clockwise), 'vert270'. */
  vert: 'horz' | 'vert' | 'vert270';
  /** a:bodyPr@rot, degrees. */
  rot: number;
  numCol: number;
  spcCol: number;
  /** a:bodyPr@rtlCol: columns run from right to left. */
  rtlCol: boolean;
  autofit: Autofit;
}

/** Resolves body properties from sources ordered lowest priority first. */
export function resolveBodyProps(sources: readonly ReadonlyXElement[]): BodyProps {
  const attr = (name: string): string | undefined => {
    for (let i = sources.length - 1; i >= 0; i--) {
      const v = sources[i]!.attr(name);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  let autofit: Autofit = { kind: 'none' };
  for (let i = sources.length - 1; i >= 0; i--) {
    const s = sources[i]!;
    const norm = s.child(NS.a, 'normAutofit');
    if (norm) {
      autofit = {
        kind: 'norm',
        fontScale: Math.min(1, Math.max(0.01, intAttr(norm.attr('fontScale'), 100000) / 100000)),
        lnSpcReduction: Math.min(0.9, Math.max(0, intAttr(norm.attr('lnSpcReduction'), 0) / 100000)),
      };
      break;
    }
    if (s.child(NS.a, 'spAutoFit')) {
      autofit = { kind: 'shape' };
      break;
    }
    if (s.child(NS.a, 'noAutofit')) break;
  }
  const anchor = attr('anchor');
  const vert = attr('vert');
  return {
    lIns: emuToPt(intAttr(attr('lIns'), 91440)),
    tIns: emuToPt(intAttr(attr('tIns'), 45720)),
    rIns: emuToPt(intAttr(attr('rIns'), 91440)),
    bIns: emuToPt(intAttr(attr('bIns'), 45720)),
    anchor: anchor === 'ctr' || anchor === 'b' ? anchor : anchor === 'just' || anchor === 'dist' ? 'ctr' : 't',
    anchorCtr: boolAttr(attr('anchorCtr'), false),
    wrap: attr('wrap') !== 'none',
    vert: vert === 'vert' || vert === 'eaVert' || vert === 'wordArtVert' || vert === 'mongolianVert' ? 'vert' : vert === 'vert270' ? 'vert270' : 'horz',
    rot: angleAttr(attr('rot')),
    numCol: Math.min(16, Math.max(1, intAttr(attr('numCol'), 1))),
    spcCol: emuToPt(intAttr(attr('spcCol'), 0)),
    rtlCol: boolAttr(attr('rtlCol'), false),
    autofit,
  };
}
