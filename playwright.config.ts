import { defineConfig } from '@playwright/test';
import { EMPTY_PORT, FIXTURES_PORT, SAMPLE_PORT } from './test/e2e/urls.ts';

// Real Chromium from Debian (.ci/install-chromium.sh); never a download.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';

/**
 * Build a site from a seeds folder into .test-sites/<name>, then serve it.
 * With `heldBack` seeds, the site is built without them, then rebuilt adding
 * one at a time (test/helpers/build-in-steps.ts), so what is served is what
 * incremental builds made.
 */
const site = (name: string, seeds: string, port: number, env = '', heldBack: string[] = []) => ({
  command:
    `${env} JIANFAN_CACHE_DIR=node_modules/.astro-${name} ASTRO_TELEMETRY_DISABLED=1 ` +
    (heldBack.length > 0
      ? `"${node}" test/helpers/build-in-steps.ts ${seeds} .test-sites/${name} ${heldBack.join(' ')}`
      : `SEEDS_DIR=${seeds} "${node}" ${astro} build --outDir .test-sites/${name}`) +
    ` && "${node}" test/helpers/serve-static.mjs .test-sites/${name} ${port}`,
  url: `http://127.0.0.1:${port}/zh-hans/`,
  timeout: 300_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

// The fixture site's search index is cut into small shards (4 articles, a
// recent shard of 1), and three articles are added by rebuilds: two end in a
// batch shard, one in the recent shard. So the browser's merging of every
// kind of shard is exercised by every search test on it.
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    // Requests a service worker makes pass by page.route(), which the slowed-search tests rely on;
    // the offline suite (test/e2e/offline.spec.ts) allows the worker.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: [
    site('e2e-sample', 'seeds', SAMPLE_PORT),
    site('e2e-fixtures', 'test/fixtures/site', FIXTURES_PORT, 'JIANFAN_SEARCH_SHARD_PAGES=4', [
      'search-tea-typhoon.md',
      'search-salon-apprentice.md',
      'search-river-bridge.md',
    ]),
    // A site of no article, as JIANFAN_ALLOW_EMPTY=1 builds it.
    site('e2e-empty', 'test/fixtures/empty', EMPTY_PORT, 'JIANFAN_ALLOW_EMPTY=1'),
  ],
});
