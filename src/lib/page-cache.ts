/**
 * Which article pages a build may keep from the last one instead of
 * rendering them again. Astro renders every page of every build; at 10,000
 * articles in three variants that is most of a rebuild, though adding one
 * article changes three article pages (and the lists).
 *
 * An article page depends on its article, the headlines of its related
 * articles and the site's code, nothing else (no neighbours, counts or dates
 * of other articles), so its key is the hash of them: the article's digest
 * (which the loader folds with its related articles' digests,
 * src/loaders/seeds.ts) and a "template" version covering every source file,
 * the lockfile and the build settings.
 * A page is kept only when last build's manifest gives it the same key, the
 * build wrote to the same folder, and the file there is still the one that
 * build wrote: its content hash is checked against the manifest, so a dist/
 * restored from an older build, or written by a build with another cache,
 * is rendered again. Any change to the code renders every page again. List pages, feeds and the rest are
 * always rendered (they depend on all articles and are few).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VARIANT_IDS } from '../pipeline/variants.ts';
import { articlePath } from './paths.ts';

/** One article as the loader left it for the build hooks: its slug and content digest. */
export interface ArticleDigest {
  slug: string;
  digest: string;
}

export interface PageManifest {
  template: string;
  outDir: string;
  /** Article page URL → key, for every article page of the build. */
  pages: Record<string, string>;
  /** Article page URL → SHA-256 of the file the build left, for checking a page before it is kept. */
  hashes?: Record<string, string>;
}

/** SHA-256 of a file's bytes, or null when it cannot be read. */
export function fileHash(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * Environment variables that do not change a page: where caches live, how
 * many threads run, and the build's own hand-offs.
 */
const ENV_NOT_IN_PAGES = /^JIANFAN_(WORKERS|CACHE_DIR|INTERNAL_.*)$/;

/**
 * Version of everything besides the article that goes into a page: every
 * file below the given folders (sorted, by relative path and bytes), the
 * given single files, and the JIANFAN_* settings.
 */
export function templateVersion(folders: readonly string[], files: readonly string[], env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, `${rel}${entry.name}/`);
      else hash.update(`${rel}${entry.name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  for (const folder of folders) if (existsSync(folder)) walk(folder, `${folder}/`);
  for (const file of files) if (existsSync(file)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  for (const name of Object.keys(env).sort()) {
    if (name.startsWith('JIANFAN_') && !ENV_NOT_IN_PAGES.test(name)) hash.update(`${name}=${env[name]}\0`);
  }
  return hash.digest('hex');
}

/** Every article page of the build and its key. */
export function pageKeys(template: string, articles: readonly ArticleDigest[]): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const variant of VARIANT_IDS) {
    for (const { slug, digest } of articles) {
      pages[articlePath(variant, slug)] = createHash('sha256').update(template).update('\0').update(variant).update('\0').update(digest).digest('hex').slice(0, 32);
    }
  }
  return pages;
}

/**
 * The article pages of `next` that the last build (`previous`) left in
 * place and may stay: same key, and `unchanged(url, hash)` confirms the file
 * is still the one the last build recorded.
 */
export function reusablePages(previous: PageManifest | null, next: PageManifest, unchanged: (url: string, hash: string) => boolean): string[] {
  if (!previous || previous.template !== next.template || previous.outDir !== next.outDir || !previous.hashes) return [];
  const hashes = previous.hashes;
  return Object.keys(next.pages).filter((url) => previous.pages[url] === next.pages[url] && hashes[url] !== undefined && unchanged(url, hashes[url]));
}

export function readManifest(file: string): PageManifest | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<PageManifest>;
    if (typeof value.template !== 'string' || typeof value.outDir !== 'string' || typeof value.pages !== 'object' || value.pages === null) return null;
    return value as PageManifest;
  } catch {
    return null;
  }
}

/** Written then renamed, so a reader never sees half a manifest. */
export function writeJsonFile(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}

export function removeFile(file: string): void {
  rmSync(file, { force: true });
}

/**
 * The environment variable through which the build hook tells the article
 * route which pages to skip (the route runs bundled, in the same process).
 */
export const REUSE_ENV = 'JIANFAN_INTERNAL_PAGE_REUSE';

/** Pages the current build keeps from the last (empty outside `astro build`). */
export function pagesToSkip(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const file = env[REUSE_ENV];
  if (!file) return new Set();
  return new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
}
