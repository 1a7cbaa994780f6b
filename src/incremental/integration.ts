/**
 * Build hook: keep article pages and list pages from the last build when
 * neither what they show nor the code changed (the rules are in
 * page-keys.ts).
 *
 * - Astro writes the site into a staging folder (src/integrations/staged-build.ts)
 *   that is swapped in at the end. At build start the kept pages are chosen,
 *   each checked against the content hash the last build recorded, hard-linked
 *   from the published site into the staging folder, and handed to the article
 *   and list routes through the virtual module `virtual:jianfan/kept-pages` (its
 *   getStaticPaths leaves them out). The module is generated when Vite bundles
 *   the route, which is after build start, so it holds this build's choice.
 *   So the new site holds exactly what this build wrote and kept: a removed
 *   seed's pages are simply not there, whatever their timestamps. The manifest
 *   of the last build is removed until this one has finished, so a failed build
 *   is followed by a full one.
 * - At build end the new manifest is written: every article page, its key and
 *   the hash of its file (the search index reads it), and counts.json says how
 *   many pages were kept and rendered.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { writeFileAtomic } from '../build-fs.ts';
import { publishedOutDir, stagePublishedFiles } from '../integrations/staged-build.ts';
import { CONFIG } from '../config.ts';
import { ARTICLES_FILE, SLUGS_FILE, SLUGS_NEXT_FILE } from '../loaders/seeds.ts';
import { COUNTS_FILE, fileStamp, MANIFEST_FILE, readManifest, templateVersion } from './manifest.ts';
import {
  articleDates,
  keyedPages,
  listPageKeys,
  pageFile,
  pageKeys,
  reusablePages,
  textKeys,
  type ArticleDigest,
  type PageCounts,
  type PageManifest,
} from './page-keys.ts';

/** The module the article route imports: the set of page URLs this build keeps (empty outside `astro build`). */
export const KEPT_PAGES_MODULE = 'virtual:jianfan/kept-pages';

/**
 * The source of the kept-pages module: the kept page URLs, and the template
 * version of this build (code and settings; the offline worker's cache is
 * named from it, src/render/offline.ts).
 */
export function keptPagesSource(kept: readonly string[], template = 'dev'): string {
  return `export default new Set(${JSON.stringify(kept)});\nexport const template = ${JSON.stringify(template)};\n`;
}

/** A Vite plugin serving the kept-pages module, read when the route is bundled (Starlight's virtual-module pattern). */
function keptPagesPlugin(kept: () => readonly string[], template: () => string) {
  const resolved = `\0${KEPT_PAGES_MODULE}`;
  return {
    name: 'jianfan-kept-pages',
    resolveId: (id: string) => (id === KEPT_PAGES_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? keptPagesSource(kept(), template()) : undefined),
  };
}

/** The hook, and the pages it kept (for the sitemap, which lists what is published, rendered or kept). */
export type PageCacheIntegration = AstroIntegration & { keptPages: () => readonly string[] };

export function pageCache(): PageCacheIntegration {
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
    keptPages: () => kept,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              keptPagesPlugin(
                () => kept,
                () => next?.template ?? 'dev',
              ),
            ],
            // The staging folder holds the kept pages before Astro writes; emptying it would drop them.
            build: { emptyOutDir: false },
          },
        });
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
        if (!existsSync(listing)) {
          throw new AstroError(
            `jianfan-page-cache: ${listing} is missing; the seeds loader did not run`,
            'The article list is written when content is synced; run `astro build`, which syncs first.',
          );
        }
        const articles = JSON.parse(readFileSync(listing, 'utf8')) as ArticleDigest[];
        const template = templateVersion(
          ['src', 'public'].map((d) => fileURLToPath(new URL(d, root))),
          [...['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((f) => fileURLToPath(new URL(f, root))), CONFIG.conversionFile],
          process.env,
        );
        next = {
          template,
          outDir: published,
          pages: pageKeys(template, articles),
          texts: textKeys(template, articles),
          dates: articleDates(articles),
          lists: listPageKeys(template, articles, { list: CONFIG.listPageSize, archive: CONFIG.archivePageSize }),
        };
        previous = readManifest(at(MANIFEST_FILE));
        kept = reusablePages(previous, next, (url, stamp) => fileStamp(join(published, pageFile(url))) === stamp);
        const total = Object.keys(next.pages).length;
        const keptArticles = kept.filter((url) => url in next!.pages).length;
        const lists = { total: Object.keys(next.lists ?? {}).length, kept: kept.length - keptArticles };
        stagePublishedFiles(
          kept.map((url) => pageFile(url)),
          { kept: kept.length, total: total + lists.total },
        );
        rmSync(at(MANIFEST_FILE), { force: true });
        const counts: PageCounts = { total, kept: keptArticles, rendered: total - keptArticles, lists };
        writeFileAtomic(at(COUNTS_FILE), JSON.stringify(counts));
        logger.info(
          `keeping ${counts.kept} of ${total} article page(s) from the last build; rendering ${counts.rendered}` +
            `; keeping ${lists.kept} of ${lists.total} list page(s)`,
        );
      },
      'astro:build:done': () => {
        if (!next)
          throw new AstroError(
            'jianfan-page-cache: build started without a plan',
            'astro:build:start did not run before astro:build:done; is another integration ending the build early?',
          );
        // Every page's stamp as it is now (a kept page is a link to the same inode: the same stamp).
        const stamps: Record<string, string> = {};
        for (const url of Object.keys(keyedPages(next))) {
          const stamp = fileStamp(join(outDir, pageFile(url)));
          if (stamp) stamps[url] = stamp;
        }
        writeFileAtomic(fileURLToPath(new URL(MANIFEST_FILE, cacheDir)), JSON.stringify({ ...next, stamps }));
        // The slugs of the site just published are the ones the next build keeps.
        const slugs = fileURLToPath(new URL(SLUGS_NEXT_FILE, cacheDir));
        if (existsSync(slugs)) renameSync(slugs, fileURLToPath(new URL(SLUGS_FILE, cacheDir)));
      },
    },
  };
}
