/**
 * Document properties for the PDF's metadata: docProps/core.xml (dc:title, dc:creator,
 * dc:subject, dc:description, cp:keywords, dc:language, dcterms:created/modified) and
 * docProps/app.xml (Company). Google Slides exports have neither part.
 */
import type { OpcPackage } from '../../package/opc-package.js';
import { NS, isRelType } from '../../xml/namespaces.js';
import { resolveTarget } from '../../package/relationships.js';
import type { ReadonlyXElement } from '../../xml/readonly.js';

export interface DocProps {
  title?: string;
  creator?: string;
  company?: string;
  subject?: string;
  description?: string;
  keywords?: string;
  language?: string;
  created?: Date;
  modified?: Date;
}

export function readDocProps(pkg: OpcPackage): DocProps {
  const props: DocProps = {};
  const rels = pkg.rels('').all();
  const find = (type: string, fallback: string): string | undefined => {
    const rel = rels.find((r) => !r.external && (r.type.endsWith(type) || isRelType(r.type, type)));
    const target = rel ? resolveTarget('', rel.target) : fallback;
    return target ? pkg.canonicalName(target) : undefined;
  };
  const core = find('/metadata/core-properties', 'docProps/core.xml');
  if (core) {
    const root = safeRoot(pkg, core);
    if (root) {
      const text = (ns: typeof NS.dc, local: string) => clean(root.child(ns, local)?.textContent());
      props.title = text(NS.dc, 'title');
      props.creator = text(NS.dc, 'creator');
      props.subject = text(NS.dc, 'subject');
      props.description = text(NS.dc, 'description');
      props.keywords = text(NS.cp, 'keywords');
      props.language = text(NS.dc, 'language');
      props.created = date(root.child(NS.dcterms, 'created'));
      props.modified = date(root.child(NS.dcterms, 'modified'));
    }
  }
  const app = find('extended-properties', 'docProps/app.xml');
  if (app) {
    const root = safeRoot(pkg, app);
    const company = root?.child(NS.ep, 'Company')?.textContent();
    props.company = clean(company);
  }
  for (const key of Object.keys(props) as (keyof DocProps)[]) if (props[key] === undefined) delete props[key];
  return props;
}

function safeRoot(pkg: OpcPackage, part: string): ReadonlyXElement | undefined {
  try {
    return pkg.xml(part).root;
  } catch {
    // Damaged metadata never stops a render: the PDF simply has less metadata.
    return undefined;
  }
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function date(el: ReadonlyXElement | undefined): Date | undefined {
  const s = el?.textContent().trim();
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1900 ? undefined : d;
}
