/**
 * Loading pagefind.js from the built bundle. A dynamic import() of a URL in a
 * bundled script breaks under Vite (`__VITE_PRELOAD__ is not defined`), so a
 * module script element does the import and hands the module back.
 */
import { SHARD_LISTING_ENTRY, SHARDS_FILE, WIDEN_FACTOR, type ShardListing } from '../shared/contract.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}

export interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (indexPath: string) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** The site's index as a search sees it: pagefind, with the shards merged so far. */
export interface ShardedIndex {
  pagefind: Pagefind;
  /** Articles in the shards merged so far. */
  readonly searched: number;
  /** Articles in every shard. */
  readonly articles: number;
  /**
   * Merge the next older shards, up to about WIDEN_FACTOR times the articles
   * searched so far; false when every shard was merged already.
   */
  widen: () => Promise<boolean>;
}

type ListedShard = ShardListing['shards'][number];

/** shards.json read, or why it cannot be: a search on the root shard alone would say "no result" for articles that exist. */
function readListing(body: unknown, file: string): { root: number; first: number; shards: ListedShard[] } {
  const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  const listing = body as Partial<ShardListing> | null;
  if (!listing || typeof listing !== 'object' || !count(listing.root) || !count(listing.first) || !Array.isArray(listing.shards))
    throw new Error(`${file}: not a shard listing`);
  // Only folders the contract names: no traversal, no other origin.
  const shards = listing.shards.filter(
    (s: unknown): s is ListedShard =>
      !!s &&
      typeof s === 'object' &&
      typeof (s as ListedShard).dir === 'string' &&
      SHARD_LISTING_ENTRY.test((s as ListedShard).dir) &&
      count((s as ListedShard).articles),
  );
  return { root: listing.root, first: listing.first, shards };
}

/**
 * A large site's index is written in shards cut by publish time
 * (src/search/build/shards.ts); shards.json in the bundle lists them, newest
 * first. Merge the newest that hold `first` articles; widen() merges older
 * ones when a search needs more hits. A list that cannot be fetched or read
 * fails the search instead, and the page shows its error.
 * (Exported for test/helpers/search-in-node.ts, which runs it in Node.)
 */
export async function openShards(mod: Pagefind, listing: Promise<Response>, bundle: string): Promise<ShardedIndex> {
  const response = await listing;
  if (!response.ok) throw new Error(`${bundle}${SHARDS_FILE}: HTTP ${response.status}`);
  const { root, first, shards } = readListing(await response.json().catch(() => null), `${bundle}${SHARDS_FILE}`);
  const articles = shards.reduce((sum, s) => sum + s.articles, root);
  let searched = root;
  let merged = 0;
  // The shards up to `target` articles, all at once: each merge fetches its
  // shard's entry and metadata, two round trips that, one shard after
  // another, made a search on a phone wait for every shard in turn.
  // Pagefind registers a merge before its first await, so the order is kept.
  const mergeUpTo = async (target: number): Promise<void> => {
    const batch: ListedShard[] = [];
    while (merged < shards.length && (searched < target || batch.length === 0)) {
      const shard = shards[merged++]!;
      batch.push(shard);
      searched += shard.articles;
    }
    await Promise.all(batch.map((shard) => mod.mergeIndex(`${bundle}${shard.dir}`)));
  };
  if (searched < first) await mergeUpTo(first);
  return {
    pagefind: mod,
    get searched() {
      return searched;
    },
    articles,
    widen: async () => {
      if (merged >= shards.length) return false;
      await mergeUpTo(searched * WIDEN_FACTOR);
      return true;
    },
  };
}

const loaded = new Map<string, Promise<ShardedIndex>>();
let counter = 0;

export function loadPagefind(bundle: string): Promise<ShardedIndex> {
  let p = loaded.get(bundle);
  if (p) return p;
  // The shard list is fetched alongside pagefind.js, not after it: one round trip less.
  const listing = fetch(`${bundle}${SHARDS_FILE}`);
  listing.catch(() => undefined);
  p = new Promise<ShardedIndex>((resolve, reject) => {
    const key = `__jianfanPagefind${counter++}`;
    const w = window as unknown as Record<string, unknown>;
    w[key] = (mod: Pagefind | null, error?: unknown) => {
      delete w[key];
      script.remove();
      if (mod)
        openShards(mod, listing, bundle)
          .then(async (index) => {
            await mod.init();
            return index;
          })
          .then(resolve, reject);
      else reject(error instanceof Error ? error : new Error('pagefind failed to load'));
    };
    const script = document.createElement('script');
    script.type = 'module';
    const cb = `window[${JSON.stringify(key)}]`;
    script.textContent = `import(${JSON.stringify(`${bundle}pagefind.js`)}).then((m) => ${cb}(m), (e) => ${cb}(null, e));`;
    document.head.append(script);
  });
  loaded.set(bundle, p);
  p.catch(() => loaded.delete(bundle));
  return p;
}
