/**
 * Build hook: copy the seed report the loader wrote into dist/report.json,
 * so every deployed site carries the record of how it was made.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { REPORT_FILE } from '../loaders/seeds.ts';

export function seedReport(): AstroIntegration {
  let cacheDir: URL;
  return {
    name: 'jianfan-seed-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        const from = fileURLToPath(new URL(REPORT_FILE, cacheDir));
        if (!existsSync(from)) {
          logger.warn('no seed report found; was the content layer skipped?');
          return;
        }
        copyFileSync(from, fileURLToPath(new URL('report.json', dir)));
        logger.info('wrote report.json');
      },
    },
  };
}
