import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config.ts';
import { getArticles } from '../../render/articles.ts';
import { renderFeed } from '../../render/feed.ts';
import { readBody } from '../../render/body-store.ts';
import { getVariant, VARIANT_IDS, type VariantId } from '../../pipeline/variants.ts';

export const getStaticPaths = (() => VARIANT_IDS.map((variant) => ({ params: { variant } }))) satisfies GetStaticPaths;

/** The newest articles; a feed is for following, not an archive. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ params }) => {
  const variant = getVariant(params['variant'] as VariantId);
  const articles = (await getArticles()).slice(0, FEED_SIZE);
  const body = await renderFeed({
    variant,
    siteUrl: SITE.url,
    title: SITE.name,
    description: SITE.description,
    articles,
    bodyHtml: (a) => readBody(a.bodyFile, variant.id),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
