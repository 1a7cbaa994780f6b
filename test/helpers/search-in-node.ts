/**
 * The site's search run in Node on a built site folder, so tests can compare
 * what two builds find without a browser per query: the search page's own
 * code (src/search/client/engine.ts: query conversion, candidates,
 * verification, ranking; pagefind.ts: the shards listed in shards.json,
 * merged newest first as a search needs them) over the site's own pagefind.js and bundle files.
 *
 * What differs from the browser, and why it does not change what is found:
 * - pagefind.js is imported from its file (a fresh instance per load), not
 *   by a module script, and told its bundle's path (`options({ basePath })`),
 *   which in the browser it derives from its own URL: the same
 *   the site's one bundle.
 * - fetch reads the site folder, as the static server does (404 for a file
 *   that is not there), instead of going over HTTP.
 * - pagefind takes the language of its index and of query segmentation from
 *   the page's <html lang>; a stand-in `document` answers with the search
 *   page's lang while pagefind starts, and nothing else.
 * - pagefind runs on the main thread: the browser runs the same Pagefind
 *   code in a web worker (pagefind-worker.js), or on the main thread when
 *   workers are unavailable.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { queryChainManifest } from '../../src/search/build/dicts.ts';
import { getVariant, VARIANT_IDS, type VariantId } from '../../src/pipeline/variants.ts';
import { openShards, type Pagefind, type ShardedIndex } from '../../src/search/client/pagefind.ts';
import { SEARCH_BUNDLE, SHARDS_FILE, textDir } from '../../src/search/shared/contract.ts';
import { bodyOf, excerptText } from '../../src/search/client/render.ts';
import { search, type SearchConfig } from '../../src/search/client/engine.ts';

/** What the reader is shown for one query: the hits (by URL; see below) or the error the page would report. */
export interface QueryOutcome {
  variant: VariantId;
  query: string;
  loose?: boolean;
  hits?: { url: string; title: string; excerpt: string; matched: string[] }[];
  error?: string;
}

type PagefindModule = Pagefind & {
  options: (options: { basePath: string }) => Promise<void>;
  destroy: () => Promise<void>;
};

const ORIGIN = 'http://site.invalid';
let loads = 0;
/** Loading a small site's bundle takes well under a second. */
const LOAD_LIMIT_MS = 15_000;

/** fetch for the page's relative URLs, answered from the site folder. */
function siteFetch(siteDir: string): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN);
    const path = normalize(decodeURIComponent(url.pathname));
    if (url.origin !== ORIGIN || path.includes('..')) return new Response(null, { status: 404 });
    try {
      return new Response(await readFile(join(siteDir, path)), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/** loadPagefind's work (src/search/client/pagefind.ts) without the page: import, merge the listed shards, init. */
async function loadInNode(siteDir: string, bundle: string, lang: string): Promise<ShardedIndex> {
  const file = pathToFileURL(join(siteDir, bundle, 'pagefind.js')).href;
  const mod = (await import(/* @vite-ignore */ `${file}?load=${loads++}`)) as PagefindModule;
  await mod.options({ basePath: bundle });
  const g = globalThis as { document?: unknown };
  g.document = { querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null) };
  try {
    // A bundle whose root has no index never finishes merging (pagefind waits
    // for the root's wasm, which it never loads): report that as a failure.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`pagefind of ${bundle} did not finish loading in ${LOAD_LIMIT_MS} ms`)), LOAD_LIMIT_MS);
    });
    const opened = openShards(mod, fetch(`${bundle}${SHARDS_FILE}`), bundle).then(async (index) => {
      await mod.init();
      return index;
    });
    return await Promise.race([opened, stuck]).finally(() => clearTimeout(timer));
  } finally {
    delete g.document;
  }
}

/**
 * Every query in every variant, as the search page of `siteDir` answers it.
 * Hits are sorted by URL unless `order` is 'page': their order on the page
 * breaks ties of rank by pagefind's score, which depends on how the pages
 * are cut into shards (a rebuild and a clean build cut them differently),
 * while which articles are found, their text and excerpts, must not.
 */
export async function searchSite(
  siteDir: string,
  queries: readonly string[],
  variants: readonly VariantId[] = VARIANT_IDS,
  order: 'url' | 'page' = 'url',
): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  const pageFetch = globalThis.fetch;
  globalThis.fetch = siteFetch(siteDir);
  try {
    for (const variant of variants) {
      const config: SearchConfig = {
        bundle: `/${SEARCH_BUNDLE}`,
        texts: `/${textDir(variant)}`,
        chain: queryChainManifest(variant),
        lang: getVariant(variant).lang,
      };
      let loaded: Promise<ShardedIndex> | null = null;
      const load = (bundle: string): Promise<ShardedIndex> => (loaded ??= loadInNode(siteDir, bundle, config.lang));
      for (const query of queries) {
        try {
          const outcome = await search(config, query, load);
          const hits = outcome.hits.map(({ data, matched }) => ({
            url: data.url,
            title: data.meta.title,
            excerpt: excerptText(bodyOf(data.content, data.meta.title), matched),
            matched: [...matched].sort(),
          }));
          if (order === 'url') hits.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
          outcomes.push({ variant, query, loose: outcome.loose, hits });
        } catch (error) {
          outcomes.push({ variant, query, error: String(error) });
        }
      }
      const index = await (loaded as Promise<ShardedIndex> | null)?.catch(() => null);
      await (index?.pagefind as PagefindModule | undefined)?.destroy();
    }
  } finally {
    globalThis.fetch = pageFetch;
  }
  return outcomes;
}
