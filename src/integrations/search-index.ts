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
 * stay as they are; the indexer is given a small document made from them.
 *
 * It also writes the bucketed query-conversion dictionaries (see
 * src/lib/search-dicts.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { queryChainFiles } from '../lib/search-dicts.ts';
import { getVariant, VARIANT_IDS, type VariantId } from '../pipeline/variants.ts';

/** Where a variant's bundle lives, relative to the site root. */
export const bundleDir = (variant: VariantId): string => `pagefind/${variant}/`;

export interface IndexDocument {
  url: string;
  html: string;
}

const ARTICLE_PATH = /^\/?([a-z-]+)\/articles\/([^/]+)\/?$/;

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
  const meta: Record<string, string> = {};
  if (typeof ld.datePublished === 'string') meta['date'] = ld.datePublished;
  if (typeof ld.publisher?.name === 'string') meta['source'] = ld.publisher.name;
  const metaTags = Object.entries(meta)
    .map(([k, v]) => `<meta data-pagefind-meta="${k}[content]" content="${escapeAttr(v)}">`)
    .join('');
  // Lower case: the Node API keys indexes by the exact code (see FINDINGS).
  const lang = getVariant(variant).lang.toLowerCase();
  return {
    url,
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${metaTags}</head><body><h1>${escapeText(headline)}</h1>${body}</body></html>`,
  };
}

async function indexVariant(
  outDir: string,
  variant: VariantId,
  pathnames: readonly string[],
  logger: AstroIntegrationLogger,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  for (const pathname of pathnames) {
    const url = `/${pathname.replace(/^\/|\/$/g, '')}/`;
    const file = join(outDir, url, 'index.html');
    const doc = indexDocument(readFileSync(file, 'utf8'), url, variant);
    if (!doc) {
      logger.warn(`${url}: no headline or [data-pagefind-body]; not indexed`);
      continue;
    }
    const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
    if (added.errors.length) throw new Error(`pagefind ${url}: ${added.errors.join('; ')}`);
    count++;
  }
  const outputPath = join(outDir, bundleDir(variant));
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join('; ')}`);
  // The bundle's prebuilt UIs are never loaded here (the search page renders results itself).
  for (const name of readdirSync(outputPath)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(outputPath, name));
  }
  await index.deleteIndex();
  return count;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'jianfan-search-index',
    hooks: {
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
            counts.push(`${variant} ${await indexVariant(outDir, variant, pathnames, logger)}`);
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
