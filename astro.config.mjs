// @ts-check
import { defineConfig } from 'astro/config';
import { pageCache } from './src/integrations/page-cache.ts';
import { seedReport } from './src/integrations/seed-report.ts';
import { searchIndex } from './src/search/build/integration.ts';
import { stagedBuild } from './src/integrations/staged-build.ts';

// A build locks its site and cache, writes into a staging folder and swaps it in last.
const staged = stagedBuild();

export default defineConfig({
  site: process.env.JIANFAN_SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // Separate caches let tests build several sites side by side.
  cacheDir: process.env.JIANFAN_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // Pages are small; one request per page beats a cached stylesheet on a first visit.
    inlineStylesheets: 'always',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Order matters at build end: the page cache writes the manifest the search index reads,
  // and the staged build publishes only once every other hook has finished.
  integrations: [staged.start, seedReport(), pageCache(), searchIndex(), staged.publish],
});
