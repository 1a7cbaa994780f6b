import { expect, test } from '@playwright/test';
import { SAMPLE_URL } from './urls.ts';

const VARIANTS = [
  { id: 'zh-hans', lang: 'zh-Hans' },
  { id: 'zh-tw', lang: 'zh-Hant-TW' },
  { id: 'zh-hk', lang: 'zh-Hant-HK' },
];

async function firstArticlePath(page: import('@playwright/test').Page, variant: string): Promise<string> {
  await page.goto(`${SAMPLE_URL}/${variant}/`);
  const href = await page.locator('.article-list a').first().getAttribute('href');
  expect(href).toMatch(new RegExp(`^/${variant}/articles/[a-z0-9-]+/$`));
  return href!;
}

test.describe('reading the sample article', () => {
  for (const v of VARIANTS) {
    test(`opens the article in ${v.id}`, async ({ page }) => {
      const path = await firstArticlePath(page, v.id);
      await page.goto(`${SAMPLE_URL}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', v.lang);
      await expect(page.locator('article h1')).toHaveCount(1);
      await expect(page.locator('[data-pagefind-body] > p')).toHaveCount(32);
      await expect(page.locator('article time')).toHaveAttribute('datetime', '2025-12-20T23:24:49+08:00');
    });
  }

  test('reads without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const path = await firstArticlePath(page, 'zh-tw');
    await page.goto(`${SAMPLE_URL}${path}`);
    await expect(page.locator('[data-pagefind-body] > p')).toHaveCount(32);
    // The root offers plain links when it cannot redirect.
    await page.goto(`${SAMPLE_URL}/`);
    await expect(page.locator('a[href="/zh-hk/"]')).toBeVisible();
    await context.close();
  });
});

test.describe('switching variant', () => {
  test('leads to the same article in the other variant and is remembered', async ({ page }) => {
    const path = await firstArticlePath(page, 'zh-hans');
    await page.goto(`${SAMPLE_URL}${path}`);
    const headlineHans = await page.locator('article h1').textContent();
    await page.locator('.variant-switch a[data-variant-link="zh-hk"]').click();
    await expect(page).toHaveURL(`${SAMPLE_URL}${path.replace('/zh-hans/', '/zh-hk/')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    const headlineHk = await page.locator('article h1').textContent();
    expect(headlineHk).not.toBe(headlineHans);
    await expect(page.locator('.variant-switch a[aria-current]')).toHaveAttribute('data-variant-link', 'zh-hk');
    // A later visit to / goes to the remembered variant.
    await page.goto(`${SAMPLE_URL}/`);
    await expect(page).toHaveURL(`${SAMPLE_URL}/zh-hk/`);
    await page.locator('.variant-switch a[data-variant-link="zh-tw"]').click();
    await page.goto(`${SAMPLE_URL}/`);
    await expect(page).toHaveURL(`${SAMPLE_URL}/zh-tw/`);
  });

  for (const [locale, expected] of [
    ['zh-TW', 'zh-tw'],
    ['zh-HK', 'zh-hk'],
    ['zh-CN', 'zh-hans'],
    ['en-US', 'zh-hans'],
  ] as const) {
    test(`sends a first-time ${locale} reader to ${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${SAMPLE_URL}/`);
      await expect(page).toHaveURL(`${SAMPLE_URL}/${expected}/`);
      await context.close();
    });
  }

  test('unknown addresses get the 404 page with links to every variant', async ({ page }) => {
    const response = await page.goto(`${SAMPLE_URL}/zh-tw/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('main a[href="/zh-tw/"]')).toBeVisible();
  });
});
