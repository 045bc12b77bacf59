/**
 * The longest prefix of a shape's text (its a:t nodes, in order) for which `fits()` holds:
 * a binary search that cuts the text after k characters (code points) and lays it out again.
 * The text is restored afterwards. Used to say how many characters of a brand value fit.
 */
import type { XElement } from '../xml/element.js';

export function longestFittingPrefix(nodes: readonly XElement[], fits: () => boolean): { fit: number; total: number } {
  const texts = nodes.map((n) => n.textContent());
  const chars = texts.map((t) => [...t]);
  const total = chars.reduce((n, c) => n + c.length, 0);
  const setFirst = (k: number) => {
    let left = k;
    nodes.forEach((n, i) => {
      const take = Math.min(left, chars[i]!.length);
      n.setText(chars[i]!.slice(0, take).join(''));
      left -= take;
    });
  };
  let lo = 0;
  let hi = total;
  try {
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      setFirst(mid);
      if (fits()) lo = mid;
      else hi = mid - 1;
    }
  } finally {
    nodes.forEach((n, i) => n.setText(texts[i]!));
  }
  return { fit: lo, total };
}
