/**
 * Astro content loader for the seeds folder. Thin by design: the text
 * pipeline does the work; this only stores its articles and leaves the
 * report where the report integration can find it.
 */
import type { ArticleDigest } from '../incremental/page-keys.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { CLOCK_SLACK_MS, writeFileAtomic, writeJsonLinesAtomic } from '../build-fs.ts';
import { pipelineVersion, pruneFileCache } from '../pipeline/ingest/cache.ts';
import { ingestFolderInWorkers } from '../pipeline/ingest/parallel.ts';
import { HintedError } from '../pipeline/errors.ts';
import { buildReport, formatReportTable } from '../pipeline/ingest/report.ts';
import { createHash } from 'node:crypto';
import { newestFirst, relatedArticles, relatedDocument } from '../render/related.ts';

export interface SeedsLoaderOptions {
  dir: string;
  timeZone: string;
  imageOrigins: readonly string[];
  lenient: boolean;
  allowEmpty: boolean;
  workers: number;
  /** The editors' conversion rules file (part of the cache key: a rule change re-ingests). */
  conversionFile: string;
}

export const REPORT_FILE = 'jianfan/seed-report.json';
/**
 * What became of the lines of every scrape this build ingested, for the
 * editors' HTML report (src/integrations/seed-report.ts): JSON Lines of
 * [seed file, trace]. Those of seeds read from the ingest cache stay there
 * (TRACE_KEYS_FILE says where).
 */
export const TRACES_FILE = 'jianfan/seed-traces.jsonl';
/** `{ version, keys }`: the pipeline version and, per seed file, its trace's key in the ingest cache (readCachedTrace). */
export const TRACE_KEYS_FILE = 'jianfan/seed-trace-keys.json';
/** The ingest cache, below the cache folder. */
export const INGEST_CACHE_DIR = 'jianfan/ingest/';
/** The last build's outcome of each seed under its stat (src/pipeline/ingest/snapshot.ts), below the cache folder. */
export const INGEST_SNAPSHOT_FILE = 'jianfan/ingest-snapshot.jsonl';

/** What TRACE_KEYS_FILE holds. */
export interface TraceKeys {
  version: string;
  keys: Record<string, string>;
}
/** Every stored article's slug and digest, for the page cache (src/incremental/integration.ts). */
export const ARTICLES_FILE = 'jianfan/articles.json';
/**
 * Seed file → slug of the last finished build, so a published URL keeps its
 * article (src/pipeline/ingest/folder.ts). This build's slugs wait in SLUGS_NEXT_FILE
 * until the build has finished (src/incremental/integration.ts moves them).
 */
export const SLUGS_FILE = 'jianfan/slugs.json';
export const SLUGS_NEXT_FILE = 'jianfan/slugs.next.json';

function readSlugs(file: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** A pipeline error with a suggestion becomes Astro's error with a hint, which Astro prints under the message. */
function toAstroError(error: unknown): never {
  if (error instanceof HintedError) throw new AstroError(error.message, error.hint);
  throw error;
}

export function seedsLoader(options: SeedsLoaderOptions): Loader {
  return {
    name: 'jianfan-seeds',
    load: async ({ store, logger, config, generateDigest }) => {
      const dir = resolve(fileURLToPath(config.root), options.dir);
      const started = performance.now();
      const since = new Date(Date.now() - CLOCK_SLACK_MS);
      const cacheDir = fileURLToPath(new URL(INGEST_CACHE_DIR, config.cacheDir));
      const bodiesDir = fileURLToPath(new URL('jianfan/bodies/', config.cacheDir));
      const slugsFile = fileURLToPath(new URL(SLUGS_FILE, config.cacheDir));
      const version = pipelineVersion(fileURLToPath(new URL('src/pipeline/', config.root)), [
        fileURLToPath(new URL('src/render/body-store.ts', config.root)),
        // The character tables the browser shares, re-exported by src/pipeline/chars.ts.
        fileURLToPath(new URL('src/search/shared/chars.ts', config.root)),
        fileURLToPath(new URL('package-lock.json', config.root)),
        options.conversionFile,
      ]);
      const result = await ingestFolderInWorkers(dir, {
        timeZone: options.timeZone,
        imageOrigins: options.imageOrigins,
        lenient: options.lenient,
        allowEmpty: options.allowEmpty,
        previousSlugs: readSlugs(slugsFile),
        cache: { dir: cacheDir, version },
        snapshot: fileURLToPath(new URL(INGEST_SNAPSHOT_FILE, config.cacheDir)),
        bodies: { dir: bodiesDir, version },
        workers: options.workers,
        // By path, from the project root: this module runs bundled, the worker does not.
        workerFile: new URL('src/pipeline/ingest/worker-entry.ts', config.root),
      }).catch(toAstroError);
      const pruned = pruneFileCache(cacheDir, since) + pruneFileCache(bodiesDir, since);
      const relatedStarted = performance.now();
      const opening = (file: string): string => {
        const text = result.openings.get(file);
        if (text === undefined) throw new Error(`jianfan-seeds: ${file} was accepted without the opening of its body`);
        return text;
      };
      const related = relatedArticles(newestFirst(result.articles).map((a) => relatedDocument(a, opening(a.file))));
      const relatedMs = Math.round(performance.now() - relatedStarted);
      store.clear();
      const own = new Map<string, string>();
      const texts = new Map<string, string>();
      for (const article of result.articles) {
        const data = { ...article, related: related.get(article.slug) ?? [] } as unknown as Record<string, unknown>;
        const digest = generateDigest(data);
        store.set({ id: article.slug, data, digest });
        own.set(article.slug, digest);
        // Without its related list: what search takes from the article's pages (src/incremental/page-keys.ts).
        texts.set(article.slug, generateDigest(article as unknown as Record<string, unknown>));
      }
      // An article page shows its related articles' headlines, so its key covers their digests too (src/incremental/page-keys.ts).
      const digests = result.articles.map(({ slug, published, source, tags }) => {
        const hash = createHash('sha256').update(own.get(slug)!);
        for (const other of related.get(slug) ?? []) hash.update('\0').update(own.get(other)!);
        return { slug, digest: hash.digest('hex').slice(0, 32), text: texts.get(slug)!, published, source, tags } satisfies ArticleDigest;
      });
      const report = buildReport(result, dir);
      const write = (file: string, json: string) => writeFileAtomic(fileURLToPath(new URL(file, config.cacheDir)), json);
      write(REPORT_FILE, JSON.stringify(report, null, 2));
      writeJsonLinesAtomic(fileURLToPath(new URL(TRACES_FILE, config.cacheDir)), Object.entries(result.traces));
      write(TRACE_KEYS_FILE, JSON.stringify({ version, keys: result.traceKeys ?? {} } satisfies TraceKeys));
      write(ARTICLES_FILE, JSON.stringify(digests));
      write(SLUGS_NEXT_FILE, JSON.stringify(Object.fromEntries(result.articles.map((a) => [a.file, a.slug]))));
      logger.info(`\n${formatReportTable(report, { unchanged: new Set(result.unchanged) })}`);
      logger.info(
        `ingested ${result.reports.length} seed(s) in ${Math.round(performance.now() - started)} ms` +
          `; related articles in ${relatedMs} ms` +
          (pruned ? `; ${pruned} stale cache entr${pruned === 1 ? 'y' : 'ies'} removed` : ''),
      );
    },
  };
}
