/**
 * Interactive mode through a real terminal (tmux), driving the built CLI: a logo path dragged
 * onto the terminal (quoted, with a space and a trailing space) under `~`, a system font saved
 * as an absolute path, the "next time" command that repeats the session (formats, folder and
 * --force) and works at once, and Ctrl+C after the handout was written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/tmp.js';
import { needTools } from '../helpers/tools.js';
import { BIN, Tmux, cli, ensureBuilt, stopTmux } from './cli-helpers.js';

const hasTmux = needTools('interactive mode in a real terminal (built CLI)', 'tmux') === undefined;

const tmp = tempDir('va-interactive-');
const sessions: Tmux[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  stopTmux();
  tmp.cleanup();
});

const SYSTEM_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function start(name: string, dir: string): Tmux {
  const command = `env -u EDITOR -u VISUAL NO_COLOR=1 HOME=${JSON.stringify(dir)} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} customize; echo "EXIT:$?"; sleep 600`;
  const s = new Tmux(`va-int-${process.pid}-${name}`, command, dir, { columns: 160, rows: 50 });
  sessions.push(s);
  return s;
}

async function answer(s: Tmux, question: string, text: string | null, ...keys: string[]): Promise<void> {
  await s.waitFor(question);
  if (text !== null) s.keys('-l', text);
  s.keys(...keys, 'Enter');
}

/** Moves a select prompt's pointer to the choice that contains `choice`. */
async function choose(s: Tmux, question: string, choice: string): Promise<void> {
  await s.waitFor(question);
  for (let i = 0; i < 20 && !new RegExp(`❯ ${choice}`).test(s.screen().split(question).pop()!); i++) {
    s.keys('Down');
    await new Promise((r) => setTimeout(r, 150));
  }
  s.keys('Enter');
}

async function toTheSummary(s: Tmux, o: { font: boolean }): Promise<void> {
  await answer(s, 'Which template?', null);
  await answer(s, 'Language of the handout?', null);
  await answer(s, 'Paper size?', null);
  await answer(s, 'Organisation name', 'Drag Klinik');
  await answer(s, 'Main brand colour', '#0A5FAD');
  await answer(s, 'Second colour', null);
  await answer(s, 'Highlight colour', null);
  await answer(s, 'Change the text and background colours?', null);
  if (o.font) {
    await choose(s, 'Heading font?', 'Another font');
    await answer(s, 'Font family name:', 'DejaVu Sans');
    await answer(s, 'TTF/OTF file of DejaVu Sans', `'${SYSTEM_FONT}' `);
  } else {
    await answer(s, 'Heading font?', null);
  }
  await answer(s, 'Body text font?', null);
  // Dragged onto the terminal: quoted, a space in the name, a trailing space; under ~.
  await answer(s, 'Logo file', `'~/my logo.png' `);
  await answer(s, 'Booking page:', 'drag.example/book');
  await answer(s, 'Billing and payment information:', null);
  await answer(s, 'Homepage:', null);
  await choose(s, 'Additional information for clients', 'Leave it out');
  // PDF and PPTX are checked; add PNG.
  await s.waitFor('Which files?');
  s.keys('Down', 'Down', 'Space', 'Enter');
  await answer(s, 'Answer the website FAQ questions', null);
  await answer(s, 'Output folder:', 'handouts');
  await s.waitFor('Create the handout?');
}

describe.skipIf(!hasTmux)('interactive mode in a real terminal (built CLI)', () => {
  beforeAll(async () => {
    ensureBuilt();
  });

  it('accepts a dragged, quoted path under ~, saves a system font as an absolute path, and prints a "next time" command that works at once', async () => {
    const dir = path.join(tmp.dir, 'next');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'my logo.png'), await sharp({ create: { width: 200, height: 100, channels: 4, background: '#0A5FAD' } }).png().toBuffer());
    const font = existsSync(SYSTEM_FONT);
    const s = start('next', dir);
    await toTheSummary(s, { font });
    s.keys('Enter'); // create
    await answer(s, 'Save these answers as a brand file', null);
    await answer(s, 'Brand file:', null);
    const end = await s.waitFor('EXIT:', 60_000);
    expect(end).toContain('EXIT:0');
    const next = /next time: (va-infographic customize .*)$/m.exec(end)?.[1];
    expect(next).toBe('va-infographic customize --template healthcare --brand drag-klinik.brand.json --format pdf,pptx,png --out handouts --force');
    for (const ext of ['pdf', 'pptx', 'png']) expect(existsSync(path.join(dir, 'handouts', `drag-klinik-healthcare-en.${ext}`))).toBe(true);

    const saved = JSON.parse(readFileSync(path.join(dir, 'drag-klinik.brand.json'), 'utf8')) as { logo: string; fonts?: { headingFile?: string } };
    expect(saved.logo).toBe('./my logo.png');
    if (font) expect(saved.fonts?.headingFile).toBe(SYSTEM_FONT);

    // The printed command, run as printed: it repeats the session without a question or an error.
    const again = cli(next!.split(' ').slice(1), dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('wrote handouts/drag-klinik-healthcare-en.png');
  });

  it('Ctrl+C at "save these answers?" after the handout was written says so (exit 130)', async () => {
    const dir = path.join(tmp.dir, 'cancel');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'my logo.png'), await sharp({ create: { width: 200, height: 100, channels: 4, background: '#0A5FAD' } }).png().toBuffer());
    const s = start('cancel', dir);
    await toTheSummary(s, { font: false });
    s.keys('Enter');
    await s.waitFor('Save these answers as a brand file', 60_000);
    s.keys('C-c');
    const end = await s.waitFor('EXIT:');
    expect(end).toContain('EXIT:130');
    expect(end).not.toContain('nothing was written');
    expect(end).toContain('stopped: the handout was written (handouts/drag-klinik-healthcare-en.pdf, handouts/drag-klinik-healthcare-en.pptx, handouts/drag-klinik-healthcare-en.png); the answers were not saved as a brand file');
    expect(existsSync(path.join(dir, 'drag-klinik.brand.json'))).toBe(false);
  });
});
