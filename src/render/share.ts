/** What link previews and home screens read about the site: locales, the card image, the icons. */
import type { VariantId } from '../pipeline/variants.ts';

/** Open Graph locales (language_TERRITORY, as Facebook and others read og:locale). */
export const OG_LOCALE: Readonly<Record<VariantId, string>> = { 'zh-hans': 'zh_CN', 'zh-tw': 'zh_TW', 'zh-hk': 'zh_HK' };

/** The card image for link previews (public/card.png, made by src/render/render-icons.ts). */
export const CARD_IMAGE = { path: '/card.png', width: 1200, height: 630 } as const;

/** Home-screen icons (public/, made by src/render/render-icons.ts). */
export const ICONS = [
  { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
] as const;

/** The page background of each theme, for the browser's own chrome (theme-color). */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#151413' } as const;

export const manifestPath = (variant: VariantId): string => `/${variant}/manifest.webmanifest`;
