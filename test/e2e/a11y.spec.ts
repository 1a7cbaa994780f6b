/** Accessibility of every kind of page, checked with axe-core in Chromium, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURES_URL, SAMPLE_URL } from './urls.ts';

const PAGES = [
  '/zh-hans/',
  '/zh-tw/',
  '/zh-hk/search/?q=%E7%AE%97%E5%8A%9B',
  '/zh-hk/no-such-page/',
  '/zh-tw/sources/',
  '/zh-hans/months/2025-12/',
  '/zh-hk/tags/',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const path of PAGES) {
      test(`no axe violations on ${decodeURIComponent(path)}`, async ({ page }) => {
        await page.goto(`${SAMPLE_URL}${path}`);
        // The results, with their marked matches, are what the search page is checked with: not the moment before they come.
        if (path.includes('/search/')) await page.locator('.search-result .excerpt mark').first().waitFor();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('no axe violations with the offer of the remembered variant shown', async ({ page }) => {
      await page.goto(`${SAMPLE_URL}/zh-hans/`);
      await page.locator('.variant-switch a[data-variant-link="zh-hk"]').click();
      await page.goto(`${SAMPLE_URL}/zh-tw/`);
      await expect(page.locator('aside.variant-offer')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('no axe violations on an article with a standfirst, tags and related articles', async ({ page }) => {
      await page.goto(`${FIXTURES_URL}/zh-tw/articles/museum-survey/`);
      await expect(page.locator('.related li').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('no axe violations on an article page', async ({ page }) => {
      await page.goto(`${SAMPLE_URL}/zh-tw/`);
      await page.locator('.article-list a').first().click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
