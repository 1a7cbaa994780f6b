/**
 * The page cache's files: the manifest of the last finished build (read by
 * the page cache and by the search index, which re-indexes only the pages
 * whose key changed), the stamps that check a page, and the hashes that key one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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

/**
 * A file's stamp: its size, modification time (ns) and inode, or null when
 * it is not there. A page edited, truncated or replaced since the build
 * wrote it has another stamp. The stamp is read from the inode alone: a hash
 * of every page read 300,000 pages back from disk at 100,000 articles,
 * twice a build (minutes).
 */
export function fileStamp(file: string): string | null {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat?.isFile() ? `${stat.size}:${stat.mtimeNs}:${stat.ino}` : null;
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
