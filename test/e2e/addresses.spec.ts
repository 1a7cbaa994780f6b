/**
 * Addresses a reader may type or follow: other names of the variants
 * (/zh-cn/, /zh-TW/ …, as Chinese Wikipedia accepts them) lead to the
 * variant, and a missing page in a variant says so in that variant.
 */
import { expect, test } from '@playwright/test';
import { SAMPLE_URL } from './urls.ts';

test.describe('other names for a variant', () => {
  for (const [path, expected] of [
    ['/zh-cn/', '/zh-hans/'],
    ['/zh-sg/', '/zh-hans/'],
    ['/zh-hant/', '/zh-tw/'],
    ['/zh-mo/', '/zh-hk/'],
    ['/zh-TW/', '/zh-tw/'],
    ['/ZH-HK/', '/zh-hk/'],
    ['/zh-Hant-HK/search/?q=%E7%AE%97%E5%8A%9B', '/zh-hk/search/?q=%E7%AE%97%E5%8A%9B'],
    ['/zh-CN/2/', '/zh-hans/2/'],
  ] as const) {
    test(`${path} → ${expected}`, async ({ page }) => {
      await page.goto(`${SAMPLE_URL}${path}`);
      await expect(page).toHaveURL(`${SAMPLE_URL}${expected}`);
    });
  }

  test('an article under another spelling of its variant opens', async ({ page }) => {
    await page.goto(`${SAMPLE_URL}/zh-tw/`);
    const href = (await page.locator('.article-list h2 a').first().getAttribute('href'))!;
    await page.goto(`${SAMPLE_URL}${href.replace('/zh-tw/', '/zh-TW/')}`);
    await expect(page).toHaveURL(`${SAMPLE_URL}${href}`);
    await expect(page.locator('article h1')).toHaveCount(1);
  });

  test('the short names work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SAMPLE_URL}/zh-mo/`);
    await expect(page).toHaveURL(`${SAMPLE_URL}/zh-hk/`);
    await context.close();
  });
});

test.describe('a missing page', () => {
  for (const [variant, lang, title, button] of [
    ['zh-tw', 'zh-Hant-TW', '找不到這個網頁', '搜尋'],
    ['zh-hk', 'zh-Hant-HK', '找不到此網頁', '搜尋'],
    ['zh-hans', 'zh-Hans', '找不到此页面', '搜索'],
  ] as const) {
    test(`in ${variant} is a 404 in ${variant}, at the address the reader tried`, async ({ page }) => {
      const address = `${SAMPLE_URL}/${variant}/articles/no-such-article/`;
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.locator('header form[role="search"]')).toHaveAttribute('action', `/${variant}/search/`);
      await expect(page.locator('header form[role="search"] button')).toHaveText(button);
      await expect(page.locator('main a').first()).toHaveAttribute('href', `/${variant}/`);
      await expect(page).toHaveURL(address);
    });
  }
});
