/**
 * Real decks for the shape accessor tests: the committed templates and, when present, the
 * real decks of ../shared/corpus (skipped with a printed reason by corpus.ts when absent).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OpcPackage } from '../../../src/package/opc-package.js';
import { readDeck } from '../../../src/presentation/deck.js';
import { shapeSchemaOf } from '../../../src/presentation/shape/schema.js';
import type { XElement } from '../../../src/xml/element.js';
import { NS } from '../../../src/xml/namespaces.js';
import { corpusFiles, corpusPath, REPO_ROOT } from '../../edit/helpers/corpus.js';

/** The committed templates; `variant` picks one locale and paper of each design (they share one structure). */
export function templateFiles(variant?: string): string[] {
  const root = path.join(REPO_ROOT, 'templates');
  return readdirSync(root).flatMap((id) =>
    readdirSync(path.join(root, id))
      .filter((f) => f.endsWith('.pptx') && (variant === undefined || f === variant))
      .map((f) => path.join(root, id, f)),
  );
}

export function realFiles(): string[] {
  return corpusFiles('real').map((f) => corpusPath('real', f));
}

export function openDeck(file: string): OpcPackage | undefined {
  try {
    return OpcPackage.open(readFileSync(file), { what: path.basename(file) });
  } catch {
    return undefined; // a deck the package reader refuses has no shapes to read
  }
}

/** The slides, layouts and masters of a deck, each with its root element. */
export function drawingParts(pkg: OpcPackage): { part: string; root: XElement }[] {
  const deck = readDeck(pkg);
  return [...deck.slides, ...deck.layouts, ...deck.masters].map((part) => ({ part, root: pkg.xml(part).root }));
}

export function slideRoot(file: string, slide = 0): XElement {
  const pkg = openDeck(file)!;
  return pkg.xml(readDeck(pkg).slides[slide]!).root;
}

/** The first shape element whose p:cNvPr is named `name`, found without the accessors under test. */
export function shapeNamed(root: XElement, name: string): XElement {
  for (const el of root.descendants()) {
    const nv = [...el.elements()][0];
    const cNvPr = nv ? [...nv.elements()][0] : undefined;
    if (cNvPr?.localName === 'cNvPr' && cNvPr.attr('name') === name) return el;
  }
  throw new Error(`no shape named "${name}"`);
}

/** Where the shapes of `files` break the order of src/presentation/shape/schema.ts (and how many shapes were read). */
export function checkOrder(files: string[]): { shapes: number; problems: string[] } {
  let shapes = 0;
  const problems: string[] = [];
  for (const file of files) {
    const pkg = openDeck(file);
    if (!pkg) continue;
    for (const { part, root } of drawingParts(pkg)) {
      for (const el of root.descendants()) {
        const schema = shapeSchemaOf(el.localName);
        if (!schema || !el.inNamespace(NS.p) || el.is(NS.p, 'spTree')) continue;
        shapes++;
        const kids = [...el.elements()].filter((c) => c.inNamespace(NS.p) || c.inNamespace(NS.a));
        const ranks = kids.map((c) => schema.order.indexOf(c.localName));
        const where = `${file.split('/').pop()} ${part} ${el.name}`;
        if (kids[0]?.localName !== schema.nv) problems.push(`${where}: first child ${kids[0]?.name}`);
        if (ranks.some((r) => r < 0)) problems.push(`${where}: unknown child ${kids[ranks.indexOf(-1)]!.name}`);
        // Group members may come in any order: they share a rank.
        const memberRank = (r: number) => (el.localName === 'grpSp' && r >= 2 && r <= 7 ? 2 : r);
        for (let i = 1; i < ranks.length; i++) if (memberRank(ranks[i]!) < memberRank(ranks[i - 1]!)) problems.push(`${where}: ${kids[i]!.name} after ${kids[i - 1]!.name}`);
        const nvKids = [...(kids[0]?.elements() ?? [])].map((c) => c.localName);
        if (nvKids[0] !== 'cNvPr' || nvKids[1] !== schema.cNv) problems.push(`${where}: ${schema.nv} holds ${nvKids.join(',')}`);
      }
    }
  }
  return { shapes, problems };
}
