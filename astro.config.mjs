// @ts-check
import { defineConfig } from 'astro/config';
import { CONFIG } from './src/config.ts';
import { pageCache } from './src/incremental/integration.ts';
import { seedReport } from './src/integrations/seed-report.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { searchIndex } from './src/search/build/integration.ts';
import { stagedBuild } from './src/integrations/staged-build.ts';

// A build locks its site and cache, writes into a staging folder and swaps it in last.
const staged = stagedBuild();
// Article pages kept from the last build; the sitemap lists them with the rendered ones.
const pages = pageCache();

export default defineConfig({
  site: CONFIG.siteUrl,
  trailingSlash: 'always',
  // Separate caches let tests build several sites side by side.
  cacheDir: CONFIG.cacheDir,
  build: {
    format: 'directory',
    // Pages are small; one request per page beats a cached stylesheet on a first visit.
    inlineStylesheets: 'always',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Order matters at build end: the page cache writes the manifest the search index reads,
  // and the staged build publishes only once every other hook has finished.
  integrations: [staged.start, seedReport(), pages, searchIndex(), siteMap(CONFIG.siteUrl, pages.keptPages), staged.publish],
});
