/**
 * Timing of the font subsystem: `node --import tsx test/fonts/bench.mts` (tsx adds its own
 * loading overhead to the cold figures; docs/fonts.md quotes a run of this file bundled with
 * esbuild, as the CLI runs).
 * Each scenario runs in a fresh process (cold: first use, files not yet parsed), then 20 more
 * times in the same process (warm: a batch worker's steady state). A scenario resolves the
 * faces a handout uses, measures its text word by word (as text layout does), embeds the faces
 * in a new PDF, draws the text and saves the PDF.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LATIN =
  'Your video appointment. Book online at example.org/book, or call us on +1 555 0100. Please join five minutes early ' +
  'from a quiet, well-lit room. Have your ID card and a list of your questions ready. If you need an interpreter or ' +
  'cannot join by video, call us and we will arrange a phone appointment. Billing: example.org/billing. Hjælp på dansk.';
const CHINESE =
  '您的视频预约。请在线预约或致电 +86 10 5555 0100。请提前五分钟从安静、光线充足的房间加入。请准备好您的身份证和问题清单。' +
  '如果您需要口译员或无法通过视频参加，请致电我们，我们将为您安排电话预约。账单信息：example.org/billing。';

interface Timing {
  import: number;
  resolve: number;
  measure: number;
  embed: number;
  total: number;
  /** CPU time (user + system, all threads) of resolve to save: less sensitive to a busy machine. */
  cpu: number;
  bytes: number;
}

async function scenario(name: 'latin' | 'chinese'): Promise<Timing> {
  const t0 = performance.now();
  const { createFontRegistry, embedFace } = await import('../../src/fonts/index.js');
  const { PDFDocument, beginText, endText, moveText, setFontAndSize } = await import('@cantoo/pdf-lib');
  const tImport = performance.now();
  const cpu0 = process.cpuUsage();
  const fonts = createFontRegistry({ systemFonts: false });
  const regular = { bold: false, italic: false };
  const heading = fonts.resolve(name === 'latin' ? 'Montserrat' : 'Noto Sans SC', { bold: true, italic: false }).face;
  const body = fonts.resolve(name === 'latin' ? 'Source Sans 3' : 'Noto Sans SC', regular).face;
  const text = name === 'latin' ? LATIN : CHINESE;
  const tResolve = performance.now();
  // Word by word for Latin, character by character for Chinese (line breaking anywhere).
  const units = name === 'latin' ? text.split(' ') : [...text];
  let width = heading.measure('Your video appointment', 24);
  for (const u of units) {
    const face = fonts.faceForChar(u.codePointAt(0)!, body, regular) ?? body;
    width += face.measure(u, 11);
  }
  const tMeasure = performance.now();
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([612, 792]);
  const h = await embedFace(doc, heading);
  const b = await embedFace(doc, body);
  page.pushOperators(beginText(), setFontAndSize(h.resourceName(page), 24), moveText(40, 740), h.showText('Your video appointment'), endText());
  let y = 700;
  for (let i = 0; i < text.length; i += 60) {
    page.pushOperators(beginText(), setFontAndSize(b.resourceName(page), 11), moveText(40, y), b.showText(text.slice(i, i + 60)), endText());
    y -= 15;
  }
  const pdf = await doc.save();
  const tEnd = performance.now();
  const cpu = process.cpuUsage(cpu0);
  if (!(width > 0)) throw new Error('no width');
  return {
    import: tImport - t0,
    resolve: tResolve - tImport,
    measure: tMeasure - tResolve,
    embed: tEnd - tMeasure,
    total: tEnd - tImport,
    cpu: (cpu.user + cpu.system) / 1000,
    bytes: pdf.length,
  };
}

const arg = process.argv[2];
if (arg === 'latin' || arg === 'chinese') {
  const cold = await scenario(arg);
  const warm: Timing[] = [];
  for (let i = 0; i < 20; i++) warm.push(await scenario(arg));
  const median = (key: keyof Timing) => warm.map((t) => t[key]).sort((a, b) => a - b)[10]!;
  process.stdout.write(
    JSON.stringify({ cold, warm: { total: median('total'), cpu: median('cpu'), measure: median('measure'), embed: median('embed'), max: Math.max(...warm.map((t) => t.total)) } }),
  );
} else {
  const self = fileURLToPath(import.meta.url);
  const bundled = self.endsWith('.js');
  const f = (n: number) => `${n.toFixed(1)} ms`;
  for (const name of ['latin', 'chinese']) {
    const out = JSON.parse(execFileSync(process.execPath, [...(bundled ? [] : ['--import', 'tsx']), self, name], { encoding: 'utf8' }));
    const c = out.cold;
    const w = out.warm;
    console.log(
      `${name.padEnd(8)} cold: import (fonts + pdf-lib) ${f(c.import)}, resolve ${f(c.resolve)} (loads fontkit), measure ${f(c.measure)}, ` +
        `embed+save ${f(c.embed)}, total ${f(c.total)} (CPU ${f(c.cpu)}; PDF ${c.bytes} bytes)\n` +
        `${' '.repeat(9)}warm (median of 20): total ${f(w.total)} (CPU ${f(w.cpu)}), measure ${f(w.measure)}, embed+save ${f(w.embed)}; slowest ${f(w.max)}`,
    );
  }
}
