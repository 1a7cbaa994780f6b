/**
 * Search through the real search page in Chromium, on every variant of both
 * sites: the hand-written query set (test/search/queries.json) in simplified
 * and traditional form must find every expected article in the top 3
 * (recall@3 = 100%), queries of kind "none" must find nothing, and precision
 * is printed. Then the behaviours around it: nothing loads before a search,
 * the header entry and its shortcuts, highlight on arrival, safe rendering of
 * hostile seed text, the no-match message and its suggestion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES_URL, SAMPLE_URL } from './urls.ts';

interface Query {
  site: 'sample' | 'fixtures';
  kind: string;
  hans: string;
  hant: string;
  expect: string[];
}

const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, '../search/queries.json'), 'utf8')) as { queries: Query[] };
const VARIANTS = ['zh-hans', 'zh-tw', 'zh-hk'] as const;
const SITES = { sample: SAMPLE_URL, fixtures: FIXTURES_URL } as const;

/** Run one query on an open search page (as a reader submitting the form) and return the result paths. */
async function runQuery(page: Page, query: string): Promise<string[]> {
  await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('main [data-search-input]')!;
    input.value = q;
    input.form!.requestSubmit();
  }, query);
  await page.waitForFunction((q) => {
    const r = document.querySelector<HTMLElement>('[data-search-results]');
    return r?.dataset['state'] === 'done' && r.dataset['query'] === q;
  }, query);
  return page.$$eval('[data-search-results] .search-result h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const slugOf = (href: string): string => /\/articles\/([^/]+)\//.exec(href)?.[1] ?? href;

test.describe('query set', () => {
  for (const [site, base] of Object.entries(SITES)) {
    for (const variant of VARIANTS) {
      test(`${site} site, ${variant}`, async ({ page }) => {
        const set = queries.filter((q) => q.site === site);
        await page.goto(`${base}/${variant}/search/`);
        const misses: string[] = [];
        const falseHits: string[] = [];
        let found = 0;
        let expected = 0;
        let returned = 0;
        let relevant = 0;
        for (const q of set) {
          for (const form of [q.hans, q.hant]) {
            const hrefs = await runQuery(page, form);
            for (const href of hrefs) expect(href.startsWith(`/${variant}/articles/`), `${form}: ${href}`).toBe(true);
            const slugs = hrefs.map(slugOf);
            if (q.expect.length === 0) {
              if (slugs.length > 0) falseHits.push(`${form} → ${slugs.join(', ')}`);
              continue;
            }
            expected++;
            const top3 = slugs.slice(0, 3);
            if (q.expect.every((s) => top3.includes(s))) found++;
            else misses.push(`${form} (${q.kind}) → [${slugs.join(', ')}], expected [${q.expect.join(', ')}]`);
            returned += slugs.length;
            relevant += slugs.filter((s) => q.expect.includes(s)).length;
          }
        }
        const recall = found / expected;
        const precision = returned ? relevant / returned : 1;
        console.log(
          `search ${site} ${variant}: recall@3 ${(recall * 100).toFixed(1)}% (${found}/${expected}), ` +
            `precision ${(precision * 100).toFixed(1)}% (${relevant}/${returned}), ` +
            `no-match queries with results: ${falseHits.length}`,
        );
        expect(misses, 'queries that missed an expected article in the top 3').toEqual([]);
        expect(falseHits, 'queries that must not match').toEqual([]);
      });
    }
  }
});

test.describe('search behaviour', () => {
  test('nothing of search loads before a search starts', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${FIXTURES_URL}/zh-tw/articles/search-noodle-shop/`);
    await page.goto(`${FIXTURES_URL}/zh-tw/search/`);
    await page.locator('main [data-search-input]').focus();
    expect(requests.filter((p) => /pagefind|engine|highlight|query\./.test(p))).toEqual([]);
    await page.locator('main [data-search-input]').fill('拉面');
    await expect(page.locator('[data-search-results] .search-result')).toHaveCount(1);
    expect(requests.some((p) => p.endsWith('/pagefind/all/pagefind.js'))).toBe(true);
    // The result is shown from the variant's own text.
    expect(requests.some((p) => p.startsWith('/pagefind/text/zh-tw/'))).toBe(true);
    expect(page.url()).toContain(`q=${encodeURIComponent('拉面')}`);
  });

  test('the header entry works with / and Ctrl+K, and leads to results in the variant', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-hk/articles/search-noodle-shop/`);
    const field = page.locator('header [data-search-input]');
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await page.locator('article h1').click();
    await page.keyboard.press('Control+k');
    await expect(field).toBeFocused();
    await field.fill('台风');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/zh-hk\/search\/\?q=/);
    const first = page.locator('[data-search-results] .search-result').first();
    await expect(first.locator('h2 a')).toHaveAttribute('href', /^\/zh-hk\/articles\/search-tea-typhoon\//);
    await expect(first.locator('.excerpt mark').first()).toHaveText('颱風');
    await expect(first.locator('.source')).toHaveText('山城新聞網');
    await expect(first.locator('time')).toHaveAttribute('datetime', '2026-09-15T07:50:00+08:00');
  });

  test('the header form is a plain GET form to the search page', async ({ page }) => {
    await page.goto(`${SAMPLE_URL}/zh-tw/`);
    const form = page.locator('header form[role="search"]');
    await expect(form).toHaveAttribute('action', '/zh-tw/search/');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form.locator('input[name="q"]')).toHaveCount(1);
  });

  test('following a result highlights the matched words in the article', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-tw/search/?q=${encodeURIComponent('光子芯片')}`);
    await page.locator('[data-search-results] .search-result h2 a').first().click();
    await expect(page).toHaveURL(/\/zh-tw\/articles\/search-photonic-chip\/\?highlight=/);
    const marks = page.locator('[data-pagefind-body] mark.search-hit');
    await expect(marks.first()).toHaveText('光子晶片');
    await expect(page.locator('[data-pagefind-body] > p').first()).toBeVisible();
  });

  test('seed text in results stays text', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('正文第一段')}`);
    const title = page.locator('[data-search-results] .search-result h2 a').first();
    await expect(title).toContainText('<img src=x onerror=');
    await expect(page.locator('[data-search-results] img, [data-search-results] script, [data-search-results] svg, [data-search-results] iframe')).toHaveCount(
      0,
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('no match says so in the variant', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-tw/search/?q=${encodeURIComponent('火锅')}`);
    await expect(page.locator('[data-search-status]')).toHaveText('沒有找到包含「火锅」的文章。');
    await expect(page.locator('[data-search-results] .search-result')).toHaveCount(0);
    await expect(page.locator('.search-suggest')).toHaveCount(0);
  });

  // Issue 13 defect 5: a reader's word in any region's vocabulary finds the article in every variant.
  const vocabulary = [
    // [variant, typed, slug, what that variant's page writes]
    ['zh-hans', '軟體', 'search-coding-camp', '软件'],
    ['zh-hans', '影片', 'search-coding-camp', '视频'],
    ['zh-hans', '晶片', 'search-photonic-chip', '芯片'],
    ['zh-hk', '影片', 'search-coding-camp', '視頻'],
    ['zh-hk', '晶片', 'search-photonic-chip', '芯片'],
    ['zh-hk', '軟體', 'search-coding-camp', '軟件'],
    ['zh-tw', '视频', 'search-coding-camp', '影片'],
    ['zh-tw', '芯片', 'search-photonic-chip', '晶片'],
    ['zh-tw', '软件', 'search-coding-camp', '軟體'],
  ] as const;
  for (const [variant, typed, slug, written] of vocabulary) {
    test(`${typed} on ${variant} finds the article that says ${written}, with no suggestion`, async ({ page }) => {
      await page.goto(`${FIXTURES_URL}/${variant}/search/?q=${encodeURIComponent(typed)}`);
      await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
      const first = page.locator('[data-search-results] .search-result').first();
      await expect(first).toBeVisible();
      await expect(page.locator(`[data-search-results] .search-result h2 a[href^="/${variant}/articles/${slug}/"]`)).toHaveCount(1);
      await expect(page.locator('[data-search-results] .search-result mark', { hasText: written }).first()).toBeVisible();
      await expect(page.locator('.search-suggest')).toHaveCount(0);
    });
  }

  test('a reviewed Taiwan word finds the mainland word on the simplified site', async ({ page }) => {
    // 晶片 reads back as 芯片 (src/pipeline/dictionaries/taiwan-news.ts).
    await page.goto(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('晶片')}`);
    await expect(page.locator('[data-search-status]')).toContainText('找到');
    await expect(page.locator('[data-search-status]')).not.toContainText('没有找到');
    await expect(page.locator('[data-search-results] .search-result').first()).toContainText('芯片');
  });
});
