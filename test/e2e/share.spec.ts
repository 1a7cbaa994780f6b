/**
 * What link previews and home screens read: Open Graph and Twitter card tags
 * per variant, theme-color, the card image, touch icon and manifest, each
 * fetched and decoded in Chromium.
 */
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_URL } from './urls.ts';

const VARIANTS = [
  { id: 'zh-hans', locale: 'zh_CN', lang: 'zh-Hans' },
  { id: 'zh-tw', locale: 'zh_TW', lang: 'zh-Hant-TW' },
  { id: 'zh-hk', locale: 'zh_HK', lang: 'zh-Hant-HK' },
];

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
const content = async (page: Page, key: string) => (await meta(page, key).first().getAttribute('content')) ?? '';

/** Width and height of an image as Chromium decodes it (0 when it does not). */
const decoded = (page: Page, path: string) =>
  page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode().catch(() => undefined);
    return [img.naturalWidth, img.naturalHeight];
  }, path);

for (const v of VARIANTS) {
  test(`an article in ${v.id} carries its own Open Graph and Twitter card`, async ({ page }) => {
    await page.goto(`${SAMPLE_URL}/${v.id}/`);
    const href = (await page.locator('.article-list h2 a').first().getAttribute('href'))!;
    await page.goto(`${SAMPLE_URL}${href}`);
    const headline = (await page.locator('article h1').textContent())!.trim();
    expect(await content(page, 'og:type')).toBe('article');
    expect(await content(page, 'og:title')).toBe(headline);
    expect(await content(page, 'twitter:title')).toBe(headline);
    expect(await content(page, 'og:description')).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
    expect(await content(page, 'og:url')).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(await content(page, 'og:locale')).toBe(v.locale);
    const alternates = await meta(page, 'og:locale:alternate').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));
    expect(alternates.sort()).toEqual(
      VARIANTS.filter((o) => o.id !== v.id)
        .map((o) => o.locale)
        .sort(),
    );
    expect(await content(page, 'article:published_time')).toBe(await page.locator('article header time').first().getAttribute('datetime'));
    expect(await content(page, 'twitter:card')).toBe('summary_large_image');
    const image = new URL(await content(page, 'og:image'));
    expect(await decoded(page, image.pathname)).toEqual([Number(await content(page, 'og:image:width')), Number(await content(page, 'og:image:height'))]);
    expect(new URL(await content(page, 'twitter:image')).pathname).toBe(image.pathname);
    expect(await meta(page, 'theme-color').count()).toBe(2);
  });

  test(`${v.id} offers a manifest in its own variant, with icons that load`, async ({ page }) => {
    await page.goto(`${SAMPLE_URL}/${v.id}/`);
    expect(await content(page, 'og:type')).toBe('website');
    const href = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
    const response = await page.request.get(`${SAMPLE_URL}${href}`);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as { name: string; lang: string; start_url: string; icons: Array<{ src: string; sizes: string }> };
    expect(manifest.lang).toBe(v.lang);
    expect(manifest.start_url).toBe(`/${v.id}/`);
    expect(manifest.name).toBe((await page.locator('.brand').textContent())!.trim());
    for (const icon of manifest.icons) expect(await decoded(page, icon.src)).toEqual(icon.sizes.split('x').map(Number));
    expect(await decoded(page, (await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!)).toEqual([180, 180]);
  });
}

test.describe('the share button', () => {
  async function openArticle(page: Page): Promise<string> {
    await page.goto(`${SAMPLE_URL}/zh-tw/`);
    const href = (await page.locator('.article-list h2 a').first().getAttribute('href'))!;
    // Arriving from search: the address carries ?highlight=, which is not shared.
    await page.goto(`${SAMPLE_URL}${href}?highlight=${encodeURIComponent('算力')}`);
    return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  }

  test('uses the system share sheet where there is one, with the canonical address', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    const canonical = await openArticle(page);
    await page.getByRole('button', { name: '分享' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared).toEqual({ url: canonical, title: (await page.locator('article h1').textContent())!.trim() });
  });

  test('copies the link where there is no share sheet, and says so', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    const canonical = await openArticle(page);
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.locator('.share-status')).toHaveText('已複製連結');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await context.close();
  });
});

test("the footer links the variant's full-text feed, which parses with every article's body", async ({ page }) => {
  await page.goto(`${SAMPLE_URL}/zh-hk/`);
  const link = page.locator('footer a[type="application/rss+xml"]');
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  const xml = await (await page.request.get(`${SAMPLE_URL}${href}`)).text();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
    const ATOM = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      self: doc.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href') ?? '',
      items: [...doc.querySelectorAll('item')].map((item) => ({
        link: item.querySelector('link')?.textContent ?? '',
        date: item.querySelector('pubDate')?.textContent ?? '',
        paragraphs: new DOMParser().parseFromString(item.getElementsByTagNameNS(CONTENT, 'encoded')[0]?.textContent ?? '', 'text/html').querySelectorAll('p')
          .length,
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(new URL(feed.self).pathname).toBe(href);
  expect(feed.items.length).toBeGreaterThan(0);
  const first = feed.items[0]!;
  await page.goto(`${SAMPLE_URL}${new URL(first.link).pathname}`);
  expect(first.paragraphs).toBe(await page.locator('[data-pagefind-body] > p').count());
  expect(first.date).toMatch(/ \+0800$/);
});
