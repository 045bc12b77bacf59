import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, PAPERS } from '../../src/brand/schema.js';
import { TEMPLATE_IDS } from '../../src/templates/catalog.js';
import { oneErrorLine, run, tempDir } from './harness.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const cwd = tmp.dir;

describe('help, version and commander errors', () => {
  it('prints help on stdout with exit 0', async () => {
    const r = await run(['--help'], { cwd });
    expect(r.code).toBe(0);
    for (const cmd of ['customize', 'batch', 'templates', 'inspect', 'init', 'render']) expect(r.stdout).toContain(cmd);
    expect(r.stderr).toBe('');
  });

  it('names every locale, paper and template id in the customize help (kept in sync with the catalogue)', async () => {
    const r = await run(['customize', '--help'], { cwd });
    expect(r.code).toBe(0);
    for (const l of LOCALES) expect(r.stdout).toContain(l);
    for (const p of PAPERS) expect(r.stdout).toContain(p);
    for (const id of TEMPLATE_IDS) expect(r.stdout).toContain(id);
    for (const flag of ['--org', '--primary', '--secondary', '--accent', '--text-color', '--background', '--heading-font', '--body-font', '--heading-font-file', '--body-font-file', '--logo', '--booking-url', '--billing-url', '--homepage-url', '--info', '--locale', '--paper', '--replace-link', '--format', '--renderer', '--out', '--force', '--json', '--quiet', '--verbose', '--interactive']) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('`help` and `help <command>` print help on stdout with exit 0', async () => {
    const all = await run(['help'], { cwd });
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Usage: va-infographic');
    const one = await run(['help', 'customize'], { cwd });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Usage: va-infographic customize');
  });

  it.each(['customize', 'batch', 'validate', 'preview', 'templates', 'inspect', 'init', 'render', 'completion'])('`%s --help` has examples', async (cmd) => {
    const r = await run([cmd, '--help'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ va-infographic /);
    expect(r.stdout).toContain(`$ va-infographic ${cmd === 'completion' ? '' : cmd}`.trim());
  });

  it('prints the version', async () => {
    const r = await run(['--version'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 with help on stderr when no command is given', async () => {
    const r = await run([], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: va-infographic');
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['customize', '--colour', 'red'], /unknown option '--colour'.*customize --help/],
    [['customize', '--renderer', 'chrome'], /argument 'chrome' is invalid/],
    [['customize', '--template'], /argument missing/],
    [['batch'], /no brand files given/],
    [['inspect', 'a.pptx', 'b.pptx'], /too many arguments/],
  ])('turns commander error %j into one line and exit 2', async (argv, pattern) => {
    const r = await run(argv as string[], { cwd });
    expect(r.code).toBe(2);
    const line = oneErrorLine(r);
    expect(line).toMatch(pattern);
    expect(line).toContain('[E_USAGE]');
    expect(r.errLines).toHaveLength(1);
  });

  it('adds a machine-readable error on stdout with --json', async () => {
    const r = await run(['customize', '--json', '--colour', 'red'], { cwd });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'E_USAGE', exitCode: 2 } });
  });

  it('shows the stack trace only with --verbose', async () => {
    const quiet = await run(['inspect', 'missing.pptx'], { cwd });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const verbose = await run(['inspect', 'missing.pptx', '--verbose'], { cwd });
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });

  it('never colours output that is not a terminal, and honours NO_COLOR on one', async () => {
    const r = await run(['inspect', 'missing.pptx'], { cwd });
    expect(r.stderr).not.toContain('\u001b[');
    const forced = await run(['inspect', 'missing.pptx'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[');
    const noColor = await run(['inspect', 'missing.pptx'], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stderr).not.toContain('\u001b[');
  });
});
