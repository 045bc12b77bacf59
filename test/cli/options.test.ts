import { describe, expect, it } from 'vitest';
import { VaError } from '../../src/errors.js';
import { parseConcurrency, parseFormats, parseReplaceLink, parseShard } from '../../src/cli/options.js';

function usageError(fn: () => unknown): VaError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(VaError);
    expect((e as VaError).exitCode).toBe(2);
    return e as VaError;
  }
  throw new Error('expected a usage error');
}

describe('option parsers', () => {
  it('parses formats, keeping order and dropping duplicates', () => {
    expect(parseFormats('pdf,pptx')).toEqual(['pdf', 'pptx']);
    expect(parseFormats(' PNG , pdf,png')).toEqual(['png', 'pdf']);
    expect(usageError(() => parseFormats('pdf,docx')).message).toContain('unknown format "docx"');
    expect(usageError(() => parseFormats(',')).message).toContain('no format');
    expect(usageError(() => parseFormats('pptx', ['pdf', 'png'])).message).toContain('expected pdf, png');
  });

  it('parses shard specs and refuses bad ones', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard(' 4 / 4 ')).toEqual({ index: 4, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '1/2/3', '-1/2', '1.5/3']) {
      expect(usageError(() => parseShard(bad)).message).toContain('--shard');
    }
  });

  it('parses concurrency', () => {
    expect(parseConcurrency('3')).toBe(3);
    for (const bad of ['0', '-1', 'two', '1.5', '1000']) expect(usageError(() => parseConcurrency(bad)).message).toContain('--concurrency');
  });

  it('splits --replace-link at the "=" before the new link', () => {
    expect(parseReplaceLink('https://old.example/a=https://new.example/b')).toEqual({ from: 'https://old.example/a', to: 'https://new.example/b' });
    expect(parseReplaceLink('https://old.example/?a=1&b=2=https://new.example/?c=3')).toEqual({
      from: 'https://old.example/?a=1&b=2',
      to: 'https://new.example/?c=3',
    });
    expect(parseReplaceLink('javascript:alert(1)=https://safe.example/')).toEqual({ from: 'javascript:alert(1)', to: 'https://safe.example/' });
    expect(usageError(() => parseReplaceLink('https://old.example/')).message).toContain('OLD=NEW');
    expect(usageError(() => parseReplaceLink('=https://x.example/')).message).toContain('OLD=NEW');
  });
});
