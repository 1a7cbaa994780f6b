/** /sw.js: the offline service worker (src/scripts/offline/service-worker.js) with this build's id. */
import type { APIRoute } from 'astro';
import { template } from 'virtual:jianfan/kept-pages';
import source from '../scripts/offline/service-worker.js?raw';
import { getArticles } from '../render/articles.ts';
import { buildId } from '../render/offline.ts';

export const GET: APIRoute = async () =>
  new Response(source.replace('__BUILD_ID__', buildId(await getArticles(), template)), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
