#!/usr/bin/env node
// A minimal static file server for tests and benchmarks: serves a built
// dist/ folder on 127.0.0.1 the way a static host or CDN would (index.html
// for directories, 404.html for misses, gzip when asked). Usage:
//   node test/helpers/serve-static.mjs <dir> <port>
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const [dirArg = 'dist', portArg = '4321'] = process.argv.slice(2);
const root = resolve(dirArg);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) file = join(file, 'index.html');
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  let file = fileFor(url.pathname);
  let status = 200;
  if (!file) {
    file = fileFor('/404.html');
    status = 404;
  }
  if (!file) {
    res.writeHead(404).end('not found');
    return;
  }
  const ext = extname(file);
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  res.writeHead(status, headers);
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${portArg}/`);
});
