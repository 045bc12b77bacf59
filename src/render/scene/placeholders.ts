/**
 * Placeholder inheritance (p:ph): a slide's placeholder takes what it does not say itself from
 * the matching placeholder of its layout, and that one from the master. Matching follows
 * PowerPoint: by idx first, then by type; the master is matched by type (obj/body/subTitle and
 * content placeholders → body, ctrTitle → title).
 */
import { placeholderOf, type Placeholder } from '../../presentation/shape/non-visual.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';
import { NS } from '../../xml/namespaces.js';
import type { PartXml } from '../deck/slide-chain.js';

/** A placeholder's type and idx (p:nvPr/p:ph), read by src/presentation/shape/non-visual.ts. */
export type PhKey = Placeholder;

const indexCache = new WeakMap<ReadonlyXElement, { shape: ReadonlyXElement; key: PhKey }[]>();

function placeholdersIn(part: PartXml): { shape: ReadonlyXElement; key: PhKey }[] {
  let list = indexCache.get(part.root);
  if (!list) {
    list = [];
    const tree = part.root.child(NS.p, 'cSld')?.child(NS.p, 'spTree');
    const walk = (el: ReadonlyXElement) => {
      for (const c of el.elements()) {
        if (c.is(NS.p, 'grpSp')) walk(c);
        else {
          const key = placeholderOf(c);
          if (key) list!.push({ shape: c, key });
        }
      }
    };
    if (tree) walk(tree);
    indexCache.set(part.root, list);
  }
  return list;
}

/** The master-level type a placeholder type is matched against. */
export function masterType(type: string): string {
  if (type === 'ctrTitle' || type === 'title') return 'title';
  if (type === 'dt' || type === 'ftr' || type === 'sldNum' || type === 'hdr') return type;
  return 'body';
}

/** The layout placeholder a slide placeholder inherits from. */
export function findLayoutPlaceholder(layout: PartXml | undefined, key: PhKey): ReadonlyXElement | undefined {
  if (!layout) return undefined;
  const list = placeholdersIn(layout);
  if (key.idx !== undefined) {
    const byIdx = list.find((p) => p.key.idx === key.idx);
    if (byIdx) return byIdx.shape;
  }
  const byType = list.find((p) => p.key.type === key.type);
  if (byType) return byType.shape;
  const mt = masterType(key.type);
  if (key.idx === undefined || mt !== 'body') return list.find((p) => masterType(p.key.type) === mt)?.shape;
  return undefined;
}

/** The master placeholder a layout (or slide) placeholder inherits from. */
export function findMasterPlaceholder(master: PartXml | undefined, key: PhKey): ReadonlyXElement | undefined {
  if (!master) return undefined;
  const list = placeholdersIn(master);
  const mt = masterType(key.type);
  return list.find((p) => p.key.type === key.type)?.shape ?? list.find((p) => masterType(p.key.type) === mt)?.shape;
}

/** The master's text style for a placeholder type (p:txStyles): title, body or other. */
export function masterTextStyle(master: PartXml | undefined, key: PhKey | undefined): ReadonlyXElement | undefined {
  const styles = master?.root.child(NS.p, 'txStyles');
  if (!styles) return undefined;
  if (!key) return styles.child(NS.p, 'otherStyle');
  const mt = masterType(key.type);
  if (mt === 'title') return styles.child(NS.p, 'titleStyle');
  if (mt === 'body') return styles.child(NS.p, 'bodyStyle');
  return styles.child(NS.p, 'otherStyle');
}
