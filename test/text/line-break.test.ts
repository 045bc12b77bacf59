import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../../src/text/line-break.js';

/** The text split at every break opportunity. */
function pieces(text: string): string[] {
  const chars = [...text];
  const b = breakOpportunities(chars);
  const out: string[] = [];
  let cur = '';
  chars.forEach((c, i) => {
    if (b[i]) {
      out.push(cur);
      cur = '';
    }
    cur += c;
  });
  out.push(cur);
  return out;
}

describe('line break opportunities', () => {
  it('breaks after spaces, never before them', () => {
    expect(pieces('Book a  video call')).toEqual(['Book ', 'a  ', 'video ', 'call']);
  });

  it('breaks after hyphens and dashes, not before digits', () => {
    expect(pieces('one-on-one')).toEqual(['one-', 'on-', 'one']);
    expect(pieces('call 555-1234')).toEqual(['call ', '555-1234']);
    expect(pieces('a—b')).toEqual(['a', '—', 'b']);
  });

  it('breaks links after / . ? & = # and -, never inside :// nor inside a word', () => {
    expect(pieces('www.example.org/book/now')).toEqual(['www.', 'example.', 'org/', 'book/', 'now']);
    expect(pieces('Book at https://example.org/appointments/new-patient?x=1&y=2')).toEqual([
      'Book ', 'at ', 'https://', 'example.', 'org/', 'appointments/', 'new-', 'patient?', 'x=', '1&', 'y=', '2',
    ]);
    expect(pieces('mailto:care@example.org')).toEqual(['mailto:care@example.', 'org']);
  });

  it('breaks the short display form of a link (no scheme, no www.) as a link, never inside a word', () => {
    // The printed form of a Bookings link (links.ts shownLinkText): cut between "onmicrosof" and
    // "t.com" on retail Letter before, since nothing marked it as a link.
    expect(pieces('outlook.office365.com/owa/calendar/NordiskSundhed@nordisk.onmicrosoft.com/bookings')).toEqual([
      'outlook.', 'office365.', 'com/', 'owa/', 'calendar/', 'NordiskSundhed@nordisk.', 'onmicrosoft.', 'com/', 'bookings',
    ]);
    expect(pieces('Book at example.cn/yuyue')).toEqual(['Book ', 'at ', 'example.', 'cn/', 'yuyue']);
    expect(pieces('betaling@fjordklinik.example')).toEqual(['betaling@fjordklinik.', 'example']);
  });

  it('keeps the dots of ordinary words and numbers (not links)', () => {
    expect(pieces('Book at example.org. Then come.')).toEqual(['Book ', 'at ', 'example.org. ', 'Then ', 'come.']);
    expect(pieces('e.g. 3.14 U.S.A.')).toEqual(['e.g. ', '3.14 ', 'U.S.A.']);
    expect(pieces('A/B 2024/05')).toEqual(['A/', 'B ', '2024/05']);
  });

  it('is linear: a 1,000,000-character word has no break inside', () => {
    const chars = [...'x'.repeat(1_000_000)];
    expect(breakOpportunities(chars).some(Boolean)).toBe(false);
  });

  it('keeps Danish words whole', () => {
    expect(pieces('Mød din læge på video')).toEqual(['Mød ', 'din ', 'læge ', 'på ', 'video']);
  });

  it('breaks between CJK characters', () => {
    expect(pieces('视频问诊')).toEqual(['视', '频', '问', '诊']);
  });

  it('applies kinsoku: no line starts with closing punctuation, none ends with opening', () => {
    expect(pieces('会诊，请点击。')).toEqual(['会', '诊，', '请', '点', '击。']);
    expect(pieces('使用（电脑）')).toEqual(['使', '用', '（电', '脑）']);
    expect(pieces('请看「指南」！')).toEqual(['请', '看', '「指', '南」！']);
    expect(pieces('ちょっと')).toEqual(['ちょっ', 'と']);
  });

  it('breaks between CJK and Latin, and after CJK punctuation before Latin', () => {
    expect(pieces('应用Teams打开')).toEqual(['应', '用', 'Teams', '打', '开']);
    expect(pieces('链接，www')).toEqual(['链', '接，', 'www']);
  });

  it('never breaks at a no-break space or before combining marks', () => {
    expect(pieces('10\u00a0kr')).toEqual(['10\u00a0kr']);
    expect(pieces('e\u0301 x')).toEqual(['e\u0301 ', 'x']);
  });
});

describe('break positions as the template build uses them', () => {
  it('breaks after spaces and inside hyphenated words, not before a digit', () => {
    const chars = [...'one-on-one call -5'];
    const at = breakOpportunities(chars).flatMap((may, i) => (may ? [chars.slice(0, i).join('')] : []));
    expect(at).toEqual(['one-', 'one-on-', 'one-on-one ', 'one-on-one call ']);
  });

  it('breaks between Chinese characters but keeps closing punctuation and opening brackets attached', () => {
    const chars = [...'预约，（在线）'];
    const at = breakOpportunities(chars).flatMap((may, i) => (may ? [chars.slice(0, i).join('')] : []));
    // Not before "，" or "）", not after "（".
    expect(at).toEqual(['预', '预约，', '预约，（在']);
  });
});
