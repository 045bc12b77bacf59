/** Language tags (BCP 47) as PDF readers expect them: "da-DK", "zh-CN", "en". */

/** A normalised tag ("en_us" → "en-US"), or undefined for nonsense. */
export function normaliseLang(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const t = lang.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(t)) return undefined;
  const [first, ...rest] = t.split('-');
  return [first!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

/** True when two tags name the same language ("en-US" and "en-GB" do; "da-DK" and "en-US" do not). */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}
