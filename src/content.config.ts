import { defineCollection } from 'astro:content';
import { CONFIG } from './config.ts';
import { seedsLoader } from './loaders/seeds.ts';
import { SITE_ARTICLE_SCHEMA } from './pipeline/article-schema.ts';

const articles = defineCollection({
  loader: seedsLoader({
    dir: CONFIG.seedsDir,
    timeZone: CONFIG.timeZone,
    imageOrigins: CONFIG.imageOrigins,
    lenient: CONFIG.skipInvalid,
    allowEmpty: CONFIG.allowEmpty,
    workers: CONFIG.workers,
    conversionFile: CONFIG.conversionFile,
  }),
  schema: SITE_ARTICLE_SCHEMA,
});

export const collections = { articles };
