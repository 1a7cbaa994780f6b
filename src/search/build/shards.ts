/**
 * How a variant's search index is cut into shards. Pure: the build hook
 * (src/search/build/integration.ts) writes the shards, the browser merges
 * them (src/search/client/pagefind.ts).
 *
 * Pagefind holds a whole index in memory while writing it (about 0.6 MB per
 * page here), so a variant is indexed in shards, CONFIG.workers at a time:
 * peak memory is bounded by that many shards, not by the site.
 */
import { createHash } from 'node:crypto';
import { CONFIG } from '../../config.ts';
import { batchDir, RECENT_DIR, shardDir } from '../shared/contract.ts';

export { batchDir, RECENT_DIR, shardDir };

/**
 * Target articles per shard, from JIANFAN_SEARCH_SHARD_PAGES (validated in
 * src/config.ts; the e2e fixture site uses 4, so the merge path is tested in Chromium).
 */
export const SHARD_PAGES = CONFIG.searchShardPages;

/** Smallest power of two k with k × SHARD_PAGES ≥ n (1 for an empty site). */
export function shardCount(n: number): number {
  let k = 1;
  while (k * SHARD_PAGES < n) k *= 2;
  return k;
}

/** Stable shard of a page: a hash of its URL, so adding an article changes one shard per variant. */
export function shardOf(url: string, shards: number): number {
  return parseInt(createHash('sha256').update(url).digest('hex').slice(0, 8), 16) % shards;
}

/** Pages grouped by shard, each group in the order given. */
export function groupByShard<T extends { url: string }>(items: readonly T[], shards: number): T[][] {
  const groups: T[][] = Array.from({ length: shards }, () => []);
  for (const item of items) groups[shardOf(item.url, shards)]!.push(item);
  return groups;
}

/**
 * The recent shard holds at most this many pages; one more and its pages move
 * to the newest batch shard (a new one when that is full, at SHARD_PAGES), so
 * one rebuild in so many re-indexes one batch, and none re-indexes them all.
 */
export const RECENT_PAGES = Math.max(1, Math.floor(SHARD_PAGES / 10));

/** What a build remembers of a variant's shards for the next one. */
export interface ShardState {
  /** Count of hashed shards (the first cut). */
  shards: number;
  /** Every page of the build. */
  urls: string[];
  /** Pages of each batch shard. */
  batches?: string[][];
  /** Pages in the recent shard. */
  recent: string[];
}

export interface ShardPlan {
  shards: number;
  /** Pages of each hashed shard. */
  groups: string[][];
  /** Pages of each batch shard. */
  batches: string[][];
  /** Pages of the recent shard. */
  recent: string[];
}

/**
 * Cut a variant's pages into shards. A first build (no previous state, or
 * none of its pages left) cuts every page by hash. Later builds keep every page where it was (a removed
 * page leaves its shard), put new pages in the recent shard, and move a full
 * recent shard into the newest batch with room: the hashed shards are never
 * re-cut as the archive grows, so they can stay in place.
 */
export function planShards(urls: readonly string[], previous: ShardState | null): ShardPlan {
  const known = new Set(previous?.urls);
  // With no page of the last build left (the folder was replaced), there is
  // nothing to keep in place: cut afresh, as a clean build does.
  if (!previous || !urls.some((url) => known.has(url))) {
    const shards = shardCount(urls.length);
    return {
      shards,
      groups: groupByShard(
        urls.map((url) => ({ url })),
        shards,
      ).map((g) => g.map((p) => p.url)),
      batches: [],
      recent: [],
    };
  }
  const present = new Set(urls);
  const wasRecent = new Set(previous.recent);
  const batches = (previous.batches ?? []).map((b) => b.filter((url) => present.has(url))).filter((b) => b.length > 0);
  const inBatch = new Set(batches.flat());
  let recent = urls.filter((url) => !inBatch.has(url) && (wasRecent.has(url) || !known.has(url)));
  if (recent.length > RECENT_PAGES) {
    const last = batches[batches.length - 1];
    if (last && last.length + recent.length <= SHARD_PAGES) last.push(...recent);
    else batches.push(recent);
    for (const url of recent) inBatch.add(url);
    recent = [];
  }
  const inRecent = new Set(recent);
  const hashed = urls.filter((url) => !inBatch.has(url) && !inRecent.has(url)).map((url) => ({ url }));
  return { shards: previous.shards, groups: groupByShard(hashed, previous.shards).map((g) => g.map((p) => p.url)), batches, recent };
}

/** One shard to write: where it goes in the variant's bundle, and its pages. */
export interface ShardFolder {
  /** The shard's own name ('shard-3', 'batch-0', 'recent'), for messages. */
  name: string;
  /** Folder in the bundle, with a trailing slash; '' for the bundle's root. */
  dir: string;
  urls: string[];
}

/**
 * The shards a plan writes, in order: the hashed ones, the batches, the
 * recent one, each in its own folder. A shard with no page is left out: it
 * would be a pagefind bundle with no index, and the browser cannot search
 * one. The first shard goes to the bundle's root, which the browser loads
 * first and merges the others into (src/search/client/pagefind.ts); so the
 * root always holds pages, whichever shards a rebuild emptied. None for a
 * variant with no page.
 */
export function shardFolders(plan: ShardPlan): ShardFolder[] {
  const folders: ShardFolder[] = [
    ...plan.groups.map((urls, k) => ({ name: `shard-${k}`, dir: shardDir(k), urls })),
    ...plan.batches.map((urls, k) => ({ name: `batch-${k}`, dir: batchDir(k), urls })),
    { name: 'recent', dir: RECENT_DIR, urls: plan.recent },
  ].filter((folder) => folder.urls.length > 0);
  if (folders[0]) folders[0].dir = '';
  return folders;
}
