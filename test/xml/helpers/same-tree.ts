/** A description of the first place where two parsed documents differ, or undefined when they are the same. */
import type { XNode } from '../../../src/xml/element.js';
import type { XDocument } from '../../../src/xml/parse.js';

export function treeDifference(a: XDocument, b: XDocument): string | undefined {
  const da = JSON.stringify(a.declaration ? [...a.declaration] : null);
  const db = JSON.stringify(b.declaration ? [...b.declaration] : null);
  if (da !== db) return `declaration ${da} ≠ ${db}`;
  return nodesDifference(a.prolog, b.prolog, 'prolog') ?? nodesDifference([a.root], [b.root], '');
}

function nodesDifference(a: readonly XNode[], b: readonly XNode[], path: string): string | undefined {
  if (a.length !== b.length) return `${path}: ${a.length} ≠ ${b.length} children`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const here = `${path}/${i}`;
    if (x.kind !== y.kind) return `${here}: ${x.kind} ≠ ${y.kind}`;
    if (x.kind === 'element' && y.kind === 'element') {
      if (x.name !== y.name) return `${here}: <${x.name}> ≠ <${y.name}>`;
      const ax = JSON.stringify([...x.attrs]);
      const ay = JSON.stringify([...y.attrs]);
      if (ax !== ay) return `${here} <${x.name}>: attributes ${ax} ≠ ${ay}`;
      if ((x.parent?.name ?? null) !== (y.parent?.name ?? null)) return `${here} <${x.name}>: parent`;
      const d = nodesDifference(x.children, y.children, `${here}<${x.name}>`);
      if (d) return d;
    } else if (x.kind === 'pi' && y.kind === 'pi') {
      if (x.target !== y.target || x.body !== y.body) return `${here}: <?${x.target} ${x.body}?> ≠ <?${y.target} ${y.body}?>`;
    } else if ('value' in x && 'value' in y && x.value !== y.value) {
      return `${here}: ${x.kind} ${JSON.stringify(x.value.slice(0, 60))} ≠ ${JSON.stringify(y.value.slice(0, 60))}`;
    }
  }
  return undefined;
}
