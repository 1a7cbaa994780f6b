/**
 * Loading pagefind.js from the built bundle. A dynamic import() of a URL in a
 * bundled script breaks under Vite (`__VITE_PRELOAD__ is not defined`), so a
 * module script element does the import and hands the module back.
 */
import { SHARD_LISTING_ENTRY, SHARDS_FILE } from '../shared/contract.ts';

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

/**
 * A large site's index is written in shards (src/search/build/);
 * shards.json in the bundle lists the ones to merge into the root one.
 * Without the list, search would run on the root shard alone and say "no
 * result" for articles that exist: a list that cannot be fetched or read
 * fails the search instead, and the page shows its error.
 * (Exported for test/helpers/search-in-node.ts, which runs it in Node.)
 */
export async function withShards(mod: Pagefind, listing: Promise<Response>, bundle: string): Promise<void> {
  const response = await listing;
  if (!response.ok) throw new Error(`${bundle}${SHARDS_FILE}: HTTP ${response.status}`);
  const shards = (await response.json().catch(() => null)) as unknown;
  if (!Array.isArray(shards)) throw new Error(`${bundle}${SHARDS_FILE}: not a list of shard folders`);
  // All at once: each merge fetches its shard's entry and metadata, two round
  // trips that, one shard after another, made a first search on a phone
  // wait for every shard in turn. Pagefind registers a merge before its first
  // await, so the order of the list is kept.
  const valid = shards.filter((shard): shard is string => typeof shard === 'string' && SHARD_LISTING_ENTRY.test(shard));
  await Promise.all(valid.map((shard) => mod.mergeIndex(`${bundle}${shard}`)));
}

const loaded = new Map<string, Promise<Pagefind>>();
let counter = 0;

export function loadPagefind(bundle: string): Promise<Pagefind> {
  let p = loaded.get(bundle);
  if (p) return p;
  // The shard list is fetched alongside pagefind.js, not after it: one round trip less.
  const listing = fetch(`${bundle}${SHARDS_FILE}`);
  listing.catch(() => undefined);
  p = new Promise<Pagefind>((resolve, reject) => {
    const key = `__jianfanPagefind${counter++}`;
    const w = window as unknown as Record<string, unknown>;
    w[key] = (mod: Pagefind | null, error?: unknown) => {
      delete w[key];
      script.remove();
      if (mod)
        withShards(mod, listing, bundle)
          .then(() => mod.init())
          .then(() => resolve(mod), reject);
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
