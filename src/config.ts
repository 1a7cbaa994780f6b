/**
 * The site's one typed configuration. Values an editor may change per build
 * come from the environment; everything else is fixed here.
 */
import { availableParallelism } from 'node:os';
import type { VariantId } from './pipeline/variants.ts';

const env = process.env;

export const SITE = {
  /** Site name, written in simplified; converted like any other text. */
  name: '简繁新闻',
  /** Latin name, the same in every variant. */
  brand: 'Jianfan',
  description: '经过清理的中文新闻，以简体、台湾繁体和香港繁体阅读，可全文搜索。',
  /** Absolute origin used in canonical and hreflang links. */
  url: env['JIANFAN_SITE_URL'] ?? 'http://127.0.0.1:4321',
  /** Folder of seed files, relative to the project root unless absolute. */
  seedsDir: env['SEEDS_DIR'] ?? 'seeds',
  /** Zone assumed for publish times a scrape gives without one (mainland, TW and HK are all +08:00). */
  timeZone: env['JIANFAN_TIME_ZONE'] ?? '+08:00',
  /**
   * Origins Markdown images may load from (space- or comma-separated, e.g.
   * "https://img.example.org"); remote images from any other origin are
   * removed at build, so no seed can have readers' browsers call a third party.
   */
  imageOrigins: (env['JIANFAN_IMAGE_ORIGINS'] ?? '').split(/[\s,]+/).filter(Boolean).map((origin) => new URL(origin).origin),
  /** Skip invalid seeds (and report them) instead of stopping the build. */
  skipInvalid: env['JIANFAN_SKIP_INVALID'] === '1',
  /** Build a site of no article when the seeds yield none, instead of stopping (an empty or wrong SEEDS_DIR would replace the site). */
  allowEmpty: env['JIANFAN_ALLOW_EMPTY'] === '1',
  /**
   * Worker threads for ingesting seeds and writing search shards (each search
   * worker holds one shard in memory, ~1.5 GB at 2,500 articles).
   */
  workers: Math.max(1, Number(env['JIANFAN_WORKERS']) || Math.min(2, availableParallelism())),
  /** Characters per minute for reading time (Firefox Reader View's figure for Chinese). */
  charsPerMinute: 255,
  /** Articles per list page. */
  pageSize: 20,
  /** Headlines per page of an outlet's, a month's or a tag's list (a line each, no summary). */
  archivePageSize: 50,
  /** localStorage key that remembers the reader's variant. */
  variantStorageKey: 'jianfan:variant',
} as const;

export const VARIANT_STORAGE_KEY = SITE.variantStorageKey;
export type { VariantId };
