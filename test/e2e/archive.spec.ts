/**
 * Navigating the archive in Chromium, on the fixture site: related articles
 * at the end of each article, the outlet's, month's and tag's pages in every
 * variant, the footer, the standfirst; and the offer of the reader's
 * remembered variant on a page of another one. Expected values come from
 * the fixture seeds' front matter.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES_URL } from './urls.ts';

const article = (variant: string, slug: string) => `${FIXTURES_URL}/${variant}/articles/${slug}/`;
const slugsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').split('/').at(-2)));

test('every article ends with related articles of the site, not itself, and they differ by article', async ({ page }) => {
  const lists: Record<string, string[]> = {};
  for (const slug of ['harbour-ferry', 'search-noodle-shop', 'e-hongkong-news', 'search-photonic-chip']) {
    await page.goto(article('zh-hans', slug));
    const related = (await slugsOf(page, '.related li a')) as string[];
    expect(related.length, slug).toBeGreaterThan(0);
    expect(related.length, slug).toBeLessThanOrEqual(5);
    expect(related, slug).not.toContain(slug);
    lists[slug] = related;
  }
  expect(new Set(Object.values(lists).map((l) => l.join(' '))).size).toBe(4);
  // The two rail-line articles (Taipei's MRT, Hong Kong's MTR) find each other first.
  await page.goto(article('zh-tw', 'e-hongkong-news'));
  expect((await slugsOf(page, '.related li a'))[0]).toBe('d-taiwan-news');
  await expect(page.locator('.related h2')).toHaveText('相關文章');
  await page.locator('.related li a').first().click();
  await expect(page).toHaveURL(article('zh-tw', 'd-taiwan-news'));
});

test("an article links its outlet's page, which lists that outlet's articles, labelled in the variant", async ({ page }) => {
  await page.goto(article('zh-tw', 'harbour-ferry'));
  await page.locator('.meta a.source').click();
  await expect(page.locator('h1')).toHaveText('來源：海灣晨報');
  expect(await slugsOf(page, '.archive-list li a')).toEqual(['harbour-ferry']);
  await page.locator('.archive-up a').click();
  await expect(page.locator('h1')).toHaveText('新聞來源');
  await expect(page.locator('.archive-index a', { hasText: '海灣晨報' })).toHaveCount(1);
  await expect(page.locator('.archive-index a', { hasText: '南城時報' })).toHaveCount(1);
});

test("a month's page lists that month's articles, newest first, in each variant", async ({ page }) => {
  for (const variant of ['zh-hans', 'zh-hk']) {
    await page.goto(`${FIXTURES_URL}/${variant}/months/`);
    await page.locator('.archive-index a', { hasText: '2026年4月' }).click();
    await expect(page.locator('h1')).toHaveText('2026年4月');
    expect(await slugsOf(page, '.archive-list li a')).toEqual(['night-market', 'search-photonic-chip']);
  }
  await page.goto(article('zh-hans', 'harbour-ferry'));
  await page.locator('.article-month a').click();
  expect(await slugsOf(page, '.archive-list li a')).toEqual(['harbour-ferry']);
});

test("Markdown tags are links to the tag's page, converted in the traditional variants", async ({ page }) => {
  await page.goto(article('zh-tw', 'museum-survey'));
  await expect(page.locator('.article-tags a')).toHaveText(['文化', '博物館']);
  await page.locator('.article-tags a', { hasText: '博物館' }).click();
  await expect(page.locator('h1')).toHaveText('標籤：博物館');
  expect(await slugsOf(page, '.archive-list li a')).toEqual(['museum-survey']);
  await page.goto(`${FIXTURES_URL}/zh-hans/tags/`);
  await expect(page.locator('.archive-index a')).toHaveText(['交通', '博物馆', '文化', '能源']);
});

test('the standfirst is the description; the footer says what the site is and links the archive and the feed', async ({ page }) => {
  await page.goto(article('zh-hans', 'harbour-ferry'));
  await expect(page.locator('article .standfirst')).toHaveText('三条渡轮航线将在明年夏季前完成改装，码头同步建设充电设施。');
  const footer = page.locator('.site-footer');
  await expect(footer).toContainText('版权归原媒体所有');
  for (const path of ['/zh-hans/sources/', '/zh-hans/months/', '/zh-hans/tags/', '/zh-hans/feed.xml']) {
    await expect(footer.locator(`a[href="${path}"]`)).toHaveCount(1);
  }
  await page.goto(article('zh-hans', 'night-market'));
  await expect(page.locator('article .standfirst')).toHaveCount(0);
});

test('seed text on the archive pages stays text', async ({ page }) => {
  await page.goto(`${FIXTURES_URL}/zh-hans/sources/`);
  await page.locator('.archive-index a', { hasText: '<script>' }).click();
  await expect(page.locator('h1')).toContainText('"><script>window.__pwned=10</script>');
  await expect(page.locator('.archive-list li a')).toContainText(['</script><script>window.__pwned=7</script>标题']);
  await page.goto(article('zh-hans', 'script-in-scrape'));
  await page.goto(`${FIXTURES_URL}/zh-hans/months/2026-06/`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe('the offer of the remembered variant', () => {
  const offer = (page: Page) => page.locator('aside.variant-offer');

  test('is made once, in the remembered variant, as a link to the same page there, never a redirect', async ({ page, context }) => {
    await page.goto(`${FIXTURES_URL}/zh-hans/`);
    await expect(offer(page)).toHaveCount(0);
    await page.locator('.variant-switch a[data-variant-link="zh-hk"]').click();
    await expect(page).toHaveURL(`${FIXTURES_URL}/zh-hk/`);
    await expect(offer(page)).toHaveCount(0);

    // A shared link in Taiwan script: it opens as shared, with the offer.
    const shared = await context.newPage();
    await shared.goto(`${article('zh-tw', 'harbour-ferry')}#main`);
    await expect(shared).toHaveURL(`${article('zh-tw', 'harbour-ferry')}#main`);
    await expect(offer(shared)).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(offer(shared)).toContainText('你之前選擇了香港繁體中文。');
    await expect(offer(shared).locator('a')).toHaveAttribute('href', '/zh-hk/articles/harbour-ferry/#main');
    // Once: the next page of the visit in this variant does not repeat it.
    await shared.goto(article('zh-tw', 'museum-survey'));
    await expect(offer(shared)).toHaveCount(0);

    // Accepted, in another tab: the same article in the remembered variant, and no offer there.
    const other = await context.newPage();
    await other.goto(article('zh-tw', 'night-market'));
    await offer(other).locator('a').click();
    await expect(other).toHaveURL(article('zh-hk', 'night-market'));
    await expect(offer(other)).toHaveCount(0);
    await expect(other.locator('article h1')).toBeVisible();
  });

  test('can be dismissed, with the keyboard, and stays dismissed', async ({ page, context }) => {
    await page.goto(`${FIXTURES_URL}/zh-tw/`);
    await page.locator('.variant-switch a[data-variant-link="zh-hans"]').click();
    await page.goto(article('zh-hk', 'harbour-ferry'));
    await expect(offer(page)).toContainText('你之前选择了简体中文。');
    await offer(page).locator('button').focus();
    await page.keyboard.press('Enter');
    await expect(offer(page)).toHaveCount(0);
    await expect(page).toHaveURL(article('zh-hk', 'harbour-ferry'));
    const later = await context.newPage();
    await later.goto(article('zh-tw', 'harbour-ferry'));
    await expect(later.locator('article h1')).toBeVisible();
    await expect(offer(later)).toHaveCount(0);
  });
});
