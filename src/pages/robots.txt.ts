/** robots.txt: everything may be crawled; the sitemap is named with the site's origin (JIANFAN_SITE_URL). */
import type { APIRoute } from 'astro';
import { SITEMAP_FILE } from '../integrations/sitemap.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(SITEMAP_FILE, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
