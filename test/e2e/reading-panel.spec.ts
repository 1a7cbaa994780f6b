/**
 * The reading panel on an article: text size, typeface, line spacing and
 * theme, by keyboard, remembered across pages and reloads, applied before
 * the first paint, and accessible in every theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_URL } from './urls.ts';

async function articles(page: Page, variant: string): Promise<string[]> {
  await page.goto(`${SAMPLE_URL}/${variant}/`);
  return (await page.locator('.article-list h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) => `${SAMPLE_URL}${h}`);
}

const computed = (page: Page) =>
  page.evaluate(() => ({
    rootSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
    lineHeight:
      parseFloat(getComputedStyle(document.querySelector('.prose p')!).lineHeight) / parseFloat(getComputedStyle(document.querySelector('.prose p')!).fontSize),
    family: getComputedStyle(document.querySelector('.article')!).fontFamily,
    background: getComputedStyle(document.documentElement).backgroundColor,
  }));

test('chosen with the keyboard, kept across pages and reloads, applied before the first paint', async ({ page }) => {
  const [first] = await articles(page, 'zh-tw');
  await page.goto(first!);
  const before = await computed(page);
  const panel = page.locator('.reading-panel');
  await expect(panel).toBeVisible();
  await panel.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radiogroup', { name: '字級' }).or(page.getByRole('group', { name: '字級' }))).toBeVisible();
  // Arrow keys move through a radio group, as in any form.
  await page.getByRole('radio', { name: '標準' }).first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();
  await page.getByRole('radio', { name: '明體' }).check();
  await page.getByRole('radio', { name: '寬鬆' }).check();
  await page.getByRole('radio', { name: '米色' }).check();
  const after = await computed(page);
  expect(after.rootSize).toBeCloseTo(before.rootSize * 1.5, 1);
  expect(after.lineHeight).toBeGreaterThan(before.lineHeight + 0.2);
  expect(after.family).toContain('Serif');
  expect(after.family).not.toBe(before.family);
  expect(after.background).toBe('rgb(244, 236, 216)');

  // Before the first paint: the settings are on <html> when <body> first exists.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      (window as unknown as { atBody: string }).atBody = JSON.stringify({ ...document.documentElement.dataset });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  for (const url of [first!, `${SAMPLE_URL}/zh-tw/`]) {
    await page.goto(url);
    const atBody = JSON.parse(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)) as Record<string, string>;
    expect(atBody).toEqual({ size: 'xxl', font: 'serif', leading: 'loose', theme: 'sepia' });
  }
  await page.goto(first!);
  expect(await computed(page)).toEqual(after);
  await expect(page.locator('input[name="theme"][value="sepia"]')).toBeChecked();

  // Back to the defaults: nothing is left on <html>.
  await page.locator('.reading-panel summary').click();
  for (const name of ['標準', '黑體', '跟隨系統']) await page.getByRole('radio', { name }).first().check();
  await page.locator('fieldset').nth(2).getByRole('radio', { name: '標準' }).check();
  expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({});
});

for (const theme of ['sepia', 'dark', 'light'] as const) {
  test(`no axe violations with the panel open in the ${theme} theme`, async ({ page }) => {
    const [first] = await articles(page, 'zh-hk');
    await page.goto(first!);
    await page.locator('.reading-panel summary').click();
    await page.locator(`input[name="theme"][value="${theme}"]`).check();
    await page.locator('input[name="font"][value="serif"]').check();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
  });
}
