/**
 * The page cache's files: the manifest of the last finished build (read by
 * the page cache and by the search index, which re-indexes only the pages
 * whose key changed), and the hashes that key a page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hashFiles, hashTree } from '../build-fs.ts';
import { parseManifest, settingsInPages, type PageManifest } from './page-keys.ts';

/** Below the cache folder: the last finished build's manifest, removed while a build runs. */
export const MANIFEST_FILE = 'jianfan/page-cache/manifest.json';
/** Below the cache folder: what the last build did with its article pages (PageCounts). */
export const COUNTS_FILE = 'jianfan/page-cache/counts.json';

export function readManifest(file: string): PageManifest | null {
  try {
    return parseManifest(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
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
 * Version of everything besides the article that goes into a page: every
 * file below the given folders (by relative path and bytes), the given
 * single files, and the JIANFAN_* settings that change pages.
 */
export function templateVersion(folders: readonly string[], files: readonly string[], env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  for (const folder of folders) hashTree(hash, folder, `${folder}/`);
  hashFiles(hash, files);
  for (const line of settingsInPages(env)) hash.update(`${line}\0`);
  return hash.digest('hex');
}
