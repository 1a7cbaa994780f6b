/**
 * How a variant's search index is cut into shards. Pure: the build hook
 * (src/search/build/integration.ts) writes the shards, the browser merges
 * them (src/search/client/pagefind.ts).
 *
 * Pagefind holds a whole index in memory while writing it (about 0.6 MB per
 * page here), so the archive is indexed in shards, CONFIG.workers at a time:
 * peak memory is bounded by that many shards, not by the site. The shards
 * are cut by publish time, so the browser can ask the newest first and the
 * older ones only when it needs them (src/search/shared/contract.ts).
 */
import { CONFIG } from '../../config.ts';
import { batchDir, RECENT_DIR } from '../shared/contract.ts';

export { batchDir, RECENT_DIR };

/**
 * Target articles per shard, from JIANFAN_SEARCH_SHARD_PAGES (validated in
 * src/config.ts; the e2e fixture site uses 4, so the merge path is tested in Chromium).
 */
export const SHARD_PAGES = CONFIG.searchShardPages;

/**
 * The recent shard holds at most this many pages; one more and its pages move
 * to the newest batch shard (a new one when that is full, at SHARD_PAGES), so
 * one rebuild in so many re-indexes one batch, and none re-indexes them all.
 */
export const RECENT_PAGES = Math.max(1, Math.floor(SHARD_PAGES / 10));

/** What a build remembers of the shards for the next one. */
export interface ShardState {
  /** Every page of the build. */
  urls: string[];
  /** Pages of each batch shard, oldest batch first. */
  batches: string[][];
  /** Pages in the recent shard. */
  recent: string[];
}

export interface ShardPlan {
  /** Pages of each batch shard, oldest batch first. */
  batches: string[][];
  /** Pages of the recent shard. */
  recent: string[];
}

/**
 * A first cut: pages given newest first, into batches of SHARD_PAGES by
 * publish time, oldest batch first. The newest batch is a full one (the
 * oldest takes the remainder), so a search that asks the newest shard first
 * asks a whole shard's worth of articles.
 */
export function cutByDate(newestFirst: readonly string[]): string[][] {
  const oldestFirst = [...newestFirst].reverse();
  const batches: string[][] = [];
  for (let end = oldestFirst.length; end > 0; end -= SHARD_PAGES) batches.unshift(oldestFirst.slice(Math.max(0, end - SHARD_PAGES), end));
  return batches;
}

/**
 * Cut the pages (given newest first) into shards. A first build (no
 * previous state, or none of its pages left) cuts every page by publish
 * time. Later builds keep every page where it was (a removed page leaves its
 * shard), put new pages in the recent shard, and move a full recent shard
 * into the newest batch with room: batches are never re-cut as the archive
 * grows, so they can stay in place.
 */
export function planShards(urls: readonly string[], previous: ShardState | null): ShardPlan {
  const known = new Set(previous?.urls);
  // With no page of the last build left (the folder was replaced), there is
  // nothing to keep in place: cut afresh, as a clean build does.
  if (!previous || !urls.some((url) => known.has(url))) return { batches: cutByDate(urls), recent: [] };
  const present = new Set(urls);
  const batches = previous.batches.map((b) => b.filter((url) => present.has(url))).filter((b) => b.length > 0);
  const inBatch = new Set(batches.flat());
  // What no batch holds was in the recent shard or is new.
  let recent = urls.filter((url) => !inBatch.has(url));
  if (recent.length > RECENT_PAGES) {
    const last = batches[batches.length - 1];
    if (last && last.length + recent.length <= SHARD_PAGES) last.push(...recent);
    else batches.push(recent);
    recent = [];
  }
  return { batches, recent };
}

/** One shard to write: where it goes in the variant's bundle, and its pages. */
export interface ShardFolder {
  /** The shard's own name ('batch-0', 'recent'), for messages. */
  name: string;
  /** Folder in the bundle, with a trailing slash; '' for the bundle's root. */
  dir: string;
  urls: string[];
}

/**
 * The shards a plan writes, newest first: the recent one, then the batches
 * from the newest to the oldest, each in its own folder. A shard with no
 * page is left out: it would be a pagefind bundle with no index, and the
 * browser cannot search one. The first (newest) shard goes to the bundle's
 * root, which the browser loads first and merges the others into
 * (src/search/client/pagefind.ts); so the root always holds pages, whichever
 * shards a rebuild emptied. None for a site with no page.
 */
export function shardFolders(plan: ShardPlan): ShardFolder[] {
  const folders: ShardFolder[] = [
    { name: 'recent', dir: RECENT_DIR, urls: plan.recent },
    ...plan.batches.map((urls, k) => ({ name: `batch-${k}`, dir: batchDir(k), urls })).reverse(),
  ].filter((folder) => folder.urls.length > 0);
  if (folders[0]) folders[0].dir = '';
  return folders;
}
