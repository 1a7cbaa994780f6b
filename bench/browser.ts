/**
 * What Chromium fetches: the weight of an article page before any interaction,
 * and the bytes of a first search. Debian's Chromium driven by playwright-core
 * (never `playwright install`); each measurement in a fresh browser context,
 * so nothing is cached. Sites are served by test/helpers/serve-static.mjs (gzip).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Request } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function gz(text: string | Buffer): number {
  return gzipSync(text).length;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Server {
  url: string;
  stop: () => void;
}

/** Serve a folder with the project's static server; resolves once it listens. */
export async function serve(repoRoot: string, dir: string): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [`${repoRoot}/test/helpers/serve-static.mjs`, dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('static server did not start')), 10_000);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface Fetched {
  url: string;
  type: string;
  status: number;
  /** Bytes on the wire for the body (gzip when served gzip). */
  encoded: number;
  /** Decoded body bytes. */
  raw: number;
  headers: number;
}

/** Record every finished request of a context (pages and their workers). */
function recorder(context: BrowserContext): { done: Promise<void>[]; fetched: Fetched[] } {
  const fetched: Fetched[] = [];
  const done: Promise<void>[] = [];
  const onFinished = (req: Request) => {
    done.push(
      (async () => {
        const resp = await req.response();
        const sizes = await req.sizes();
        let raw = 0;
        try {
          raw = (await resp?.body())?.length ?? 0;
        } catch {
          raw = 0;
        }
        fetched.push({
          url: req.url(),
          type: req.resourceType(),
          status: resp?.status() ?? 0,
          // Negative for a response served from the HTTP cache: nothing came over the network.
          encoded: Math.max(0, sizes.responseBodySize),
          raw,
          headers: Math.max(0, sizes.responseHeadersSize),
        });
      })().catch(() => undefined),
    );
  };
  context.on('requestfinished', onFinished);
  return { done, fetched };
}

export interface PageWeight {
  url: string;
  status: number;
  requests: number;
  html: { raw: number; gzip: number; inlineCss: number; inlineCssGzip: number; inlineJs: number; inlineJsGzip: number; jsonLd: number };
  css: { raw: number; gzip: number; files: number };
  js: { raw: number; gzip: number; files: number };
  fonts: number;
  images: { raw: number; gzip: number; files: number };
  other: { raw: number; gzip: number; files: number };
  /** Sum of encoded bodies of everything fetched before any interaction. */
  transfer: number;
  /** Same plus response headers. */
  transferWithHeaders: number;
  /** Every request: path, resource type, encoded body bytes. */
  list: { path: string; type: string; encoded: number }[];
  /** innerText of <main> (or <article>, or <body>), gzip. */
  visibleTextGzip: number;
}

function inlineParts(html: string): { css: string; js: string; jsonLd: string } {
  let css = '';
  let js = '';
  let jsonLd = '';
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += m[1];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/.test(attrs)) continue;
    if (/application\/(?:ld\+)?json/.test(attrs)) jsonLd += m[2];
    else js += m[2];
  }
  return { css, js, jsonLd };
}

/** Load a page, wait for the network to settle, and weigh what came. */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const rec = recorder(context);
  const page = await context.newPage();
  const resp = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  const html = (await resp?.text()) ?? '';
  const visible = await page.evaluate(() => (document.querySelector('main') ?? document.querySelector('article') ?? document.body).innerText);
  await Promise.all(rec.done);
  await context.close();
  const inline = inlineParts(html);
  const sum = (f: (x: Fetched) => boolean) => {
    const xs = rec.fetched.filter(f);
    return { raw: xs.reduce((n, x) => n + x.raw, 0), gzip: xs.reduce((n, x) => n + x.encoded, 0), files: xs.length };
  };
  const doc = rec.fetched.find((x) => x.type === 'document');
  return {
    url,
    status: resp?.status() ?? 0,
    requests: rec.fetched.length,
    html: {
      raw: doc?.raw ?? Buffer.byteLength(html),
      gzip: doc?.encoded ?? 0,
      inlineCss: Buffer.byteLength(inline.css),
      inlineCssGzip: inline.css ? gz(inline.css) : 0,
      inlineJs: Buffer.byteLength(inline.js),
      inlineJsGzip: inline.js ? gz(inline.js) : 0,
      jsonLd: Buffer.byteLength(inline.jsonLd),
    },
    css: sum((x) => x.type === 'stylesheet'),
    js: sum((x) => x.type === 'script'),
    fonts: rec.fetched.filter((x) => x.type === 'font').length,
    images: sum((x) => x.type === 'image'),
    other: sum((x) => !['document', 'stylesheet', 'script', 'font', 'image'].includes(x.type)),
    transfer: rec.fetched.reduce((n, x) => n + x.encoded, 0),
    transferWithHeaders: rec.fetched.reduce((n, x) => n + x.encoded + x.headers, 0),
    visibleTextGzip: gz(visible),
    list: rec.fetched.map((x) => ({ path: new URL(x.url).pathname, type: x.type, encoded: x.encoded })),
  };
}

export interface SearchCost {
  url: string;
  status: number;
  results: number;
  ms: number;
  requests: number;
  /** All bytes (encoded bodies) from navigation until results showed and the network settled. */
  transfer: number;
  /** Of which under /pagefind/. */
  pagefind: number;
  pagefindRequests: number;
  byKind: Record<string, number>;
  /** Every run's time to first results, in the order taken (firstSearchMedians). */
  runsMs?: number[];
}

/**
 * Time to first results varies by a fifth from one fresh-context search to
 * the next on two cores (BENCHMARKS.md), so one search a side cannot tell two
 * sites apart. Each side searches `runs` times, the sides in turns (a slow
 * spell of the machine weighs on both); each side's figure is its median run,
 * with every run's time kept. Null for a side whose page is missing.
 */
export async function firstSearchMedians(sides: (() => Promise<SearchCost | null>)[], runs: number): Promise<(SearchCost | null)[]> {
  const taken: (SearchCost | null)[][] = sides.map(() => []);
  for (let i = 0; i < runs; i++) for (const [k, side] of sides.entries()) taken[k]!.push(await side());
  return taken.map((list) => {
    const done = list.filter((r): r is SearchCost => r !== null);
    if (done.length < list.length) return null;
    const median = [...done].sort((a, b) => a.ms - b.ms)[Math.floor(done.length / 2)]!;
    return { ...median, runsMs: done.map((r) => r.ms) };
  });
}

/**
 * Open the search page with `?q=` and wait for results in `resultsSelector`.
 * Returns null when the page does not exist (404).
 */
export async function firstSearch(browser: Browser, url: string, resultsSelector: string, itemSelector: string): Promise<SearchCost | null> {
  const context = await browser.newContext();
  const rec = recorder(context);
  const page = await context.newPage();
  const t0 = performance.now();
  const resp = await page.goto(url, { waitUntil: 'load' });
  if (!resp || resp.status() >= 400) {
    await context.close();
    return null;
  }
  let results = 0;
  try {
    await page.waitForFunction(
      ([sel, item]) => {
        const box = document.querySelector(sel as string);
        return !!box && box.querySelectorAll(item as string).length > 0;
      },
      [resultsSelector, itemSelector],
      { timeout: 30_000 },
    );
    results = await page.evaluate(
      ([sel, item]) => document.querySelector(sel as string)?.querySelectorAll(item as string).length ?? 0,
      [resultsSelector, itemSelector],
    );
  } catch {
    results = 0;
  }
  const ms = performance.now() - t0;
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  await Promise.all(rec.done);
  await context.close();
  const pf = rec.fetched.filter((x) => x.url.includes('/pagefind/'));
  const byKind: Record<string, number> = {};
  for (const x of pf) {
    const path = new URL(x.url).pathname;
    const kind = /\.wasm/.test(path)
      ? 'wasm'
      : /\.pf_fragment$/.test(path)
        ? 'fragment'
        : /\.pf_index$/.test(path)
          ? 'index chunk'
          : /\.pf_meta$/.test(path)
            ? 'meta'
            : /\.pf_filter$/.test(path)
              ? 'filter'
              : /\.js$/.test(path)
                ? 'js'
                : /\.css$/.test(path)
                  ? 'css'
                  : 'other';
    byKind[kind] = (byKind[kind] ?? 0) + x.encoded;
  }
  return {
    url,
    status: resp.status(),
    results,
    ms,
    requests: rec.fetched.length,
    transfer: rec.fetched.reduce((n, x) => n + x.encoded, 0),
    pagefind: pf.reduce((n, x) => n + x.encoded, 0),
    pagefindRequests: pf.length,
    byKind,
  };
}
