/**
 * A whole seeds folder: ingest every file, then apply the rules that need all
 * of them at once (duplicates, slug collisions) and decide whether the build
 * may go on. Bad seeds are collected, never dropped silently: by default the
 * build stops listing every one; in lenient mode they are skipped and reported.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { articleNames, toEntry, type ArticleEntry } from '../article.ts';
import { touch } from '../../build-fs.ts';
import { bodyOpening, renderBody, storeBody, type BodyStoreOptions } from '../../render/body-store.ts';
import type { IngestCache, StoredSeed } from './cache.ts';
import { checkIngestOptions, ingestSeed, type IngestOptions, type SeedReport, type SeedTrace } from './seed.ts';
import { shortHash } from '../slug.ts';
import { EmptySiteError, HintedError, InvalidSeedsError, SeedError, type SkippedSeed } from '../errors.ts';

export { InvalidSeedsError };
import { MAX_SIDECAR_BYTES, parseSidecar, sidecarNames, type Sidecar } from '../sidecar.ts';

export const SEED_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** The setting that lets a build make a site of no article. */

/** What a folder may be refused for, besides its seeds. */
export interface FolderRules {
  /** Build what is valid and report the rest instead of stopping. */
  lenient: boolean;
  /** Build a site of no article (otherwise a folder that yields none stops the build: it would replace the site with an empty one). */
  allowEmpty?: boolean | undefined;
  /**
   * Seed file → slug of the last build. A published URL keeps its article:
   * when a new seed's name folds to a slug in use (A.md beside a.txt), or
   * a new seed is the same article as a published one, the published seed
   * keeps its page and the newcomer gets a suffix, or is dropped as the duplicate.
   */
  previousSlugs?: Readonly<Record<string, string>> | undefined;
}

export interface FolderOptions extends IngestOptions, FolderRules {
  /** Reuse seeds ingested by an earlier build (valid seeds only are cached). */
  cache?: IngestCache;
  /** Where article bodies are stored, rendered in every variant. */
  bodies: BodyStoreOptions;
}

export type { SkippedSeed };

export interface FolderResult {
  articles: ArticleEntry[];
  reports: SeedReport[];
  /** Per seed file ingested by this build, what became of its lines (scrapes only): for the editors' HTML report. */
  traces: Record<string, SeedTrace>;
  /** Per seed file, where the ingest cache keeps its trace (StoredSeed.traceKey): a seed read from the cache carries none. */
  traceKeys?: Record<string, string>;
  /** Seeds left out as the same article as an earlier one. */
  duplicates: Array<{ file: string; sameAs: string }>;
  skipped: SkippedSeed[];
  /** Warnings about the folder as a whole (duplicates, ignored files). */
  warnings: string[];
  /** Accepted seeds read from the ingest cache: unchanged since a build that ingested them. */
  unchanged: string[];
  /** Per accepted seed file, the opening of its body that related articles compare. */
  openings: Map<string, string>;
}

/** A file of the seeds folder that is not read, and why; reported as a warning. */
export interface IgnoredFile {
  file: string;
  reason: string;
}

export interface SeedListing {
  /** Seed files, relative to the folder, sorted. */
  seeds: string[];
  ignored: IgnoredFile[];
}

const linkError = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink loop; not followed' : 'dangling symlink (its target is missing); skipped';

/**
 * Seed files below `dir`, relative paths, sorted so every build sees one
 * order. Symlinks are followed only to files and folders inside the seeds
 * folder (a link out would publish whatever it points at); dangling links,
 * loops, FIFOs, sockets and devices (reading a FIFO waits forever) are
 * skipped, each with the reason. A file or folder reached twice, through a
 * link, is read once, under its own name: links are resolved after the
 * real tree is listed.
 */
export function listSeedFiles(dir: string): SeedListing {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new HintedError(`seeds folder not found: ${dir}`, 'Set SEEDS_DIR to the folder of seed files (relative to the project root, or absolute).');
  const root = realpathSync(dir);
  const inside = (real: string) => real === root || real.startsWith(`${root}${sep}`);
  const seeds: string[] = [];
  const ignored: IgnoredFile[] = [];
  /** Real path of every file and folder listed, and the name it was listed under. */
  const listed = new Map<string, string>([[root, '.']]);
  const links: Array<{ path: string; rel: string }> = [];
  const add = (rel: string, real: string, isDirectory: boolean, path: string): void => {
    const first = listed.get(real);
    if (first !== undefined) {
      ignored.push({ file: rel, reason: `symlink to ${first === '.' ? 'the seeds folder' : first}, already read; skipped` });
      return;
    }
    listed.set(real, rel);
    if (isDirectory) walk(path, real);
    else if (SEED_EXTENSIONS.test(rel)) seeds.push(rel);
    else ignored.push({ file: rel, reason: 'not a .txt or .md seed; ignored' });
  };
  function walk(folder: string, realFolder: string): void {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const rel = relative(dir, path).split(sep).join('/');
      if (entry.name.startsWith('.')) {
        // .gitkeep and editor swap files are expected; a hidden seed or folder is worth a word.
        if (entry.isDirectory() || SEED_EXTENSIONS.test(entry.name)) ignored.push({ file: rel, reason: 'name starts with a dot; hidden files are skipped' });
      } else if (entry.isSymbolicLink()) links.push({ path, rel });
      else if (entry.isDirectory() || entry.isFile()) add(rel, join(realFolder, entry.name), entry.isDirectory(), path);
      else ignored.push({ file: rel, reason: 'not a regular file (a FIFO, socket or device); skipped' });
    }
  }
  walk(dir, root);
  // Links last, so a file reached both ways is listed under its own name; a followed folder may queue more.
  for (let i = 0; i < links.length; i++) {
    const { path, rel } = links[i]!;
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      ignored.push({ file: rel, reason: linkError(error) });
      continue;
    }
    if (!inside(real)) {
      ignored.push({ file: rel, reason: 'symlink to outside the seeds folder; not followed' });
      continue;
    }
    const target = statSync(real);
    if (target.isDirectory() || target.isFile()) add(rel, real, target.isDirectory(), path);
    else ignored.push({ file: rel, reason: 'symlink to something not a regular file (a FIFO, socket or device); skipped' });
  }
  // A scrape's sidecar (foo.txt + foo.yaml) is read with its seed, not ignored; one with no scrape is named.
  const sidecars = new Set(seeds.flatMap(sidecarNames));
  const kept = ignored
    .filter(({ file }) => !sidecars.has(file))
    .map((entry) => (/\.ya?ml$/i.test(entry.file) ? { ...entry, reason: 'a sidecar with no .txt seed of the same name; ignored' } : entry));
  return { seeds: seeds.sort(), ignored: kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

type SeedOptions = IngestOptions & { bodies: BodyStoreOptions; cache?: IngestCache | undefined };

/** Ingest a seed and store its body; the article comes back without it. */
function ingestAndStore(file: string, bytes: Uint8Array, options: SeedOptions): StoredSeed {
  const { article, report, trace } = ingestSeed(file, bytes, options);
  const names = articleNames(article);
  const bodyFile = storeBody(options.bodies, article.body, names, article.written, article.rules);
  const opening = bodyOpening(renderBody('zh-hans', article.body, names, article.written, article.rules));
  return { article: toEntry(article, bodyFile, names), report, trace, opening };
}

/** What besides its bytes decides a seed's result: its name, the settings, its file date (which stands in for a page that prints no time) and its sidecar. */
export function seedCacheName(file: string, options: IngestOptions): string {
  return `${file}\0${options.timeZone}\0${(options.imageOrigins ?? []).join(' ')}\0${options.modified?.toISOString() ?? ''}\0${options.sidecar ? JSON.stringify(options.sidecar) : ''}`;
}

function ingestCached(file: string, bytes: Uint8Array, options: SeedOptions): { seed: StoredSeed; cached: boolean; key?: string } {
  const { cache } = options;
  if (!cache) return { seed: ingestAndStore(file, bytes, options), cached: false };
  const key = cache.key(seedCacheName(file, options), bytes);
  const hit = cache.get(key);
  // A hit is good only while its body is still stored (touched, so it is kept).
  if (hit && touch(hit.article.bodyFile)) return { seed: hit, cached: true, key };
  const seed = ingestAndStore(file, bytes, options);
  cache.set(key, seed);
  return { seed: { ...seed, traceKey: seed.trace ? key : undefined }, cached: false, key };
}

/**
 * What became of one seed: its article (whether an earlier build's, from the
 * cache, and its key there), or why it was refused.
 */
export type SeedOutcome =
  | { file: string; seed: StoredSeed; cached?: boolean; key?: string | undefined }
  | { file: string; error: { line: number | undefined; reason: string } };

/** Largest seed read, far above any article (a 50 MB scrape builds); bigger is refused unread. */
export const MAX_SEED_BYTES = 64 * 1024 * 1024;

/** An error of the machine (disk full, a cache folder not writable), not of the seed being read. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error));

/**
 * Read and ingest one seed (`file` relative to `dir`). Whatever goes wrong
 * with the seed becomes its named error (a parser's stack overflow
 * included), so one hostile file never stops the build unnamed and lenient
 * mode can skip it. The machine's own errors (writing the caches) stay
 * fatal, with the seed's name.
 */
export function ingestOne(dir: string, file: string, options: SeedOptions): SeedOutcome {
  const failed = (reason: string, line?: number): SeedOutcome => ({ file, error: { line, reason } });
  let bytes: Uint8Array;
  let modified: Date;
  try {
    const stat = statSync(join(dir, file));
    // Listed as a regular file; it may have been swapped for a FIFO since, and reading one never ends.
    if (!stat.isFile()) return failed('not a regular file');
    if (stat.size > MAX_SEED_BYTES) return failed(`seed is ${Math.ceil(stat.size / 2 ** 20)} MB; at most ${MAX_SEED_BYTES / 2 ** 20} MB is read`);
    bytes = readFileSync(join(dir, file));
    modified = stat.mtime;
  } catch (error) {
    return failed(`cannot be read (${describeError(error)})`);
  }
  let sidecar: Sidecar | undefined;
  const sidecarFile = sidecarNames(file).find((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.isFile());
  if (sidecarFile) {
    try {
      const path = join(dir, sidecarFile);
      if (statSync(path).size > MAX_SIDECAR_BYTES) return failed(`its sidecar ${sidecarFile} is over ${MAX_SIDECAR_BYTES / 1024} KB`);
      sidecar = parseSidecar(readFileSync(path, 'utf8'), sidecarFile);
    } catch (error) {
      if (error instanceof SeedError) return failed(`its sidecar ${sidecarFile}${error.line ? `:${error.line}` : ''}: ${error.reason}`);
      return failed(`its sidecar ${sidecarFile} cannot be read (${describeError(error)})`);
    }
  }
  try {
    return { file, ...ingestCached(file, bytes, { ...options, modified, sidecar }) };
  } catch (error) {
    if (error instanceof SeedError) return failed(error.reason, error.line);
    if (isSystemError(error)) throw new Error(`${file}: ${error.message}`, { cause: error });
    return failed(`the pipeline failed on this seed (${describeError(error)})`);
  }
}

/**
 * The folder's result from every seed's outcome, in seed order: duplicates
 * and slug collisions resolved, bad seeds listed (and fatal unless lenient).
 */
export function collectSeeds(dir: string, listing: SeedListing, outcomes: readonly SeedOutcome[], rules: FolderRules): FolderResult {
  const warnings = listing.ignored.map(({ file, reason }) => `${file}: ${reason}`);
  const traces: Record<string, SeedTrace> = {};
  const traceKeys: Record<string, string> = {};
  const duplicates: FolderResult['duplicates'] = [];
  const previous = rules.previousSlugs ?? {};
  const accepted: Array<{ order: number; article: ArticleEntry; report: SeedReport }> = [];
  const bad: SkippedSeed[] = [];
  const byContent = new Map<string, string>();
  const bySlug = new Map<string, string>();
  const unchanged: string[] = [];
  const openings = new Map<string, string>();
  // Seeds published by the last build claim their slugs (and their articles) first; the rest in seed order.
  const claimOrder = outcomes
    .map((outcome, order) => ({ outcome, order }))
    .sort((a, b) => Number(!(a.outcome.file in previous)) - Number(!(b.outcome.file in previous)) || a.order - b.order);
  for (const { outcome, order } of claimOrder) {
    const { file } = outcome;
    if ('error' in outcome) {
      bad.push({ file, line: outcome.error.line, reason: outcome.error.reason });
      continue;
    }
    const { article, report, trace, traceKey, opening } = outcome.seed;
    if (trace) traces[file] = trace;
    if (traceKey) traceKeys[file] = traceKey;
    if (outcome.cached) unchanged.push(file);
    const key = article.contentKey;
    const first = byContent.get(key);
    if (first) {
      warnings.push(`${file}: same article as ${first}; kept ${first} only`);
      duplicates.push({ file, sameAs: first });
      continue;
    }
    const suffixed = `${article.slug}-${shortHash(file)}`;
    // A seed keeps the slug it was published under, its own or the suffixed one.
    const wanted = previous[file] === suffixed && !bySlug.has(suffixed) ? suffixed : article.slug;
    const slugOwner = bySlug.get(wanted);
    if (slugOwner) {
      // Two names that fold to one slug (a.txt and a.md): keep both, apart.
      article.slug = suffixed;
      report.warnings.push(
        `slug ${wanted} belongs to ${slugOwner}${previous[slugOwner] === wanted ? ' (published by the last build)' : ''}; using ${suffixed}`,
      );
    } else article.slug = wanted;
    report.slug = article.slug;
    byContent.set(key, file);
    bySlug.set(article.slug, file);
    openings.set(file, opening);
    accepted.push({ order, article, report });
  }
  accepted.sort((a, b) => a.order - b.order);
  bad.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const articles = accepted.map((a) => a.article);
  const reports = accepted.map((a) => a.report);
  if (bad.length > 0 && !rules.lenient) throw new InvalidSeedsError(bad);
  if (articles.length === 0 && !rules.allowEmpty) {
    const found = listing.seeds.length === 0 ? 'no .txt or .md seed' : `${listing.seeds.length} seed(s), ${bad.length} skipped as invalid`;
    throw new EmptySiteError(`no articles in ${dir} (${found}); the site is left as it was`);
  }
  return { articles, reports, traces, traceKeys, duplicates, skipped: bad, warnings, unchanged: unchanged.sort(), openings };
}

/** Ingest a whole folder in this thread (see ingest/parallel.ts for the parallel form). */
export function ingestFolder(dir: string, options: FolderOptions): FolderResult {
  checkIngestOptions(options);
  const listing = listSeedFiles(dir);
  return collectSeeds(
    dir,
    listing,
    listing.seeds.map((file) => ingestOne(dir, file, options)),
    options,
  );
}
