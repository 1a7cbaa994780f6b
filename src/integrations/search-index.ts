/**
 * Build hook: the search index, written with pagefind's Node API after the
 * pages are built.
 *
 * One pagefind bundle per variant, in dist/pagefind/<variant>/: each variant
 * is indexed by its own pagefind index and written before the next starts, so
 * peak memory is one variant's, and a variant can later be cut into shards
 * merged in the browser (pagefind mergeIndex) without changing the pages.
 *
 * What is indexed is what the reader reads: for every article page, the
 * headline and the body (`[data-pagefind-body]`), taken from the built HTML,
 * with the source and publish time as metadata for the result list. The
 * navigation, variant switch, byline and footer never reach the index. Pages
 * stay as they are; the indexer is given a small document made from them,
 * with one word per Han character (see spaceHan).
 *
 * It also writes the bucketed query-conversion dictionaries (see
 * src/lib/search-dicts.ts).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { queryChainFiles } from '../lib/search-dicts.ts';
import { getVariant, VARIANT_IDS, type VariantId } from '../pipeline/variants.ts';

/** Pagefind's installed version, part of every shard's cache key. */
function pagefindVersion(root: URL): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('node_modules/pagefind/package.json', root)), 'utf8')) as { version?: unknown };
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/** Where a variant's bundle lives, relative to the site root. */
export const bundleDir = (variant: VariantId): string => `pagefind/${variant}/`;

export interface IndexDocument {
  url: string;
  html: string;
}

const ARTICLE_PATH = /^\/?([a-z-]+)\/articles\/([^/]+)\/?$/;

const HAN = /\p{Script=Han}/u;

/**
 * Every Han character as its own word: a zero-width space (pagefind's own word
 * separator, removed from the text it returns) on each side of it. Pagefind's
 * Chinese segmentation (jieba at index time, Intl.Segmenter in the browser)
 * disagrees often enough to lose articles that contain the query
 * ("四十分鐘" is 四十/分鐘 in the index and 四/十分鐘 in the query); with one
 * word per character a query is a phrase of characters, found wherever it
 * occurs. Latin words and numbers stay whole.
 */
export function spaceHan(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && prev !== '\u200b' && ch !== '\u200b' && (HAN.test(ch) || HAN.test(prev))) out += '\u200b';
    out += ch;
    prev = ch;
  }
  return out;
}

/** spaceHan on the text between tags (never inside a tag or attribute). */
const spaceHanHtml = (html: string): string => html.replace(/>([^<]+)</g, (_, text: string) => `>${spaceHan(text)}<`);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** Inner HTML of the first element carrying `attr`, matching nested tags of the same name. */
export function innerHtmlOf(html: string, attr: string): string | null {
  const at = html.search(new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\s${attr}(?=[\\s=>/])[^>]*>`));
  if (at < 0) return null;
  const open = /^<([a-zA-Z][\w-]*)\b[^>]*>/.exec(html.slice(at));
  if (!open) return null;
  const tag = open[1]!.toLowerCase();
  const start = at + open[0].length;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = start;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index);
  }
  return null;
}

interface JsonLd {
  headline?: unknown;
  datePublished?: unknown;
  publisher?: { name?: unknown };
}

function jsonLdOf(html: string): JsonLd {
  const m = /<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!m) return {};
  try {
    return JSON.parse(m[1]!) as JsonLd;
  } catch {
    return {};
  }
}

/**
 * The document given to pagefind for one built article page: the headline as
 * <h1> (weighted as a heading), the body's own markup, metadata in <meta>.
 * Returns null for pages that do not follow the article markup contract.
 */
export function indexDocument(pageHtml: string, url: string, variant: VariantId): IndexDocument | null {
  const body = innerHtmlOf(pageHtml, 'data-pagefind-body');
  const ld = jsonLdOf(pageHtml);
  const headline = typeof ld.headline === 'string' ? ld.headline : null;
  if (body === null || headline === null) return null;
  // The title explicitly: the <h1> below is split into one word per character.
  const meta: Record<string, string> = { title: headline };
  if (typeof ld.datePublished === 'string') meta['date'] = ld.datePublished;
  if (typeof ld.publisher?.name === 'string') meta['source'] = ld.publisher.name;
  const metaTags = Object.entries(meta)
    .map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeAttr(v)}">`)
    .join('');
  // Lower case: the Node API keys indexes by the exact code (see FINDINGS).
  const lang = getVariant(variant).lang.toLowerCase();
  return {
    url,
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${metaTags}</head><body>${spaceHanHtml(`<h1>${escapeText(headline)}</h1>${body}`)}</body></html>`,
  };
}

/**
 * Articles per shard. Pagefind holds a whole index in memory while writing it
 * (about 1 MB per page measured), so a variant is indexed in shards of at
 * most this many pages, one after another, and merged in the browser
 * (pagefind mergeIndex). Peak memory is bounded by one shard, not the site.
 * JIANFAN_SEARCH_SHARD_PAGES overrides it (the e2e fixture site uses 4, so
 * the merge path is tested in Chromium).
 */
export const SHARD_PAGES = Number(process.env['JIANFAN_SEARCH_SHARD_PAGES'] ?? 2500);

/** Number of shards for n pages: a power of two, so it changes rarely as a site grows. */
export function shardCount(n: number): number {
  let k = 1;
  while (k * SHARD_PAGES < n) k *= 2;
  return k;
}

/** Stable shard of a page: a hash of its URL, so adding an article changes one shard per variant. */
export function shardOf(url: string, shards: number): number {
  return parseInt(createHash('sha256').update(url).digest('hex').slice(0, 8), 16) % shards;
}

/** Output folder of shard k of a variant, relative to the variant's bundle. */
export const shardDir = (k: number): string => (k === 0 ? '' : `shard-${k}/`);

interface ShardCache {
  dir: string;
  version: string;
}

async function writeShard(docs: readonly IndexDocument[], outputPath: string, cache: ShardCache | null): Promise<'cached' | 'indexed'> {
  // A shard's output depends only on its documents (and pagefind's version):
  // reuse it from an earlier build when they are unchanged.
  const key = createHash('sha256').update(cache?.version ?? '');
  for (const doc of docs) key.update(doc.url).update('\0').update(doc.html).update('\0');
  const cached = cache ? join(cache.dir, key.digest('hex').slice(0, 32)) : null;
  rmSync(outputPath, { recursive: true, force: true });
  if (cached && existsSync(join(cached, 'pagefind.js'))) {
    cpSync(cached, outputPath, { recursive: true });
    return 'cached';
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const doc of docs) {
    const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
    if (added.errors.length) throw new Error(`pagefind ${doc.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // The bundle's prebuilt UIs are never loaded here (the search page renders results itself).
  for (const name of readdirSync(outputPath)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(outputPath, name));
  }
  if (cached) {
    rmSync(cached, { recursive: true, force: true });
    cpSync(outputPath, cached, { recursive: true, filter: (src) => !src.startsWith(join(outputPath, 'shard-')) });
  }
  return 'indexed';
}

async function indexVariant(
  outDir: string,
  variant: VariantId,
  pathnames: readonly string[],
  logger: AstroIntegrationLogger,
  cache: ShardCache | null,
): Promise<{ pages: number; shards: number; cached: number }> {
  const shards = shardCount(pathnames.length);
  const docs: IndexDocument[][] = Array.from({ length: shards }, () => []);
  for (const pathname of [...pathnames].sort()) {
    const url = `/${pathname.replace(/^\/|\/$/g, '')}/`;
    const doc = indexDocument(readFileSync(join(outDir, url, 'index.html'), 'utf8'), url, variant);
    if (!doc) {
      logger.warn(`${url}: no headline or [data-pagefind-body]; not indexed`);
      continue;
    }
    docs[shardOf(url, shards)]!.push(doc);
  }
  const bundle = join(outDir, bundleDir(variant));
  rmSync(bundle, { recursive: true, force: true });
  let cached = 0;
  // Shard 0 last: its folder is the bundle root, which holds the other shards.
  for (let k = shards - 1; k >= 0; k--) {
    const out = join(bundle, shardDir(k));
    if (k === 0) {
      const tmp = join(outDir, `pagefind/.${variant}-shard-0`);
      if ((await writeShard(docs[0]!, tmp, cache)) === 'cached') cached++;
      cpSync(tmp, bundle, { recursive: true });
      rmSync(tmp, { recursive: true, force: true });
    } else if ((await writeShard(docs[k]!, out, cache)) === 'cached') cached++;
  }
  // The browser merges the other shards into the root one (src/scripts/search/pagefind.ts).
  writeFileSync(join(bundle, 'shards.json'), JSON.stringify(Array.from({ length: shards - 1 }, (_, i) => shardDir(i + 1))));
  return { pages: docs.reduce((n, d) => n + d.length, 0), shards, cached };
}

export function searchIndex(): AstroIntegration {
  let shardCache: ShardCache | null = null;
  return {
    name: 'jianfan-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        shardCache = { dir: fileURLToPath(new URL('jianfan/search-shards/', config.cacheDir)), version: pagefindVersion(config.root) };
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const byVariant = new Map<VariantId, string[]>(VARIANT_IDS.map((v) => [v, []]));
        for (const { pathname } of pages) {
          const m = ARTICLE_PATH.exec(pathname);
          const list = m && byVariant.get(m[1] as VariantId);
          if (list) list.push(pathname);
        }
        try {
          const counts: string[] = [];
          for (const [variant, pathnames] of byVariant) {
            const r = await indexVariant(outDir, variant, pathnames, logger, shardCache);
            counts.push(`${variant} ${r.pages} (${r.shards} shard(s), ${r.cached} from cache)`);
          }
          for (const [path, json] of queryChainFiles(VARIANT_IDS)) {
            const file = join(outDir, path);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, json);
          }
          logger.info(`indexed ${counts.join(', ')} article(s) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
