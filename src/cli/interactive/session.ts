/**
 * Interactive mode of `customize`: asks for every value (with the flags and brand file, when
 * given, as defaults), shows a summary, writes the outputs, then offers to save the answers as a
 * brand file for later runs and CI. Prompts draw on stderr, so stdout stays clean.
 */
import path from 'node:path';
import { checkbox, confirm, editor, input, select } from '@inquirer/prompts';
import { type VaError, toVaError } from '../../errors.js';
import { SAMPLE_BRAND_INPUT } from '../../brand/sample.js';
import { LOCALES, PAPERS, defaultPaper, type Locale, type Paper } from '../../brand/schema.js';
import { SHIPPED_FAMILIES } from '../../fonts/catalog.js';
import { TEMPLATES, type TemplateId } from '../../templates/catalog.js';
import { loadBrandFile, type BrandFlags } from '../brand-input.js';
import { brandFileText } from '../brand-file.js';
import { resolveBrand } from '../brand-resolve.js';
import { displayPath, exists, formatBytes, writeFileAtomic, ensureOutputDir } from '../files.js';
import { FAQ_FORMATS, FORMATS, withFaqDependencies, type Format, type LinkReplacement, type RendererName } from '../options.js';
import type { RunContext } from '../context.js';
import { slugify } from '../slug.js';
import { parseTemplateRef, templateName, type TemplateRef } from '../template-source.js';
import { executePlan, plannedOutputs, reportResult, type CustomizePlan } from '../commands/customize.js';
import { str } from '../commands/common.js';
import { usableEditor } from './editor.js';
import { askPolicy, policyAnswerCount } from './policy.js';
import {
  pathAnswer,
  checkBrandFileTarget,
  checkColour,
  checkFontPath,
  checkInfo,
  checkLinkAnswer,
  checkLogoPath,
  checkOrganization,
  checkTemplatePath,
  cleared,
  colourAnswer,
  linkAnswer,
  NONE,
} from './validators.js';

export interface InteractiveOptions {
  options: Record<string, unknown>;
  ctx: RunContext;
  formats: Format[];
  renderer: RendererName;
  replaceLinks: LinkReplacement[];
  outDir: string;
  force: boolean;
  brandFlagsGiven: boolean;
  /** True when --format (or the config file) chose the formats: the "next time" command repeats them. */
  formatsGiven?: boolean;
}

/** What the session has written so far (a Ctrl+C after the outputs must not say "nothing"). */
interface Written {
  files: string[];
}

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'da-DK': 'Dansk (Danish)', 'zh-CN': '简体中文 (Simplified Chinese)' };
const FORMAT_NAMES: Record<Format, string> = {
  pdf: 'PDF (print-ready)',
  pptx: 'PowerPoint (.pptx, editable)',
  png: 'PNG (preview image)',
  html: 'Website FAQ page (HTML page and a fragment to paste into your website)',
  md: 'Website FAQ in Markdown',
};
const PAPER_NAMES: Record<Paper, string> = { letter: 'US Letter (8.5 × 11 in)', a4: 'A4 (210 × 297 mm)' };
const KEEP = '\u0000keep';
const OTHER = '\u0000other';

type Json = Record<string, unknown>;

function get(obj: Json | undefined, ...keys: string[]): string | undefined {
  let v: unknown = obj;
  for (const k of keys) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** A 24-bit colour swatch after a valid hex value (only when colour output is on). */
function swatch(value: string, colourOn: boolean): string {
  const m = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(value.trim());
  if (!m || !colourOn) return value;
  let hex = m[1]!;
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `${value} \u001b[38;2;${r};${g};${b}m████\u001b[39m`;
}

export async function runInteractive(o: InteractiveOptions): Promise<number> {
  const { ctx } = o;
  const written: Written = { files: [] };
  try {
    return await session(o, written);
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) {
      ctx.io.stderr.write(
        written.files.length
          ? `\nstopped: the handout was written (${written.files.join(', ')}); the answers were not saved as a brand file\n`
          : '\ncancelled: nothing was written\n',
      );
      return 130;
    }
    throw e;
  }
}

async function session(o: InteractiveOptions, written: Written): Promise<number> {
  const { ctx, options } = o;
  const { io, reporter } = ctx;
  const context = { input: io.stdin, output: io.stderr as unknown as NodeJS.WritableStream };
  const colourOn = reporter.errColour;
  const say = (text: string) => io.stderr.write(text + '\n');
  const flags = options as BrandFlags;
  const home = io.env.HOME ?? io.env.USERPROFILE;

  // Defaults: flags first, then the brand file, then sensible values.
  const brandArg = str(options, 'brand');
  const fromFile: Json | undefined = brandArg ? (await loadBrandFile(brandArg, io.cwd)).input : undefined;
  const def = (flag: string | undefined, ...keys: string[]) => flag ?? get(fromFile, ...keys);
  // Paths from a brand file are absolute by now: suggest them relative to the working folder.
  const defPath = (flag: string | undefined, ...keys: string[]) => {
    const v = def(flag, ...keys);
    return v === undefined || flag !== undefined ? v : displayPath(io.cwd, v);
  };

  say(reporter.err.bold('va-infographic: a branded virtual-appointment handout in a few questions.'));
  say(reporter.err.dim('Press Enter to accept the value in parentheses, Ctrl+C to stop (nothing is written until the end).'));

  // Template.
  const templateArg = str(options, 'template');
  const templateChoice = await select<string>(
    {
      message: 'Which template?',
      choices: [
        ...TEMPLATES.map((t) => ({ name: `${t.title}`, value: t.id as string, description: t.description })),
        { name: 'My own PowerPoint file (.pptx)…', value: OTHER, description: 'a deck you designed; see docs/template-contract.md' },
      ],
      default: templateArg && TEMPLATES.some((t) => t.id === templateArg) ? templateArg : templateArg ? OTHER : 'healthcare',
    },
    context,
  );
  let template: TemplateRef;
  if (templateChoice === OTHER) {
    const file = await input(
      { message: 'Path of your .pptx file:', default: templateArg && !TEMPLATES.some((t) => t.id === templateArg) ? templateArg : undefined, validate: (v) => checkTemplatePath(v, io.cwd, home) },
      context,
    );
    const typed = pathAnswer(file, home);
    template = parseTemplateRef(typed.match(/[\\/]/) ? typed : `./${typed}`, io.cwd);
  } else {
    template = { kind: 'builtin', id: templateChoice as TemplateId };
  }

  // Locale and paper.
  const locale = await select<Locale>(
    {
      message: 'Language of the handout?',
      choices: LOCALES.map((l) => ({ name: LOCALE_NAMES[l], value: l })),
      default: (def(flags.locale, 'locale') as Locale | undefined) ?? 'en',
    },
    context,
  );
  const paper = await select<Paper>(
    {
      message: 'Paper size?',
      choices: PAPERS.map((p) => ({ name: PAPER_NAMES[p], value: p })),
      default: (def(flags.paper, 'paper') as Paper | undefined) ?? defaultPaper(locale),
    },
    context,
  );

  // Organisation.
  const organization = (
    await input({ message: 'Organisation name (printed on the handout):', default: def(flags.org, 'organization'), validate: checkOrganization }, context)
  ).trim();

  // Colours.
  // An optional question that suggests a value says how to answer "none".
  const orNone = (message: string, suggested: string | undefined) => (suggested ? message.replace(/:$/, ` (${NONE} for none):`) : message);
  const colour = async (message: string, value: string | undefined, required: boolean) =>
    colourAnswer(
      await input(
        {
          message: required ? message : orNone(message, value),
          default: value,
          validate: (v) => checkColour(v, required),
          transformer: (v) => swatch(v, colourOn),
        },
        context,
      ),
    );
  const primary = await colour('Main brand colour (hex, like #0A5FAD):', def(flags.primary, 'colors', 'primary') ?? SAMPLE_BRAND_INPUT.colors.primary, true);
  const secondary = await colour('Second colour (Enter to leave out: derived from the main colour):', def(flags.secondary, 'colors', 'secondary'), false);
  const accent = await colour('Highlight colour (Enter to leave out: derived):', def(flags.accent, 'colors', 'accent'), false);
  let text = def(flags.textColor, 'colors', 'text');
  let background = def(flags.background, 'colors', 'background');
  if (await confirm({ message: 'Change the text and background colours? (default: near-black on white)', default: Boolean(text || background) }, context)) {
    text = await colour('Text colour:', text ?? '#1F2933', false);
    background = await colour('Background colour:', background ?? '#FFFFFF', false);
  } else {
    text = undefined;
    background = undefined;
  }

  // Fonts.
  const font = async (role: 'heading' | 'body', current: string | undefined, currentFile: string | undefined) => {
    const families = SHIPPED_FAMILIES.filter((f) => f.roles.includes(role) || f.roles.includes('cjk'));
    const choice = await select<string>(
      {
        message: role === 'heading' ? 'Heading font?' : 'Body text font?',
        choices: [
          ...families.map((f) => ({ name: f.family, value: f.family, description: `ships with va-infographic (${f.licence})` })),
          { name: 'Keep the template’s font', value: KEEP },
          { name: 'Another font (type its name, optionally its TTF/OTF file)…', value: OTHER },
        ],
        default: current === undefined ? KEEP : families.some((f) => f.family === current) ? current : OTHER,
      },
      context,
    );
    if (choice === KEEP) return { family: undefined, file: undefined };
    if (choice !== OTHER) return { family: choice, file: undefined };
    const family = (await input({ message: 'Font family name:', default: current, validate: (v) => (v.trim() ? true : 'a family name is needed') }, context)).trim();
    const file = pathAnswer(
      cleared(
        await input({ message: orNone(`TTF/OTF file of ${family} (Enter if it is installed on this computer):`, currentFile), default: currentFile, validate: (v) => checkFontPath(v, io.cwd, home) }, context),
      ),
      home,
    );
    return { family, file: file ? path.resolve(io.cwd, file) : undefined };
  };
  const heading = await font('heading', def(flags.headingFont, 'fonts', 'heading') ?? SAMPLE_BRAND_INPUT.fonts.heading, defPath(flags.headingFontFile, 'fonts', 'headingFile'));
  const body = await font('body', def(flags.bodyFont, 'fonts', 'body') ?? SAMPLE_BRAND_INPUT.fonts.body, defPath(flags.bodyFontFile, 'fonts', 'bodyFile'));

  // Logo.
  const logoDefault = defPath(flags.logo, 'logo');
  const logoAnswer = pathAnswer(
    cleared(
      await input(
        {
          message: logoDefault ? `Logo file (PNG, JPEG, GIF, WebP or SVG; ${NONE} for none):` : 'Logo file (PNG, JPEG, GIF, WebP or SVG; Enter for none):',
          default: logoDefault,
          validate: (v) => checkLogoPath(v, io.cwd, home),
        },
        context,
      ),
    ),
    home,
  );
  const logo = logoAnswer ? path.resolve(io.cwd, logoAnswer) : undefined;

  // Links.
  const link = async (message: string, value: string | undefined) =>
    linkAnswer(
      await input(
        {
          message: orNone(message, value),
          default: value,
          validate: checkLinkAnswer,
          // Shows what a bare address becomes: "example.org/book → https://example.org/book".
          transformer: (v, { isFinal }) => {
            const l = linkAnswer(v);
            if (isFinal) return l ?? '';
            return l && l !== v.trim() && checkLinkAnswer(v) === true ? `${v} ${reporter.err.dim(`→ ${l}`)}` : v;
          },
        },
        context,
      ),
    );
  say(reporter.err.dim('Links: a web address, an e-mail address or a phone number; Enter to leave one out (its line is removed from the handout).'));
  const booking = await link('Booking page:', def(flags.bookingUrl, 'links', 'booking'));
  const billing = await link('Billing and payment information:', def(flags.billingUrl, 'links', 'billing'));
  const homepage = await link('Homepage:', def(flags.homepageUrl, 'links', 'homepage'));

  // Additional information.
  const infoDefault = def(flags.info?.replace(/\\n/g, '\n'), 'additionalInfo');
  const editorCommand = usableEditor(io.env);
  const how = await select<string>(
    {
      message: 'Additional information for clients ("before your appointment" box)?',
      choices: [
        { name: 'Type it here', value: 'input', description: 'one line; type \\n for a line break; up to 1200 characters' },
        ...(editorCommand ? [{ name: `Write it in my editor (${editorCommand})`, value: 'editor' }] : []),
        ...(infoDefault ? [{ name: 'Keep the current text', value: 'keep', description: infoDefault.slice(0, 120) }] : []),
        { name: 'Leave it out', value: 'none' },
      ],
      default: infoDefault ? 'keep' : 'input',
    },
    context,
  );
  let additionalInfo: string | undefined;
  if (how === 'keep') additionalInfo = infoDefault;
  else if (how === 'editor') {
    try {
      additionalInfo = (await editor({ message: 'Additional information:', default: infoDefault, postfix: '.txt', validate: checkInfo, waitForUserInput: false }, context)).trim();
    } catch (e) {
      if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw e;
      say(reporter.err.yellow(`the editor did not work (${e instanceof Error ? e.message : String(e)}); type the text here instead`));
    }
  }
  if (how === 'input' || (how === 'editor' && additionalInfo === undefined)) {
    additionalInfo = (await input({ message: 'Additional information:', default: infoDefault?.replace(/\n/g, '\\n'), validate: (v) => checkInfo(v.replace(/\\n/g, '\n')) }, context))
      .replace(/\\n/g, '\n')
      .trim();
  }
  if (additionalInfo === '') additionalInfo = undefined;

  // Formats and output folder.
  const chosen = await checkbox<Format>(
    {
      message: 'Which files?',
      choices: FORMATS.map((f) => ({
        name: FORMAT_NAMES[f],
        value: f,
        checked: o.formats.includes(f),
      })),
      required: true,
    },
    context,
  );
  // The website FAQ also writes the handout PDF and PNG it links to.
  const formats = withFaqDependencies(chosen, o.renderer);

  // The website FAQ's own answers (issue 12): an optional group (policy.ts).
  const policy = await askPolicy(
    { input, confirm },
    context,
    (t) => say(reporter.err.dim(t)),
    fromFile?.policy && typeof fromFile.policy === 'object' ? (fromFile.policy as Json) : undefined,
    formats.some((f) => FAQ_FORMATS.includes(f)),
  );
  const outAnswer = pathAnswer(await input({ message: 'Output folder:', default: displayPath(io.cwd, o.outDir) }, context), home);
  const outDir = path.resolve(io.cwd, outAnswer || '.');

  // The brand, validated like a brand file (and its files read).
  const brandInput: Json = {
    organization,
    locale,
    paper,
    colors: { primary, secondary, accent, text, background },
    fonts: { heading: heading.family, body: body.family, headingFile: heading.file, bodyFile: body.file },
    logo,
    links: { booking, billing, homepage },
    additionalInfo,
    policy,
  };
  const clean = JSON.parse(JSON.stringify(brandInput)) as Json;
  for (const k of ['fonts', 'links']) if (clean[k] && Object.keys(clean[k] as Json).length === 0) delete clean[k];
  const resolved = await resolveBrand({ flags: {}, cwd: io.cwd, preloaded: { file: 'your answers', input: clean } });
  const plan: CustomizePlan = { template, resolved, formats, renderer: o.renderer, replaceLinks: o.replaceLinks, outDir, force: o.force };

  // Summary.
  const { files } = plannedOutputs(plan);
  const row = (label: string, value: string | undefined) => say(`  ${label.padEnd(14)} ${value ?? reporter.err.dim('—')}`);
  say('');
  say(reporter.err.bold('Summary'));
  row('Template', `${templateName(template)} (${LOCALE_NAMES[locale]}, ${PAPER_NAMES[paper]})`);
  row('Organisation', organization);
  row('Colours', [primary && swatch(primary, colourOn), secondary && `second ${swatch(secondary, colourOn)}`, accent && `highlight ${swatch(accent, colourOn)}`, text && `text ${text}`, background && `background ${background}`].filter(Boolean).join(', '));
  row('Fonts', `${heading.family ?? 'template heading font'} / ${body.family ?? 'template body font'}`);
  row('Logo', logo ? `${displayPath(io.cwd, logo)} (${formatBytes(resolved.assets.logo?.bytes.length ?? 0)})` : undefined);
  row('Booking', booking);
  row('Billing', billing);
  row('Homepage', homepage);
  row('Information', additionalInfo ? `${additionalInfo.length} characters` : undefined);
  row('Website FAQ', policy ? `${policyAnswerCount(policy)} answer(s) of your own` : undefined);
  row('Files', files.map((f) => displayPath(io.cwd, f)).join(', '));
  say('');
  if (!(await confirm({ message: 'Create the handout?', default: true }, context))) {
    say('nothing was written');
    return 0;
  }
  const existing: string[] = [];
  for (const f of files) if (await exists(f)) existing.push(displayPath(io.cwd, f));
  if (existing.length && !plan.force) {
    if (!(await confirm({ message: `Overwrite ${existing.join(', ')}?`, default: false }, context))) {
      say('nothing was written');
      return 0;
    }
    plan.force = true;
  }

  const started = performance.now();
  let failure: VaError | undefined;
  try {
    const result = await executePlan(plan, ctx);
    written.files.push(...result.outputs.map((f) => f.file));
    reportResult(result, Boolean(options.json), ctx, started);
  } catch (e) {
    // The answers are still worth keeping: report the error, offer to save, then fail.
    failure = toVaError(e);
    reporter.error(failure);
  }

  // Save the answers.
  if (await confirm({ message: 'Save these answers as a brand file, for later runs and CI?', default: true }, context)) {
    const suggested = brandArg ?? `${slugify(organization)}.brand.json`;
    let target = '';
    let replace = false;
    for (;;) {
      target = pathAnswer(await input({ message: 'Brand file:', default: suggested, validate: checkBrandFileTarget }, context), home);
      if (!(await exists(path.resolve(io.cwd, target)))) break;
      if ((replace = await confirm({ message: `${target} exists. Overwrite it?`, default: false }, context))) break;
    }
    const absolute = path.resolve(io.cwd, target);
    await ensureOutputDir(path.dirname(absolute));
    await writeFileAtomic(absolute, brandFileText(clean, absolute, io.cwd), { overwrite: replace });
    const shown = displayPath(io.cwd, absolute);
    reporter.status(`${reporter.err.green('saved')} ${shown}`);
    const tpl = template.kind === 'builtin' ? template.id : displayPath(io.cwd, template.file);
    reporter.status(`next time: ${nextTimeCommand({ template: tpl, brand: shown, formats, formatsGiven: o.formatsGiven === true, outDir: displayPath(io.cwd, outDir), renderer: o.renderer, written: written.files.length > 0 })}`);
  }
  // The error was printed above; its exit code ends the run.
  return failure ? failure.exitCode : 0;
}


/** A shell word: quoted when it holds anything a shell would interpret. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that repeats this session without questions: the template, the saved brand file,
 * the formats and output folder chosen, and --force when the handout was just written there
 * (it would otherwise stop at once with E_OUTPUT_EXISTS).
 */
export function nextTimeCommand(o: { template: string; brand: string; formats: readonly Format[]; formatsGiven: boolean; outDir: string; renderer: RendererName; written: boolean }): string {
  const words = ['va-infographic', 'customize', '--template', o.template, '--brand', o.brand];
  const defaultFormats = o.formats.length === 2 && o.formats[0] === 'pdf' && o.formats[1] === 'pptx';
  if (!defaultFormats || o.formatsGiven) words.push('--format', o.formats.join(','));
  if (o.renderer !== 'embedded') words.push('--renderer', o.renderer);
  if (o.outDir !== 'out') words.push('--out', o.outDir);
  if (o.written) words.push('--force');
  return words.map(shellWord).join(' ');
}
