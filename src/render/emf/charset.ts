/**
 * 8-bit text of metafiles (EMR_EXTTEXTOUTA, WMF's META_TEXTOUT and META_EXTTEXTOUT) decoded in
 * the code page of the font's LOGFONT charset; SYMBOL_CHARSET bytes are kept as they are (the
 * symbol fonts' own codes, mapped by text.ts).
 */
const CODE_PAGES: Record<number, string> = {
  0: 'windows-1252',
  1: 'windows-1252',
  77: 'macintosh',
  128: 'shift_jis',
  129: 'euc-kr',
  130: 'euc-kr',
  134: 'gbk',
  136: 'big5',
  161: 'windows-1253',
  162: 'windows-1254',
  163: 'windows-1258',
  177: 'windows-1255',
  178: 'windows-1256',
  186: 'windows-1257',
  204: 'windows-1251',
  222: 'windows-874',
  238: 'windows-1250',
};

const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

export function decodeCharset(bytes: Uint8Array, charset: number): string {
  if (charset === 2 || charset === 255) return String.fromCharCode(...bytes);
  const label = CODE_PAGES[charset] ?? 'windows-1252';
  let d = decoders.get(label);
  if (!d) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = new TextDecoder('windows-1252');
    }
    decoders.set(label, d);
  }
  return d.decode(bytes);
}
