/**
 * Number formats of chart labels (c:numFmt@formatCode, c:formatCode): the parts real charts use —
 * General, decimals (0.00), thousands separators (#,##0), percent (0%), literal prefixes and
 * suffixes ("$", "€", " kr", quoted text), the positive;negative sections, and dates and times
 * (m/d/yy, d-mmm, mmm yyyy, h:mm AM/PM ...: the value is a serial date of the 1900 date system, as
 * a date axis's categories are). Scientific notation falls back to General.
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
  if (/[yYmMdDhHsS]/.test(section.replace(/"[^"]*"/g, '')) && !/[0#]/.test(section)) return formatDate(value, section) ?? general(value);
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Serial dates beyond 9999-12-31 are not dates. */
const MAX_SERIAL = 2958465;

/**
 * A serial date (days since 1899-12-30 in the 1900 date system, whose serial 60 is the
 * 29 February 1900 that never was) in a date/time format section: y, m, d, h, s tokens, AM/PM,
 * literals. m after h or before s is minutes. Null when the value is not a date.
 */
export function formatDate(value: number, section: string): string | null {
  if (!(value >= 0 && value < MAX_SERIAL + 1)) return null;
  let days = Math.floor(value);
  // Serials 1-59 are January and February 1900, one day earlier than the calendar would say.
  if (days < 61) days += 1;
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  const secondsOfDay = Math.round((value - Math.floor(value)) * 86400);
  const tokens = section.match(/"[^"]*"|\\.|AM\/PM|A\/P|y+|m+|d+|h+|s+|[^ymdhsAa"\\]+|./gi) ?? [];
  const ampm = tokens.some((t) => /^(AM\/PM|A\/P)$/i.test(t));
  const hour = Math.floor(secondsOfDay / 3600);
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const lower = t.toLowerCase();
    const prevTime = tokens.slice(0, i).reverse().find((x) => /^[hmsdy]/i.test(x));
    const nextTime = tokens.slice(i + 1).find((x) => /^[hmsdy]/i.test(x));
    const minutes = lower[0] === 'm' && lower.length <= 2 && (prevTime?.[0]?.toLowerCase() === 'h' || nextTime?.[0]?.toLowerCase() === 's');
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    if (t.startsWith('"')) out.push(t.slice(1, -1));
    else if (t.startsWith('\\')) out.push(t.slice(1));
    else if (/^am\/pm$/i.test(t)) out.push(hour < 12 ? 'AM' : 'PM');
    else if (/^a\/p$/i.test(t)) out.push(hour < 12 ? 'A' : 'P');
    else if (lower[0] === 'y') out.push(lower.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear()));
    else if (minutes) out.push(pad(Math.floor(secondsOfDay / 60) % 60, lower.length));
    else if (lower[0] === 'm') {
      const month = date.getUTCMonth();
      out.push(lower.length === 1 ? String(month + 1) : lower.length === 2 ? pad(month + 1, 2) : lower.length === 3 ? MONTHS[month]!.slice(0, 3) : lower.length === 5 ? MONTHS[month]![0]! : MONTHS[month]!);
    } else if (lower[0] === 'd') {
      const day = date.getUTCDate();
      out.push(lower.length === 1 ? String(day) : lower.length === 2 ? pad(day, 2) : lower.length === 3 ? DAYS[date.getUTCDay()]!.slice(0, 3) : DAYS[date.getUTCDay()]!);
    } else if (lower[0] === 'h') {
      const h = ampm ? ((hour + 11) % 12) + 1 : hour;
      out.push(pad(h, Math.min(2, lower.length)));
    } else if (lower[0] === 's') out.push(pad(secondsOfDay % 60, Math.min(2, lower.length)));
    else out.push(literal(t));
  });
  return out.join('');
}

/** Excel's General: up to 10 significant digits, no trailing zeros. */
export function general(v: number): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e11 || abs < 1e-9) return v.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+');
  const s = Number(v.toPrecision(10)).toString();
  return s;
}
