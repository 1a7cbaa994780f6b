/**
 * Offline reading: the service worker's build id and its registration.
 * The id is a hash of every article page's key (which covers the site's code
 * and settings, src/lib/page-cache.ts), set by the page-cache hook at build
 * start: the same site builds the same worker (rebuilds stay byte for byte),
 * and any change of an article or the code gives a new one.
 */
import { createHash } from 'node:crypto';

export const BUILD_ID_ENV = 'JIANFAN_INTERNAL_BUILD_ID';
export const SERVICE_WORKER_PATH = '/sw.js';

export function buildIdOf(template: string, pages: Record<string, string>): string {
  return createHash('sha256').update(template).update('\0').update(JSON.stringify(pages)).digest('hex').slice(0, 16);
}

/** This build's id ("dev" outside `astro build`). */
export function buildId(env: NodeJS.ProcessEnv = process.env): string {
  return env[BUILD_ID_ENV] ?? 'dev';
}
