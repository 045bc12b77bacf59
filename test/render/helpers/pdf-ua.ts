/**
 * Our own PDF/UA checker for tests (no validator such as veraPDF is available from npm or Debian):
 * reads a PDF with pdf-lib, walks its structure tree, parent tree, annotations, fonts and content
 * streams, and lists the machine-checkable failure conditions of the Matterhorn Protocol 1.1 it
 * finds (docs/accessibility.md lists them), plus the integrity of the tree itself (every MCID
 * referenced exactly once, parent pointers, parent tree).
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
  type PDFPage,
} from '@cantoo/pdf-lib';
import * as pako from 'pako';
import { readingOrderProblems, type ReadingItem } from '../../../src/accessibility/reading-order.js';

export interface Elem {
  type: string;
  ref: PDFRef | undefined;
  alt: string | undefined;
  lang: string | undefined;
  attrs: PDFDict[];
  kids: (Elem | { mcid: number; page: number } | { objr: PDFRef })[];
  parent: Elem | undefined;
  /** Text of the element's own marked content and its descendants', in structure order. */
  text: string;
}

interface Marked {
  page: number;
  mcid: number;
  tag: string;
  text: string;
  /** Glyph origins (page space, y up) and font sizes of its text, and image boxes. */
  points: { x: number; y: number; size: number }[];
}

export interface PdfUaReport {
  doc: PDFDocument;
  root: Elem | undefined;
  problems: string[];
  /** Marked content of every page, keyed "page:mcid". */
  marked: Map<string, Marked>;
  lang: string | undefined;
  xmp: string;
  annots: { dict: PDFDict; ref: PDFRef; page: number }[];
}

const STANDARD = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

export async function checkPdfUa(bytes: Uint8Array): Promise<PdfUaReport> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const problems: string[] = [];
  const look = <T extends PDFObject>(o: PDFObject | undefined): T | undefined => (o instanceof PDFRef ? (ctx.lookup(o) as T) : (o as T | undefined));
  const str = (o: PDFObject | undefined): string | undefined => {
    const v = look(o);
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
  };
  const catalog = doc.catalog;
  const pages = doc.getPages();
  const pageIndex = new Map<string, number>(pages.map((p, i) => [p.ref.toString(), i]));

  // 06: metadata. 07: DisplayDocTitle. 11: language. 01-007: Suspects.
  let xmp = '';
  const meta = look<PDFRawStream>(catalog.get(PDFName.of('Metadata')));
  if (!(meta instanceof PDFRawStream)) problems.push('06-001: no XMP metadata stream in the catalog');
  else xmp = new TextDecoder().decode(meta.dict.get(PDFName.of('Filter')) ? pako.inflate(meta.getContents()) : meta.getContents());
  if (meta && !/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp)) problems.push('06-002: the XMP metadata has no PDF/UA identifier (pdfuaid:part 1)');
  const title = /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]+)<\/rdf:li>/.exec(xmp)?.[1]?.trim();
  if (meta && !title) problems.push('06-003: the XMP metadata has no dc:title');
  const vp = look<PDFDict>(catalog.get(PDFName.of('ViewerPreferences')));
  const ddt = vp?.get(PDFName.of('DisplayDocTitle'));
  if (!ddt) problems.push('07-001: ViewerPreferences has no DisplayDocTitle');
  else if (ddt.toString() !== 'true') problems.push('07-002: DisplayDocTitle is false');
  const lang = str(catalog.get(PDFName.of('Lang')));
  if (!lang || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) problems.push(`11-001/11-006: no valid document language (/Lang ${JSON.stringify(lang)})`);
  const markInfo = look<PDFDict>(catalog.get(PDFName.of('MarkInfo')));
  if (markInfo?.get(PDFName.of('Marked'))?.toString() !== 'true') problems.push('ISO 14289-1 6.2: MarkInfo /Marked is not true');
  if (markInfo?.get(PDFName.of('Suspects'))?.toString() === 'true') problems.push('01-007: Suspects is true');

  // Content streams: marked content, text, positions, fonts.
  const marked = new Map<string, Marked>();
  const fontsUsed = new Map<string, { dict: PDFDict; cids: Set<number> }>();
  pages.forEach((page, i) => readContent(page, i, doc, marked, fontsUsed, problems));

  // 31 and 10: fonts embedded, CIDToGIDMap, ToUnicode for every code drawn, no .notdef.
  for (const [name, { dict, cids }] of fontsUsed) {
    const sub = dict.get(PDFName.of('Subtype'))?.toString();
    const toUnicode = look<PDFRawStream>(dict.get(PDFName.of('ToUnicode')));
    const mapped = toUnicode ? toUnicodeCids(toUnicode) : new Set<number>();
    if (!toUnicode) problems.push(`10-001: font ${name} has no ToUnicode map`);
    for (const cid of cids) {
      if (cid === 0) problems.push(`ISO 14289-1 7.21.8: font ${name} draws .notdef`);
      else if (toUnicode && !mapped.has(cid)) problems.push(`10-001: font ${name} draws CID ${cid} that ToUnicode does not map`);
    }
    const descendant = sub === '/Type0' ? look<PDFDict>(look<PDFArray>(dict.get(PDFName.of('DescendantFonts')))?.get(0)) : dict;
    const fd = look<PDFDict>(descendant?.get(PDFName.of('FontDescriptor')));
    if (!fd || !['FontFile', 'FontFile2', 'FontFile3'].some((k) => fd.get(PDFName.of(k)))) problems.push(`ISO 14289-1 7.21.4.1: font ${name} is not embedded`);
    if (descendant?.get(PDFName.of('Subtype'))?.toString() === '/CIDFontType2' && !descendant.get(PDFName.of('CIDToGIDMap'))) problems.push(`ISO 14289-1 7.21.3.2: CIDFontType2 ${name} has no CIDToGIDMap`);
  }

  // The structure tree.
  const treeRoot = look<PDFDict>(catalog.get(PDFName.of('StructTreeRoot')));
  let root: Elem | undefined;
  const referenced = new Map<string, Elem>();
  const objrs = new Map<string, Elem>();
  if (!treeRoot) problems.push('ISO 14289-1 7.1: no structure tree (StructTreeRoot)');
  else {
    const roleMap = look<PDFDict>(treeRoot.get(PDFName.of('RoleMap')));
    if (roleMap && roleMap.keys().length > 0) problems.push('02-001: a RoleMap is present (we write standard types only)');
    const k = look<PDFObject>(treeRoot.get(PDFName.of('K')));
    const first = k instanceof PDFArray ? k.get(0) : treeRoot.get(PDFName.of('K'));
    const walk = (ref: PDFObject | undefined, parent: Elem | undefined, parentRef: PDFObject | undefined, pg: PDFRef | undefined): Elem | undefined => {
      const d = look<PDFDict>(ref);
      if (!(d instanceof PDFDict)) return undefined;
      const type = d.get(PDFName.of('S'))?.toString().slice(1) ?? '?';
      if (!STANDARD.has(type)) problems.push(`02-001: non-standard structure type ${type}`);
      const p = d.get(PDFName.of('P'));
      if (parentRef && p?.toString() !== parentRef.toString()) problems.push(`ISO 14289-1 7.1: ${type} has a wrong /P`);
      const ownPg = (d.get(PDFName.of('Pg')) as PDFRef | undefined) ?? pg;
      const a = look<PDFObject>(d.get(PDFName.of('A')));
      const attrs = a instanceof PDFDict ? [a] : a instanceof PDFArray ? a.asArray().map((x) => look<PDFDict>(x)!).filter((x) => x instanceof PDFDict) : [];
      const el: Elem = {
        type,
        ref: ref instanceof PDFRef ? ref : undefined,
        alt: str(d.get(PDFName.of('Alt'))),
        lang: str(d.get(PDFName.of('Lang'))),
        attrs,
        kids: [],
        parent,
        text: '',
      };
      const kids = look<PDFObject>(d.get(PDFName.of('K')));
      const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
      for (const kid of list) {
        const kv = look<PDFObject>(kid);
        if (kv instanceof PDFNumber) {
          const page = ownPg ? pageIndex.get(ownPg.toString()) : undefined;
          if (page === undefined) {
            problems.push(`ISO 32000 14.7.4: ${type} has an MCID without a page`);
            continue;
          }
          addMcr(el, page, kv.asNumber());
        } else if (kv instanceof PDFDict && kv.get(PDFName.of('Type'))?.toString() === '/MCR') {
          const pgRef = (kv.get(PDFName.of('Pg')) as PDFRef | undefined) ?? ownPg;
          const page = pgRef ? pageIndex.get(pgRef.toString()) : undefined;
          if (page !== undefined) addMcr(el, page, (kv.get(PDFName.of('MCID')) as PDFNumber).asNumber());
        } else if (kv instanceof PDFDict && kv.get(PDFName.of('Type'))?.toString() === '/OBJR') {
          const obj = kv.get(PDFName.of('Obj')) as PDFRef;
          el.kids.push({ objr: obj });
          objrs.set(obj.toString(), el);
        } else {
          const child = walk(kid, el, ref, ownPg);
          if (child) {
            el.kids.push(child);
            el.text += child.text;
          }
        }
      }
      return el;
    };
    const addMcr = (el: Elem, page: number, mcid: number): void => {
      const key = `${page}:${mcid}`;
      if (referenced.has(key)) problems.push(`ISO 32000 14.7.4: MCID ${mcid} on page ${page + 1} is referenced twice`);
      referenced.set(key, el);
      el.kids.push({ mcid, page });
      const m = marked.get(key);
      if (!m) problems.push(`ISO 32000 14.7.4: ${el.type} references MCID ${mcid} on page ${page + 1}, which is not in the content`);
      else {
        el.text += m.text;
        if (m.tag !== el.type && m.tag !== 'Span') problems.push(`${el.type} owns marked content tagged /${m.tag}`);
      }
    };
    root = walk(first, undefined, treeRoot === undefined ? undefined : (catalog.get(PDFName.of('StructTreeRoot')) as PDFObject), undefined);
    for (const key of marked.keys()) if (!referenced.has(key)) problems.push(`01-005: marked content ${key} belongs to no structure element`);

    // The parent tree: each page's MCIDs and each annotation point back at their element.
    const parentTree = look<PDFDict>(treeRoot.get(PDFName.of('ParentTree')));
    const nums = new Map<number, PDFObject>();
    const collect = (node: PDFDict | undefined): void => {
      if (!node) return;
      const n = look<PDFArray>(node.get(PDFName.of('Nums')));
      if (n) for (let i = 0; i + 1 < n.size(); i += 2) nums.set((n.get(i) as PDFNumber).asNumber(), n.get(i + 1));
      const kids = look<PDFArray>(node.get(PDFName.of('Kids')));
      if (kids) for (const kid of kids.asArray()) collect(look<PDFDict>(kid));
    };
    collect(parentTree);
    pages.forEach((page, i) => {
      const sp = page.node.get(PDFName.of('StructParents')) as PDFNumber | undefined;
      const hasContent = [...marked.values()].some((m) => m.page === i);
      if (!sp) {
        if (hasContent) problems.push(`ISO 32000 14.7.4.4: page ${i + 1} has no StructParents`);
        return;
      }
      const arr = look<PDFArray>(nums.get(sp.asNumber()));
      for (const [key, el] of referenced) {
        const [pg, mcid] = key.split(':').map(Number) as [number, number];
        if (pg !== i) continue;
        const entry = arr?.get(mcid);
        if (!entry || !el.ref || entry.toString() !== el.ref.toString()) problems.push(`ISO 32000 14.7.4.4: the parent tree does not map MCID ${mcid} on page ${i + 1} to its ${el.type}`);
      }
    });
  }

  // 28: annotations.
  const annots: PdfUaReport['annots'] = [];
  pages.forEach((page, i) => {
    const list = look<PDFArray>(page.node.get(PDFName.of('Annots')));
    if (!list || list.size() === 0) return;
    const tabs = page.node.get(PDFName.of('Tabs'))?.toString();
    if (!tabs) problems.push(`28-008: page ${i + 1} has annotations but no /Tabs`);
    else if (tabs !== '/S') problems.push(`28-009: page ${i + 1} /Tabs is ${tabs}, not /S`);
    for (const ref of list.asArray()) {
      const dict = look<PDFDict>(ref)!;
      annots.push({ dict, ref: ref as PDFRef, page: i });
      const subtype = dict.get(PDFName.of('Subtype'))?.toString();
      const owner = objrs.get(ref.toString());
      if (subtype === '/Link') {
        if (owner?.type !== 'Link') problems.push(`28-011: link annotation ${ref.toString()} is not nested in a Link element`);
        if (!str(dict.get(PDFName.of('Contents')))) problems.push(`28-012: link annotation ${ref.toString()} has no /Contents`);
        if (!dict.get(PDFName.of('StructParent'))) problems.push(`ISO 32000 14.7.4.4: link annotation ${ref.toString()} has no /StructParent`);
      } else if (subtype !== '/Widget' && subtype !== '/Popup' && owner?.type !== 'Annot') problems.push(`28-002: annotation ${ref.toString()} (${subtype}) is not in an Annot element`);
    }
  });

  // 09, 13, 14: the elements.
  if (root) {
    let lastHeading = 0;
    const headings: number[] = [];
    const visit = (el: Elem): void => {
      const kidTypes = el.kids.filter((k): k is Elem => 'type' in k).map((k) => k.type);
      if (el.type === 'Figure' && !el.alt) problems.push('13-004: a Figure has no alternative text');
      if (el.type === 'L' && kidTypes.some((t) => !['L', 'LI', 'Caption'].includes(t))) problems.push(`09-005: L contains ${kidTypes.join(', ')}`);
      if (el.type === 'LI' && (el.parent?.type !== 'L' || kidTypes.some((t) => !['Lbl', 'LBody'].includes(t)))) problems.push(`09-005: LI in ${el.parent?.type} containing ${kidTypes.join(', ')}`);
      if ((el.type === 'Lbl' || el.type === 'LBody') && el.parent?.type !== 'LI') problems.push(`09-005: ${el.type} in ${el.parent?.type}`);
      if (el.type === 'L' && !el.attrs.some((a) => a.get(PDFName.of('ListNumbering')))) problems.push('ISO 14289-1 7.6 (advice): L without ListNumbering');
      if (el.type === 'Table' && kidTypes.some((t) => !['TR', 'THead', 'TBody', 'TFoot', 'Caption'].includes(t))) problems.push(`09-004: Table contains ${kidTypes.join(', ')}`);
      if (el.type === 'TR' && (kidTypes.some((t) => !['TH', 'TD'].includes(t)) || !['Table', 'THead', 'TBody', 'TFoot'].includes(el.parent?.type ?? ''))) problems.push('09-004: TR misplaced or with other kids');
      if ((el.type === 'TH' || el.type === 'TD') && el.parent?.type !== 'TR') problems.push(`09-004: ${el.type} in ${el.parent?.type}`);
      if (el.type === 'TH' && !el.attrs.some((a) => a.get(PDFName.of('Scope')))) problems.push('15-003: TH without Scope');
      if (el.lang !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(el.lang)) problems.push(`11-001: invalid /Lang ${el.lang}`);
      const h = /^H([1-6])$/.exec(el.type);
      if (h) headings.push(Number(h[1]));
      if (el.type === 'H') problems.push('14-007: generic H used (we use numbered headings)');
      if (kidTypes.filter((t) => t === 'H').length > 1) problems.push('14-006: more than one H in a node');
      for (const k of el.kids) if ('type' in k) visit(k);
    };
    visit(root);
    if (headings.length > 0 && headings[0] !== 1) problems.push(`14-002: the first heading is H${headings[0]}, not H1`);
    lastHeading = headings[0] ?? 0;
    for (const h of headings.slice(1)) {
      if (h > lastHeading + 1) problems.push(`14-003: H${h} follows H${lastHeading}`);
      lastHeading = h;
    }
  }
  return { doc, root, problems, marked, lang, xmp, annots };
}

/** Leaf elements (headings, paragraphs, labels, figures, cells) in structure order. */
export function leaves(root: Elem): Elem[] {
  const out: Elem[] = [];
  const visit = (el: Elem): void => {
    if (/^(H[1-6]|P|Lbl|Figure|TD|TH)$/.test(el.type) || (el.type === 'LBody' && el.kids.some((k) => 'mcid' in k))) out.push(el);
    else for (const k of el.kids) if ('type' in k) visit(k);
  };
  visit(root);
  return out;
}

/** Structure elements of a type, depth first. */
export function elementsOf(root: Elem, type: string): Elem[] {
  const out: Elem[] = [];
  const visit = (el: Elem): void => {
    if (el.type === type) out.push(el);
    for (const k of el.kids) if ('type' in k) visit(k);
  };
  visit(root);
  return out;
}

/**
 * Reading order against what the eye sees: each leaf element's box on its page (from where its
 * marked content draws: glyph origins and font sizes, image corners), and the neighbours whose
 * order disagrees with the visual order (src/accessibility/reading-order.ts).
 */
export function structureOrderProblems(report: PdfUaReport): string[] {
  if (!report.root) return ['no structure'];
  const byPage = new Map<number, ReadingItem[]>();
  for (const el of leaves(report.root)) {
    const pts: { x: number; y: number; size: number; page: number }[] = [];
    const collect = (e: Elem): void => {
      for (const k of e.kids) {
        if ('mcid' in k) for (const p of report.marked.get(`${k.page}:${k.mcid}`)?.points ?? []) pts.push({ ...p, page: k.page });
        else if ('type' in k) collect(k);
      }
    };
    collect(el);
    if (pts.length === 0) continue;
    const page = pts[0]!.page;
    const height = report.doc.getPage(page).getHeight();
    // y down, as reading-order.ts expects.
    const x0 = Math.min(...pts.map((p) => p.x));
    const x1 = Math.max(...pts.map((p) => p.x));
    const top = Math.min(...pts.map((p) => height - p.y - p.size));
    const bottom = Math.max(...pts.map((p) => height - p.y));
    const list = byPage.get(page) ?? [];
    list.push({ name: `${el.type} "${el.text.slice(0, 30)}"`, box: { x: x0, y: top, w: x1 - x0, h: bottom - top } });
    byPage.set(page, list);
  }
  return [...byPage.values()].flatMap((items) => readingOrderProblems(items, 2));
}

/** CIDs a ToUnicode CMap maps (bfchar and bfrange). */
function toUnicodeCids(stream: PDFRawStream): Set<number> {
  const text = new TextDecoder('latin1').decode(stream.dict.get(PDFName.of('Filter')) ? pako.inflate(stream.getContents()) : stream.getContents());
  const out = new Set<number>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) out.add(parseInt(m[1]!, 16));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) for (let c = parseInt(m[1]!, 16); c <= parseInt(m[2]!, 16); c++) out.add(c);
  }
  return out;
}

type Token = { kind: 'num'; v: number } | { kind: 'name'; v: string } | { kind: 'hex'; v: string } | { kind: 'str'; v: string } | { kind: 'op'; v: string } | { kind: 'open' | 'close' | 'dopen' | 'dclose' };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '%') while (i < s.length && s[i] !== '\n') i++;
    else if (c === '/') {
      let j = i + 1;
      while (j < s.length && !/[\s/[\]<>()]/.test(s[j]!)) j++;
      out.push({ kind: 'name', v: s.slice(i + 1, j) });
      i = j;
    } else if (c === '[' || c === ']') {
      out.push({ kind: c === '[' ? 'open' : 'close' });
      i++;
    } else if ((c === '<' && s[i + 1] === '<') || (c === '>' && s[i + 1] === '>')) {
      out.push({ kind: c === '<' ? 'dopen' : 'dclose' });
      i += 2;
    } else if (c === '<') {
      const j = s.indexOf('>', i);
      out.push({ kind: 'hex', v: s.slice(i + 1, j).replace(/\s/g, '') });
      i = j + 1;
    } else if (c === '(') {
      let depth = 1;
      let j = i + 1;
      let v = '';
      while (j < s.length && depth > 0) {
        if (s[j] === '\\') {
          v += s[j + 1];
          j += 2;
        } else {
          if (s[j] === '(') depth++;
          if (s[j] === ')') depth--;
          if (depth > 0) v += s[j];
          j++;
        }
      }
      out.push({ kind: 'str', v });
      i = j;
    } else if (/[-+.\d]/.test(c)) {
      let j = i + 1;
      while (j < s.length && /[\d.]/.test(s[j]!)) j++;
      out.push({ kind: 'num', v: Number(s.slice(i, j)) });
      i = j;
    } else {
      let j = i;
      while (j < s.length && !/[\s/[\]<>()%]/.test(s[j]!)) j++;
      out.push({ kind: 'op', v: s.slice(i, j) });
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

type M6 = [number, number, number, number, number, number];
const mul = (a: M6, b: M6): M6 => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];

const PAINTING = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'TJ', 'Tj', "'", '"']);

/**
 * One page's content stream: marked-content sequences (tag, MCID, text through the fonts'
 * ToUnicode maps, positions), every painting operator inside marked content (01-005), no
 * artifact inside tagged content or the reverse (01-003/01-004), the CIDs each font draws.
 */
function readContent(page: PDFPage, index: number, doc: PDFDocument, marked: Map<string, Marked>, fonts: Map<string, { dict: PDFDict; cids: Set<number> }>, problems: string[]): void {
  const ctx = doc.context;
  const contents = ctx.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => ctx.lookup(r) as PDFRawStream) : [contents as PDFRawStream];
  const text = streams.map((st) => new TextDecoder('latin1').decode(st.dict.get(PDFName.of('Filter')) ? pako.inflate(st.getContents()) : st.getContents())).join('\n');
  const resources = page.node.Resources();
  const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const unicodeOf = new Map<string, Map<number, string>>();
  const decoderFor = (name: string): { map: Map<number, string>; cids: Set<number> } => {
    const dict = fontDict?.lookup(PDFName.of(name), PDFDict);
    const key = dict ? (fontDict!.get(PDFName.of(name)) as PDFRef).toString() : name;
    let entry = fonts.get(key);
    if (!entry && dict) {
      entry = { dict, cids: new Set() };
      fonts.set(key, entry);
    }
    let map = unicodeOf.get(key);
    if (!map) {
      map = new Map();
      const tu = dict?.lookup(PDFName.of('ToUnicode'));
      if (tu instanceof PDFRawStream) {
        const cmap = new TextDecoder('latin1').decode(pako.inflate(tu.getContents()));
        for (const m of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
          const hex = m[2]!;
          let s = '';
          for (let i = 0; i < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
          map.set(parseInt(m[1]!, 16), s);
        }
      }
      unicodeOf.set(key, map);
    }
    return { map, cids: entry?.cids ?? new Set() };
  };
  const tokens = tokenize(text);
  const operands: Token[] = [];
  const stack: ({ kind: 'artifact' } | { kind: 'tagged'; m: Marked } | { kind: 'other' })[] = [];
  let ctm: M6 = [1, 0, 0, 1, 0, 0];
  const gstack: M6[] = [];
  let tm: M6 = [1, 0, 0, 1, 0, 0];
  let font: { map: Map<number, string>; cids: Set<number> } | undefined;
  let size = 0;
  const path: { x: number; y: number; size: number }[] = [];
  const nums = (n: number) => operands.slice(-n).map((t) => (t.kind === 'num' ? t.v : 0)) as number[];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'op') {
      operands.push(t);
      continue;
    }
    const op = t.v;
    const inside = stack.find((s) => s.kind !== 'other');
    if (op === 'BMC' || op === 'BDC') {
      const tagTok = operands.find((o) => o.kind === 'name') as { v: string } | undefined;
      const tag = tagTok?.v ?? '?';
      if (tag === 'Artifact') {
        if (inside?.kind === 'tagged') problems.push(`01-003: an artifact inside tagged content on page ${index + 1}`);
        stack.push({ kind: 'artifact' });
      } else {
        const mcidAt = operands.findIndex((o) => o.kind === 'name' && o.v === 'MCID');
        const mcid = mcidAt >= 0 && operands[mcidAt + 1]?.kind === 'num' ? (operands[mcidAt + 1] as { v: number }).v : undefined;
        if (mcid === undefined) stack.push({ kind: 'other' });
        else {
          if (inside?.kind === 'artifact') problems.push(`01-004: tagged content inside an artifact on page ${index + 1}`);
          if (inside?.kind === 'tagged') problems.push(`ISO 32000 14.6: MCID ${mcid} nested in MCID ${inside.m.mcid} on page ${index + 1}`);
          const m: Marked = { page: index, mcid, tag, text: '', points: [] };
          if (marked.has(`${index}:${mcid}`)) problems.push(`ISO 32000 14.7.4: MCID ${mcid} used twice on page ${index + 1}`);
          marked.set(`${index}:${mcid}`, m);
          stack.push({ kind: 'tagged', m });
        }
      }
    } else if (op === 'EMC') stack.pop();
    else if (op === 'q') gstack.push(ctm);
    else if (op === 'Q') ctm = gstack.pop() ?? ctm;
    else if (op === 'cm') ctm = mul(nums(6) as M6, ctm);
    else if (op === 'm' || op === 'l' || op === 'c') {
      const v = nums(op === 'c' ? 6 : 2);
      const x = v[v.length - 2]!;
      const y = v[v.length - 1]!;
      path.push({ x: x * ctm[0] + y * ctm[2] + ctm[4], y: x * ctm[1] + y * ctm[3] + ctm[5], size: 0 });
    } else if (op === 'n') path.length = 0;
    else if (op === 'BT') tm = [1, 0, 0, 1, 0, 0];
    else if (op === 'Tm') tm = nums(6) as M6;
    else if (op === 'Td') tm = mul([1, 0, 0, 1, ...nums(2)] as M6, tm);
    else if (op === 'Tf') {
      const name = operands.find((o) => o.kind === 'name') as { v: string } | undefined;
      font = name ? decoderFor(name.v) : undefined;
      size = nums(1)[0]!;
    }
    if (PAINTING.has(op)) {
      if (!inside) problems.push(`01-005: "${op}" outside marked content on page ${index + 1}`);
      let cur: { m: Marked } | undefined;
      for (const entry of stack) if (entry.kind === 'tagged') cur = entry;
      if (op === 'TJ' || op === 'Tj') {
        let s = '';
        for (const o of operands) {
          if (o.kind !== 'hex') continue;
          for (let k = 0; k + 4 <= o.v.length; k += 4) {
            const cid = parseInt(o.v.slice(k, k + 4), 16);
            font?.cids.add(cid);
            s += font?.map.get(cid) ?? '\uFFFD';
          }
        }
        if (cur) {
          cur.m.text += s;
          const m = mul(tm, ctm);
          const scale = Math.hypot(m[2], m[3]);
          cur.m.points.push({ x: m[4], y: m[5], size: size * scale });
        }
      } else if (cur && op !== 'Do' && op !== 'sh') {
        cur.m.points.push(...path);
      } else if (op === 'Do' && cur) {
        // The unit square through the CTM: its corners.
        for (const [ux, uy] of [[0, 0], [1, 1]] as const) cur.m.points.push({ x: ux * ctm[0] + uy * ctm[2] + ctm[4], y: ux * ctm[1] + uy * ctm[3] + ctm[5], size: 0 });
      }
    }
    if (PAINTING.has(op) && op !== 'Do' && op !== 'TJ' && op !== 'Tj') path.length = 0;
    operands.length = 0;
  }
  if (stack.length > 0) problems.push(`ISO 32000 14.6: unbalanced marked content on page ${index + 1}`);
}
