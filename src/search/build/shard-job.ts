/**
 * The reading and writing around one shard's pagefind index, done in the
 * shard worker (shard-worker.ts) that indexes it: its canonical pages read
 * into documents, and after pagefind has written the shard, every variant's
 * result text read from the pages and written under the shard's page ids.
 *
 * On the build's main thread this reading took 2.4 s a shard of 1,250 at
 * 10,000 articles and 5.4 s at 100,000, while pagefind's own time a shard
 * stayed at 10.5–11 s (BENCHMARKS.md, 2026-12-04): 434 s of a 654 s index
 * phase at 100,000, one shard at a time. In the workers each shard's
 * reading runs beside the other shard's and pagefind's; the phase is bound
 * by the two cores at both sizes, so it gained 6% at 10,000 and nothing at
 * 100,000. The reason to keep it: it clones no documents between threads,
 * and it reads each canonical page once.
 *
 * Loaded by path with Node's type stripping in the worker: erasable
 * TypeScript, and imports only of Node and of modules that are the same.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { textFile, type SearchText } from '../shared/contract.ts';
import { indexedArticle, searchText, type IndexDocument } from './document.ts';

/** One article of a shard: its canonical page (the URL pagefind indexes) and its page in every variant. */
export interface ShardArticle {
  url: string;
  /** [variant, page path] for every variant, the canonical one included. */
  pages: [string, string][];
}

/** What a worker is given for one shard. */
export interface ShardSpec {
  /** The built site, where the pages are read. */
  site: string;
  /** The variant whose pages are the canonical ones (its text is taken from the document's reading). */
  canonical: string;
  articles: ShardArticle[];
  /** Where pagefind writes the shard (made empty first). */
  outputPath: string;
  /** The shard's result texts: `<texts>/<variant>/<page id>.json`, made anew. */
  texts: string;
}

/** Milliseconds a shard spent reading documents, in pagefind, and writing texts. */
export interface ShardJobTimes {
  documents: number;
  index: number;
  texts: number;
}

/** What a worker reports of a shard it wrote. */
export interface ShardOutcome {
  /** Canonical pages off the article markup contract: not indexed (the build warns). */
  skipped: string[];
  times: ShardJobTimes;
}

/** Written last into a shard's texts: they are whole. */
export const TEXTS_DONE = '.complete';

/** Pagefind writes a fragment as gzip of this signature and the JSON of the page. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The shard's documents, from the canonical pages, and each canonical page's
 * own result text from the same reading (writeTexts would read it again).
 */
export function readDocuments(spec: ShardSpec): { docs: IndexDocument[]; canonicalTexts: Map<string, SearchText>; skipped: string[] } {
  const docs: IndexDocument[] = [];
  const canonicalTexts = new Map<string, SearchText>();
  const skipped: string[] = [];
  for (const { url } of spec.articles) {
    const article = indexedArticle(readFileSync(join(spec.site, url, 'index.html'), 'utf8'), url);
    if (!article) {
      skipped.push(url);
      continue;
    }
    docs.push(article.doc);
    canonicalTexts.set(url, article.text);
  }
  return { docs, canonicalTexts, skipped };
}

/** Page URL → pagefind page id (the fragment's name, which the browser gets with each result), read from a written bundle. */
export function pageIds(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(bundle, 'fragment');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    // No fragment: nothing was indexed (the build then names the shard).
    return ids;
  }
  for (const name of names) {
    if (!name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`jianfan-search-index: ${join(dir, name)} is not a pagefind fragment`);
    const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
    if (typeof url !== 'string') throw new Error(`jianfan-search-index: ${join(dir, name)} names no page`);
    ids.set(url, name.slice(0, -'.pf_fragment'.length));
  }
  return ids;
}

/** Every variant's text of every article of a shard just indexed at spec.outputPath, into `<texts>/<variant>/<id>.json`. */
export function writeTexts(spec: ShardSpec, canonicalTexts: ReadonlyMap<string, SearchText>): void {
  rmSync(spec.texts, { recursive: true, force: true });
  const ids = pageIds(spec.outputPath);
  const variants = new Set(spec.articles.flatMap((a) => a.pages.map(([variant]) => variant)));
  for (const variant of variants) mkdirSync(join(spec.texts, variant), { recursive: true });
  for (const { url, pages } of spec.articles) {
    const id = ids.get(url);
    if (!id) continue; // not indexed (warned): no result can name it
    for (const [variant, page] of pages) {
      const known = variant === spec.canonical ? canonicalTexts.get(url) : undefined;
      const text = known ?? searchText(readFileSync(join(spec.site, page, 'index.html'), 'utf8'), page);
      if (!text)
        throw new Error(`jianfan-search-index: ${page}: no page with a headline and [data-pagefind-body] for the ${variant} result of an indexed article`);
      writeFileSync(join(spec.texts, variant, textFile(id)), JSON.stringify(text));
    }
  }
  writeFileSync(join(spec.texts, TEXTS_DONE), '');
}
