/**
 * Findings on disk: one folder per kind and signature (the same bug found 200 times is one
 * folder), holding up to three reproducible examples, each with `case.json` (seed, case number,
 * mutations, what happened, the command that replays it) and the mutated input files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FuzzCase } from './case.js';

export type FindingKind = 'crash' | 'hang' | 'memory' | 'slow' | 'invalid-pdf' | 'invalid-pptx' | 'invalid-png' | 'invalid-libreoffice' | 'bad-message' | 'died';

/** Kinds that fail a run (slow is reported, not failed: it depends on the machine's load). */
export const FAILING: ReadonlySet<FindingKind> = new Set(['crash', 'hang', 'memory', 'invalid-pdf', 'invalid-pptx', 'invalid-png', 'invalid-libreoffice', 'bad-message', 'died']);

export interface Finding {
  kind: FindingKind;
  /** One line: what went wrong. */
  message: string;
  stack?: string;
  /** What identifies the bug: the same signature is the same finding. */
  signature: string;
  ms?: number;
  rssMB?: number;
}

const MAX_EXAMPLES = 3;

/** The first frame of our own code in a stack ("src/render/text/layout.ts:231"). */
export function ownFrame(stack: string | undefined): string {
  if (!stack) return '';
  for (const line of stack.split('\n').slice(1)) {
    const m = /(src\/[^\s:()]+):(\d+)/.exec(line);
    if (m) return `${m[1]}:${m[2]}`;
  }
  return '';
}

/** A message with its variable parts (numbers, quoted text, part names) blanked. */
export function normalise(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b[\w/.-]+\.(xml|rels|png|jpe?g|gif|svg|emf|wmf|bin|pptx|ttf)\b/gi, '<part>')
    .replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi, 'N')
    .slice(0, 120);
}

export function signatureOf(kind: FindingKind, message: string, stack?: string): string {
  return `${kind}|${ownFrame(stack) || normalise(message)}`;
}

function extensionOf(name: string, bytes: Uint8Array): string {
  const ext = path.extname(name).slice(1);
  if (ext) return ext;
  return bytes[0] === 0x89 ? 'png' : 'bin';
}

export class FindingStore {
  /** Signature → how many times it was seen in this run. */
  readonly counts = new Map<string, { finding: Finding; count: number; dir: string; cases: number[] }>();

  constructor(readonly root: string) {}

  private dirFor(f: Finding): string {
    const hash = createHash('sha256').update(f.signature).digest('hex').slice(0, 10);
    return path.join(this.root, `${f.kind}-${hash}`);
  }

  /** Records a finding; writes the case's files unless the folder has enough examples. */
  record(f: Finding, c: FuzzCase, extra: Record<string, Uint8Array> = {}): string {
    const dir = this.dirFor(f);
    const entry = this.counts.get(f.signature) ?? { finding: f, count: 0, dir, cases: [] };
    entry.count++;
    entry.cases.push(c.index);
    this.counts.set(f.signature, entry);
    mkdirSync(dir, { recursive: true });
    const examples = readdirSync(dir).filter((n) => n.startsWith('case-'));
    const exampleDir = path.join(dir, `case-${c.seed}-${c.index}`);
    if (examples.length < MAX_EXAMPLES && !existsSync(exampleDir)) {
      mkdirSync(exampleDir, { recursive: true });
      writeFileSync(path.join(exampleDir, 'deck.pptx'), c.deck);
      if (c.brandText !== undefined) writeFileSync(path.join(exampleDir, 'brand.json'), c.brandText);
      if (c.logo) writeFileSync(path.join(exampleDir, `logo.${extensionOf(c.logo.name, c.logo.bytes)}`), c.logo.bytes);
      if (c.font) writeFileSync(path.join(exampleDir, 'font.ttf'), c.font.bytes);
      for (const [name, bytes] of Object.entries(extra)) writeFileSync(path.join(exampleDir, name), bytes);
      const record = {
        kind: f.kind,
        message: f.message,
        signature: f.signature,
        ...(f.stack ? { stack: f.stack.split('\n').slice(0, 12) } : {}),
        ...(f.ms !== undefined ? { ms: Math.round(f.ms) } : {}),
        ...(f.rssMB !== undefined ? { rssMB: Math.round(f.rssMB) } : {}),
        seed: c.seed,
        index: c.index,
        family: c.family,
        target: c.target,
        origin: c.origin,
        mutations: c.mutations.map((m) => (m.length > 300 ? `${m.slice(0, 300)}…` : m)),
        files: { deck: 'deck.pptx', ...(c.brandText !== undefined ? { brand: 'brand.json' } : {}), ...(c.logo ? { logo: `logo.${extensionOf(c.logo.name, c.logo.bytes)}` } : {}), ...(c.font ? { font: 'font.ttf' } : {}) },
        replay: `npm run fuzz -- --replay ${path.relative(process.cwd(), exampleDir)}`,
        regenerate: `npm run fuzz -- --seed ${c.seed} --from ${c.index} --cases 1`,
      };
      writeFileSync(path.join(exampleDir, 'case.json'), JSON.stringify(record, null, 2) + '\n');
    }
    return dir;
  }
}

/** A stored example back as a case (for --replay). */
export function loadExample(dir: string): { c: FuzzCase; recorded: { kind: string; message: string } } {
  const record = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as {
    kind: string;
    message: string;
    seed: number;
    index: number;
    family: FuzzCase['family'];
    target: FuzzCase['target'];
    origin: string[];
    mutations: string[];
    files: { deck: string; brand?: string; logo?: string; font?: string };
  };
  const c: FuzzCase = {
    seed: record.seed,
    index: record.index,
    family: record.family,
    target: record.target,
    origin: record.origin,
    mutations: record.mutations,
    deck: readFileSync(path.join(dir, record.files.deck)),
    ...(record.files.brand ? { brandText: readFileSync(path.join(dir, record.files.brand), 'utf8') } : {}),
    ...(record.files.logo ? { logo: { name: record.files.logo, bytes: readFileSync(path.join(dir, record.files.logo)) } } : {}),
    ...(record.files.font ? { font: { name: record.files.font, bytes: readFileSync(path.join(dir, record.files.font)) } } : {}),
  };
  return { c, recorded: { kind: record.kind, message: record.message } };
}
