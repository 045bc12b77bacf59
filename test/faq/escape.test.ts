import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, relativeFileUrl } from '../../src/faq/escape.js';

describe('FAQ escaping', () => {
  it('escapes every character that matters in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('JSON for a script element cannot end the element and parses back to the same data', () => {
    const data = { a: '</script><script>alert(1)</script><!-- & \u2028\u2029', b: ['<', '>', '&'] };
    const text = jsonForScript(data);
    expect(text).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('own file names are relative URLs that cannot read as a scheme', () => {
    expect(relativeFileUrl('javascript:alert(1).pdf')).toBe('./javascript%3Aalert(1).pdf');
    expect(relativeFileUrl('org-healthcare-en.pdf')).toBe('./org-healthcare-en.pdf');
  });
});
