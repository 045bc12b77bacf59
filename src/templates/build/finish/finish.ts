/**
 * The finishing pass over pptxgenjs's package, with our OPC and XML layers: shapes, groups and
 * ids on the slide; theme; master; notes removed; fixed document properties. The package is
 * then saved by our deterministic ZIP writer.
 */
import { OpcPackage } from '../../../package/opc-package.js';
import { NS } from '../../../xml/namespaces.js';
import type { IndustrySource } from '../../source/types.js';
import type { Scene } from '../scene.js';
import type { WrittenDeck } from '../write-pptx.js';
import { writeDocProps, type DocumentInfo } from './docprops.js';
import { applyGroups, renumberIds } from './groups.js';
import { finishMaster } from './master.js';
import { removeNotes } from './notes.js';
import { finishShapes } from './shapes.js';
import { finishTheme } from './theme.js';

export async function finishDeck(written: WrittenDeck, scene: Scene, industry: IndustrySource, info: DocumentInfo): Promise<Uint8Array> {
  const pkg = OpcPackage.open(written.bytes, { what: 'the pptxgenjs output' });
  const slides = pkg.related(pkg.mainPart, 'slide');
  const masters = pkg.related(pkg.mainPart, 'slideMaster');
  if (slides.length !== 1 || masters.length !== 1) throw new Error(`expected one slide and one master, got ${slides.length} and ${masters.length}`);
  const slidePart = slides[0]!;
  const masterPart = masters[0]!;

  const slide = pkg.xml(slidePart);
  const spTree = slide.root.path(NS.p, 'cSld', 'spTree');
  if (!spTree) throw new Error('the slide has no p:spTree');
  const shapes = finishShapes(spTree, written.byTempName, scene.lang);
  applyGroups(spTree, scene.elements, shapes);
  renumberIds(spTree);
  pkg.touch(slidePart);

  const themes = pkg.related(masterPart, 'theme');
  if (themes.length !== 1) throw new Error(`expected one theme, got ${themes.length}`);
  finishTheme(pkg.xml(themes[0]!), industry);
  pkg.touch(themes[0]!);
  finishMaster(pkg.xml(masterPart));
  pkg.touch(masterPart);

  removeNotes(pkg, slidePart);
  writeDocProps(pkg, info);
  return pkg.save();
}
