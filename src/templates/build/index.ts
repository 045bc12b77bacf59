/**
 * Builds every variant of the built-in templates (see scripts/build-templates.mts, which writes
 * them to `templates/<id>/<locale>.<paper>.pptx`).
 */
import { templateRelativePath, templateVariants, type TemplateId } from '../catalog.js';
import type { Locale, Paper } from '../../brand/schema.js';
import { buildTemplate } from './build-template.js';
import type { ComposeReport } from './compose.js';
import { TextMeasurer } from './measure.js';

export { buildTemplate } from './build-template.js';

export interface BuiltVariant {
  id: TemplateId;
  locale: Locale;
  paper: Paper;
  /** `templates/<id>/<locale>.<paper>.pptx`, relative to the package root. */
  path: string;
  bytes: Uint8Array;
  report: ComposeReport;
}

export { templateVariants } from '../catalog.js';

export async function buildAllTemplates(): Promise<BuiltVariant[]> {
  const measurer = new TextMeasurer();
  const out: BuiltVariant[] = [];
  for (const v of templateVariants()) {
    const { bytes, report } = await buildTemplate(v.id, v.locale, v.paper, measurer);
    out.push({ ...v, path: templateRelativePath(v.id, v.locale, v.paper), bytes, report });
  }
  return out;
}
