/**
 * What the type checker cannot see about the read-only shared XML (src/xml/readonly.ts), checked
 * on the source: the shared parse cache is reached only through OpcPackage (readOnlyXml for
 * readers, xml() for the brand engine, which copies with cloneDocument there and nowhere else),
 * and no reader (render, inspect, presentation, accessibility) casts a read-only tree to an
 * editable type, the one way around the types. The compile-time half is test/xml/freeze.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../edit/helpers/corpus.js';

const SRC = path.join(REPO_ROOT, 'src');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(SRC, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (entry.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

const ALL = sources('.');
const text = (rel: string) => readFileSync(path.join(SRC, rel), 'utf8');
const users = (pattern: RegExp) => ALL.filter((f) => f !== path.normalize('xml/content-cache.ts') && pattern.test(text(f))).sort();

/** A cast to one of the editable XML types: `as XElement`, `as XNode`, `<XText>`... */
const CAST = /\bas\s+(?:XElement|XNode|XText|XComment|XCData|XInstruction|XLeaf|XDocument)\b|<(?:XElement|XNode|XText|XDocument)>\s*\w/;

describe('read-only shared XML: how the source reaches it', () => {
  it('reaches the shared parse cache only through OpcPackage, and copies it for editing only there', () => {
    expect(users(/\bsharedXml\s*\(/)).toEqual([path.normalize('package/opc-package.ts')]);
    expect(users(/\bcloneDocument\s*\(/)).toEqual([path.normalize('package/opc-package.ts')]);
  });

  it('has no reader cast a tree to an editable XML type', () => {
    const readers = ['render', 'inspect', 'presentation', 'accessibility'].flatMap(sources);
    expect(readers.length).toBeGreaterThan(50);
    const casts = readers.flatMap((f) =>
      text(f)
        .split('\n')
        .map((line, i) => ({ at: `${f}:${i + 1}`, line }))
        .filter(({ line }) => CAST.test(line))
        // markDecorative (the template build marks a shape decorative) edits a tree it owns:
        // append() returns an XNode, and the cast says which kind it appended.
        .filter(({ at, line }) => !(at.startsWith(path.normalize('accessibility/shape-roles.ts')) && /\.append\(\w+\.make\(/.test(line)))
        .map(({ at }) => at),
    );
    expect(casts).toEqual([]);
  });

  it('has inspect read every part read-only (the shared parse, not a copy)', () => {
    const calls = sources('inspect').filter((f) => /\bpkg\.xml\(/.test(text(f)));
    expect(calls).toEqual([]);
  });

  it('finds a cast where there is one (the check above is not blind)', () => {
    expect(CAST.test('const el = node as XElement;')).toBe(true);
    expect(CAST.test('const doc = shared as unknown as XDocument;')).toBe(true);
    expect(CAST.test('const ro: ReadonlyXElement = el;')).toBe(false);
  });
});
