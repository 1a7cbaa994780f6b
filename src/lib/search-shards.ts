/**
 * How a variant's search index is cut into shards. Pure: the build hook
 * (src/integrations/search-index/) writes the shards, the browser merges
 * them (src/scripts/search/pagefind.ts).
 *
 * Pagefind holds a whole index in memory while writing it (about 0.6 MB per
 * page here), so a variant is indexed in shards written one after another:
 * peak memory is bounded by one shard, not by the site.
 */
import { createHash } from 'node:crypto';

/**
 * Target articles per shard. JIANFAN_SEARCH_SHARD_PAGES overrides it (the
 * e2e fixture site uses 4, so the merge path is tested in Chromium).
 */
export const SHARD_PAGES = Number(process.env['JIANFAN_SEARCH_SHARD_PAGES'] ?? 2500);

/**
 * A shard may grow to this multiple of SHARD_PAGES before the count doubles,
 * and the count halves only when shards fall below a quarter of it. Without
 * this slack a site that sits at a power-of-two boundary (4 × 2,500 = 10,000)
 * would re-cut every shard when one article is added.
 */
export const SHARD_GROWTH = 1.25;

/** Smallest power of two k with k × SHARD_PAGES ≥ n (1 for an empty site). */
export function shardCount(n: number): number {
  let k = 1;
  while (k * SHARD_PAGES < n) k *= 2;
  return k;
}

/**
 * Shard count for n pages given the count of the previous build (if known):
 * the previous count is kept while its shards stay between a quarter of and
 * SHARD_GROWTH times SHARD_PAGES, so unchanged shards can be reused.
 */
export function stableShardCount(n: number, previous: number | null): number {
  const fits =
    previous !== null &&
    Number.isInteger(Math.log2(previous)) &&
    n <= previous * SHARD_PAGES * SHARD_GROWTH &&
    (previous === 1 || n > (previous * SHARD_PAGES) / 4);
  return fits ? previous : shardCount(n);
}

/** Stable shard of a page: a hash of its URL, so adding an article changes one shard per variant. */
export function shardOf(url: string, shards: number): number {
  return parseInt(createHash('sha256').update(url).digest('hex').slice(0, 8), 16) % shards;
}

/** Output folder of shard k of a variant, relative to the variant's bundle. */
export const shardDir = (k: number): string => (k === 0 ? '' : `shard-${k}/`);

/** Pages grouped by shard, each group in the order given. */
export function groupByShard<T extends { url: string }>(items: readonly T[], shards: number): T[][] {
  const groups: T[][] = Array.from({ length: shards }, () => []);
  for (const item of items) groups[shardOf(item.url, shards)]!.push(item);
  return groups;
}

/**
 * Folder of the "recent" shard: articles added since the shards were last
 * cut. Adding an article then re-indexes this small shard, not a full one.
 */
export const RECENT_DIR = 'recent/';

/**
 * The recent shard holds at most this many pages; one more and it is folded
 * back into the hashed shards (a full re-index, once every so many additions).
 */
export const RECENT_PAGES = Math.max(1, Math.floor(SHARD_PAGES / 10));

/** What a build remembers of a variant's shards for the next one. */
export interface ShardState {
  shards: number;
  /** Every page of the build. */
  urls: string[];
  /** Pages in the recent shard. */
  recent: string[];
}

export interface ShardPlan {
  shards: number;
  /** Pages of each hashed shard. */
  groups: string[][];
  /** Pages of the recent shard (none after a fresh cut). */
  recent: string[];
}

/**
 * Cut a variant's pages into shards. Pages the last build had stay where they
 * were; new pages go to the recent shard while it has room. A change in the
 * shard count, an overfull recent shard or no previous state cuts afresh.
 */
export function planShards(urls: readonly string[], previous: ShardState | null): ShardPlan {
  const shards = stableShardCount(urls.length, previous?.shards ?? null);
  const fresh = (): ShardPlan => ({ shards, groups: groupByShard(urls.map((url) => ({ url })), shards).map((g) => g.map((p) => p.url)), recent: [] });
  if (!previous || previous.shards !== shards) return fresh();
  const known = new Set(previous.urls);
  const wasRecent = new Set(previous.recent);
  const recent = urls.filter((url) => wasRecent.has(url) || !known.has(url));
  if (recent.length > RECENT_PAGES) return fresh();
  const inRecent = new Set(recent);
  const hashed = urls.filter((url) => !inRecent.has(url)).map((url) => ({ url }));
  return { shards, groups: groupByShard(hashed, shards).map((g) => g.map((p) => p.url)), recent };
}
