/**
 * `va-infographic inspect <file.pptx> [--json]`: prints the analysis of src/inspect.
 */
import path from 'node:path';
import { inspect, type InspectReport } from '../../inspect/inspect.js';
import type { LintFinding } from '../../inspect/lint.js';
import { FILE_LIMITS, readInputFile } from '../files.js';
import { json, type Reporter } from '../output.js';
import type { RunContext } from '../context.js';
import { applyVerbosity } from './common.js';

const MAX_LOCATIONS = 4;

export async function runInspect(file: string, options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const absolute = path.resolve(ctx.io.cwd, file);
  const bytes = await readInputFile(absolute, 'the deck', FILE_LIMITS.pptx, file);
  const report = inspect(bytes, { what: file });
  if (options.json) {
    ctx.reporter.result(json({ ok: true, file, ...report }).trimEnd());
    return 0;
  }
  printReport(file, report, ctx.reporter);
  return 0;
}

function printReport(file: string, r: InspectReport, out: Reporter): void {
  const s = out.out;
  const line = (text = '') => out.result(text);
  const size = r.slideSize
    ? `${(r.slideSize.cx / 914400).toFixed(2)} × ${(r.slideSize.cy / 914400).toFixed(2)} in${r.slideSize.paper ? ` (${r.slideSize.paper}, ${r.slideSize.orientation})` : `, ${r.slideSize.orientation}`}`
    : 'unknown size';
  line(`${s.bold(file)}: ${r.kind}${r.macroEnabled ? ' (macro-enabled)' : ''}, ${r.slideCount} slide${r.slideCount === 1 ? '' : 's'}, ${size}, ${r.masters} master(s), ${r.layouts} layout(s)`);

  line();
  line(s.bold('Themes'));
  for (const t of r.themes) {
    line(`  ${t.part}${t.name ? ` "${t.name}"` : ''} — used by ${t.masters.map((m) => m.split('/').pop()).join(', ')}`);
    const colours = Object.entries(t.colors)
      .map(([slot, c]) => `${slot} ${c.hex ? '#' + c.hex : '?'}${c.written.startsWith('sysClr') ? ` (${c.written})` : ''}`)
      .join(', ');
    line(`    colours: ${colours || 'none'}${t.missingColors.length ? s.yellow(` (missing: ${t.missingColors.join(', ')})`) : ''}`);
    const fonts = (f: typeof t.major) => (f ? [f.latin ?? '—', f.ea ? `ea ${f.ea}` : '', f.cs ? `cs ${f.cs}` : ''].filter(Boolean).join(', ') : s.yellow('none'));
    line(`    fonts: heading ${fonts(t.major)}; body ${fonts(t.minor)}`);
  }

  line();
  line(s.bold(`Hyperlinks (${r.links.length})`));
  for (const l of r.links) {
    const where = `${l.location}${l.shape ? ` › ${l.shape}` : ''}`;
    const flag = l.problem ? s.red(`  ✗ ${l.problem}`) : '';
    line(`  ${where}: ${l.kind === 'external' ? l.target : `${l.kind} → ${l.target}`}${l.event === 'hover' ? ' (hover)' : ''}${flag}`);
  }

  line();
  line(s.bold(`Named shapes (${r.placeholders.length}) and tokens (${r.tokens.length})`));
  for (const p of r.placeholders) line(`  ${p.location}: ${p.name}${p.known ? '' : s.yellow('  ? not a name the template contract defines')}`);
  for (const t of r.tokens) line(`  ${t.location}${t.shape ? ` › ${t.shape}` : ''}: {{${t.token}}}${t.known ? '' : s.yellow('  ? unknown token (left as it is)')}`);
  if (!r.placeholders.length && !r.tokens.length) {
    line('  none: only theme colours, fonts and --replace-link will change this deck. To place the brand, name shapes');
    line('  (PowerPoint: Home > Arrange > Selection Pane, double-click a name) va:link:booking, va:link:billing,');
    line('  va:link:homepage, va:logo or va:qr:booking, and write {{organization}} or {{bookingLink}} in a text box');
    line('  (docs/template-contract.md lists every name and token).');
  }

  line();
  line(s.bold(`Not drawn faithfully by the embedded renderer (${r.unsupported.length})`));
  const byKind = new Map<string, string[]>();
  for (const u of r.unsupported) {
    const key = `${u.kind} (${u.treatment})`;
    byKind.set(key, [...(byKind.get(key) ?? []), `${u.location}${u.shape ? ` › ${u.shape}` : ''}`]);
  }
  for (const [kind, where] of byKind) line(`  ${kind} ×${where.length}: ${listed(where)}`);
  if (byKind.size) line(s.dim('  use --renderer libreoffice for these decks'));

  line();
  line(s.bold(`Brand fit: ${r.lint.colourCount} literal colour(s), ${r.lint.fontCount} literal font(s) a theme change will not reach`));
  printFindings(r.lint.literalColours, out);
  printFindings(r.lint.literalFonts, out);
  if (r.lint.colourCount === 0 && r.lint.fontCount === 0) line(s.green('  every colour and font follows the theme'));

  line();
  line(s.bold(`Template contract (docs/template-contract.md): ${r.contract.length === 0 ? 'followed' : `${r.contract.length} problem(s)`}`));
  for (const c of r.contract) line(`  ${s.yellow(c.rule)}: ${c.location ? `${c.location}: ` : ''}${c.message}`);
  if (r.contract.length === 0) line(s.green('  this deck rebrands like the built-in templates'));

  // PowerPoint's Accessibility Checker: a title, alt text, reading order (docs/accessibility.md).
  const problems = r.accessibility.reduce((n, a) => n + (a.title === null ? 1 : 0) + a.missingAlt.length + a.readingOrder.length, 0);
  line();
  line(s.bold(`Accessibility (title, alt text, reading order): ${problems === 0 ? 'nothing to fix' : `${problems} problem(s)`}`));
  for (const a of r.accessibility) {
    if (a.title === null) line(`  slide ${a.slide}: ${s.yellow('no slide title')} (a title placeholder with text: PowerPoint's checker asks for one, the PDF reads it as the slide's heading)`);
    if (a.missingAlt.length) line(`  slide ${a.slide}: ${s.yellow('no alt text and not decorative')}: ${listed(a.missingAlt.map((n) => `"${n}"`))}`);
    for (const o of a.readingOrder) line(`  slide ${a.slide}: ${s.yellow('reading order')}: ${o}`);
  }
  if (problems === 0) line(s.green('  every slide has a title, every picture and shape alt text or the decorative mark, and shapes in reading order'));
  else line(s.dim('  fix in PowerPoint: Alt Text pane (or Mark as decorative), a title placeholder, Arrange › Selection Pane / Reading Order'));
}

function listed(items: string[]): string {
  const unique = [...new Set(items)];
  return unique.slice(0, MAX_LOCATIONS).join('; ') + (unique.length > MAX_LOCATIONS ? `; … ${unique.length - MAX_LOCATIONS} more` : '');
}

function printFindings(findings: LintFinding[], out: Reporter): void {
  for (const f of findings) {
    const where = f.locations.map((l) => `${l.location}${l.shape ? ` › ${l.shape}` : ''}${l.use ? ` (${l.use})` : ''}${l.count > 1 ? ` ×${l.count}` : ''}`);
    out.result(`  ${f.value} ×${f.count}: ${listed(where)}`);
  }
}
