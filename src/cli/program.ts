/**
 * The commander program: commands, options and help. Each command's work lives in its own
 * module under commands/, imported only when that command runs, so `--help` and `templates`
 * start without loading zod, sharp, pdf-lib or the prompts.
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

function addBrandFlags(cmd: Command): Command {
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

export function buildProgram(ctx: RunContext): Command {
  const program = new Command();
  program
    .name('va-infographic')
    .description('Turn a template into a branded, print-ready virtual-appointment handout (PPTX and PDF).')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ va-infographic customize --template healthcare                      # the built-in sample brand
  $ va-infographic customize                                            # asks questions (on a terminal)
  $ va-infographic customize --template retail --brand brand.json --out handouts
  $ va-infographic batch brands/ --template all --concurrency 2 --shard 1/4 --json
  $ va-infographic inspect my-template.pptx

Exit codes: 0 success, 1 a failure while working, 2 invalid usage or input.
Documentation: docs/cli.md
`,
    );

  addCommonOptions(
    addBrandFlags(
      program
        .command('customize')
        .description('brand one template: writes <org>-<template>-<locale>.pdf/.pptx/.png')
        .option('-t, --template <id|file>', 'healthcare, financial-services, retail, generic, or a .pptx file')
        .option('-b, --brand <file>', 'brand file (JSON); flags override its fields'),
    )
      .option('--replace-link <OLD=NEW>', 'replace a hyperlink target in any deck (repeatable)', collect)
      .option('-f, --format <list>', 'pdf, pptx, png, comma-separated', 'pdf,pptx')
      .addOption(new Option('--renderer <name>', 'PDF/PNG renderer').choices(['embedded', 'libreoffice']).default('embedded'))
      .option('-o, --out <dir>', 'output folder (created if missing)', './out')
      .option('--force', 'overwrite existing outputs')
      .option('--include-hidden', 'draw hidden slides in the PDF/PNG (left out by default, as PowerPoint does)')
      .option('-i, --interactive', 'ask for every value (needs a terminal)'),
  )
    .addHelpText(
      'after',
      `
Precedence of each brand field: the flag, then the brand file, then the built-in sample brand
(only when no brand file is given). An empty flag value (--billing-url "") removes the field.

Examples:
  $ va-infographic customize --template healthcare --org "Fjord Klinik" --primary "#0A5FAD" --locale da-DK
  $ va-infographic customize --template ./our-deck.pptx --brand brand.json --format pdf,png
  $ va-infographic customize --template generic --brand brand.json --replace-link https://old.example/=https://new.example/
`,
    )
    .action(async (options: Record<string, unknown>) => {
      const { runCustomize } = await import('./commands/customize.js');
      ctx.exitCode = await runCustomize(options, ctx);
    });

  addCommonOptions(
    program
      .command('batch')
      .description('brand many templates for many brand files, in parallel (worker threads)')
      .argument('<brands...>', 'brand files (.json) or folders of brand files')
      .option('-t, --template <list>', 'template ids, comma-separated, or "all"', 'all')
      .option('-f, --format <list>', 'pdf, pptx, png, comma-separated', 'pdf,pptx')
      .addOption(new Option('--renderer <name>', 'PDF/PNG renderer').choices(['embedded', 'libreoffice']).default('embedded'))
      .option('-o, --out <dir>', 'output folder: one sub-folder per brand file', './out')
      .option('-c, --concurrency <n>', 'worker threads (default: number of cores)')
      .option('--shard <k/n>', 'do only the k-th of n deterministic slices of the job list (CI matrices)')
      .option('--fail-fast', 'stop at the first failed item')
      .option('--force', 'overwrite existing outputs')
      .option('--report <file>', 'write the JSON report of every item to a file'),
  )
    .addHelpText(
      'after',
      `
Jobs are every brand file x every template, sorted by brand file path then template id; shard
k/n takes jobs k, k+n, k+2n, ... (1-based). Outputs go to <out>/<brand file name>/.

Examples:
  $ va-infographic batch brands/ --out handouts
  $ va-infographic batch brands/*.json --template healthcare,retail --format pdf --shard 2/4 --report report.json
`,
    )
    .action(async (brands: string[], options: Record<string, unknown>) => {
      const { runBatch } = await import('./commands/batch.js');
      ctx.exitCode = await runBatch(brands, options, ctx);
    });

  addCommonOptions(program.command('templates').description('list the built-in templates, their locales and paper sizes')).action(
    async (options: Record<string, unknown>) => {
      const { runTemplates } = await import('./commands/templates.js');
      ctx.exitCode = await runTemplates(options, ctx);
    },
  );

  addCommonOptions(
    program
      .command('inspect')
      .description('show a deck’s themes, links, placeholders, tokens, unsupported content and brand-fit problems')
      .argument('<file.pptx>', 'the deck to inspect'),
  ).action(async (file: string, options: Record<string, unknown>) => {
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
The brand flags of customize fill in the starter: va-infographic init clinic.json --org "Fjord Klinik" --locale da-DK
`,
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runInit } = await import('./commands/init.js');
      ctx.exitCode = await runInit(file, options, ctx);
    });

  addCommonOptions(
    program
      .command('render')
      .description('render any deck to PDF or PNG (no branding)')
      .argument('<file.pptx>', 'the deck to render')
      .option('-f, --format <list>', 'pdf, png, comma-separated', 'pdf')
      .addOption(new Option('--renderer <name>', 'renderer').choices(['embedded', 'libreoffice']).default('embedded'))
      .option('-o, --out <dir>', 'output folder (created if missing)', './out')
      .option('--force', 'overwrite existing outputs')
      .option('--include-hidden', 'draw hidden slides too (left out by default, as PowerPoint’s PDF export does)'),
  ).action(async (file: string, options: Record<string, unknown>) => {
    const { runRender } = await import('./commands/render.js');
    ctx.exitCode = await runRender(file, options, ctx);
  });

  return program;
}
