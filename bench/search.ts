/**
 * What a search costs a reader: builds the site (seeds/ unless BENCH_SEEDS is
 * set, or an existing build with BENCH_SITE), serves it with
 * test/helpers/serve-static.mjs (gzip, no-cache) and, in Chromium with a cold
 * cache, opens each variant's search page, then runs a first and a second
 * search through the form. Prints the bytes fetched for each search (transfer
 * size: headers + gzipped bodies) by kind, and the time from submit to the
 * first result on screen.
 *
 *   npm run bench:search
 *   BENCH_SEEDS=test/fixtures/site npm run bench:search
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium, type Page, type Request } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env['BENCH_PORT'] ?? 4601);
const SEEDS = process.env['BENCH_SEEDS'] ?? 'seeds';
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** First search: a simplified query (converted on the traditional sites); second: a traditional one. */
const SEARCHES = [
  { label: 'first', query: process.env['BENCH_Q1'] ?? '国产算力' },
  { label: 'second', query: process.env['BENCH_Q2'] ?? '液冷技術' },
];
const VARIANTS = ['zh-hans', 'zh-tw', 'zh-hk'];

function build(): string {
  if (process.env['BENCH_SITE']) return resolve(process.env['BENCH_SITE']);
  const outDir = join(ROOT, 'bench-out', 'search-site');
  console.log(`building ${SEEDS} → ${outDir}`);
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: {
      ...process.env,
      SEEDS_DIR: resolve(ROOT, SEEDS),
      JIANFAN_CACHE_DIR: join(ROOT, 'node_modules', '.astro-bench-search'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}

async function serve(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'test/helpers/serve-static.mjs'), dir, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    child.stdout?.once('data', () => ok());
    child.once('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  return child;
}

function kind(path: string): string {
  if (path.includes('/pagefind/dict/')) return 'dict';
  if (path.endsWith('/pagefind.js') || path.endsWith('/pagefind-worker.js')) return 'pagefind.js';
  if (path.includes('wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
  if (path.includes('/index/')) return 'index';
  if (path.includes('/fragment/')) return 'fragment';
  if (path.startsWith('/_astro/')) return 'script';
  return 'page';
}

interface Tally {
  bytes: number;
  requests: number;
  byKind: Map<string, number>;
}

async function transfer(req: Request): Promise<number> {
  const sizes = await req.sizes().catch(() => null);
  return sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0;
}

/** Submit a query in the page's form; resolve with ms from submit to its results (or no-match message) on screen. */
async function timedSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done, fail) => {
        const input = document.querySelector<HTMLInputElement>('main [data-search-input]')!;
        const results = document.querySelector<HTMLElement>('[data-search-results]')!;
        const start = performance.now();
        const check = () => {
          // The form sets state=loading synchronously on submit, so "done" with this query is this search.
          if (results.dataset['state'] === 'done' && results.dataset['query'] === q) {
            observer.disconnect();
            done(performance.now() - start);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(results, { attributes: true, childList: true, subtree: true });
        setTimeout(() => fail(new Error('search timed out')), 20_000);
        input.value = q;
        input.form!.requestSubmit();
      }),
    query,
  );
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const dir = build();
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    for (const variant of VARIANTS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let tally: Tally = { bytes: 0, requests: 0, byKind: new Map() };
      const pending: Array<Promise<void>> = [];
      page.on('requestfinished', (req) => {
        const t = tally;
        pending.push(
          transfer(req).then((n) => {
            const k = kind(new URL(req.url()).pathname);
            t.bytes += n;
            t.requests++;
            t.byKind.set(k, (t.byKind.get(k) ?? 0) + n);
          }),
        );
      });
      await page.goto(`${ORIGIN}/${variant}/search/`, { waitUntil: 'networkidle' });
      await Promise.all(pending.splice(0));
      const pageBytes = tally.bytes;
      console.log(`\n${variant}: search page (before any search) ${kb(pageBytes)} in ${tally.requests} requests`);
      for (const { label, query } of SEARCHES) {
        tally = { bytes: 0, requests: 0, byKind: new Map() };
        const ms = await timedSearch(page, query);
        await page.waitForLoadState('networkidle');
        await Promise.all(pending.splice(0));
        const n = await page.locator('[data-search-results] .search-result').count();
        const kinds = [...tally.byKind]
          .sort((a, b) => b[1] - a[1])
          .map(([k, b]) => `${k} ${kb(b)}`)
          .join(', ');
        console.log(
          `  ${label} search "${query}": ${kb(tally.bytes)} in ${tally.requests} requests (${kinds}); first result after ${ms.toFixed(0)} ms; ${n} result(s)`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
