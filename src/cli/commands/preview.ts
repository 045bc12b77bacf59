/**
 * `va-infographic preview`: a small web server on the loopback interface showing the handout
 * as a PNG, drawn again whenever the brand file, the config file, the logo, the font files or
 * the template change (watch.ts), with the warnings listed. The page learns about a new drawing
 * through Server-Sent Events and reloads only the picture.
 *
 * Safety: it listens on 127.0.0.1 only (a free port unless --port), answers only requests whose
 * Host header names that address (a web page elsewhere cannot reach it through DNS rebinding),
 * serves nothing from disk (the pictures are in memory), and its page has a strict Content
 * Security Policy. Nothing is written.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VaError, oneLine, toVaError } from '../../errors.js';
import type { Warning } from '../../warnings.js';
import type { RunContext } from '../context.js';
import { formatWarning } from '../output.js';
import { customizeOnce, customizeRequest } from './customize.js';
import { applyVerbosity } from './common.js';

interface Picture {
  name: string;
  bytes: Uint8Array;
}

interface PreviewState {
  version: number;
  building: boolean;
  builtAt: string | null;
  organization: string | null;
  error: { code: string; message: string } | null;
  items: { template: string; pictures: string[]; warnings: string[] }[];
}

function parsePort(value: unknown): number {
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < 1 || n > 65535) throw new VaError('E_USAGE', `--port: expected a port from 1 to 65535, got ${JSON.stringify(String(value))}`);
  return n;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>va-infographic preview</title>
<style>
  body { margin: 0; font: 15px/1.45 system-ui, sans-serif; background: #eef0f3; color: #1f2933; }
  header { padding: 12px 20px; background: #fff; border-bottom: 1px solid #d5d9de; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
  header h1 { font-size: 17px; margin: 0; }
  #status { color: #52606d; }
  main { display: flex; gap: 24px; padding: 20px; flex-wrap: wrap; align-items: flex-start; }
  figure { margin: 0; background: #fff; padding: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  figure img { display: block; width: min(90vw, 640px); height: auto; image-rendering: auto; }
  figcaption { font-size: 13px; color: #52606d; padding-top: 6px; }
  aside { min-width: 260px; max-width: 520px; }
  aside h2 { font-size: 15px; margin: 0 0 8px; }
  #error { background: #fde8e8; color: #8a1c1c; padding: 10px 12px; border-radius: 4px; margin-bottom: 12px; }
  #warnings li { margin-bottom: 6px; }
  .none { color: #52606d; }
</style>
</head>
<body>
<header><h1>va-infographic preview</h1><span id="org"></span><span id="status">starting…</span></header>
<main>
  <div id="pictures"></div>
  <aside>
    <div id="error" hidden></div>
    <h2>Warnings</h2>
    <ul id="warnings"><li class="none">none</li></ul>
  </aside>
</main>
<script src="/app.js"></script>
</body>
</html>
`;

const SCRIPT = `'use strict';
const $ = (id) => document.getElementById(id);
async function refresh() {
  const state = await (await fetch('/state', { cache: 'no-store' })).json();
  document.body.dataset.version = String(state.version);
  $('org').textContent = state.organization || '';
  $('status').textContent = state.building ? 'drawing…' : state.builtAt ? 'drawn at ' + state.builtAt + ' (version ' + state.version + ')' : 'waiting for a first drawing';
  const err = $('error');
  err.hidden = !state.error;
  err.textContent = state.error ? state.error.message + ' [' + state.error.code + ']' : '';
  const pics = $('pictures');
  pics.replaceChildren();
  for (const item of state.items) {
    for (const name of item.pictures) {
      const fig = document.createElement('figure');
      const img = document.createElement('img');
      img.alt = 'The ' + item.template + ' handout';
      img.src = '/picture/' + encodeURIComponent(name) + '?v=' + state.version;
      const cap = document.createElement('figcaption');
      cap.textContent = name;
      fig.append(img, cap);
      pics.append(fig);
    }
  }
  const list = $('warnings');
  list.replaceChildren();
  const warnings = state.items.flatMap((i) => i.warnings);
  if (warnings.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = 'none';
    list.append(li);
  }
  for (const w of warnings) {
    const li = document.createElement('li');
    li.textContent = w;
    list.append(li);
  }
}
const events = new EventSource('/events');
events.addEventListener('update', () => { refresh(); });
refresh();
`;

export async function runPreview(options: Record<string, unknown>, ctx: RunContext): Promise<number> {
  applyVerbosity(options, ctx);
  const { io, reporter } = ctx;
  const port = options.port === undefined ? 0 : parsePort(options.port);
  // Options are checked once before the server starts: a typo is a usage error, not a page.
  const first = await customizeRequest(options, ctx);
  if (!first.templateGiven) throw new VaError('E_USAGE', 'preview: missing --template <id|all|file.pptx> (or "template" in the config file)');

  let pictures = new Map<string, Picture>();
  const state: PreviewState = { version: 0, building: false, builtAt: null, organization: null, error: null, items: [] };
  const clients = new Set<ServerResponse>();
  const notify = () => {
    for (const c of clients) c.write(`event: update\ndata: ${state.version}\n\n`);
  };

  const build = async (): Promise<string[]> => {
    state.building = true;
    notify();
    try {
      const request = await customizeRequest(options, ctx);
      const run = await customizeOnce({ ...request, formats: ['png'], dryRun: true, strict: false }, ctx);
      const next = new Map<string, Picture>();
      const items: PreviewState['items'] = [];
      for (const r of run.results) {
        const names: string[] = [];
        for (const [i, f] of (r.files ?? []).entries()) {
          const name = `${r.template}${(r.files ?? []).length > 1 ? `-${i + 1}` : ''}.png`;
          next.set(name, { name, bytes: f.bytes });
          names.push(name);
        }
        items.push({ template: r.template, pictures: names, warnings: r.warnings.map((w: Warning) => formatWarning(w)) });
      }
      pictures = next;
      state.items = items;
      state.organization = run.results[0]?.organization ?? null;
      state.error = run.failures.length ? { code: run.failures[0]!.error.code, message: oneLine(`${run.failures[0]!.template}: ${run.failures[0]!.error.message}`) } : null;
      state.builtAt = new Date().toLocaleTimeString('en-GB');
      return run.inputs;
    } catch (e) {
      const error = toVaError(e);
      state.error = { code: error.code, message: oneLine(error.message) };
      throw error;
    } finally {
      state.version++;
      state.building = false;
      notify();
    }
  };

  let address = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    // Only this address: a page on another site cannot talk to us through DNS rebinding.
    if (host !== address && host !== address.replace('127.0.0.1', 'localhost')) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden\n');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${address}`);
    const common = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...common, allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === '/') {
      res
        .writeHead(200, {
          ...common,
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        })
        .end(PAGE);
    } else if (url.pathname === '/favicon.ico') {
      res.writeHead(204, common).end();
    } else if (url.pathname === '/app.js') {
      res.writeHead(200, { ...common, 'content-type': 'text/javascript; charset=utf-8' }).end(SCRIPT);
    } else if (url.pathname === '/state') {
      res.writeHead(200, { ...common, 'content-type': 'application/json' }).end(JSON.stringify(state));
    } else if (url.pathname.startsWith('/picture/')) {
      const picture = pictures.get(decodeURIComponent(url.pathname.slice('/picture/'.length)));
      if (!picture) res.writeHead(404, common).end();
      else res.writeHead(200, { ...common, 'content-type': 'image/png', 'content-length': picture.bytes.length }).end(Buffer.from(picture.bytes));
    } else if (url.pathname === '/events') {
      res.writeHead(200, { ...common, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      res.write(`retry: 1000\nevent: update\ndata: ${state.version}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
    } else {
      res.writeHead(404, common).end();
    }
  });
  // Keep-alive for the event streams (proxies and browsers drop silent connections).
  const ping = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
  }, 15_000);
  ping.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new VaError('E_USAGE', `preview: cannot listen on 127.0.0.1:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : (e.code ?? e.message)}`)),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  reporter.result(`http://${address}/`);
  reporter.status(`preview: open http://${address}/ in a browser (Ctrl+C to stop)`);

  const { watchLoop } = await import('../watch.js');
  const path = await import('node:path');
  return watchLoop(
    build,
    () => [first.brandPath ? path.resolve(io.cwd, first.brandPath) : '', first.config.file ?? ''].filter(Boolean),
    ctx,
  );
}
