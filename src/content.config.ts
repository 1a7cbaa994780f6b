import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { SITE } from './config.ts';
import { seedsLoader } from './loaders/seeds.ts';

const articles = defineCollection({
  loader: seedsLoader({ dir: SITE.seedsDir, timeZone: SITE.timeZone, lenient: SITE.skipInvalid, workers: SITE.workers }),
  schema: z.object({
    slug: z.string(),
    file: z.string(),
    title: z.string(),
    author: z.string().nullable(),
    source: z.string().nullable(),
    published: z.string(),
    zoneAssumed: z.boolean(),
    updated: z.string().nullable(),
    description: z.string().nullable(),
    tags: z.array(z.string()),
    // A sanitised hast tree, built by the pipeline (see src/pipeline/article.ts).
    body: z.custom<import('hast').Root>((value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root'),
  }),
});

export const collections = { articles };
