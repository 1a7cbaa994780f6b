/**
 * An article as the site stores it, defined once: the content collection
 * validates every stored entry against this schema (src/content.config.ts),
 * and the pipeline's ArticleEntry type is inferred from it, so the two cannot
 * drift apart. Plain zod, no Astro import.
 */
import { z } from 'zod';

const nullableText = z.string().nullable();

/** A traditional seed's own fields and summary, for its own variant (written.ts); its body is in the body file. */
export const WRITTEN_META_SCHEMA = z.object({
  /** The variant the seed is written in (zh-hans only for an article kept as written everywhere). */
  variant: z.enum(['zh-hans', 'zh-tw', 'zh-hk']),
  /** Shown on every variant's page, not only its own (the article's rules say `conversion: as-written`). */
  everywhere: z.boolean(),
  title: z.string(),
  author: nullableText,
  source: nullableText,
  description: nullableText,
  tags: z.array(z.string()),
  summary: z.string(),
});

/** The fields lists and pages show, as one traditional variant shows them (converted at ingest, with the article's names and rules). */
export const SHOWN_FIELDS_SCHEMA = z.object({
  title: z.string(),
  author: nullableText,
  source: nullableText,
  summary: z.string(),
  description: nullableText,
});

export const ARTICLE_ENTRY_SCHEMA = z.object({
  /** ASCII slug, stable across rebuilds and shared by every variant. */
  slug: z.string(),
  /** Seed file name, relative to the seeds folder. */
  file: z.string(),
  title: z.string(),
  author: nullableText,
  /** The outlet that published the article. */
  source: nullableText,
  /** ISO 8601 with offset. */
  published: z.string(),
  /** True when the seed gave no zone and the configured one was assumed. */
  zoneAssumed: z.boolean(),
  /** The page printed a date but no time (or nothing, and the file's date stands in): show the date only. */
  dateOnly: z.boolean(),
  updated: nullableText,
  description: nullableText,
  tags: z.array(z.string()),
  /** The description, or the opening of the first paragraph. */
  summary: z.string(),
  /** Readable characters of the body, for reading time. */
  chars: z.number().int().nonnegative(),
  /** Identity of the body's text, for finding one article under two names. */
  contentKey: z.string(),
  /** Absolute path of the stored body, rendered in every variant (src/render/body-store.ts); the body stays out of the content store. */
  bodyFile: z.string(),
  /** Names the article uses whose surname has another traditional form (names.ts), for converting its texts. */
  names: z.array(z.string()),
  written: WRITTEN_META_SCHEMA.nullable(),
  /**
   * The shown fields converted into each traditional variant, once, at ingest
   * (in the workers, and kept in the ingest cache): a headline appears on
   * every list it is in, and converting it in the render, on one thread,
   * again at every build, was a tenth of rendering.
   */
  shown: z.object({ 'zh-tw': SHOWN_FIELDS_SCHEMA, 'zh-hk': SHOWN_FIELDS_SCHEMA }),
  /** The article's own conversion rules (front matter or sidecar field `conversion`; editor-rules.ts). */
  rules: z
    .object({
      variants: z.object({ 'zh-tw': z.record(z.string(), z.string()), 'zh-hk': z.record(z.string(), z.string()) }),
      keep: z.array(z.string()),
      asWritten: z.boolean(),
    })
    .nullable(),
});

export type ArticleEntry = z.infer<typeof ARTICLE_ENTRY_SCHEMA>;

/** What the content collection stores: the entry and what the loader adds over the whole site. */
export const SITE_ARTICLE_SCHEMA = ARTICLE_ENTRY_SCHEMA.extend({
  /** Slugs of related articles, best first (src/render/related.ts, computed by the loader over the whole site). */
  related: z.array(z.string()),
});

export type SiteArticleEntry = z.infer<typeof SITE_ARTICLE_SCHEMA>;
