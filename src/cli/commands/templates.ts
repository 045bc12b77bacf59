/**
 * `va-infographic templates [--json]`: the built-in templates, what each is for, and which
 * locale × paper variants are installed.
 */
import { existsSync } from 'node:fs';
import { TEMPLATES } from '../../templates/catalog.js';
import { json } from '../output.js';
import type { RunContext } from '../context.js';
import { builtinTemplatePath } from '../template-source.js';

export async function runTemplates(options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  const rows = TEMPLATES.map((t) => {
    const variants = t.locales.flatMap((locale) =>
      t.papers.map((paper) => {
        const file = builtinTemplatePath(t.id, locale, paper);
        return { locale, paper, installed: existsSync(file) };
      }),
    );
    return { id: t.id, title: t.title, description: t.description, audience: t.audience, locales: [...t.locales], papers: [...t.papers], variants };
  });
  const { reporter } = ctx;
  if (options.json) {
    reporter.result(json({ ok: true, templates: rows }).trimEnd());
    return 0;
  }
  const s = reporter.out;
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) {
    reporter.result(`${s.bold(r.id.padEnd(width))}  ${r.title}: ${r.description}`);
    const missing = r.variants.filter((v) => !v.installed).map((v) => `${v.locale}.${v.paper}`);
    reporter.result(`${' '.repeat(width)}  ${s.dim(`locales: ${r.locales.join(', ')}; paper: ${r.papers.join(', ')}`)}`);
    if (missing.length) reporter.warning(`template ${r.id}: ${missing.length} variant(s) not installed: ${missing.join(', ')}`);
  }
  reporter.status(`use: va-infographic customize --template <id> [--brand brand.json]`);
  return 0;
}
