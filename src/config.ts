/**
 * The site's one configuration. Fixed values are in SITE; what an editor may
 * change per build comes from the environment and is parsed here, once, by
 * one schema (`loadConfig`). A wrong value stops the build before any seed is
 * read, naming the variable and what it allows: a typo must not become NaN, a
 * default, or an empty rule set in silence.
 *
 * Plain TypeScript and zod, no Astro imports: astro.config.mjs, the loader,
 * the build hooks, the pages and the command-line tools all import it.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

/** A whole number, 1 or more, written in decimal digits. */
const count = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number of ${what}, 1 or more`)
    .transform(Number)
    .refine((n) => n >= 1, `must be a whole number of ${what}, 1 or more`);

/** `1` switches the behaviour on; unset or `0` leaves it off. */
const flag = z
  .enum(['0', '1'], { error: 'must be 1 (on) or 0 (off), or unset' })
  .optional()
  .transform((value) => value === '1');

const origin = (value: string): string | null => {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
};

/** Every setting the build reads from the environment, with its default. */
export const SETTINGS_SCHEMA = z.object({
  /** Absolute origin used in canonical, hreflang, feed and sitemap links. */
  JIANFAN_SITE_URL: z
    .string()
    .default('http://127.0.0.1:4321')
    .refine((value) => origin(value) !== null, 'must be an http(s) URL such as https://news.example.org')
    .transform((value) => origin(value) as string),
  /** Folder of seed files, relative to the project root unless absolute. */
  SEEDS_DIR: z.string().min(1, 'must name a folder').default('seeds'),
  /** Zone assumed for publish times a scrape gives without one (mainland, TW and HK are all +08:00). */
  JIANFAN_TIME_ZONE: z
    .string()
    .default('+08:00')
    .refine((value) => /^[+-](?:0\d|1[0-4]):[0-5]\d$/.test(value), 'must be a UTC offset such as +08:00 or -05:00'),
  /**
   * Origins Markdown images may load from (space- or comma-separated); remote
   * images from any other origin are removed at build, so no seed can have
   * readers' browsers call a third party.
   */
  JIANFAN_IMAGE_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .refine((list) => list.every((item) => origin(item) !== null), 'must list http(s) origins such as https://img.example.org, space- or comma-separated')
    .transform((list) => list.map((item) => origin(item) as string)),
  /** Skip invalid seeds (and report them) instead of stopping the build. */
  JIANFAN_SKIP_INVALID: flag,
  /** Build a site of no article when the seeds yield none, instead of stopping (an empty or wrong SEEDS_DIR would replace the site). */
  JIANFAN_ALLOW_EMPTY: flag,
  /** Worker threads for ingesting seeds and writing search shards (each search worker holds one shard, ~0.6 MB an article). */
  JIANFAN_WORKERS: count('threads').optional(),
  /** Editors' conversion rules; when named, the file must exist (a typo would drop every rule). */
  JIANFAN_CONVERSION_FILE: z.string().min(1, 'must name a YAML file').optional(),
  /** Astro's cache and ours. */
  JIANFAN_CACHE_DIR: z.string().min(1, 'must name a folder').default('./node_modules/.astro'),
  /** Where the build report goes (default: `<outDir>-report` beside the site). */
  JIANFAN_REPORT_DIR: z.string().min(1, 'must name a folder').optional(),
  /**
   * Pages per search shard (the recent shard holds a tenth of it). 1,250, not
   * 2,500: half the pages a shard worker holds (peak 3.5 GB against 5.0 GB at
   * 10,000 articles, 6.7 against 7.7-8.1 GB at 100,000) and half the metadata
   * a first search fetches. At 100,000 it costs index time (about 1.4x; a
   * per-shard cost that grows with the archive, BENCHMARKS.md run 9).
   */
  JIANFAN_SEARCH_SHARD_PAGES: count('pages').default(1250),
  /** Articles per page of a variant's list (its first page holds up to twice as many: src/render/pagination.ts). */
  JIANFAN_LIST_PAGE_SIZE: count('articles').default(20),
  /** Headlines per page of an outlet's, a month's or a tag's list (a line each, no summary). */
  JIANFAN_ARCHIVE_PAGE_SIZE: count('headlines').default(50),
});

export interface Config {
  siteUrl: string;
  seedsDir: string;
  timeZone: string;
  imageOrigins: string[];
  skipInvalid: boolean;
  allowEmpty: boolean;
  workers: number;
  /** Absolute path of the editors' conversion rules (which may be absent when not named). */
  conversionFile: string;
  cacheDir: string;
  reportDir: string | undefined;
  searchShardPages: number;
  listPageSize: number;
  archivePageSize: number;
}

/** One wrong setting or more: every one is named with the value given and what is allowed. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid setting${problems.length === 1 ? '' : 's'} in the environment:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The settings from an environment, or a ConfigError naming every wrong one. */
export function loadConfig(env: NodeJS.ProcessEnv, root = process.cwd(), cores = availableParallelism()): Config {
  const names = Object.keys(SETTINGS_SCHEMA.shape);
  // An empty value is treated as unset, as a shell's `VAR= cmd` means.
  const given = Object.fromEntries(names.flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
  const parsed = SETTINGS_SCHEMA.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(given[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const s = parsed.data;
  const conversionFile = resolve(root, s.JIANFAN_CONVERSION_FILE ?? 'conversion.yaml');
  if (s.JIANFAN_CONVERSION_FILE !== undefined && !existsSync(conversionFile)) {
    throw new ConfigError([
      `JIANFAN_CONVERSION_FILE=${JSON.stringify(s.JIANFAN_CONVERSION_FILE)}: must name an existing YAML file (${conversionFile} is not there)`,
    ]);
  }
  return {
    siteUrl: s.JIANFAN_SITE_URL,
    seedsDir: s.SEEDS_DIR,
    timeZone: s.JIANFAN_TIME_ZONE,
    imageOrigins: s.JIANFAN_IMAGE_ORIGINS,
    skipInvalid: s.JIANFAN_SKIP_INVALID,
    allowEmpty: s.JIANFAN_ALLOW_EMPTY,
    workers: s.JIANFAN_WORKERS ?? Math.max(1, Math.min(2, cores)),
    conversionFile,
    cacheDir: s.JIANFAN_CACHE_DIR,
    reportDir: s.JIANFAN_REPORT_DIR,
    searchShardPages: s.JIANFAN_SEARCH_SHARD_PAGES,
    listPageSize: s.JIANFAN_LIST_PAGE_SIZE,
    archivePageSize: s.JIANFAN_ARCHIVE_PAGE_SIZE,
  };
}

/** This process's settings, parsed when the build (or a tool) starts. */
export const CONFIG: Config = loadConfig(process.env);

/** What the site is: fixed, the same for every build. */
export const SITE = {
  /** Site name, written in simplified; converted like any other text. */
  name: '简繁新闻',
  /** Latin name, the same in every variant. */
  brand: 'Jianfan',
  description: '经过清理的中文新闻，以简体、台湾繁体和香港繁体阅读，可全文搜索。',
  /** Absolute origin used in canonical and hreflang links (JIANFAN_SITE_URL). */
  url: CONFIG.siteUrl,
  /** Characters per minute for reading time (Firefox Reader View's figure for Chinese). */
  charsPerMinute: 255,
  /** localStorage key that remembers the reader's variant. */
  variantStorageKey: 'jianfan:variant',
} as const;

export const VARIANT_STORAGE_KEY = SITE.variantStorageKey;
