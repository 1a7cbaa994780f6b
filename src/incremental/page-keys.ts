/**
 * Which article pages a build may keep from the last one instead of
 * rendering them again: the rules, pure (no file is read here; the hook in
 * integration.ts reads and writes). Astro renders every page of every build;
 * at 10,000 articles in three variants that is most of a rebuild, though
 * adding one article changes three article pages (and the lists).
 *
 * An article page depends on its article and on the site's code, nothing
 * else (no neighbours, counts or dates of other articles), so its key is the
 * hash of the two: the article's content-store digest and a "template"
 * version covering every source file, the lockfile and the build settings
 * (manifest.ts). A page is kept only when last build's manifest gives it the
 * same key, the build wrote to the same folder, and the file there is still
 * the one that build wrote: its content hash is checked against the
 * manifest, so a dist/ restored from an older build, or written by a build
 * with another cache, is rendered again. Any change to the code renders
 * every page again. List pages are kept the same way, keyed by the articles
 * they show (listPageKeys); feeds, the archive's indexes and the rest are
 * always rendered (they depend on all articles and are few).
 */
import { createHash } from 'node:crypto';
import { VARIANT_IDS } from '../pipeline/variants.ts';
import { articleListPages, archiveListPages, type ListPageAt } from '../render/list-pages.ts';
import { byNewest } from '../render/pagination.ts';
import { articlePath } from '../render/paths.ts';

/**
 * One article as the loader left it for the build hooks: its slug, the
 * digest its pages are keyed by (its own content and its related articles'
 * headlines), and `text`, the digest of its own content alone: what search
 * indexes of it does not change when only its related list does.
 */
export interface ArticleDigest {
  slug: string;
  digest: string;
  text?: string;
  /** Publish time (ISO 8601): the search index is cut by it, and the lists are ordered by it. */
  published?: string;
  /** The canonical outlet and tags: the archive's lists group by them (src/render/list-pages.ts). */
  source?: string | null;
  tags?: string[];
}

export interface PageManifest {
  template: string;
  outDir: string;
  /** Article page URL → key, for every article page of the build. */
  pages: Record<string, string>;
  /**
   * Article page URL → key of the text search takes from it (headline, body,
   * meta): the page key without the related articles, which the index and
   * the result texts leave out. The search index keys its shards by these.
   */
  texts?: Record<string, string>;
  /**
   * Article page URL → stamp of the file the build left (size, modification
   * time, inode: manifest.ts fileStamp), for checking a page before it is kept.
   */
  stamps?: Record<string, string>;
  /** Article slug → publish time (ISO 8601): the search index cuts its shards by it, newest first. */
  dates?: Record<string, string>;
  /** List page URL → key (listPageKeys): kept like article pages. */
  lists?: Record<string, string>;
}

/** Each article's publish time, for the manifest (PageManifest.dates). */
export function articleDates(articles: readonly ArticleDigest[]): Record<string, string> {
  const dates: Record<string, string> = {};
  for (const article of articles) if (article.published) dates[article.slug] = article.published;
  return dates;
}

/** What a build did with its article pages: written by the hook for editors, tools and tests (counts.json). */
export interface PageCounts {
  /** Article pages of this build, every variant. */
  total: number;
  /** Kept from the last build. */
  kept: number;
  /** Rendered by this build. */
  rendered: number;
  /** List pages of this build, and how many were kept. */
  lists?: { total: number; kept: number };
}

/** Settings that do not change a page: where caches and reports go and how many threads run. */
const SETTINGS_NOT_IN_PAGES = /^JIANFAN_(WORKERS|CACHE_DIR|REPORT_DIR)$/;

/** The `JIANFAN_*` settings that go into every page's key, as `NAME=value` lines in name order. */
export function settingsInPages(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(env)
    .filter((name) => name.startsWith('JIANFAN_') && !SETTINGS_NOT_IN_PAGES.test(name))
    .sort()
    .map((name) => `${name}=${env[name] ?? ''}`);
}

/** Every article page of the build and its key. */
export function pageKeys(template: string, articles: readonly ArticleDigest[]): Record<string, string> {
  return keyPages(template, articles, (article) => article.digest);
}

/** Every article page of the build and the key of its searchable text (the page key where an article has no text digest). */
export function textKeys(template: string, articles: readonly ArticleDigest[]): Record<string, string> {
  return keyPages(template, articles, (article) => article.text ?? article.digest);
}

function keyPages(template: string, articles: readonly ArticleDigest[], digestOf: (article: ArticleDigest) => string): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const variant of VARIANT_IDS) {
    for (const article of articles) {
      pages[articlePath(variant, article.slug)] = createHash('sha256')
        .update(template)
        .update('\0')
        .update(variant)
        .update('\0')
        .update(digestOf(article))
        .digest('hex')
        .slice(0, 32);
    }
  }
  return pages;
}

/**
 * Every list page of the build and its key (src/render/list-pages.ts says
 * which articles each holds). A list page shows its articles' cards (their
 * own text: the text digest), its links to the newer and older pages, on an
 * outlet's list the outlet's name as its oldest article writes it, and on
 * an archive list's first page the number of articles in the list; its key
 * covers those and nothing else. A list's first page changes with each
 * article added to the list; its numbered pages do not (pagination.ts).
 */
export function listPageKeys(template: string, articles: readonly ArticleDigest[], sizes: { list: number; archive: number }): Record<string, string> {
  const listed = articles
    .filter((a): a is ArticleDigest & { published: string } => a.published !== undefined)
    .map((a) => ({ ...a, source: a.source ?? null, tags: a.tags ?? [] }))
    .sort(byNewest);
  const keys: Record<string, string> = {};
  const add = (at: ListPageAt<(typeof listed)[number]>, shared: string) => {
    const hash = createHash('sha256')
      .update(template)
      .update('\0')
      .update(at.path)
      .update('\0')
      .update(`${at.page.newer}:${at.page.older}`)
      .update('\0')
      .update(shared);
    for (const article of at.page.items)
      hash
        .update('\0')
        .update(article.slug)
        .update(':')
        .update(article.text ?? article.digest);
    keys[at.path] = hash.digest('hex').slice(0, 32);
  };
  for (const at of articleListPages(listed, sizes.list)) add(at, '');
  for (const at of archiveListPages(listed, sizes.archive)) {
    const oldest = at.group.articles.at(-1);
    add(at, `${oldest ? (oldest.text ?? oldest.digest) : ''}:${at.page.number === 0 ? at.group.articles.length : ''}`);
  }
  return keys;
}

/**
 * The pages of `next` (article pages and list pages) that the last
 * build (`previous`) left in place and may stay: same key, and
 * `unchanged(url, stamp)` confirms the file is still the one the last build
 * recorded.
 */
export function reusablePages(previous: PageManifest | null, next: PageManifest, unchanged: (url: string, stamp: string) => boolean): string[] {
  if (!previous || previous.template !== next.template || previous.outDir !== next.outDir || !previous.stamps) return [];
  const stamps = previous.stamps;
  const before = keyedPages(previous);
  return Object.entries(keyedPages(next)).flatMap(([url, key]) =>
    before[url] === key && stamps[url] !== undefined && unchanged(url, stamps[url]) ? [url] : [],
  );
}

/** Every page of a manifest that has a key: article pages and list pages. */
export const keyedPages = (manifest: PageManifest): Record<string, string> => ({ ...manifest.lists, ...manifest.pages });

/** A manifest read back from JSON, or null when it is not one (an older format, a hand edit): then nothing is kept. */
export function parseManifest(value: unknown): PageManifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const manifest = value as Partial<PageManifest>;
  if (typeof manifest.template !== 'string' || typeof manifest.outDir !== 'string' || typeof manifest.pages !== 'object' || manifest.pages === null)
    return null;
  return manifest as PageManifest;
}

/** The file of an article page below the site folder (`/zh-tw/articles/x/` → `zh-tw/articles/x/index.html`). */
export const pageFile = (url: string): string => `${url.replace(/^\//, '')}index.html`;
