/** A web app manifest per variant: the site's name in that variant, opening on that variant's list. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../config.ts';
import { homePath } from '../../render/paths.ts';
import { ICONS, THEME_COLORS } from '../../render/share.ts';
import { convert } from '../../render/variant-text.ts';
import { getVariant, VARIANT_IDS, type VariantId } from '../../pipeline/variants.ts';

export const getStaticPaths = (() => VARIANT_IDS.map((variant) => ({ params: { variant } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const variant = params['variant'] as VariantId;
  const manifest = {
    name: convert(variant, SITE.name),
    short_name: convert(variant, SITE.name),
    description: convert(variant, SITE.description),
    lang: getVariant(variant).lang,
    start_url: homePath(variant),
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: ICONS,
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
