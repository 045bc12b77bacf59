/**
 * Makes an untrusted SVG logo safe to rasterise (librsvg through sharp renders
 * `<image href="file:///etc/passwd">` without complaint — NOTES.md):
 *
 *  - refused: a DOCTYPE or entity declarations (XXE, billion laughs), malformed XML, a root
 *    that is not <svg>;
 *  - removed: scripts, foreignObject, embedded HTML, animation elements (they can change
 *    references), event-handler attributes (on*), xml:base, processing instructions
 *    (xml-stylesheet);
 *  - references: `href`/`xlink:href` only to `#fragments` or `data:image/(png|jpeg|gif|webp)`;
 *    in attributes and <style> sheets every `url(...)` that is not one of those becomes `none`,
 *    and `@import` rules go.
 * Returns the cleaned SVG bytes and what was removed (for a warning).
 */
import { VaError } from '../errors.js';
import { MAX_SVG_DEPTH, MAX_SVG_ELEMENTS } from '../limits/svg.js';
import type { XElement, XNode } from '../xml/element.js';
import { XText } from '../xml/element.js';
import { countElements, decodeXml, parseXmlText } from '../xml/parse.js';
import { serializeXml } from '../xml/serialize.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements removed with their content (compared lower-case). */
const DROP_ELEMENTS = new Set([
  'script', 'foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'canvas', 'handler', 'listener',
  'animate', 'animatemotion', 'animatetransform', 'animatecolor', 'set', 'discard',
]);

const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp)(;[a-z0-9=.+-]+)*,/i;

export function isSafeReference(value: string): boolean {
  const v = value.trim();
  return v.startsWith('#') || SAFE_DATA_IMAGE.test(v);
}

export interface SanitizeReport {
  /** Human-readable list of what was removed, e.g. "script element", "onload attribute". */
  removed: string[];
}

/** Replaces unsafe url(...) references and drops @import rules in CSS text. */
export function sanitizeCss(css: string, removed: string[]): string {
  let out = css.replace(/@import\b[^;]*;?/gi, () => {
    removed.push('@import rule');
    return '';
  });
  out = out.replace(/url\(\s*(['"]?)([\s\S]*?)\1\s*\)/gi, (match, _q: string, target: string) => {
    if (isSafeReference(target)) return match;
    removed.push(`external reference url(${target.slice(0, 60)})`);
    return 'none';
  });
  // Legacy script vectors in CSS.
  out = out.replace(/(javascript:|expression\s*\()/gi, () => {
    removed.push('script in a style');
    return '';
  });
  return out;
}

function localLower(name: string): string {
  const i = name.indexOf(':');
  return (i < 0 ? name : name.slice(i + 1)).toLowerCase();
}

function cleanElement(el: XElement, removed: string[], name: string, depth = 0): void {
  if (depth > MAX_SVG_DEPTH) {
    throw new VaError('E_LOGO_LIMIT', `the SVG logo ${name} is too complex to draw: its elements nest more than ${MAX_SVG_DEPTH} levels deep`, { subject: name });
  }
  const list = el.attrList().slice();
  for (let i = 0; i < list.length; i += 2) {
    const key = list[i]!;
    const value = list[i + 1]!;
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    const local = localLower(key);
    if (local.startsWith('on')) {
      el.removeAttr(key);
      removed.push(`${key} attribute`);
    } else if (key.toLowerCase() === 'xml:base') {
      el.removeAttr(key);
      removed.push('xml:base attribute');
    } else if (local === 'href' || local === 'src') {
      if (!isSafeReference(value)) {
        el.removeAttr(key);
        removed.push(`external reference ${key}="${value.slice(0, 60)}"`);
      }
    } else if (/url\(|@import|javascript:/i.test(value)) {
      const clean = sanitizeCss(value, removed);
      if (clean !== value) el.setAttr(key, clean);
    }
  }
  const kept: XNode[] = [];
  for (const c of el.children) {
    if (c.kind === 'pi') {
      removed.push(`processing instruction <?${c.target}?>`);
      continue;
    }
    if (c.kind === 'element') {
      const uri = c.namespaceURI;
      if (DROP_ELEMENTS.has(c.localName.toLowerCase()) || uri === XHTML_NS) {
        removed.push(`${c.localName} element`);
        c.parent = null;
        continue;
      }
      cleanElement(c, removed, name, depth + 1);
    }
    kept.push(c);
  }
  el.children.length = 0;
  for (const c of kept) el.children.push(c);
  if (el.localName.toLowerCase() === 'style') {
    const css = el.textContent();
    const clean = sanitizeCss(css, removed);
    if (clean !== css) el.setText('').append(new XText(clean));
  }
}

/** Parses, checks and cleans an SVG. Throws E_LOGO_INVALID naming the file. */
export function sanitizeSvg(bytes: Uint8Array, name: string): { svg: Uint8Array; report: SanitizeReport } {
  let doc;
  try {
    const text = decodeXml(bytes, name);
    // Counted before parsing: 10 MiB of <g/> would be 2.5 million elements in the tree.
    const elements = countElements(text, 10 * MAX_SVG_ELEMENTS);
    if (elements > MAX_SVG_ELEMENTS) {
      const count = elements > 10 * MAX_SVG_ELEMENTS ? `more than ${10 * MAX_SVG_ELEMENTS}` : String(elements);
      throw new VaError('E_LOGO_LIMIT', `the SVG logo ${name} is too complex to draw: it has ${count} elements, over the limit of ${MAX_SVG_ELEMENTS}`, { subject: name });
    }
    doc = parseXmlText(text, name);
  } catch (err) {
    if (err instanceof VaError && err.code === 'E_LOGO_LIMIT') throw err;
    const code = (err as VaError).code;
    // The parser's own nesting limit (1,000) is past the logo's (MAX_SVG_DEPTH): said as the logo's.
    if (code === 'E_XML_LIMIT' && /nests elements/.test((err as VaError).message)) {
      throw new VaError('E_LOGO_LIMIT', `the SVG logo ${name} is too complex to draw: its elements nest more than ${MAX_SVG_DEPTH} levels deep`, { subject: name });
    }
    if (code === 'E_XML_DOCTYPE') {
      throw new VaError('E_LOGO_INVALID', `the SVG logo ${name} declares a DOCTYPE or entities, which are refused (possible XXE or entity-expansion attack)`, { subject: name });
    }
    const detail = err instanceof Error ? err.message.replace(/^the XML part \S+ /, '') : String(err);
    throw new VaError('E_LOGO_INVALID', `the SVG logo ${name} is not well-formed XML (${detail})`, { subject: name });
  }
  const root = doc.root;
  if (root.localName !== 'svg') {
    throw new VaError('E_LOGO_INVALID', `the SVG logo ${name} has a <${root.name}> root element, not <svg>`, { subject: name });
  }
  const uri = root.namespaceURI;
  if (uri === undefined && root.prefix === '') root.setAttr('xmlns', SVG_NS);
  else if (uri !== SVG_NS) {
    throw new VaError('E_LOGO_INVALID', `the SVG logo ${name} is not in the SVG namespace (${uri ?? 'none'})`, { subject: name });
  }
  const removed: string[] = [];
  for (const node of doc.prolog) if (node.kind === 'pi') removed.push(`processing instruction <?${node.target}?>`);
  doc.prolog = doc.prolog.filter((n) => n.kind !== 'pi');
  cleanElement(root, removed, name);
  return { svg: serializeXml(doc), report: { removed } };
}
