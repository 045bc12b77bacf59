/**
 * The commander program: commands, options and help. Each command's work lives in its own
 * module under commands/, imported only when that command runs, so `--help` and `templates`
 * start without loading zod, sharp, pdf-lib or the prompts.
 *
 * Options that the project config file can also set (--out, --format, --template, --renderer,
 * --concurrency, --strict, --dpi, --brand) have no commander default: an absent flag is
 * `undefined`, so the command can take the config file's value, then the built-in default
 * (config.ts `setting()`). Their help text states the default.
 *
 * Help texts name the locales, papers and template ids literally (importing the catalogue would
 * load zod); test/cli/help.test.ts checks that they match the catalogue.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { RunContext } from './context.js';
import { packageRoot } from './paths.js';

export type { RunContext };

function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function addCommonOptions(cmd: Command, json = true): Command {
  if (json) cmd.option('--json', 'print a machine-readable result on stdout');
  return cmd.option('-q, --quiet', 'print only errors').option('-v, --verbose', 'print details, and stack traces on errors');
}

/** --config / --no-config (the project config file, found upward from the working folder). */
function addConfigOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'project config file (default: va-infographic.config.json or .va-infographicrc, found upward)')
    .option('--no-config', 'ignore any project config file');
}

/** --strict / --no-strict. */
function addStrictOptions(cmd: Command): Command {
  return cmd.option('--strict', 'any warning fails the run: exit 1, nothing written for that item (config: "strict": true)').option('--no-strict', 'warnings do not fail the run (over the config file)');
}

export function addBrandFlags(cmd: Command): Command {
  return cmd
    .option('--org <name>', 'organisation name (printed on the handout, used in file names)')
    .option('--primary <colour>', 'main brand colour, "#RRGGBB" or "#RGB"')
    .option('--secondary <colour>', 'second brand colour (derived from primary when left out)')
    .option('--accent <colour>', 'highlight colour (derived from primary when left out)')
    .option('--text-color <colour>', 'body text colour (default near-black)')
    .option('--background <colour>', 'page background colour (default white)')
    .option('--heading-font <family>', 'heading font family, e.g. "Montserrat"')
    .option('--body-font <family>', 'body font family, e.g. "Source Sans 3"')
    .option('--heading-font-file <file>', 'TTF/OTF file of the heading font')
    .option('--body-font-file <file>', 'TTF/OTF file of the body font')
    .option('--logo <file>', 'logo: PNG, JPEG, WebP, GIF or SVG')
    .option('--booking-url <url>', 'booking page (https:, http:, mailto: or tel:)')
    .option('--billing-url <url>', 'billing and payment information')
    .option('--homepage-url <url>', 'organisation homepage')
    .option('--info <text>', 'additional information for clients ("\\n" for a line break)')
    .option('--locale <locale>', 'handout language: en, da-DK or zh-CN')
    .option('--paper <size>', 'paper size: letter or a4 (default: letter for en, a4 otherwise)');
}

const rendererOption = () => new Option('--renderer <name>', 'PDF renderer: embedded or libreoffice (default: embedded)').choices(['embedded', 'libreoffice']);

/** The options customize and preview share: template, brand, brand flags, config. */
function addCustomizeInputs(cmd: Command): Command {
  return addConfigOptions(
    addBrandFlags(
      cmd
        .option('-t, --template <list>', 'healthcare, financial-services, retail, generic, "all", or a .pptx file; several separated by commas')
        .option('-b, --brand <file>', 'brand file (JSON, comments allowed); flags override its fields'),
    ).option('--replace-link <OLD=NEW>', 'replace a hyperlink target in any deck (repeatable)', collect),
  );
}

export function buildProgram(ctx: RunContext): Command {
  const program = new Command();
  program
    .name('va-infographic')
    .description('Turn a template into a branded, print-ready virtual-appointment handout (PPTX and PDF).')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ va-infographic customize --template healthcare                      # the built-in sample brand
  $ va-infographic customize                                            # asks questions (on a terminal)
  $ va-infographic customize --template retail --brand brand.json --out handouts
  $ va-infographic batch brands/ --template all --concurrency 2 --shard 1/4 --json
  $ va-infographic batch --data locations.csv --brand base.json --strict --report report.json
  $ va-infographic validate brands/
  $ va-infographic preview --template healthcare --brand brand.json
  $ va-infographic inspect my-template.pptx

Exit codes: 0 success, 1 a failure while working, 2 invalid usage or input.
Documentation: docs/cli.md (in the package: node_modules/va-infographic/docs/cli.md)
`,
    );

  addCommonOptions(
    addStrictOptions(
      addCustomizeInputs(program.command('customize').description('brand one or more templates: writes <org>-<template>-<locale>.pdf/.pptx/.png'))
        .option('-f, --format <list>', 'pdf, pptx, png, html (website FAQ page), md (FAQ in Markdown), comma-separated (default: pdf,pptx)')
        .addOption(rendererOption())
        .option('--dpi <n>', 'PNG resolution, 10 to 600 (default: 96)')
        .option('--bleed <length>', 'for a print shop: bleed around the page with crop marks, e.g. 3mm or 0.125in (PDF and PNG)')
        .option('--pdf-standard <name>', 'pdfua-1 (tagged, accessible: the default) or pdfa-2a (PDF/A-2a for archiving, and PDF/UA-1)')
        .option('--embed-fonts <mode>', 'fonts in the PPTX, where their licence allows: auto (default: whole, and only the characters used of fonts over 2 MB such as Chinese ones), full (whole), subset (only the characters used: small files) or none')
        .option('--no-embed-fonts', 'embed no fonts in the PPTX (same as --embed-fonts none)')
        .option('-o, --out <dir>', 'output folder, created if missing (default: ./out)')
        .option('--force', 'overwrite existing outputs')
        .option('--include-hidden', 'draw hidden slides in the PDF/PNG (left out by default, as PowerPoint does)')
        .option('--dry-run', 'do all the work in memory and list what would be written; write nothing')
        .option('-w, --watch', 'build again whenever the brand file, logo, fonts, template or config change')
        .option('-i, --interactive', 'ask for every value (needs a terminal)'),
    ),
  )
    .addHelpText(
      'after',
      `
Precedence of each brand field: the flag, then the brand file, then the built-in sample brand
(only when no brand flag other than --locale and --paper is given). An empty flag value
(--billing-url "") removes the field. Other options: the flag, then the config file, then the
default.

Examples:
  $ va-infographic customize --template healthcare                   # the sample brand
  $ va-infographic customize --template healthcare --org "Fjord Klinik" --primary "#0A5FAD" --locale da-DK
  $ va-infographic customize --template all --brand brand.json --format pdf,png --dpi 150
  $ va-infographic customize --template ./our-deck.pptx --brand brand.json --dry-run
  $ va-infographic customize --template healthcare --brand brand.json --format html,md   # the website FAQ too
  $ va-infographic customize --template generic --brand brand.json --strict --watch
  $ va-infographic customize --template generic --brand brand.json --replace-link https://old.example/=https://new.example/
`,
    )
    .action(async (options: Record<string, unknown>) => {
      const { runCustomize } = await import('./commands/customize.js');
      ctx.exitCode = await runCustomize(options, ctx);
    });

  addCommonOptions(
    addStrictOptions(
      addConfigOptions(
        program
          .command('batch')
          .description('brand many templates for many brand files or spreadsheet rows, in parallel (worker threads)')
          .argument('[brands...]', 'brand files (.json) or folders of brand files')
          .option('--data <file>', 'a spreadsheet (.csv, .xlsx, .jsonl): one brand per row, columns named after brand fields')
          .option('-b, --brand <file>', 'with --data: the base brand file the rows override')
          .option('--name-column <column>', 'with --data: the column naming each row\u2019s output folder (default: the organisation)')
          .option('-t, --template <list>', 'template ids, comma-separated, or "all" (default: all)')
          .option('-f, --format <list>', 'pdf, pptx, png, html (website FAQ page), md (FAQ in Markdown), comma-separated (default: pdf,pptx)')
          .addOption(rendererOption())
          .option('--dpi <n>', 'PNG resolution, 10 to 600 (default: 96)')
          .option('--pdf-standard <name>', 'pdfua-1 (tagged, accessible: the default) or pdfa-2a (PDF/A-2a for archiving, and PDF/UA-1)')
        .option('--embed-fonts <mode>', 'fonts in the PPTX, where their licence allows: auto (default: whole, and only the characters used of fonts over 2 MB such as Chinese ones), full (whole), subset (only the characters used: small files) or none')
        .option('--no-embed-fonts', 'embed no fonts in the PPTX (same as --embed-fonts none)')
          .option('-o, --out <dir>', 'output folder: one sub-folder per brand file or row (default: ./out)')
          .option('-c, --concurrency <n>', 'worker threads (default: number of cores)')
          .option('--shard <k/n>', 'do only the k-th of n deterministic slices of the job list (CI matrices)')
          .option('--fail-fast', 'stop at the first failed item')
          .option('--force', 'overwrite existing outputs')
          .option('--report <file>', 'write the JSON report of every item to a file'),
      ),
    ),
  )
    .addHelpText(
      'after',
      `
Jobs are every brand (file or row) x every template, sorted by brand then template id; shard k/n
takes jobs k, k+n, k+2n, ... (1-based). Outputs go to <out>/<brand file name or row name>/.

Examples:
  $ va-infographic batch brands/ --out handouts
  $ va-infographic batch brands/*.json --template healthcare,retail --format pdf --shard 2/4 --report report.json
  $ va-infographic batch --data locations.csv --brand base.json --name-column id --strict
  $ va-infographic batch --data locations.xlsx --brand base.json --template all --json > report.json
`,
    )
    .action(async (brands: string[], options: Record<string, unknown>) => {
      const { runBatch } = await import('./commands/batch.js');
      ctx.exitCode = await runBatch(brands, options, ctx);
    });

  addCommonOptions(
    program
      .command('validate')
      .description('check brand files without making anything: schema, files exist and are readable, links allowed')
      .argument('[brands...]', 'brand files (.json) or folders of brand files')
      .option('--data <file>', 'check every row of a spreadsheet (.csv, .xlsx, .jsonl) instead')
      .option('-b, --brand <file>', 'with --data: the base brand file the rows override')
      .option('--name-column <column>', 'with --data: the column naming each row (not a brand field)'),
  )
    .addHelpText(
      'after',
      `
Exit status: 0 when every brand is valid, 2 when any is not (each problem is listed).

Examples:
  $ va-infographic validate brand.json
  $ va-infographic validate brands/ --json
  $ va-infographic validate --data locations.csv --brand base.json
`,
    )
    .action(async (brands: string[], options: Record<string, unknown>) => {
      const { runValidate } = await import('./commands/validate.js');
      ctx.exitCode = await runValidate(brands, options, ctx);
    });

  addCommonOptions(
    addCustomizeInputs(program.command('preview').description('a local web page showing the handout, redrawn live as you edit the brand, logo, fonts or template'))
      .option('--dpi <n>', 'PNG resolution of the preview, 10 to 600 (default: 96)')
      .option('--port <n>', 'port on 127.0.0.1 (default: a free one)'),
    false,
  )
    .addHelpText(
      'after',
      `
The server listens on 127.0.0.1 only and prints its address. Stop it with Ctrl+C.

Examples:
  $ va-infographic preview --template healthcare --brand brand.json
  $ va-infographic preview --template ./our-deck.pptx --brand brand.json --dpi 150 --port 8123
`,
    )
    .action(async (options: Record<string, unknown>) => {
      const { runPreview } = await import('./commands/preview.js');
      ctx.exitCode = await runPreview(options, ctx);
    });

  addCommonOptions(program.command('templates').description('list the built-in templates, their locales and paper sizes'))
    .addHelpText(
      'after',
      `
Examples:
  $ va-infographic templates
  $ va-infographic templates --json
`,
    )
    .action(async (options: Record<string, unknown>) => {
      const { runTemplates } = await import('./commands/templates.js');
      ctx.exitCode = await runTemplates(options, ctx);
    });

  addCommonOptions(
    program
      .command('inspect')
      .description('show a deck’s themes, links, placeholders, tokens, unsupported content and brand-fit problems')
      .argument('<file.pptx>', 'the deck to inspect'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ va-infographic inspect my-template.pptx
  $ va-infographic inspect my-template.pptx --json
`,
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runInspect } = await import('./commands/inspect.js');
      ctx.exitCode = await runInspect(file, options, ctx);
    });

  addCommonOptions(
    addBrandFlags(
      program
        .command('init')
        .description('write a starter brand file (with $schema for editor completion)')
        .argument('[file]', 'where to write it', 'brand.json'),
    ).option('--force', 'overwrite an existing file'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ va-infographic init
  $ va-infographic init clinic.json --org "Fjord Klinik" --locale da-DK --primary "#0A5FAD"
`,
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runInit } = await import('./commands/init.js');
      ctx.exitCode = await runInit(file, options, ctx);
    });

  addCommonOptions(
    addStrictOptions(
      addConfigOptions(
        program
          .command('render')
          .description('render any deck to PDF or PNG (no branding)')
          .argument('<file.pptx>', 'the deck to render')
          .option('-f, --format <list>', 'pdf, png, comma-separated (default: pdf)')
          .addOption(rendererOption())
          .option('--dpi <n>', 'PNG resolution, 10 to 600 (default: 96)')
          .option('--bleed <length>', 'for a print shop: bleed around each page with crop marks, e.g. 3mm or 0.125in')
          .option('--pdf-standard <name>', 'pdfua-1 (tagged, accessible: the default) or pdfa-2a (PDF/A-2a for archiving, and PDF/UA-1)')
          .option('-o, --out <dir>', 'output folder, created if missing (default: ./out)')
          .option('--force', 'overwrite existing outputs')
          .option('--include-hidden', 'draw hidden slides too (left out by default, as PowerPoint’s PDF export does)')
          .option('-w, --watch', 'render again whenever the deck changes'),
      ),
    ),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ va-infographic render deck.pptx                                  # out/deck.pdf
  $ va-infographic render deck.pptx --format pdf,png --dpi 150 --out previews
  $ va-infographic render deck.pptx --renderer libreoffice           # needs soffice
  $ va-infographic render deck.pptx --format png --watch --strict
`,
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runRender } = await import('./commands/render.js');
      ctx.exitCode = await runRender(file, options, ctx);
    });

  program
    .command('completion')
    .description('print a shell completion script: bash, zsh or fish')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText(
      'after',
      `
Examples:
  $ va-infographic completion bash > ~/.local/share/bash-completion/completions/va-infographic
  $ source <(va-infographic completion bash)                   # or this, in ~/.bashrc
  $ source <(va-infographic completion zsh)                    # in ~/.zshrc
  $ va-infographic completion fish > ~/.config/fish/completions/va-infographic.fish
`,
    )
    .action(async (shell: string) => {
      const { runCompletion } = await import('./commands/completion.js');
      ctx.exitCode = runCompletion(shell, program, ctx);
    });

  return program;
}
