import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpcPackage } from '../../src/package/opc-package.js';
import { findSoffice, renderWithLibreOffice, sanitizeForLibreOffice } from '../../src/render/libreoffice.js';
import { fixture } from './helpers/fixtures.js';
import { withTempAsync } from './helpers/tools.js';

describe('preparing a deck for LibreOffice', () => {
  it('removes linked pictures and disallowed links, keeps allowed links', async () => {
    const { pptx, warnings } = await sanitizeForLibreOffice(fixture('pictures'));
    const rels = new TextDecoder().decode(OpcPackage.open(pptx).get('ppt/slides/_rels/slide1.xml.rels')!);
    expect(rels).not.toContain('example.invalid');
    expect(warnings.map((w) => w.code)).toContain('W_EXTERNAL_REMOVED');

    const links = await sanitizeForLibreOffice(fixture('links'));
    const text = new TextDecoder().decode(OpcPackage.open(links.pptx).get('ppt/slides/_rels/slide1.xml.rels')!);
    expect(text).not.toMatch(/javascript:|file:\/\//);
    expect(text).toContain('https://www.example.org/book');
    expect(text).toContain('mailto:care@example.org');
    expect(links.warnings.filter((w) => w.code === 'W_LINK_DROPPED').length).toBe(2);
  });

  it('leaves a deck without external relationships byte for byte', async () => {
    const deck = fixture('shapes-fills-lines');
    const { pptx, warnings } = await sanitizeForLibreOffice(deck);
    expect(pptx).toBe(deck);
    expect(warnings).toEqual([]);
  });
});

describe('running LibreOffice', () => {
  it('fails with E_RENDERER_UNAVAILABLE when soffice is not there', async () => {
    expect(findSoffice('/nonexistent/soffice')).toBeUndefined();
    await expect(renderWithLibreOffice(fixture('links'), { sofficePath: '/nonexistent/soffice' })).rejects.toMatchObject({ code: 'E_RENDERER_UNAVAILABLE' });
  });

  it('stops a conversion that takes too long, with its whole process group', async () => {
    await withTempAsync(async (dir) => {
      // A stand-in for soffice that starts a child and never finishes.
      const pidFile = path.join(dir, 'child.pid');
      const fake = path.join(dir, 'soffice');
      writeFileSync(fake, `#!/bin/sh\nsleep 300 &\necho $! > ${pidFile}\nwait\n`);
      chmodSync(fake, 0o755);
      const started = Date.now();
      await expect(renderWithLibreOffice(fixture('links'), { sofficePath: fake, timeoutMs: 800 })).rejects.toMatchObject({ code: 'E_TIMEOUT' });
      expect(Date.now() - started).toBeLessThan(10_000);
      const pid = Number(readFileSync(pidFile, 'utf-8').trim());
      await new Promise((r) => setTimeout(r, 200));
      // Gone, or a zombie waiting to be reaped (state Z): either way no longer running.
      const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf-8') : '';
      const state = /\) (\S)/.exec(stat)?.[1];
      expect(state === undefined || state === 'Z' || state === 'X', `child ${pid} state ${state}`).toBe(true);
    });
  });

  it('reports a run that produces no PDF', async () => {
    await withTempAsync(async (dir) => {
      const fake = path.join(dir, 'soffice');
      writeFileSync(fake, '#!/bin/sh\necho "soffice: crashed" >&2\nexit 0\n');
      chmodSync(fake, 0o755);
      await expect(renderWithLibreOffice(fixture('links'), { sofficePath: fake })).rejects.toMatchObject({ code: 'E_RENDER', message: expect.stringContaining('crashed') });
    });
  });
});
