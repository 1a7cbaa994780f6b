/** Accessibility of every kind of page, checked with axe-core in Chromium, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SAMPLE_URL } from './urls.ts';

const PAGES = ['/zh-hans/', '/zh-tw/', '/zh-hk/search/?q=%E7%AE%97%E5%8A%9B', '/zh-hk/no-such-page/'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const path of PAGES) {
      test(`no axe violations on ${decodeURIComponent(path)}`, async ({ page }) => {
        await page.goto(`${SAMPLE_URL}${path}`);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('no axe violations on an article page', async ({ page }) => {
      await page.goto(`${SAMPLE_URL}/zh-tw/`);
      await page.locator('.article-list a').first().click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
