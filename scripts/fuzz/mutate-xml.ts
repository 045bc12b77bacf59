/**
 * XML-level mutations of a deck: a part is parsed with our own parser, changed as a tree, written
 * back and the deck re-zipped (parts the case did not touch keep their compressed bytes).
 *
 *   numbers: huge, negative, NaN, Infinity, empty, hexadecimal, beyond 32/53 bits
 *   enums: unknown tokens and real tokens in the wrong place
 *   structure: missing attributes, missing children, duplicated and moved elements, deep nesting,
 *              elements grafted from other parts, thousands of shapes
 *   text: huge a:t (one long word, many words, many lines, CJK, combining marks, controls)
 *   fonts: thousands of distinct unknown font names
 *   relationships: dangling, self-referencing, cyclic, external, odd schemes, duplicate ids
 *   content types, raw text (truncation, bad entities, encodings), embedded pictures
 */
import { XElement, XText } from '../../src/xml/element.js';
import { parseXml, type XDocument } from '../../src/xml/parse.js';
import { serializeElement, serializeXml } from '../../src/xml/serialize.js';
import { writeZip, type StoredEntry } from '../../src/package/zip-write.js';
import { mutatePicture } from './mutate-binary.js';
import type { Rng } from './rng.js';

export const WEIRD_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e999',
  '99999999999999999999999',
  '-99999999999999999999',
  '2147483647',
  '2147483648',
  '-2147483648',
  '-2147483649',
  '4294967296',
  '9007199254740993',
  '0',
  '-0',
  '-1',
  '1',
  '0.0001',
  '1e-400',
  '',
  ' ',
  '+5',
  '0x1F',
  '1,5',
  '12abc',
  '-',
  '51206400',
  '-51206400',
];

const ENUM_TOKENS = [
  'rect', 'ellipse', 'heart', 'gear9', 'circularArrow', 'cloudCallout', 'ribbon2', 'verticalScroll', 'actionButtonHome', 'leftRightArrow',
  'ctr', 't', 'b', 'l', 'r', 'just', 'dist', 'vert', 'vert270', 'eaVert', 'wordArtVert', 'mongolianVert', 'wordArtVertRtl',
  'none', 'sng', 'dbl', 'dash', 'sysDot', 'tri', 'arrow', 'stealth', 'diamond', 'oval', 'shape', 'norm', 'bevel', 'miter', 'round', 'flat', 'sq',
  'solid', 'pct50', 'horz', 'square', 'tx1', 'bg1', 'tx2', 'accent1', 'accent6', 'phClr', 'hlink', 'folHlink', 'dk1', 'lt1',
  'title', 'body', 'subTitle', 'pic', 'chart', 'tbl', 'obj', 'dgm', 'media', 'clipArt', 'sldNum', 'dt', 'ftr',
  'arabicPeriod', 'romanUcParenR', 'alphaLcPeriod', 'circleNumDbPlain', 'thaiAlphaPeriod', 'hebrew2Minus',
  'inherit', 'true', 'false', '1', '0', 'on', 'off', 'bogus', 'x'.repeat(300), '', ' ', 'NaN', '\u202e', '<', '&',
];

const TEXTS: ((rng: Rng) => { text: string; what: string })[] = [
  (rng) => {
    const n = rng.logRange(1000, 1_000_000);
    return { text: 'W'.repeat(n), what: `one ${n}-character word` };
  },
  (rng) => {
    const n = rng.logRange(1000, 1_000_000);
    return { text: 'lorem ipsum '.repeat(Math.ceil(n / 12)).slice(0, n), what: `${n} characters of words` };
  },
  (rng) => {
    const n = rng.logRange(100, 200_000);
    return { text: 'line\n'.repeat(n), what: `${n} lines` };
  },
  (rng) => {
    const n = rng.logRange(100, 300_000);
    return { text: '漢字かなカナ'.repeat(Math.ceil(n / 6)).slice(0, n), what: `${n} CJK characters` };
  },
  (rng) => {
    const n = rng.logRange(10, 100_000);
    return { text: `e${'\u0301'.repeat(n)}`, what: `a letter with ${n} combining marks` };
  },
  (rng) => {
    const n = rng.logRange(10, 100_000);
    return { text: '\t'.repeat(n), what: `${n} tabs` };
  },
  () => ({ text: 'مرحبا שלום \u202e reversed \u200b\u200d\ufeff 👩‍👩‍👧‍👦 🇩🇰 \ud800 x', what: 'bidi, joiners, emoji, a lone surrogate' }),
  () => ({ text: '', what: 'empty text' }),
  (rng) => {
    const n = rng.logRange(100, 100_000);
    return { text: 'https://example.org/'.repeat(Math.ceil(n / 20)).slice(0, n), what: `a ${n}-character URL` };
  },
];

interface Parts {
  parts: Map<string, Uint8Array>;
  stored: Map<string, StoredEntry>;
}

function elementsOf(root: XElement): XElement[] {
  const out: XElement[] = [];
  const stack: XElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.kind === 'element') stack.push(c);
    }
  }
  return out;
}

const isNumeric = (v: string) => /^-?\d+(\.\d+)?$/.test(v);
const isDecl = (name: string) => name === 'xmlns' || name.startsWith('xmlns:');

type TreeMutation = (rng: Rng, doc: XDocument, ctx: Parts, part: string) => string | { raw: string; what: string };

function removeEl(el: XElement): void {
  el.remove();
}

/** A random element (not the root) of the document, preferring those whose name is in `names`. */
function someElement(rng: Rng, doc: XDocument, names?: readonly string[]): XElement | undefined {
  const all = elementsOf(doc.root).slice(1);
  if (all.length === 0) return undefined;
  if (names) {
    const wanted = all.filter((e) => names.includes(e.localName));
    if (wanted.length > 0 && rng.chance(0.8)) return rng.pick(wanted);
  }
  return rng.pick(all);
}

const SHAPE_NAMES = ['sp', 'pic', 'grpSp', 'graphicFrame', 'cxnSp'];
const TREE_MUTATIONS: Record<string, TreeMutation> = {
  number(rng, doc) {
    const cands: [XElement, string][] = [];
    for (const el of elementsOf(doc.root)) for (const [k, v] of el.attrs) if (!isDecl(k) && isNumeric(v)) cands.push([el, k]);
    if (cands.length === 0) return 'no numeric attribute';
    const [el, k] = rng.pick(cands);
    const before = el.attrs.get(k)!;
    let value = rng.pick(WEIRD_NUMBERS);
    if (rng.chance(0.25)) value = String(-Number(before) || -1);
    if (rng.chance(0.15)) value = String(Number(before) * rng.pick([1000, 1e6, 1e12]));
    el.attrs.set(k, value);
    return `<${el.name} ${k}="${before}"> -> "${value}"`;
  },
  enum(rng, doc) {
    const cands: [XElement, string][] = [];
    for (const el of elementsOf(doc.root)) for (const [k, v] of el.attrs) if (!isDecl(k) && !isNumeric(v) && !k.endsWith(':id') && k !== 'name' && k !== 'descr') cands.push([el, k]);
    if (cands.length === 0) return 'no token attribute';
    const [el, k] = rng.pick(cands);
    const before = el.attrs.get(k)!;
    const value = rng.pick(ENUM_TOKENS);
    el.attrs.set(k, value);
    return `<${el.name} ${k}="${before.slice(0, 40)}"> -> "${value.slice(0, 40)}"`;
  },
  removeAttr(rng, doc) {
    const cands: [XElement, string][] = [];
    for (const el of elementsOf(doc.root)) for (const k of el.attrs.keys()) if (!isDecl(k)) cands.push([el, k]);
    if (cands.length === 0) return 'no attribute';
    const [el, k] = rng.pick(cands);
    el.attrs.delete(k);
    return `<${el.name}> lost ${k}`;
  },
  removeElement(rng, doc) {
    const el = someElement(rng, doc, ['xfrm', 'off', 'ext', 'spPr', 'txBody', 'bodyPr', 'nvSpPr', 'cNvPr', 'blipFill', 'blip', 'prstGeom', 'pathLst', 'gs', 'gsLst', 'tblGrid', 'tr', 'tc', 'clrScheme', 'fontScheme', 'sldSz', 'sldIdLst', 'fmtScheme', 'latin']);
    if (!el) return 'nothing to remove';
    removeEl(el);
    return `<${el.name}> removed`;
  },
  clearChildren(rng, doc) {
    const el = someElement(rng, doc);
    if (!el) return 'nothing to clear';
    el.children.length = 0;
    return `<${el.name}> emptied`;
  },
  duplicate(rng, doc) {
    const el = someElement(rng, doc, SHAPE_NAMES.concat(['p', 'r', 'gs', 'tr', 'gridCol', 'tc', 'gd', 'lnTo', 'sldId', 'ds']));
    if (!el?.parent) return 'nothing to duplicate';
    // Now and then far more than a real deck has (a spread of 150,000 arguments overflows the stack).
    const n = rng.chance(0.1) ? rng.logRange(50_000, 300_000) : rng.logRange(1, 3000);
    // Written as text (the same bytes as n clones in the tree): a tree of 300,000 copies and its
    // serialisation took the worker past 3 GB before the library saw the case (seed 2027, case
    // 161), and the supervisor counted the fuzzer's own memory as the case's.
    const marker = new XElement('vafuzz:dup');
    marker.attrs.set('xmlns:vafuzz', 'urn:va-fuzz');
    marker.parent = el.parent;
    el.parent.children.splice(el.parent.children.indexOf(el) + 1, 0, marker);
    const copy = serializeElement(el);
    const times = boundedCopies(n, copy.length);
    const text = new TextDecoder().decode(serializeXml(doc));
    const raw = text.replace(/<vafuzz:dup[^>]*\/>/, () => copy.repeat(times));
    return { raw, what: `<${el.name}> copied ${times} times` };
  },
  deep(rng, doc) {
    const el = someElement(rng, doc, SHAPE_NAMES.concat(['p', 'r', 'txBody']));
    if (!el?.parent) return 'nothing to nest';
    const n = rng.logRange(10, 5000);
    const wrapper = el.localName === 'sp' || el.localName === 'pic' ? 'p:grpSp' : el.name;
    // Written as text: the tree writer recurses, and a hostile file is text anyway.
    const marker = new XElement('vafuzz:deep');
    marker.attrs.set('xmlns:vafuzz', 'urn:va-fuzz');
    el.replaceWith(marker);
    const inner = serializeElement(el);
    const text = new TextDecoder().decode(serializeXml(doc));
    const open = `<${wrapper}>`.repeat(n);
    const close = `</${wrapper}>`.repeat(n);
    const raw = text.replace(/<vafuzz:deep[^>]*\/>/, () => open + inner + close);
    return { raw, what: `<${el.name}> nested in ${n} <${wrapper}>` };
  },
  hugeText(rng, doc) {
    const ts = elementsOf(doc.root).filter((e) => e.localName === 't');
    const body = rng.pick(TEXTS)(rng);
    if (ts.length === 0) return 'no a:t';
    const t = rng.pick(ts);
    t.children.length = 0;
    t.children.push(new XText(body.text));
    return `a:t = ${body.what}`;
  },
  move(rng, doc) {
    const el = someElement(rng, doc);
    const all = elementsOf(doc.root).filter((e) => e !== el);
    if (!el || all.length === 0) return 'nothing to move';
    const target = rng.pick(all);
    // Not into itself.
    for (let p: XElement | null = target; p; p = p.parent) if (p === el) return 'move into itself skipped';
    el.remove();
    el.parent = target;
    target.children.splice(rng.int(target.children.length + 1), 0, el);
    return `<${el.name}> moved into <${target.name}>`;
  },
  unknownElement(rng, doc) {
    const target = someElement(rng, doc) ?? doc.root;
    const prefix = target.prefix;
    const el = new XElement(`${prefix ? prefix + ':' : ''}${rng.pick(['bogus', 'extLst', 'AlternateContent', 'grpSp', 'txBody', 'blip'])}`);
    el.attrs.set('val', rng.pick(WEIRD_NUMBERS.concat(ENUM_TOKENS)));
    el.parent = target;
    target.children.splice(rng.int(target.children.length + 1), 0, el);
    return `<${el.name}> inserted into <${target.name}>`;
  },
  fontNames(rng, doc) {
    // Thousands of distinct unknown font names (each one a system font look-up).
    const runs = elementsOf(doc.root).filter((e) => e.localName === 'r');
    if (runs.length === 0) return 'no runs';
    const run = rng.pick(runs);
    const n = rng.logRange(10, 5000);
    const parent = run.parent!;
    const at = parent.children.indexOf(run);
    const copies: XElement[] = [];
    for (let i = 0; i < n; i++) {
      const c = run.clone();
      c.parent = parent;
      let rPr = c.children.find((x): x is XElement => x.kind === 'element' && x.localName === 'rPr');
      if (!rPr) {
        rPr = new XElement(`${run.prefix ? run.prefix + ':' : ''}rPr`);
        rPr.parent = c;
        c.children.unshift(rPr);
      }
      for (const k of ['latin', 'ea', 'cs']) {
        const f = new XElement(`${run.prefix ? run.prefix + ':' : ''}${k}`);
        f.attrs.set('typeface', `Nonexistent Face ${i} ${rng.int(1e9)}`);
        f.parent = rPr;
        rPr.children.push(f);
      }
      copies.push(c);
    }
    parent.children.splice(at + 1, 0, ...copies);
    return `${n} runs with distinct unknown fonts`;
  },
  graft(rng, doc, ctx, part) {
    const others = [...ctx.parts.keys()].filter((n) => n !== part && n.endsWith('.xml'));
    if (others.length === 0) return 'no other part';
    const name = rng.pick(others);
    let other: XDocument;
    try {
      other = parseXml(ctx.parts.get(name)!, name);
    } catch {
      return `${name} does not parse`;
    }
    const src = someElement(rng, other);
    const target = someElement(rng, doc) ?? doc.root;
    if (!src) return 'nothing to graft';
    const c = src.clone();
    // Keep the grafted element's prefixes declared.
    for (let p: XElement | null = src; p; p = p.parent) for (const [k, v] of p.attrs) if (isDecl(k) && !c.attrs.has(k)) c.attrs.set(k, v);
    c.parent = target;
    target.children.splice(rng.int(target.children.length + 1), 0, c);
    return `<${src.name}> from ${name} grafted into <${target.name}>`;
  },
};

const REL_MUTATIONS: Record<string, TreeMutation> = {
  target(rng, doc, ctx, part) {
    const rels = elementsOf(doc.root).filter((e) => e.localName === 'Relationship');
    if (rels.length === 0) return 'no relationship';
    const r = rng.pick(rels);
    const source = part.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const self = source.slice(source.lastIndexOf('/') + 1);
    const any = rng.pick([...ctx.parts.keys()]);
    const value = rng.pick([
      'missing.xml',
      '../slides/slide999.xml',
      self,
      `./${self}`,
      `/${source}`,
      `/${any}`,
      '../../../../../etc/passwd',
      '/',
      '',
      '.',
      '%2e%2e/%2e%2e/x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://example.org/' + 'a'.repeat(rng.logRange(10, 100_000)),
      '\\\\server\\share\\x.png',
      'C:\\Windows\\x.png',
      '#',
      'slide1.xml#frag',
    ]);
    const before = r.attr('Target') ?? '';
    r.attrs.set('Target', value);
    if (rng.chance(0.3)) r.attrs.set('TargetMode', rng.pick(['External', 'Internal', 'bogus']));
    return `${r.attr('Id')} Target ${before} -> ${value.slice(0, 60)}`;
  },
  type(rng, doc) {
    const rels = elementsOf(doc.root).filter((e) => e.localName === 'Relationship');
    if (rels.length === 0) return 'no relationship';
    const r = rng.pick(rels);
    const base = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
    const value = rng.pick(['slideLayout', 'slideMaster', 'theme', 'image', 'hyperlink', 'slide', 'chart', 'officeDocument', 'notesSlide', 'bogus'].map((t) => base + t).concat(['', 'x']));
    r.attrs.set('Type', value);
    return `${r.attr('Id')} Type -> ${value}`;
  },
  id(rng, doc) {
    const rels = elementsOf(doc.root).filter((e) => e.localName === 'Relationship');
    if (rels.length < 1) return 'no relationship';
    const a = rng.pick(rels);
    const b = rng.pick(rels);
    const value = rng.pick([b.attr('Id') ?? 'rId1', '', 'rId0', 'x'.repeat(10_000), '1']);
    a.attrs.set('Id', value);
    return `Id ${a.attr('Id')?.slice(0, 20)} duplicated or changed`;
  },
  cycle(rng, doc, ctx, part) {
    // A slide whose layout is itself, a layout whose master is a slide, a master whose theme is a master.
    const rels = elementsOf(doc.root).filter((e) => e.localName === 'Relationship' && /slideLayout|slideMaster|theme/.test(e.attr('Type') ?? ''));
    if (rels.length === 0) return 'no chain relationship';
    const r = rng.pick(rels);
    const source = part.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const candidates = [...ctx.parts.keys()].filter((n) => /slides\/slide|slideLayouts\/|slideMasters\//.test(n) && !n.includes('_rels'));
    const target = rng.chance(0.5) ? source : rng.pick(candidates.length ? candidates : [source]);
    r.attrs.set('Target', `/${target}`);
    return `${r.attr('Type')?.split('/').pop()} of ${source} -> ${target}`;
  },
};

const CT_MUTATIONS: Record<string, TreeMutation> = {
  contentType(rng, doc) {
    const items = elementsOf(doc.root).filter((e) => e.localName === 'Override' || e.localName === 'Default');
    if (items.length === 0) return 'no content type';
    const el = rng.pick(items);
    if (rng.chance(0.3)) {
      el.remove();
      return `${el.attr('PartName') ?? el.attr('Extension')} content type removed`;
    }
    const value = rng.pick([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'application/vnd.openxmlformats-officedocument.presentationml.slide+xml',
      'application/vnd.openxmlformats-officedocument.theme+xml',
      'image/png',
      'application/xml',
      '',
      'x'.repeat(5000),
    ]);
    el.attrs.set('ContentType', value);
    return `${el.attr('PartName') ?? el.attr('Extension')} -> ${value.slice(0, 60)}`;
  },
};

const RAW_EDITS: ((rng: Rng, text: string) => { raw: string; what: string })[] = [
  (rng, t) => {
    const at = rng.int(t.length);
    return { raw: t.slice(0, at), what: `truncated at ${at}` };
  },
  (rng, t) => {
    const at = rng.int(t.length);
    const bad = rng.pick(['<', '&', '&#0;', '&#xD800;', '&#x110000;', '&bogus;', ']]>', '\u0000', '<!DOCTYPE x [<!ENTITY e "e">]>', '<?pi x?>', '<!---->', '<![CDATA[x]]>']);
    return { raw: t.slice(0, at) + bad + t.slice(at), what: `${JSON.stringify(bad)} inserted at ${at}` };
  },
  (_rng, t) => ({ raw: t.replace(/\s+xmlns:[a-z]+="[^"]*"/, ''), what: 'a namespace declaration removed' }),
  (rng, t) => ({ raw: t.replace(/encoding="[^"]*"/, `encoding="${rng.pick(['UTF-16', 'ISO-8859-1', 'EBCDIC', 'bogus'])}"`), what: 'encoding declaration changed' }),
];

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

function partWeight(name: string): number {
  if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) return 10;
  if (/slideLayouts\/slideLayout\d+\.xml$|slideMasters\/slideMaster\d+\.xml$/.test(name)) return 4;
  if (/theme\/theme\d+\.xml$/.test(name)) return 4;
  if (name.endsWith('.rels')) return 4;
  if (name === '[Content_Types].xml' || name === 'ppt/presentation.xml') return 3;
  if (/charts\/|diagrams\/|tableStyles|docProps\//.test(name)) return 1;
  if (/^ppt\/media\//.test(name)) return 2;
  return isXmlPart(name) ? 1 : 0;
}

export async function mutateXml(rng: Rng, ctx: Parts): Promise<{ bytes: Uint8Array; what: string[] }> {
  const parts = new Map(ctx.parts);
  const what: string[] = [];
  const n = rng.weighted([
    [1, 5],
    [2, 3],
    [4, 1],
  ] as const);
  for (let i = 0; i < n; i++) {
    const names = [...parts.keys()].filter((k) => partWeight(k) > 0);
    if (names.length === 0) break;
    const part = rng.weighted(names.map((k) => [k, partWeight(k)] as const));
    const bytes = parts.get(part)!;
    if (!isXmlPart(part)) {
      const m = mutatePicture(rng, bytes);
      parts.set(part, m.bytes);
      what.push(...m.what.map((w) => `${part}: ${w}`));
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    if (rng.chance(0.07)) {
      const edit = rng.pick(RAW_EDITS)(rng, text);
      parts.set(part, new TextEncoder().encode(edit.raw));
      what.push(`${part}: raw: ${edit.what}`);
      continue;
    }
    let doc: XDocument;
    try {
      doc = parseXml(bytes, part);
    } catch {
      what.push(`${part}: does not parse; left as it is`);
      continue;
    }
    const table = part.endsWith('.rels') && rng.chance(0.8) ? REL_MUTATIONS : part === '[Content_Types].xml' && rng.chance(0.7) ? CT_MUTATIONS : TREE_MUTATIONS;
    const names2 = Object.keys(table);
    const name = rng.weighted(
      names2.map((k) => [k, { number: 8, enum: 4, removeElement: 4, duplicate: 2, hugeText: 2, removeAttr: 2, fontNames: 1, deep: 1 }[k] ?? 1] as const),
    );
    const r = table[name]!(rng, doc, { parts, stored: ctx.stored }, part);
    if (typeof r === 'string') {
      parts.set(part, serializeXml(doc));
      what.push(`${part}: ${name}: ${r}`);
    } else {
      parts.set(part, new TextEncoder().encode(r.raw));
      what.push(`${part}: ${name}: ${r.what}`);
    }
  }
  const order = [...parts.keys()];
  const bytes = await writeZip(order.map((name) => ({ name, data: parts.get(name)!, ...(parts.get(name) === ctx.parts.get(name) && ctx.stored.has(name) ? { stored: ctx.stored.get(name)! } : {}) })));
  return { bytes, what };
}

/**
 * How many of `n` copies of `length` characters to write: no more than pass the 32 MiB part limit
 * by half. A large element copied 300,000 times passed V8's longest string before the library
 * saw the case (seed 2034, cases 593 and 964: "Invalid string length").
 */
export function boundedCopies(n: number, length: number): number {
  return Math.min(n, Math.max(1, Math.floor((48 * 1024 * 1024) / Math.max(1, length))));
}

