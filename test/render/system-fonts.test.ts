/**
 * render() uses fonts installed on the machine only when asked (systemFonts: true), and then
 * says so (W_FONT_SYSTEM): by default the same call gives the same PDF on every machine.
 */
import { execFileSync } from 'node:child_process';
import pptxgen from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { findShippedFamily } from '../../src/fonts/catalog.js';
import { render } from '../../src/render/render.js';
import { needTools } from '../helpers/tools.js';

/** A family installed on this machine that the package does not ship (DejaVu Sans on Debian). */
function installedFamily(): string | undefined {
  const families = execFileSync('fc-list', [':fontformat=TrueType', 'family'], { encoding: 'utf8' }).split('\n').map((l) => l.split(',')[0]!.trim());
  return families.find((f) => f === 'DejaVu Sans') ?? families.find((f) => f !== '' && !findShippedFamily(f));
}

const haveFontconfig = needTools('system fonts in render()', 'fc-list') === undefined;
const family = haveFontconfig ? installedFamily() : undefined;
if (haveFontconfig && !family) console.log('skipped: no TrueType system font installed');

describe.skipIf(!family)('system fonts in render()', async () => {
  const gen = new (pptxgen as unknown as new () => InstanceType<typeof pptxgen>)();
  gen.addSlide().addText('Hello from the system', { x: 1, y: 1, w: 6, h: 1, fontFace: family ?? 'x', fontSize: 20, color: '000000' });
  const pptx = new Uint8Array((await gen.write({ outputType: 'uint8array' })) as Uint8Array);

  it('are not used by default: the family is substituted, with no W_FONT_SYSTEM', async () => {
    const { warnings } = await render(pptx);
    expect(warnings.map((w) => w.code)).not.toContain('W_FONT_SYSTEM');
    expect(warnings.map((w) => w.code)).toContain('W_FONT_MISSING');
  });

  it('are used with systemFonts: true, and named in W_FONT_SYSTEM', async () => {
    const { warnings } = await render(pptx, { systemFonts: true });
    const system = warnings.filter((w) => w.code === 'W_FONT_SYSTEM');
    expect(system).toHaveLength(1);
    expect(system[0]!.message).toContain(family!);
  });
});
