/**
 * What a reader meets around the results: the loading message, counts and
 * more results, the query across the variant switch, excerpts, the words of
 * each variant's interface, and search without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES_URL, SAMPLE_URL } from './urls.ts';

const results = '[data-search-results] .search-result';

/** Paths of every article on the fixtures site, from its list pages. */
async function articlePaths(page: Page, variant: string): Promise<string[]> {
  const paths: string[] = [];
  for (let url: string | null = `${FIXTURES_URL}/${variant}/`; url; ) {
    await page.goto(url);
    paths.push(...(await page.locator('.article-list h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))));
    const next = (await page.locator('.pagination a[rel="next"]').count()) ? await page.locator('.pagination a[rel="next"]').getAttribute('href') : null;
    url = next ? `${FIXTURES_URL}${next}` : null;
  }
  return paths;
}

/** How many articles have `text` in their headline or body, read from the article pages themselves. */
async function articlesContaining(page: Page, variant: string, text: string): Promise<number> {
  let n = 0;
  for (const path of await articlePaths(page, variant)) {
    await page.goto(`${FIXTURES_URL}${path}`);
    const read = await page.evaluate(
      () => `${document.querySelector('article h1')?.textContent ?? ''}\n${document.querySelector('[data-pagefind-body]')?.textContent ?? ''}`,
    );
    if (read.includes(text)) n++;
  }
  return n;
}

test.describe('search status', () => {
  test('a shard list that cannot be fetched shows the search error, not "no result"', async ({ page }) => {
    // The fixture site has several shards: without the list, the root shard alone would answer and miss articles.
    await page.route('**/pagefind/all/shards.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${FIXTURES_URL}/zh-tw/search/?q=${encodeURIComponent('颱風')}`);
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-search-status]')).toHaveText('搜尋功能暫時無法使用，請稍後再試。');
    await expect(page.locator(results)).toHaveCount(0);
  });

  test('"not found" stays when the other script is slow to answer (no hang on the loading message)', async ({ page }) => {
    // A first search with results readies the index, so the wait below is the other script's.
    await page.goto(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('电池')}`);
    await expect(page.locator(results)).not.toHaveCount(0);
    // The zh-hans search finds nothing for 火锅, then asks the zh-tw one, whose query converter (the s2twp buckets) is held back here.
    await page.route('**/pagefind/dict/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.locator('main [data-search-input]').fill('火锅');
    await page.locator('main [data-search-input]').press('Enter');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    await expect(page.locator('[data-search-status]')).toHaveText('没有找到包含“火锅”的文章。');
    await expect(page.locator('.search-suggest')).toHaveCount(0);
  });

  test('a first search asks the newest articles, says how many, and the reader can load the rest of the archive', async ({ page }) => {
    const expected = await articlesContaining(page, 'zh-hans', '的');
    expect(expected).toBeGreaterThan(10);
    // Which shards the page fetches: the fixture site has shards of 4 articles, newest first in shards.json.
    const shardsFetched = new Set<string>();
    page.on('request', (r) => {
      const m = /\/pagefind\/all\/((?:batch-\d+|recent)\/)?pagefind\.[^/]*\.pf_meta$/.exec(new URL(r.url()).pathname);
      if (m) shardsFetched.add(m[1] ?? 'root');
    });
    // The fixture site is small (17 articles in shards of 4, a first search of 4): a first search of 10 articles
    // (the listing's own setting, as a larger JIANFAN_SEARCH_SHARD_PAGES would write it) finds a page of hits among them.
    await page.route('**/pagefind/all/shards.json', async (route) => {
      const listing = (await (await route.fetch()).json()) as { first: number };
      await route.fulfill({ json: { ...listing, first: 10 } });
    });
    await page.goto(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('的')}`);
    await expect(page.locator(results)).toHaveCount(10);
    const status = page.locator('[data-search-status]');
    await expect(status).toHaveText(/^最新的 \d+ 篇文章中有 \d+ 篇包含“的”$/);
    const searched = Number(/最新的 (\d+) 篇/.exec((await status.textContent()) ?? '')![1]);
    expect(searched).toBeLessThan(expected);
    const listing = (await (await page.request.get(`${FIXTURES_URL}/pagefind/all/shards.json`)).json()) as { shards: { dir: string }[] };
    // Not every shard was fetched: the oldest was not.
    expect(shardsFetched.size).toBeLessThan(listing.shards.length + 1);
    expect(shardsFetched.has(listing.shards.at(-1)!.dir)).toBe(false);
    const more = page.locator('button.search-more');
    await expect(more).toHaveText('显示更多结果（搜索较早的文章）');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(results)).toHaveCount(Math.min(expected, 20));
    // Focus moves to the first new result, so a keyboard reader goes on from there.
    await expect(page.locator(`${results}:nth-child(11) h2 a`)).toBeFocused();
    while (await more.count()) await more.click();
    await expect(page.locator(results)).toHaveCount(expected);
    // Every shard asked: the count is every matching article.
    await expect(status).toHaveText(`找到 ${expected} 篇包含“的”的文章`);
    const hrefs = await page.locator(`${results} h2 a`).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(hrefs).size).toBe(expected);
  });

  test("a phrase query is quoted once, in the variant's quote marks", async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('“电池动力”')}`);
    await expect(page.locator('[data-search-status]')).toHaveText('找到 1 篇包含“电池动力”的文章');
    await page.goto(`${FIXTURES_URL}/zh-tw/search/?q=${encodeURIComponent('「電池動力」')}`);
    await expect(page.locator('[data-search-status]')).toHaveText('找到 1 篇包含「電池動力」的文章');
  });
});

test.describe('search layout', () => {
  test('results arriving on a phone push nothing on the screen down (no layout shift)', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // Every layout shift of the page from its first paint, as Lighthouse counts them (none after input).
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) w.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('的')}`);
    await expect(page.locator(results).first()).toBeVisible();
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
    await context.close();
  });
});

test.describe('the query across the variant switch', () => {
  for (const [from, query, to, converted] of [
    ['zh-tw', '電池', 'zh-hans', '电池'],
    ['zh-hans', '电池', 'zh-hk', '電池'],
  ] as const) {
    test(`${from} → ${to} keeps the search, converted`, async ({ page }) => {
      await page.goto(`${FIXTURES_URL}/${from}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator(results)).not.toHaveCount(0);
      await page.locator(`.variant-switch a[data-variant-link="${to}"]`).click();
      await expect(page).toHaveURL(`${FIXTURES_URL}/${to}/search/?q=${encodeURIComponent(converted)}`);
      await expect(page.locator('main [data-search-input]')).toHaveValue(converted);
      await expect(page.locator(results).first().locator('h2 a')).toHaveAttribute('href', new RegExp(`^/${to}/articles/harbour-ferry/`));
    });
  }

  test('a query typed on the page goes with the switch too', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-hk/search/`);
    await page.locator('main [data-search-input]').fill('颱風');
    await expect(page.locator(results)).not.toHaveCount(0);
    await page.locator('.variant-switch a[data-variant-link="zh-hans"]').click();
    await expect(page).toHaveURL(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('台风')}`);
  });
});

test.describe('excerpts', () => {
  test('come from the body, not a headline with a space, with Chinese ellipses', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-hans/search/?q=${encodeURIComponent('合龙')}`);
    const first = page.locator(results).first();
    await expect(first.locator('h2')).toHaveText('跨江大桥主体合龙 明年春季通车');
    const excerpt = (await first.locator('.excerpt').textContent()) ?? '';
    expect(excerpt).not.toContain('跨江大桥主体合龙');
    expect(excerpt).not.toMatch(/^\.|\. /);
    expect(excerpt.startsWith('横跨青澜江')).toBe(true);
    expect(excerpt.endsWith('……')).toBe(true);
    expect(excerpt.replace(/……/g, '')).not.toContain('…');
  });
});

test.describe('interface words per variant', () => {
  test('Taiwan and Hong Kong pages say 搜尋 and name the variant menu without 字型', async ({ page }) => {
    for (const variant of ['zh-tw', 'zh-hk']) {
      await page.goto(`${SAMPLE_URL}/${variant}/`);
      await expect(page.locator('header form[role="search"] button')).toHaveText('搜尋');
      await expect(page.locator('.variant-switch')).toHaveAttribute('aria-label', '選擇中文版本');
    }
    await page.goto(`${SAMPLE_URL}/zh-hans/`);
    await expect(page.locator('header form[role="search"] button')).toHaveText('搜索');
  });

  test('the / key hint shows with a keyboard and mouse, not on a touch screen', async ({ browser }) => {
    await test.step('desktop', async () => {
      const page = await browser.newPage();
      await page.goto(`${SAMPLE_URL}/zh-tw/`);
      await expect(page.locator('header [data-search-input]')).toHaveAttribute('placeholder', '搜尋文章（按 / 鍵）');
      await page.close();
    });
    await test.step('phone', async () => {
      const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${SAMPLE_URL}/zh-tw/`);
      await expect(page.locator('header [data-search-input]')).toHaveAttribute('placeholder', '搜尋文章');
      await context.close();
    });
  });
});
