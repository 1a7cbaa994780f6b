/**
 * A whole seeds folder: ingest every file, then apply the rules that need all
 * of them at once (duplicates, slug collisions) and decide whether the build
 * may go on. Bad seeds are collected, never dropped silently: by default the
 * build stops listing every one; in lenient mode they are skipped and reported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { articleNames, toEntry, type ArticleEntry } from './article.ts';
import { storeBody, touch, type BodyStoreOptions } from './body-store.ts';
import type { IngestCache, StoredSeed } from './ingest-cache.ts';
import { ingestSeed, type IngestOptions, type SeedReport } from './ingest.ts';
import { shortHash } from './slug.ts';
import { SeedError } from './types.ts';

export const SEED_EXTENSIONS = /\.(txt|md|markdown)$/i;

export interface FolderOptions extends IngestOptions {
  /** Build what is valid and report the rest instead of stopping. */
  lenient: boolean;
  /** Reuse seeds ingested by an earlier build (valid seeds only are cached). */
  cache?: IngestCache;
  /** Where article bodies are stored, rendered in every variant. */
  bodies: BodyStoreOptions;
}

export interface SkippedSeed {
  file: string;
  line: number | undefined;
  reason: string;
}

export interface FolderResult {
  articles: ArticleEntry[];
  reports: SeedReport[];
  skipped: SkippedSeed[];
  /** Warnings about the folder as a whole (duplicates, ignored files). */
  warnings: string[];
}

export class InvalidSeedsError extends Error {
  readonly seeds: SkippedSeed[];

  constructor(seeds: SkippedSeed[]) {
    const list = seeds.map((s) => `  ${s.file}${s.line ? `:${s.line}` : ''}: ${s.reason}`).join('\n');
    super(
      `${seeds.length} invalid seed file${seeds.length === 1 ? '' : 's'}; fix or remove ${seeds.length === 1 ? 'it' : 'them'}, ` +
        `or build the rest with JIANFAN_SKIP_INVALID=1:\n${list}`,
    );
    this.name = 'InvalidSeedsError';
    this.seeds = seeds;
  }
}

/** Seed files below `dir`, relative paths, sorted so every build sees one order. */
export function listSeedFiles(dir: string): { seeds: string[]; ignored: string[] } {
  const seeds: string[] = [];
  const ignored: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(dir, path);
      if (entry.name.startsWith('.')) continue; // .gitkeep, editor swap files
      if (entry.isDirectory()) walk(path);
      else if (SEED_EXTENSIONS.test(entry.name)) seeds.push(rel);
      else ignored.push(rel);
    }
  };
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`seeds folder not found: ${dir}`);
  walk(dir);
  return { seeds: seeds.sort(), ignored: ignored.sort() };
}

type SeedOptions = IngestOptions & { bodies: BodyStoreOptions; cache?: IngestCache | undefined };

/** Ingest a seed and store its body; the article comes back without it. */
function ingestAndStore(file: string, bytes: Uint8Array, options: SeedOptions): StoredSeed {
  const { article, report } = ingestSeed(file, bytes, options);
  const names = articleNames(article);
  return { article: toEntry(article, storeBody(options.bodies, article.body, names, article.written), names), report };
}

function ingestCached(file: string, bytes: Uint8Array, options: SeedOptions): StoredSeed {
  const { cache } = options;
  if (!cache) return ingestAndStore(file, bytes, options);
  const key = cache.key(`${file}\0${options.timeZone}`, bytes);
  const hit = cache.get(key);
  // A hit is good only while its body is still stored (touched, so it is kept).
  if (hit && touch(hit.article.bodyFile)) return hit;
  const seed = ingestAndStore(file, bytes, options);
  cache.set(key, seed);
  return seed;
}

/** What became of one seed: its article, or why it was refused. */
export type SeedOutcome = { file: string; seed: StoredSeed } | { file: string; error: { line: number | undefined; reason: string } };

/** Read and ingest one seed (`file` relative to `dir`), catching what is wrong with the seed itself. */
export function ingestOne(dir: string, file: string, options: SeedOptions): SeedOutcome {
  try {
    return { file, seed: ingestCached(file, readFileSync(join(dir, file)), options) };
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    return { file, error: { line: error.line, reason: error.reason } };
  }
}

/**
 * The folder's result from every seed's outcome, in seed order: duplicates
 * and slug collisions resolved, bad seeds listed (and fatal unless lenient).
 */
export function collectSeeds(dir: string, listing: { seeds: string[]; ignored: string[] }, outcomes: readonly SeedOutcome[], lenient: boolean): FolderResult {
  const warnings = listing.ignored.map((file) => `${file}: ignored (not a .txt or .md seed)`);
  const articles: ArticleEntry[] = [];
  const reports: SeedReport[] = [];
  const bad: SkippedSeed[] = [];
  const byContent = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const outcome of outcomes) {
    const { file } = outcome;
    if ('error' in outcome) {
      bad.push({ file, line: outcome.error.line, reason: outcome.error.reason });
      continue;
    }
    const { article, report } = outcome.seed;
    const key = article.contentKey;
    const first = byContent.get(key);
    if (first) {
      warnings.push(`${file}: same article as ${first}; kept ${first} only`);
      continue;
    }
    const slugOwner = bySlug.get(article.slug);
    if (slugOwner) {
      // Two names that fold to one slug (a.txt and a.md): keep both, apart.
      article.slug = `${article.slug}-${shortHash(file)}`;
      report.slug = article.slug;
      report.warnings.push(`slug of ${slugOwner} taken; using ${article.slug}`);
    }
    byContent.set(key, file);
    bySlug.set(article.slug, file);
    articles.push(article);
    reports.push(report);
  }
  if (bad.length > 0 && !lenient) throw new InvalidSeedsError(bad);
  if (articles.length === 0 && listing.seeds.length > 0 && bad.length === 0) throw new Error(`no articles in ${dir}`);
  return { articles, reports, skipped: bad, warnings };
}

/** Ingest a whole folder in this thread (see ingest-workers.ts for the parallel form). */
export function ingestFolder(dir: string, options: FolderOptions): FolderResult {
  const listing = listSeedFiles(dir);
  return collectSeeds(dir, listing, listing.seeds.map((file) => ingestOne(dir, file, options)), options.lenient);
}
