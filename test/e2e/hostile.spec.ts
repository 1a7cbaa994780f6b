/**
 * Pages built from hostile seeds (test/fixtures/site/hostile) must show the
 * seed text as text: nothing a seed contains may run, in any variant.
 */
import { expect, test, type Page } from '@playwright/test';
import { MAX_QUERY_CHARS } from '../../src/render/paths.ts';
import { EMPTY_URL, FIXTURES_URL } from './urls.ts';

const VARIANTS = ['zh-hans', 'zh-tw', 'zh-hk'];

async function assertInert(page: Page): Promise<void> {
  const findings = await page.evaluate(() => {
    const bad: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) bad.push(`__pwned=${String((window as unknown as { __pwned?: unknown }).__pwned)}`);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}`);
        if (/^\s*javascript:/i.test(attr.value)) bad.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
    }
    for (const el of document.querySelectorAll('iframe, object, embed, svg script')) bad.push(el.tagName);
    for (const s of document.querySelectorAll('script')) {
      if (s.type === 'application/ld+json') {
        // Data, never run; it must still be one intact JSON value.
        try {
          JSON.parse(s.textContent ?? '');
        } catch {
          bad.push('broken JSON-LD');
        }
        continue;
      }
      // Ours: the reading settings, search, the variant switch, sharing, upright digits in vertical text (UprightDigits.astro), the offline worker's registration.
      const known =
        /localStorage|pagefind|data-variant-link|data-share|search|dataset\.upright|serviceWorker/.test(s.textContent ?? '') || s.src.includes('/_astro/');
      if (!known || /__pwned/.test(s.textContent ?? '')) bad.push(`script: ${(s.textContent ?? s.src).slice(0, 60)}`);
    }
    return bad;
  });
  expect(findings).toEqual([]);
}

test('hostile seeds render as inert text on every page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const variant of VARIANTS) {
    await page.goto(`${FIXTURES_URL}/${variant}/`);
    await assertInert(page);
    const hrefs = await page.locator('.article-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      await page.goto(`${FIXTURES_URL}${href}`);
      await page.mouse.move(200, 300);
      await assertInert(page);
    }
  }
  expect(dialogs).toEqual([]);
});

test('hostile markup is shown as text, not dropped from the headline', async ({ page }) => {
  await page.goto(`${FIXTURES_URL}/zh-hans/`);
  const titles = await page.locator('.article-list h2').allTextContents();
  // The front-matter title's tags are visible characters, proving they were escaped.
  expect(titles.some((t) => t.includes('<script>') && t.includes('标题'))).toBe(true);
});

test('a pasted 10,000-character query is cut to the longest query searched before it reaches the URL', async ({ page }) => {
  await page.goto(`${FIXTURES_URL}/zh-hans/search/`);
  for (const box of ['#search-q', '#site-search-q']) expect(await page.locator(box).getAttribute('maxlength')).toBe(String(MAX_QUERY_CHARS));
  // A paste by script, as maxlength does not bind what a script or an extension writes into the box.
  await page.locator('#search-q').evaluate((input: HTMLInputElement) => {
    input.value = '港'.repeat(10_000);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length ?? 0).toBe(MAX_QUERY_CHARS);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
  expect(page.url().length).toBeLessThan(1_500);
});

test('search on a site of no article says nothing was found, without a pagefind error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${EMPTY_URL}/zh-hans/search/?q=${encodeURIComponent('港口')}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-search-status]')).toContainText('港口');
  await expect(page.locator('[data-search-status]')).not.toHaveText(/暂时无法使用/);
  expect(errors).toEqual([]);
});
