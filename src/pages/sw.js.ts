/** /sw.js: the offline service worker (src/scripts/offline/service-worker.js) with this build's id. */
import type { APIRoute } from 'astro';
import source from '../scripts/offline/service-worker.js?raw';
import { getArticles } from '../lib/articles.ts';
import { buildId } from '../lib/offline.ts';

export const GET: APIRoute = async () =>
  new Response(source.replace('__BUILD_ID__', buildId(await getArticles())), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
