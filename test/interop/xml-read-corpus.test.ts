/**
 * The one-pass XML reader (src/xml/read-nodes.ts) builds the same tree as the three-pass front
 * end it replaced (test/xml/helpers/fxp-reference.ts) for every XML part of every deck in
 * ../shared/corpus (real, derived and hostile-real), and refuses the parts it refused. Skips
 * with a printed reason when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { decodeXml, parseXmlText } from '../../src/xml/parse.js';
import { corpusFiles, corpusPath, HAVE_CORPUS } from '../edit/helpers/corpus.js';
import { referenceParse } from '../xml/helpers/fxp-reference.js';
import { treeDifference } from '../xml/helpers/same-tree.js';

function attempt<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe.skipIf(!HAVE_CORPUS)('one-pass XML reader on the corpus', () => {
  it('same trees and same refusals for every XML part', () => {
    let parts = 0;
    const problems: string[] = [];
    for (const dir of ['real', 'derived', 'hostile-real'] as const) {
      for (const file of corpusFiles(dir)) {
        const pkg = attempt(() => OpcPackage.open(readFileSync(corpusPath(dir, file)), { what: file }));
        if (typeof pkg === 'string') continue;
        for (const name of pkg.partNames()) {
          if (!/\.(xml|rels|vml)$/i.test(name)) continue;
          const text = attempt(() => decodeXml(pkg.get(name)!, name));
          if (typeof text !== 'string' || text.startsWith('E_')) continue;
          parts++;
          const now = attempt(() => parseXmlText(text, name));
          const before = attempt(() => referenceParse(text, name));
          if (typeof now === 'string' || typeof before === 'string') {
            if (now !== before) problems.push(`${dir}/${file} ${name}: ${typeof now === 'string' ? now : 'ok'} (before: ${typeof before === 'string' ? before : 'ok'})`);
            continue;
          }
          const diff = treeDifference(now, before);
          if (diff) problems.push(`${dir}/${file} ${name}: ${diff}`);
        }
      }
    }
    expect(parts).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
