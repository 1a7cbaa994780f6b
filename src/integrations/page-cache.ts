/**
 * Build hook: keep article pages from the last build when neither the
 * article nor the code changed (the rules are in src/lib/page-cache.ts).
 *
 * - Astro empties dist/ before it renders; at 30,000 pages that alone takes
 *   about 30 s, and it would delete the pages to keep. Emptying is turned off;
 *   instead, after the build, every file this build neither wrote nor kept is
 *   removed (sweepStale), so dist/ holds exactly this build's site.
 * - At build start the kept pages are chosen and handed to the article route
 *   (its getStaticPaths leaves them out); the manifest of the last build is
 *   removed until this one has finished, so a failed build is followed by a
 *   full one.
 * - At build end the new manifest is written: every article page and its key.
 *   The search index reads it (src/integrations/search-index/).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLES_FILE } from '../loaders/seeds.ts';
import { pageKeys, readManifest, removeFile, REUSE_ENV, reusablePages, templateVersion, writeJsonFile, type ArticleDigest, type PageManifest } from '../lib/page-cache.ts';
import { editorRulesFile } from '../pipeline/editor-rules.ts';

export const MANIFEST_FILE = 'jianfan/page-cache/manifest.json';
const REUSE_FILE = 'jianfan/page-cache/reuse.json';

/** Folders the search integration manages itself (it keeps unchanged shards in place). */
const SELF_MANAGED = ['pagefind'];

/**
 * Remove files below `outDir` last modified before `since`, except `keep`
 * (relative paths) and self-managed folders; then empty folders. Returns how
 * many files were removed.
 */
function sweepStale(outDir: string, since: number, keep: ReadonlySet<string>): number {
  let removed = 0;
  const walk = (dir: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(outDir, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (SELF_MANAGED.includes(rel) || !walk(path)) empty = false;
        else rmdirSync(path);
      } else if (keep.has(rel) || statSync(path).mtimeMs >= since) {
        empty = false;
      } else {
        rmSync(path, { force: true });
        removed++;
      }
    }
    return empty;
  };
  if (existsSync(outDir)) walk(outDir);
  return removed;
}

const pageFile = (url: string): string => `${url.replace(/^\//, '')}index.html`;

export function pageCache(): AstroIntegration {
  let cacheDir: URL;
  let root: URL;
  let outDir: string;
  let started = 0;
  let next: PageManifest | null = null;
  let kept: string[] = [];
  return {
    name: 'jianfan-page-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
        root = config.root;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        // Coarse file system clocks: a file written in this second counts as this build's.
        started = Date.now() - 2000;
        const at = (path: string) => fileURLToPath(new URL(path, cacheDir));
        const listing = at(ARTICLES_FILE);
        if (!existsSync(listing)) throw new Error(`jianfan-page-cache: ${listing} is missing; the seeds loader did not run`);
        const articles = JSON.parse(readFileSync(listing, 'utf8')) as ArticleDigest[];
        const template = templateVersion(
          ['src', 'public'].map((d) => fileURLToPath(new URL(d, root))),
          [...['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((f) => fileURLToPath(new URL(f, root))), editorRulesFile(fileURLToPath(root))],
          process.env,
        );
        next = { template, outDir, pages: pageKeys(template, articles) };
        const previous = readManifest(at(MANIFEST_FILE));
        kept = reusablePages(previous, next, (url) => existsSync(join(outDir, pageFile(url))));
        mkdirSync(at('jianfan/page-cache/'), { recursive: true });
        removeFile(at(MANIFEST_FILE));
        writeJsonFile(at(REUSE_FILE), kept);
        process.env[REUSE_ENV] = at(REUSE_FILE);
        const total = Object.keys(next.pages).length;
        logger.info(`keeping ${kept.length} of ${total} article page(s) from the last build; rendering ${total - kept.length}`);
      },
      'astro:build:done': ({ logger }) => {
        if (!next) throw new Error('jianfan-page-cache: build started without a plan');
        delete process.env[REUSE_ENV];
        const removed = sweepStale(outDir, started, new Set(kept.map(pageFile)));
        writeJsonFile(fileURLToPath(new URL(MANIFEST_FILE, cacheDir)), next);
        if (removed > 0) logger.info(`removed ${removed} file(s) of the last build that this one did not make`);
      },
    },
  };
}
