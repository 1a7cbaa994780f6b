/**
 * Offline reading: the service worker's build id and its registration.
 * The id is a hash of the code and settings (the page cache's template
 * version, src/incremental/, handed over in the kept-pages module) and of
 * every article's data, with its body file by name only: body files are
 * named by their content, while their folder is the cache's, which differs
 * between builds of the same site. So the same site builds the same worker
 * (rebuilds stay byte for byte), and any change of an article or the code
 * gives a new one.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

export const SERVICE_WORKER_PATH = '/sw.js';

/** This build's id, from its template version (the kept-pages module's `template`: "dev" outside `astro build`). */
export function buildId(articles: readonly { bodyFile: string }[], template: string): string {
  const hash = createHash('sha256').update(template);
  for (const article of articles) hash.update('\0').update(JSON.stringify({ ...article, bodyFile: basename(article.bodyFile) }));
  return hash.digest('hex').slice(0, 16);
}
