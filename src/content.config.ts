import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { SITE } from './config.ts';
import { seedsLoader } from './loaders/seeds.ts';

const articles = defineCollection({
  loader: seedsLoader({ dir: SITE.seedsDir, timeZone: SITE.timeZone, imageOrigins: SITE.imageOrigins, lenient: SITE.skipInvalid, allowEmpty: SITE.allowEmpty, workers: SITE.workers }),
  schema: z.object({
    slug: z.string(),
    file: z.string(),
    title: z.string(),
    author: z.string().nullable(),
    source: z.string().nullable(),
    published: z.string(),
    zoneAssumed: z.boolean(),
    dateOnly: z.boolean(),
    updated: z.string().nullable(),
    description: z.string().nullable(),
    tags: z.array(z.string()),
    summary: z.string(),
    chars: z.number().int().nonnegative(),
    contentKey: z.string(),
    // The body, rendered in every variant, lives in this file, not in the store (src/pipeline/body-store.ts).
    bodyFile: z.string(),
    // Names whose surname has another traditional form (src/pipeline/names.ts).
    names: z.array(z.string()),
    // Slugs of related articles, best first (src/pipeline/related.ts, computed by the loader).
    related: z.array(z.string()),
    // A traditional seed's own fields, for its own variant (src/pipeline/written.ts).
    written: z
      .object({
        variant: z.enum(['zh-tw', 'zh-hk']),
        title: z.string(),
        author: z.string().nullable(),
        source: z.string().nullable(),
        description: z.string().nullable(),
        tags: z.array(z.string()),
        summary: z.string(),
      })
      .nullable(),
  }),
});

export const collections = { articles };
