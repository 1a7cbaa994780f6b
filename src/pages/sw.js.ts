/** /sw.js: the offline service worker (src/scripts/offline/service-worker.js) with this build's id. */
import type { APIRoute } from 'astro';
import source from '../scripts/offline/service-worker.js?raw';
import { buildId } from '../lib/offline.ts';

export const GET: APIRoute = () =>
  new Response(source.replace('__BUILD_ID__', buildId()), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
