import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/render/images/svg-sanitize.js';

describe('SVG sanitising before rasterising', () => {
  it('removes references to files and URLs but keeps internal and data references', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="20">' +
      '<image href="file:///etc/passwd"/><image xlink:href=\'https://evil.example/x.png\'/>' +
      '<use href="#a"/><image href="data:image/png;base64,AAAA"/>' +
      '<rect style="fill:url(https://evil.example/p)"/><rect fill="url(#grad)"/>' +
      '<script>alert(1)</script><style>@import url(https://x);</style></svg>';
    const out = sanitizeSvg(svg).text;
    expect(out).not.toMatch(/passwd|evil\.example|<script|@import/);
    expect(out).toContain('href="#a"');
    expect(out).toContain('data:image/png;base64,AAAA');
    expect(out).toContain('url(#grad)');
  });

  it('removes DOCTYPE and entity declarations', () => {
    const out = sanitizeSvg('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg width="1" height="1">&x;</svg>').text;
    expect(out).not.toMatch(/DOCTYPE|ENTITY|passwd/);
  });

  it('reads the intrinsic size from width/height or the viewBox', () => {
    expect(sanitizeSvg('<svg width="100" height="50"/>')).toMatchObject({ width: 100, height: 50 });
    expect(sanitizeSvg('<svg width="72pt" height="1in"/>')).toMatchObject({ width: 96, height: 96 });
    expect(sanitizeSvg('<svg viewBox="0 0 24 12"/>')).toMatchObject({ width: 24, height: 12 });
  });
});
