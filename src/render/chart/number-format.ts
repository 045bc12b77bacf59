/**
 * Number formats of chart labels (c:numFmt@formatCode, c:formatCode): the parts real charts use —
 * General, decimals (0.00), thousands separators (#,##0), percent (0%), literal prefixes and
 * suffixes ("$", "€", " kr", quoted text), and the positive;negative sections. Dates and
 * scientific notation fall back to General.
 */
export function formatNumber(value: number, code: string | undefined): string {
  if (!Number.isFinite(value)) return '';
  const fmt = (code ?? 'General').trim();
  if (fmt === '' || /^general$/i.test(fmt)) return general(value);
  const sections = splitSections(fmt);
  let section = sections[0]!;
  let v = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1]!;
    v = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2]!;
  // Colours and conditions ([Red], [>=100]) are not drawn.
  section = section.replace(/\[[^\]]*\]/g, '');
  if (/[yYdDhHsS]/.test(section.replace(/"[^"]*"/g, '')) && !/[0#]/.test(section)) return general(value);
  if (/^general$/i.test(section.trim())) return general(v);
  const m = /^(.*?)([#0,]*0?(?:\.[0#]+)?%?)([^0#]*)$/.exec(section);
  if (!m || !/[0#]/.test(m[2]!)) return literal(section) || general(value);
  const [, pre, core, post] = m;
  const percent = core!.includes('%') || post!.includes('%');
  const decimals = /\.([0#]+)/.exec(core!)?.[1]?.length ?? 0;
  const thousands = /[#0],[#0]/.test(core!);
  const n = percent ? v * 100 : v;
  let text = Math.abs(n).toFixed(decimals);
  if (/\.#+$/.test(core!.replace('%', ''))) text = text.replace(/\.?0+$/, '');
  if (thousands) {
    const [int, frac] = text.split('.');
    text = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const sign = n < 0 && sections.length === 1 && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  return `${sign}${literal(pre!)}${text}${core!.endsWith('%') ? '%' : ''}${literal(post!)}`;
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The literal text of a format fragment: quoted text, escaped characters, currency signs. */
function literal(s: string): string {
  return s
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_./g, ' ')
    .replace(/\*./g, '');
}

/** Excel's General: up to 10 significant digits, no trailing zeros. */
export function general(v: number): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e11 || abs < 1e-9) return v.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+');
  const s = Number(v.toPrecision(10)).toString();
  return s;
}
