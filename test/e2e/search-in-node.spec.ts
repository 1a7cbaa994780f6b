/**
 * The search run in Node (test/helpers/search-in-node.ts), which the build
 * tests use to compare a rebuilt site's search with a clean build's, answers
 * as the search page does in Chromium: on the fixture site (built by
 * rebuilds, so its bundle has batch and recent shards), the same
 * articles in the same order for a share of the query set in both scripts,
 * in every variant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { searchSite } from '../helpers/search-in-node.ts';
import { FIXTURES_URL } from './urls.ts';

const ROOT = join(import.meta.dirname, '../..');
const VARIANTS = ['zh-hans', 'zh-tw', 'zh-hk'] as const;
const { queries } = JSON.parse(readFileSync(join(ROOT, 'test/search/queries.json'), 'utf8')) as { queries: { site: string; hans: string; hant: string }[] };
// Every third query of the fixture site's set (each kind is there), in both scripts.
const QUERIES = queries
  .filter((q) => q.site === 'fixtures')
  .filter((_, i) => i % 3 === 0)
  .flatMap((q) => [q.hans, q.hant]);

for (const variant of VARIANTS) {
  test(`finds what the page finds in Chromium, ${variant}`, async ({ page }) => {
    const inNode = await searchSite(join(ROOT, '.test-sites/e2e-fixtures'), QUERIES, [variant], 'page');
    await page.goto(`${FIXTURES_URL}/${variant}/search/`);
    let found = 0;
    for (const outcome of inNode) {
      await page.evaluate((q) => {
        const input = document.querySelector<HTMLInputElement>('main [data-search-input]')!;
        input.value = q;
        input.form!.requestSubmit();
      }, outcome.query);
      await page.waitForFunction((q) => {
        const r = document.querySelector<HTMLElement>('[data-search-results]');
        return r?.dataset['state'] === 'done' && r.dataset['query'] === q;
      }, outcome.query);
      // A result links to its article with the terms to highlight: compare the article.
      const shown = await page.$$eval('[data-search-results] .search-result h2 a', (links) => links.map((a) => (a.getAttribute('href') ?? '').split('?')[0]));
      expect(outcome.error, outcome.query).toBeUndefined();
      expect(
        outcome.hits!.map((h) => h.url),
        outcome.query,
      ).toEqual(shown);
      found += shown.length;
    }
    // Not two empty answers.
    expect(found).toBeGreaterThan(QUERIES.length / 2);
  });
}
