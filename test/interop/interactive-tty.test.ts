/**
 * Interactive mode through a real pseudo-terminal: tmux runs the CLI (from source, through tsx),
 * the test types the answers with `send-keys` and reads the screen with `capture-pane`, from the
 * first question to the saved brand file; then it checks the brand file and the outputs, and
 * that a plain non-interactive run with the saved brand file reproduces them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { ROOT, tempDir } from '../cli/tmp.js';
import { needTools } from '../helpers/tools.js';

const hasTmux = needTools('interactive mode in a real terminal', 'tmux') === undefined;

const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
const MAIN = path.join(ROOT, 'src', 'cli', 'main.ts');
const tmp = tempDir('va-tty-');
const session = `va-tty-${process.pid}`;

afterAll(() => {
  spawnSync('tmux', ['kill-session', '-t', session]);
  tmp.cleanup();
});

function screen(): string {
  return execFileSync('tmux', ['capture-pane', '-p', '-t', session, '-S', '-200'], { encoding: 'utf8' });
}

async function waitFor(pattern: RegExp | string, timeoutMs = 30_000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const text = screen();
    if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) return text;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(pattern)}; screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Types literal text (no Enter). */
function type(text: string): void {
  execFileSync('tmux', ['send-keys', '-t', session, '-l', text]);
}

/** Presses keys by tmux name: Enter, Down, BSpace, C-u ... */
function press(...keys: string[]): void {
  execFileSync('tmux', ['send-keys', '-t', session, ...keys]);
}

async function answer(question: string, text: string | null, ...keys: string[]): Promise<void> {
  await waitFor(question);
  if (text !== null) type(text);
  press(...keys, 'Enter');
}


describe.skipIf(!hasTmux)('interactive mode in a real terminal', () => {
  it('stops on Ctrl+C with exit 130 and writes nothing', async () => {
    const dir = path.join(tmp.dir, 'cancel');
    execFileSync('mkdir', ['-p', dir]);
    const name = `${session}-cancel`;
    const command = `cd ${JSON.stringify(dir)} && NO_COLOR=1 node --import ${JSON.stringify(TSX)} ${JSON.stringify(MAIN)} customize; echo "EXIT:$?"; sleep 600`;
    execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', '120', '-y', '30', command]);
    try {
      const capture = () => execFileSync('tmux', ['capture-pane', '-p', '-t', name], { encoding: 'utf8' });
      const until = async (text: string) => {
        for (let i = 0; i < 300 && !capture().includes(text); i++) await new Promise((r) => setTimeout(r, 100));
        return capture();
      };
      await until('Which template?');
      execFileSync('tmux', ['send-keys', '-t', name, 'Enter']);
      await until('Language of the handout?');
      execFileSync('tmux', ['send-keys', '-t', name, 'C-c']);
      const end = await until('EXIT:');
      expect(end).toContain('cancelled: nothing was written');
      expect(end).toContain('EXIT:130');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', name]);
    }
  }, 60_000);

  it('asks every question, writes the handout and saves a brand file that reproduces it', async () => {
    const dir = tmp.dir;
    writeFileSync(path.join(dir, 'logo.png'), await sharp({ create: { width: 240, height: 120, channels: 4, background: '#0A5FAD' } }).png().toBuffer());
    writeFileSync(path.join(dir, 'notes.txt'), 'not an image');
    const command = `cd ${JSON.stringify(dir)} && env -u EDITOR -u VISUAL NO_COLOR=1 node --import ${JSON.stringify(TSX)} ${JSON.stringify(MAIN)} customize; echo "EXIT:$?"; sleep 600`;
    execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '160', '-y', '50', command]);

    await answer('Which template?', null); // healthcare, the default
    await answer('Language of the handout?', null, 'Down'); // Dansk
    await answer('Paper size?', null); // A4, the default for da-DK
    await answer('Organisation name', 'Fjord Klinik Århus');

    // Colours are validated as typed: a name is refused, the hex value is accepted.
    await waitFor('Main brand colour');
    type('teal');
    press('Enter');
    await waitFor('"teal" is not a hex colour');
    press('BSpace', 'BSpace', 'BSpace', 'BSpace');
    type('#0a5fad');
    press('Enter');
    await answer('Second colour', null);
    await answer('Highlight colour', '#F2A541');
    await answer('Change the text and background colours?', null); // no

    await answer('Heading font?', null); // Montserrat
    await answer('Body text font?', null); // Source Sans 3

    // The logo path is checked: a text file is not an image.
    await waitFor('Logo file');
    type('notes.txt');
    press('Enter');
    await waitFor('the logo notes.txt is not an image format va-infographic recognises');
    for (let i = 0; i < 'notes.txt'.length; i++) press('BSpace');
    type('logo.png');
    press('Enter');

    // Links are checked with checkLink: javascript: is refused; a bare address gets https://.
    await waitFor('Booking page:');
    type('javascript:alert(1)');
    press('Enter');
    await waitFor('only https:, http:, mailto: and tel: are allowed');
    for (let i = 0; i < 'javascript:alert(1)'.length; i++) press('BSpace');
    type('fjordklinik.example/booking');
    press('Enter');
    await answer('Billing and payment information:', null); // left out
    await answer('Homepage:', 'https://fjordklinik.example/');

    await answer('Additional information for clients', null); // type it here
    await answer('Additional information:', 'Kom 5 minutter før.\\nHusk dit sundhedskort.');
    await answer('Which files?', null); // PDF and PPTX, checked by default
    await answer('Answer the website FAQ questions', null); // no (no FAQ format chosen)
    await answer('Output folder:', null); // out

    const summary = await waitFor('Create the handout?');
    expect(summary).toContain('Fjord Klinik Århus');
    expect(summary).toContain('https://fjordklinik.example/booking');
    expect(summary).toContain('out/fjord-klinik-aarhus-healthcare-da-DK.pdf');
    press('Enter');
    await waitFor('Save these answers as a brand file', 60_000);
    press('Enter');
    await answer('Brand file:', null); // fjord-klinik-aarhus.brand.json
    const end = await waitFor('EXIT:', 30_000);
    expect(end).toContain('EXIT:0');
    expect(end).toContain('saved fjord-klinik-aarhus.brand.json');
    expect(end).toContain('next time: va-infographic customize --template healthcare --brand fjord-klinik-aarhus.brand.json');

    // The brand file: valid, with $schema, relative logo, normalised links, no left-out fields.
    // biome-ignore lint/suspicious/noExplicitAny: JSON read back, its shape is what the test checks
    const saved = JSON.parse(readFileSync(path.join(dir, 'fjord-klinik-aarhus.brand.json'), 'utf8')) as Record<string, any>;
    expect(Object.keys(saved)[0]).toBe('$schema');
    expect(saved).toMatchObject({
      organization: 'Fjord Klinik Århus',
      locale: 'da-DK',
      paper: 'a4',
      colors: { primary: '#0A5FAD', accent: '#F2A541' },
      fonts: { heading: 'Montserrat', body: 'Source Sans 3' },
      logo: './logo.png',
      links: { booking: 'https://fjordklinik.example/booking', homepage: 'https://fjordklinik.example/' },
      additionalInfo: 'Kom 5 minutter før.\nHusk dit sundhedskort.',
    });
    expect(saved.links.billing).toBeUndefined();
    expect(saved.colors.secondary).toBeUndefined();
    expect(() => parseBrand(saved, 'saved')).not.toThrow();

    // The outputs.
    const pdf = path.join(dir, 'out', 'fjord-klinik-aarhus-healthcare-da-DK.pdf');
    const pptx = path.join(dir, 'out', 'fjord-klinik-aarhus-healthcare-da-DK.pptx');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(pptx).subarray(0, 2).toString()).toBe('PK');
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    if (text.status === 0) {
      expect(text.stdout).toContain('Fjord Klinik Århus');
      expect(text.stdout).toContain('fjordklinik.example/booking');
    }

    // The saved brand file reproduces the run without questions (stdin is not a terminal here).
    const again = spawnSync(process.execPath, ['--import', TSX, MAIN, 'customize', '--template', 'healthcare', '--brand', 'fjord-klinik-aarhus.brand.json', '--out', 'again', '--format', 'pptx'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^wrote again\/fjord-klinik-aarhus-healthcare-da-DK\.pptx \([\d.]+ KB\)$/m);
    expect(again.stderr).not.toContain('error');
    expect(readFileSync(path.join(dir, 'again', 'fjord-klinik-aarhus-healthcare-da-DK.pptx')).equals(readFileSync(pptx))).toBe(true);
    expect(existsSync(path.join(dir, 'again', 'fjord-klinik-aarhus-healthcare-da-DK.pdf'))).toBe(false);
  }, 180_000);
});
