import { describe, expect, it } from 'vitest';
import { externalLink } from '../../src/render/text/links.js';

function check(target: string): { kept: string | undefined; why: string | undefined } {
  let why: string | undefined;
  const t = externalLink(target, { dropped: (_t, w) => (why = w) });
  return { kept: t?.kind === 'uri' ? t.uri : undefined, why };
}

describe('link policy', () => {
  it('keeps http, https, mailto and tel links', () => {
    for (const t of ['https://www.example.org/book', 'http://example.org', 'mailto:care@example.org', 'tel:+4512345678', 'HTTPS://EXAMPLE.ORG']) {
      expect(check(t).kept).toBe(t);
    }
  });

  it('drops every other scheme with a reason', () => {
    for (const t of ['javascript:alert(1)', 'file:///etc/passwd', 'vbscript:x', 'data:text/html,x', 'smb://host/share', 'ms-word:ofe|u|x']) {
      const r = check(t);
      expect(r.kept, t).toBeUndefined();
      expect(r.why, t).toMatch(/not allowed/);
    }
  });

  it('is not fooled by control characters, spaces or missing hosts', () => {
    expect(check('java\tscript:alert(1)').kept).toBeUndefined();
    expect(check(' javascript:alert(1)').kept).toBeUndefined();
    expect(check('https:///path').kept).toBeUndefined();
    expect(check('book/now').why).toMatch(/not an absolute link/);
    expect(check('').kept).toBeUndefined();
  });
});
