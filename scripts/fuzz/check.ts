/**
 * Is an output valid? PDFs: `qpdf --check`, and no NaN or Infinity in any stream (content
 * streams and object streams inflated). PPTX: our own reader opens it, and every XML part that
 * was well-formed in the input (or is new) is well-formed. PNG: a PNG that sharp reads.
 * Messages: every error and warning is one line of bounded length.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { DEFAULT_LIMITS } from '../../src/package/limits.js';
import { OpcPackage } from '../../src/package/opc-package.js';
import { inflateEntries, readZipDirectory } from '../../src/package/zip-read.js';
import { parseXml } from '../../src/xml/parse.js';
import type { Outcome } from './targets.js';

export interface Problem {
  kind: 'invalid-pdf' | 'invalid-pptx' | 'invalid-png' | 'bad-message';
  message: string;
}

/** Longest message we accept (errors and warnings are one line each). */
export const MAX_MESSAGE = 1000;

let qpdfAvailable: boolean | undefined;
export function hasQpdf(): boolean {
  qpdfAvailable ??= spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).status === 0;
  return qpdfAvailable;
}

/** Non-finite numbers as pdf-lib would write them. */
const NON_FINITE = /(?<![A-Za-z])(NaN|-?Infinity)(?![A-Za-z])/;

/** A number token with ten or more integer digits: far off any page (src/limits/numbers.ts). */
const HUGE_NUMBER = /(^|[\s[])-?\d{10,}(\.\d+)?(?=[\s\]])/m;

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Every stream of the PDF, inflated where it is FlateDecode. */
function* streams(pdf: Uint8Array): Generator<string> {
  const text = latin1(pdf);
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictStart = text.lastIndexOf('<<', m.index);
    const dict = dictStart >= 0 ? text.slice(dictStart, m.index) : '';
    const raw = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(dict)) {
      try {
        yield latin1(inflateSync(raw));
      } catch {
        yield '';
      }
    } else yield latin1(raw);
    // Past the keyword: "endstream" ends with "stream" too, and a match there would read the
    // next object's header and raw (compressed) bytes as a stream.
    re.lastIndex = end + 'endstream'.length;
  }
}

export function checkPdf(pdf: Uint8Array, scratch: string): Problem[] {
  const problems: Problem[] = [];
  const outside = latin1(pdf).replace(/stream\r?\n[\s\S]*?endstream/g, '');
  if (NON_FINITE.test(outside)) problems.push({ kind: 'invalid-pdf', message: 'a non-finite number (NaN or Infinity) in the PDF objects' });
  for (const s of streams(pdf)) {
    const hit = NON_FINITE.exec(s) ?? HUGE_NUMBER.exec(s);
    if (hit) {
      const at = hit.index;
      problems.push({ kind: 'invalid-pdf', message: `a non-finite or huge number in a PDF stream: ...${s.slice(Math.max(0, at - 40), at + 30).replace(/\s+/g, ' ')}...` });
      break;
    }
  }
  if (hasQpdf()) {
    const file = path.join(scratch, `check-${process.pid}.pdf`);
    writeFileSync(file, pdf);
    const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8', timeout: 60_000 });
    rmSync(file, { force: true });
    if (r.status !== 0) {
      const lines = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /error|warning|damaged|invalid/i.test(l));
      problems.push({ kind: 'invalid-pdf', message: `qpdf --check: exit ${r.status ?? r.signal}: ${lines.slice(0, 3).join(' | ').replace(new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), 'out.pdf')}` });
    }
  }
  return problems;
}

/** Whether an XML part parses (the tree is dropped at once). */
function wellFormed(bytes: Uint8Array, name: string): boolean {
  try {
    parseXml(bytes, name);
    return true;
  } catch {
    return false;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function partsOf(bytes: Uint8Array): Map<string, Uint8Array> | undefined {
  try {
    return inflateEntries(bytes, readZipDirectory(bytes, DEFAULT_LIMITS), DEFAULT_LIMITS);
  } catch {
    return undefined;
  }
}

/**
 * The output's XML parts that are malformed where the input's were not (or are new). A part the
 * output holds byte for byte as the input did is not parsed again, and an input part only when
 * its output is malformed: parsing both copies of every part made the check, not the library,
 * the largest cost of a case (seed 2031 case 358: a 408,000-element slide parsed three times).
 */
export function worseParts(out: Map<string, Uint8Array>, before: Map<string, Uint8Array> | undefined): string[] {
  const worse: string[] = [];
  for (const [name, bytes] of out) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const input = before?.get(name);
    if (input && sameBytes(input, bytes)) continue;
    if (wellFormed(bytes, name)) continue;
    if (input && !wellFormed(input, name)) continue;
    worse.push(name);
  }
  return worse;
}

export function checkPptx(pptx: Uint8Array, input: Uint8Array): Problem[] {
  try {
    OpcPackage.open(pptx, { what: 'the output' });
  } catch (error) {
    return [{ kind: 'invalid-pptx', message: `our reader cannot open the output: ${(error as Error).message}` }];
  }
  const out = partsOf(pptx);
  if (!out) return [{ kind: 'invalid-pptx', message: 'the output is not a readable ZIP' }];
  const worse = worseParts(out, partsOf(input));
  return worse.length > 0 ? [{ kind: 'invalid-pptx', message: `the output has malformed XML parts the input did not: ${worse.slice(0, 5).join(', ')}` }] : [];
}

export async function checkPngs(pngs: Uint8Array[]): Promise<Problem[]> {
  const { default: sharp } = await import('sharp');
  for (const [i, png] of pngs.entries()) {
    try {
      const meta = await sharp(png).metadata();
      if (meta.format !== 'png') return [{ kind: 'invalid-png', message: `page ${i + 1} is ${meta.format}, not PNG` }];
    } catch (error) {
      return [{ kind: 'invalid-png', message: `page ${i + 1} does not decode: ${(error as Error).message}` }];
    }
  }
  return [];
}

function badText(text: string): string | undefined {
  if (/[\r\n]/.test(text)) return 'spans several lines';
  if (text.length > MAX_MESSAGE) return `is ${text.length} characters long`;
  return undefined;
}

export function checkMessages(outcome: Outcome): Problem[] {
  const problems: Problem[] = [];
  if (outcome.message !== undefined && outcome.status === 'refused') {
    const why = badText(outcome.message);
    if (why) problems.push({ kind: 'bad-message', message: `the ${outcome.code} error message ${why}: ${outcome.message.slice(0, 160)}...` });
  }
  for (const w of outcome.warnings) {
    const why = badText(w.message);
    if (why) {
      problems.push({ kind: 'bad-message', message: `a ${w.code} warning ${why}: ${w.message.slice(0, 160)}...` });
      break;
    }
  }
  return problems;
}

export async function checkOutcome(outcome: Outcome, input: Uint8Array, scratch: string): Promise<Problem[]> {
  const problems = checkMessages(outcome);
  if (outcome.outputs.pdf) problems.push(...checkPdf(outcome.outputs.pdf, scratch));
  if (outcome.outputs.pptx) problems.push(...checkPptx(outcome.outputs.pptx, input));
  if (outcome.outputs.pngs) problems.push(...(await checkPngs(outcome.outputs.pngs)));
  return problems;
}
