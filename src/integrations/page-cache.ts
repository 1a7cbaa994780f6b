/**
 * Build hook: keep article pages from the last build when neither the
 * article nor the code changed (the rules are in src/lib/page-cache.ts).
 *
 * - Astro writes the site into a staging folder (src/integrations/staged-build.ts)
 *   that is swapped in at the end. At build start the kept pages are chosen,
 *   each checked against the content hash the last build recorded, hard-linked
 *   from the published site into the staging folder, and handed to the article
 *   route (its getStaticPaths leaves them out). So the new site holds exactly
 *   what this build wrote and kept: a removed seed's pages are simply not there,
 *   whatever their timestamps. The manifest of the last build is removed until
 *   this one has finished, so a failed build is followed by a full one.
 * - At build end the new manifest is written: every article page, its key and
 *   the hash of its file. The search index reads it (src/integrations/search-index/).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLES_FILE, SLUGS_FILE, SLUGS_NEXT_FILE } from '../loaders/seeds.ts';
import { fileHash, pageKeys, readManifest, removeFile, REUSE_ENV, reusablePages, templateVersion, writeJsonFile, type ArticleDigest, type PageManifest } from '../lib/page-cache.ts';
import { TEMPLATE_ENV } from '../lib/offline.ts';
import { editorRulesFile } from '../pipeline/editor-rules.ts';
import { publishedOutDir } from './staged-build.ts';

export const MANIFEST_FILE = 'jianfan/page-cache/manifest.json';
const REUSE_FILE = 'jianfan/page-cache/reuse.json';

const pageFile = (url: string): string => `${url.replace(/^\//, '')}index.html`;

/** A kept page into the staging folder: linked (no bytes copied), or copied where links are refused. */
function keepPage(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export function pageCache(): AstroIntegration {
  let cacheDir: URL;
  let root: URL;
  /** Where Astro writes (the staging folder in a build) and where the site is published. */
  let outDir: string;
  let published: string;
  let next: PageManifest | null = null;
  let previous: PageManifest | null = null;
  let kept: string[] = [];
  return {
    name: 'jianfan-page-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The staging folder holds the kept pages before Astro writes; emptying it would drop them.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
        root = config.root;
        outDir = fileURLToPath(config.outDir);
        published = publishedOutDir() ?? outDir;
      },
      'astro:build:start': ({ logger }) => {
        const at = (path: string) => fileURLToPath(new URL(path, cacheDir));
        const listing = at(ARTICLES_FILE);
        if (!existsSync(listing)) throw new Error(`jianfan-page-cache: ${listing} is missing; the seeds loader did not run`);
        const articles = JSON.parse(readFileSync(listing, 'utf8')) as ArticleDigest[];
        const template = templateVersion(
          ['src', 'public'].map((d) => fileURLToPath(new URL(d, root))),
          [...['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((f) => fileURLToPath(new URL(f, root))), editorRulesFile(fileURLToPath(root))],
          process.env,
        );
        next = { template, outDir: published, pages: pageKeys(template, articles) };
        previous = readManifest(at(MANIFEST_FILE));
        kept = reusablePages(previous, next, (url, hash) => fileHash(join(published, pageFile(url))) === hash);
        if (outDir !== published) for (const url of kept) keepPage(join(published, pageFile(url)), join(outDir, pageFile(url)));
        mkdirSync(at('jianfan/page-cache/'), { recursive: true });
        removeFile(at(MANIFEST_FILE));
        writeJsonFile(at(REUSE_FILE), kept);
        process.env[REUSE_ENV] = at(REUSE_FILE);
        // The offline worker's cache name (src/lib/offline.ts).
        process.env[TEMPLATE_ENV] = template;
        const total = Object.keys(next.pages).length;
        logger.info(`keeping ${kept.length} of ${total} article page(s) from the last build; rendering ${total - kept.length}`);
      },
      'astro:build:done': () => {
        if (!next) throw new Error('jianfan-page-cache: build started without a plan');
        delete process.env[REUSE_ENV];
        delete process.env[TEMPLATE_ENV];
        const keptHashes = previous?.hashes ?? {};
        const keptSet = new Set(kept);
        const hashes: Record<string, string> = {};
        for (const url of Object.keys(next.pages)) {
          const hash = keptSet.has(url) ? keptHashes[url] : fileHash(join(outDir, pageFile(url)));
          if (hash) hashes[url] = hash;
        }
        writeJsonFile(fileURLToPath(new URL(MANIFEST_FILE, cacheDir)), { ...next, hashes });
        // The slugs of the site just published are the ones the next build keeps.
        const slugs = fileURLToPath(new URL(SLUGS_NEXT_FILE, cacheDir));
        if (existsSync(slugs)) renameSync(slugs, fileURLToPath(new URL(SLUGS_FILE, cacheDir)));
      },
    },
  };
}
