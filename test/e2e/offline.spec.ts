/**
 * Offline reading in Chromium, on a site this suite builds and rebuilds
 * itself: a page the reader opened, and a search once made, come back with
 * the network off; after a rebuild that changes the article, an online
 * reload shows the new text and the worker's cache is the new build's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { OFFLINE_PORT } from './urls.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, '.test-sites/e2e-offline-seeds');
const OUT = join(ROOT, '.test-sites/e2e-offline');
const URL_BASE = `http://127.0.0.1:${OFFLINE_PORT}`;
const ARTICLE = 'search-river-bridge.md';
const OLD_TEXT = '横跨青澜江的双塔斜拉桥昨日上午完成主体合龙';
const NEW_TEXT = '横跨青澜江的双塔斜拉桥今天清晨完成主体合龙';

let server: ChildProcess;

function build(): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', OUT], {
    cwd: ROOT,
    env: { ...process.env, SEEDS_DIR: SEEDS, JIANFAN_CACHE_DIR: join(ROOT, 'node_modules/.astro-e2e-offline'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(SEEDS, { recursive: true, force: true });
  mkdirSync(SEEDS, { recursive: true });
  for (const file of [ARTICLE, 'search-noodle-shop.md']) cpSync(join(ROOT, 'test/fixtures/site', file), join(SEEDS, file));
  build();
  server = spawn(process.execPath, [join(ROOT, 'test/helpers/serve-static.mjs'), OUT, String(OFFLINE_PORT)], { stdio: 'ignore' });
  await expect
    .poll(
      () =>
        fetch(`${URL_BASE}/zh-hans/`)
          .then((r) => r.status)
          .catch(() => 0),
      { timeout: 20_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

/** Resolves once the worker controls the page and has kept the page itself. */
const kept = async (page: Page) => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => (await caches.match(location.href)) !== undefined);
};

test('a first visit downloads the page and its scripts once: the worker keeps the copies the browser already has', async ({ page, context }) => {
  const downloads: string[] = [];
  const finished: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    finished.push(
      request.sizes().then((sizes) => {
        if (sizes.responseBodySize > 0) downloads.push(new URL(request.url()).pathname);
      }),
    );
  });
  await page.goto(`${URL_BASE}/zh-hans/articles/search-noodle-shop/`);
  await kept(page);
  const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname));
  const assets = scripts.filter((src) => src.startsWith('/_astro/'));
  expect(assets.length).toBeGreaterThan(0);
  // Every script the page loaded is in the worker's cache ...
  await expect.poll(() => page.evaluate(async (paths) => (await Promise.all(paths.map((p) => caches.match(p)))).every(Boolean), assets)).toBe(true);
  await Promise.all(finished);
  // ... and came over the network once (the worker's fetches were served by the HTTP cache).
  expect(downloads.filter((p) => p === '/zh-hans/articles/search-noodle-shop/')).toHaveLength(1);
  for (const asset of assets)
    expect(
      downloads.filter((p) => p === asset),
      asset,
    ).toHaveLength(1);
});

test('a search opened from its address registers the worker only once its results are shown', async ({ page }) => {
  // What the page is doing when it asks for the worker.
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      (window as unknown as Record<string, unknown>)['__atRegister'] = {
        busy: document.querySelector('[aria-busy="true"]') !== null,
        results: document.querySelectorAll('[data-search-results] .search-result').length,
      };
      return register(...args);
    };
  });
  // The result texts come a second late: the page has loaded long before the search is done.
  await page.route('**/pagefind/text/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(`${URL_BASE}/zh-hans/search/?q=${encodeURIComponent('合龙')}`);
  await expect(page.locator('[data-search-results] .search-result h2 a').first()).toBeVisible();
  await kept(page);
  const at = await page.evaluate(() => (window as unknown as Record<string, unknown>)['__atRegister']);
  expect(at).toEqual({ busy: false, results: 1 });
});

test('a page opened and a search made are there offline; after a rebuild, online shows the new text', async ({ page, context }) => {
  const articleUrl = `${URL_BASE}/zh-hans/articles/search-river-bridge/`;
  await page.goto(articleUrl);
  await kept(page);
  const cachesBefore = await page.evaluate(() => caches.keys());
  expect(cachesBefore).toHaveLength(1);

  // A search, online: its files pass through the worker and are kept.
  await page.goto(`${URL_BASE}/zh-hans/search/?q=${encodeURIComponent('合龙')}`);
  await expect(page.locator('[data-search-results] .search-result h2 a').first()).toBeVisible();

  await context.setOffline(true);
  await page.goto(articleUrl);
  await expect(page.locator('[data-pagefind-body]')).toContainText(OLD_TEXT);
  await page.reload();
  await expect(page.locator('article h1')).toHaveText('跨江大桥主体合龙 明年春季通车');
  await page.goto(`${URL_BASE}/zh-hans/search/?q=${encodeURIComponent('合龙')}`);
  await expect(page.locator('[data-search-results] .search-result h2 a').first()).toBeVisible();
  await page.goto(articleUrl);

  // The article changes and the site is rebuilt; the reader is online again.
  const file = join(SEEDS, ARTICLE);
  writeFileSync(file, readFileSync(file, 'utf8').replace(OLD_TEXT, NEW_TEXT));
  build();
  await context.setOffline(false);
  await page.reload();
  await expect(page.locator('[data-pagefind-body]')).toContainText(NEW_TEXT);
  // The new build's worker takes over with a cache of its own; the old build's is gone.
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).not.toEqual(cachesBefore);
  await expect.poll(() => page.evaluate(() => caches.keys()).then((keys) => keys.length)).toBe(1);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-pagefind-body]')).toContainText(NEW_TEXT);
});
