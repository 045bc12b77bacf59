import { EventEmitter } from 'node:events';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endOnBrokenPipe } from '../../src/cli/io.js';
import { REPO_ROOT } from '../edit/helpers/corpus.js';

function brokenStream(code: string) {
  const stream = new EventEmitter();
  const exits: number[] = [];
  const lines: string[] = [];
  endOnBrokenPipe(stream as never, (c) => exits.push(c), (l) => lines.push(l));
  stream.emit('error', Object.assign(new Error(code), { code }));
  return { exits, lines };
}

describe('output streams that fail', () => {
  it('a closed pipe (EPIPE) ends the program quietly', () => {
    const { exits, lines } = brokenStream('EPIPE');
    expect(exits).toEqual([0]);
    expect(lines).toEqual([]);
  });

  it('any other write error ends it with one line and exit code 1', () => {
    const { exits, lines } = brokenStream('EIO');
    expect(exits).toEqual([1]);
    expect(lines).toEqual(['va-infographic: error: cannot write the output (EIO) [E_WRITE]\n']);
  });

  it('the built CLI piped into a reader that stops early prints no stack trace', () => {
    const bin = path.join(REPO_ROOT, 'bin', 'va-infographic.js');
    const deck = path.join(REPO_ROOT, 'templates', 'healthcare', 'en.letter.pptx');
    // inspect --json prints more than a pipe buffer holds, several times over, so the writer
    // meets the closed pipe.
    const r = spawnSync('bash', ['-c', `for i in 1 2 3 4 5 6; do "${process.execPath}" "${bin}" inspect "${deck}" --json; done | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stdout.trim()).toBe('0');
  });
});
