/**
 * The contract between the search build (src/search/build/) and the browser
 * (src/search/client/): where the files are, what they are called, and what
 * shape they have. Written once here and imported by both sides.
 *
 * Erasable TypeScript with no imports at all, so the browser bundle, the
 * build and a worker loaded by path with Node's type stripping can all import
 * it.
 */

/**
 * The one pagefind bundle of the site, relative to its root: every article
 * once, in its canonical (simplified) text, searched by every variant with
 * the query folded to canonical form. Shards inside it (below).
 */
export const SEARCH_BUNDLE = 'pagefind/all/';

/**
 * What a variant shows of a result: one small JSON file an article
 * (SearchText), named by the article's pagefind page id, in the variant's
 * own script, fetched in place of pagefind's fragment (which holds the
 * canonical text). Relative to the site root.
 */
export const textDir = (variant: string): string => `pagefind/text/${variant}/`;

/** The file of a result's text in a variant's text folder: its pagefind id (`zh-cn_3f2a9c1`). */
export const textFile = (id: string): string => `${id}.json`;

/** An article as one variant's result shows it; the shape of pagefind's own fragment data, so results and excerpts are cut alike. */
export interface SearchText {
  /** The article's page in this variant. */
  url: string;
  /** Headline, then each block of the body, one a line, as plain text. */
  content: string;
  meta: { title: string; date?: string; source?: string };
}

/** The shard list in a bundle's root (ShardListing): the shards the browser merges into the root one. */
export const SHARDS_FILE = 'shards.json';

/** A shard's folder name inside a bundle root (the first shard is the root itself; `shard-k` folders are of builds before the cut by date, and are removed). */
export const SHARD_FOLDER = /^(shard-\d+|batch-\d+|recent)$/;

/** A shard folder of shards.json, with its trailing slash. */
export const SHARD_LISTING_ENTRY = /^(batch-\d+|recent)\/$/;

/**
 * shards.json. The shards hold the archive cut by publish time, and are
 * listed newest first (the root shard is the newest). A search asks the
 * newest shards that hold at least `first` articles, and older ones only
 * while it has fewer hits than a page: most searches of a large archive
 * then fetch one shard's metadata and chunks, not every shard's.
 */
export interface ShardListing {
  /** Articles in the root shard. */
  root: number;
  /** How many articles a first search asks at least (newest first). */
  first: number;
  /** The other shards, newest first: folder (trailing slash) and article count. */
  shards: { dir: string; articles: number }[];
}

/** Each widening of a search asks about this many times the articles it has asked so far. */
export const WIDEN_FACTOR = 4;

/** Folder of batch shard k: batch 0 holds the oldest articles, and later batches newer ones (the first cut by publish time, then articles added since, in the order they came). */
export const batchDir = (k: number): string => `batch-${k}/`;

/** Folder of the "recent" shard: articles added since the last build that filled it. */
export const RECENT_DIR = 'recent/';

/** Where the query converter's bucket files are served from (inside the pagefind folder, so one cache rule covers search). */
export const DICT_BASE = '/pagefind/dict/';

/** One stage of a query chain, as the search page embeds it. */
export interface StageManifest {
  /** Content hash: the files are bucketFile(base, id, bucket). */
  id: string;
  /** Number of buckets; an entry lives in bucketOf(its key, n). */
  n: number;
  /** The step writes surnames in their own form (src/pipeline/names.ts), as the variant's converter does. */
  surnames: boolean;
}

/** A variant's query chain: canonical simplified, then the variant's page chain. */
export interface QueryChainManifest {
  base: string;
  stages: StageManifest[];
  /**
   * A second chain for search only: regional vocabulary read back to the
   * mainland word, then the variant's page chain, so a reader's word in any
   * region's vocabulary also finds the article written with another's
   * (影片 finds 视频 on zh-hans and 視頻 on zh-hk). Absent in chains given
   * only to carry a query across the variant switch.
   */
  vocabulary?: StageManifest[];
  /** How many stages at the head of each chain make canonical text (what the one index holds). */
  canonical: number;
}

/** One bucket of a step: the step's own shape, each dictionary cut to the keys of the bucket ("key value|key value…"). */
export interface StepBucket {
  normalization: string[][];
  segmentation: string[];
  groups: string[][];
  boundaries: string[];
  overrides: string[];
}

/** The bucket of a dictionary key (or of a character of a query): its first code point modulo the stage's bucket count. */
export const bucketOf = (key: string, n: number): number => (key.codePointAt(0) ?? 0) % n;

/** The file of bucket `b` of stage `id`, under `base`. */
export const bucketFile = (base: string, id: string, b: number): string => `${base}${id}-${b}.json`;
