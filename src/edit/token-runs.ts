/**
 * Finding and replacing `{{token}}`s in one paragraph (a:p), also where PowerPoint split a token
 * over several runs (a:r) — which it does after spell-checking, autocorrect or a formatting
 * change in the middle of a word.
 *
 * A token may span consecutive a:r runs of one paragraph. An a:br (line break) or a:fld (field:
 * slide number, date) ends a stretch of runs: a token cut by one of them is not a token (it is
 * reported, not replaced). The replacement takes the formatting (a:rPr) of the run the token
 * starts in; the other runs the token covered lose those characters, and go when empty.
 */
import type { XElement } from '../xml/element.js';
import { XText } from '../xml/element.js';
import { NS } from '../xml/namespaces.js';

export const TOKEN_RE = /\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g;

interface RunText {
  run: XElement;
  /** The run's a:t (created empty when the run has none). */
  t: XElement;
  text: string;
  start: number;
}

/** The stretches of consecutive a:r runs of a paragraph (broken by a:br and a:fld). */
export function runStretches(p: XElement): XElement[][] {
  const out: XElement[][] = [];
  let current: XElement[] = [];
  for (const c of p.elements()) {
    if (c.is(NS.a, 'r')) current.push(c);
    else if (c.is(NS.a, 'br') || c.is(NS.a, 'fld')) {
      if (current.length) out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** Text of a paragraph as displayed: runs and fields, a:br as "\n". */
export function paragraphText(p: XElement): string {
  let s = '';
  for (const c of p.elements()) {
    if (c.is(NS.a, 'r') || c.is(NS.a, 'fld')) s += c.child(NS.a, 't')?.textContent() ?? '';
    else if (c.is(NS.a, 'br')) s += '\n';
  }
  return s;
}

function runTexts(runs: XElement[]): RunText[] {
  let start = 0;
  return runs.map((run) => {
    let t = run.child(NS.a, 't');
    if (!t) t = run.append(run.make(NS.a, 't')) as XElement;
    const text = t.textContent();
    const rt = { run, t, text, start };
    start += text.length;
    return rt;
  });
}

export interface TokenMatch {
  name: string;
  raw: string;
  start: number;
  end: number;
}

export function findTokens(text: string): TokenMatch[] {
  const out: TokenMatch[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push({ name: m[1]!, raw: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Tokens of each run stretch of the paragraph (names as written). */
export function tokensInParagraph(p: XElement): TokenMatch[] {
  const out: TokenMatch[] = [];
  for (const runs of runStretches(p)) {
    const text = runs.map((r) => r.child(NS.a, 't')?.textContent() ?? '').join('');
    out.push(...findTokens(text));
  }
  return out;
}

function setRunText(rt: RunText, text: string): void {
  rt.text = text;
  rt.t.setText('');
  if (text !== '') rt.t.append(new XText(text));
}

/**
 * Replaces the tokens `value` returns a string for (others stay), in every run stretch.
 * Returns the number of replacements.
 */
export function replaceTokens(p: XElement, value: (name: string) => string | undefined): number {
  let count = 0;
  for (const runs of runStretches(p)) {
    const rts = runTexts(runs);
    const text = rts.map((r) => r.text).join('');
    const matches = findTokens(text).filter((m) => value(m.name) !== undefined);
    // Right to left: earlier offsets stay valid while later text changes.
    for (const m of matches.reverse()) {
      const v = value(m.name)!;
      const i = rts.findIndex((r) => m.start >= r.start && m.start < r.start + r.text.length);
      const j = rts.findIndex((r) => m.end - 1 >= r.start && m.end - 1 < r.start + r.text.length);
      if (i < 0 || j < 0) continue;
      const first = rts[i]!;
      if (i === j) {
        setRunText(first, first.text.slice(0, m.start - first.start) + v + first.text.slice(m.end - first.start));
      } else {
        setRunText(first, first.text.slice(0, m.start - first.start) + v);
        for (let k = i + 1; k < j; k++) {
          setRunText(rts[k]!, '');
          rts[k]!.run.remove();
        }
        const last = rts[j]!;
        setRunText(last, last.text.slice(m.end - last.start));
        if (last.text === '') last.run.remove();
      }
      count++;
    }
  }
  return count;
}

/** a:endParaRPr for a paragraph about to lose its runs: a copy of the run's a:rPr. */
function ensureEndParaRPr(p: XElement, like: XElement): void {
  if (p.child(NS.a, 'endParaRPr')) return;
  const rPr = like.child(NS.a, 'rPr');
  const end = p.make(NS.a, 'endParaRPr');
  if (rPr) {
    const list = rPr.attrList();
    for (let i = 0; i < list.length; i += 2) end.setAttr(list[i]!, list[i + 1]!);
    for (const c of rPr.elements()) if (!c.is(NS.a, 'hlinkClick') && !c.is(NS.a, 'hlinkMouseOver')) end.append(c.clone());
  }
  p.insertInOrder(end, ['pPr', 'r', 'br', 'fld', 'endParaRPr', 'extLst']);
}

const INLINE = (c: XElement) => c.is(NS.a, 'r') || c.is(NS.a, 'br') || c.is(NS.a, 'fld');

/**
 * Splits a paragraph wherever a run's text contains "\n": each line becomes a paragraph with the
 * same a:pPr, the run keeping its formatting. Returns the paragraphs (the first is `p`).
 */
export function splitAtNewlines(p: XElement): XElement[] {
  const out = [p];
  let current = p;
  for (;;) {
    const inline = [...current.elements()].filter(INLINE);
    const index = inline.findIndex((c) => c.is(NS.a, 'r') && (c.child(NS.a, 't')?.textContent() ?? '').includes('\n'));
    if (index < 0) return out;
    const run = inline[index]!;
    const text = run.child(NS.a, 't')!.textContent();
    const cut = text.indexOf('\n');
    const next = current.clone();
    current.parent!.insertAfter(next, current);
    const nextInline = [...next.elements()].filter(INLINE);
    // This paragraph: everything before the break.
    ensureEndParaRPr(current, run);
    for (const c of inline.slice(index + 1)) c.remove();
    const before = text.slice(0, cut);
    if (before === '') run.remove();
    else run.child(NS.a, 't')!.setText(before);
    // The next paragraph: everything after it.
    for (const c of nextInline.slice(0, index)) c.remove();
    const nextRun = nextInline[index]!;
    const after = text.slice(cut + 1);
    if (after === '') {
      ensureEndParaRPr(next, nextRun);
      nextRun.remove();
    } else nextRun.child(NS.a, 't')!.setText(after);
    out.push(next);
    current = next;
  }
}
