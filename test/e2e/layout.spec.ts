/**
 * Reading on any screen and on paper: the header at 320 px and at 200% text,
 * print, focus and tap targets, the article's own furniture (updated time,
 * source, tables, footnotes, figures, emphasis, headings, alignment,
 * highlight), and search without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES_URL, SAMPLE_URL } from './urls.ts';

const MUSEUM = `${FIXTURES_URL}/zh-tw/articles/museum-survey/`;

async function firstArticle(page: Page, variant: string): Promise<string> {
  await page.goto(`${SAMPLE_URL}/${variant}/`);
  return `${SAMPLE_URL}${await page.locator('.article-list h2 a').first().getAttribute('href')}`;
}

/** Widest the page lays out, in CSS pixels. */
const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

test.describe('the header reflows', () => {
  test('at 200% text on a 390 px screen nothing is wider than the screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const article = await firstArticle(page, 'zh-hk');
    for (const url of [`${SAMPLE_URL}/zh-hk/`, article, `${SAMPLE_URL}/zh-tw/search/?q=${encodeURIComponent('算力')}`]) {
      await page.goto(url);
      // Text at 200%, as a reader's browser setting gives it: every size here is in rem or em.
      await page.addStyleTag({ content: 'html { font-size: 200%; }' });
      expect(await pageWidth(page), url).toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  test('at 320 px the variant links use the short names, on one line, keeping the full names for screen readers', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${SAMPLE_URL}/zh-tw/`);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    const links = page.locator('.variant-switch a');
    const shown = (els: Element[]) => els.filter((e) => e.getBoundingClientRect().width > 1).map((e) => e.textContent);
    expect(await page.locator('.variant-switch a > span').evaluateAll(shown)).toEqual(['简', '台', '港']);
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) expect(box).toBeLessThan(48);
    await expect(page.getByRole('link', { name: '繁體中文（香港）' })).toHaveCount(1);
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.locator('.variant-switch a > span').evaluateAll(shown)).toEqual(['简体中文', '繁體中文（台灣）', '繁體中文（香港）']);
    await context.close();
  });
});

test('colours follow the system scheme unless the reader chose a theme', async ({ page }) => {
  // The palette of src/styles/global.css: page and text colour of each theme.
  const light = { page: 'rgb(251, 250, 247)', text: 'rgb(29, 28, 26)' };
  const dark = { page: 'rgb(21, 20, 19)', text: 'rgb(232, 228, 220)' };
  const sepia = { page: 'rgb(244, 236, 216)', text: 'rgb(51, 41, 27)' };
  const colours = (theme: string | null) =>
    page.evaluate((t) => {
      const root = document.documentElement;
      if (t === null) delete root.dataset['theme'];
      else root.dataset['theme'] = t;
      return { page: getComputedStyle(root).backgroundColor, text: getComputedStyle(document.querySelector('.prose p')!).color };
    }, theme);
  const url = await firstArticle(page, 'zh-hans');
  for (const [scheme, system] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    expect(await colours(null), `${scheme} system, no theme`).toEqual(system);
    expect(await colours('light'), `${scheme} system, light theme`).toEqual(light);
    expect(await colours('dark'), `${scheme} system, dark theme`).toEqual(dark);
    expect(await colours('sepia'), `${scheme} system, sepia theme`).toEqual(sepia);
  }
});

test('print shows the article, dark on white, without the controls, even with a dark screen theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(await firstArticle(page, 'zh-tw'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const selector of ['.site-header', '.back']) await expect(page.locator(selector)).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.querySelector('.prose p')!).color,
    page: getComputedStyle(document.documentElement).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
});

test.describe('controls', () => {
  test('a filled button has a clear focus ring', async ({ page }) => {
    await page.goto(`${SAMPLE_URL}/zh-hans/`);
    await page.locator('header [data-search-input]').focus();
    await page.keyboard.press('Tab');
    const button = page.locator('header form[role="search"] button');
    await expect(button).toBeFocused();
    const ring = await button.evaluate((b) => {
      const s = getComputedStyle(b);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor, fill: s.backgroundColor };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(3);
    expect(ring.colour).not.toBe(ring.fill);
  });

  test('tap targets in the header, on list cards and in the pager are at least 44 px', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${FIXTURES_URL}/zh-hans/`);
    const sizes = await page
      .locator('header a, header button, header input, .card h2 a, .pagination a')
      .evaluateAll((els) => els.map((e) => ({ what: e.outerHTML.slice(0, 60), ...(e.getBoundingClientRect().toJSON() as DOMRect) })));
    expect(sizes.length).toBeGreaterThan(10);
    const small = sizes.filter((s) => s.height < 44 || s.width < 44).map((s) => `${s.what} ${s.width}×${s.height}`);
    expect(small).toEqual([]);
    await context.close();
  });

  test('summaries and headlines wrap without one-character last lines', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-hans/`);
    const styles = await page.locator('.summary, .card h2').evaluateAll((els) => els.map((e) => getComputedStyle(e).textWrapStyle));
    expect(new Set(styles)).toEqual(new Set(['pretty']));
  });
});

test.describe('the article page', () => {
  test('shows the source, publish and update times, each named', async ({ page }) => {
    await page.goto(MUSEUM);
    const meta = page.locator('article header .meta');
    await expect(meta).toContainText('來源：');
    await expect(meta.locator('.source')).not.toBeEmpty();
    await expect(meta).toContainText('發布時間：');
    await expect(meta.locator('.updated')).toContainText('更新時間：2026年8月21日 16:30');
    await expect(meta.locator('.updated time')).toHaveAttribute('datetime', '2026-08-21T16:30:00+08:00');
  });

  test('a wide table scrolls in its own region on a phone; footnotes link both ways; the figure has a converted alt and a caption', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(MUSEUM);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    const region = page.locator('.prose .table-scroll');
    await expect(region).toHaveAttribute('tabindex', '0');
    const fit = await region.evaluate((r) => ({ scroll: r.scrollWidth, client: r.clientWidth, cell: r.querySelector('th')!.getBoundingClientRect() }));
    expect(fit.scroll).toBeGreaterThan(fit.client);
    // A header cell keeps its three characters on one line.
    expect(fit.cell.width).toBeGreaterThan(fit.cell.height);
    await page.locator('.prose sup a').first().click();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
    await expect(page.locator('#user-content-fn-1')).toBeInViewport();
    await expect(page.locator('section.footnotes h2')).toHaveText('註釋');
    await page.locator('#user-content-fn-1 a[data-footnote-backref]').click();
    await expect(page.locator('#user-content-fnref-1')).toBeInViewport();
    const img = page.locator('.prose figure img');
    await expect(img).toHaveAttribute('alt', '博物館正門前排隊入館的觀眾');
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(page.locator('.prose figure figcaption')).toHaveText('開館前，觀眾在正門排隊');
    await context.close();
  });

  test('emphasis on Han is marked with dots, not a slanted Han glyph', async ({ page }) => {
    await page.goto(MUSEUM);
    const em = await page
      .locator('.prose em')
      .first()
      .evaluate((e) => ({ style: getComputedStyle(e).fontStyle, marks: getComputedStyle(e).textEmphasisStyle }));
    expect(em.style).toBe('normal');
    expect(em.marks).not.toBe('none');
  });

  test('a section head in the body is smaller than the headline', async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-hans/articles/harbour-ferry/`);
    const [h1, h2] = await page.evaluate(() => ['article h1', '.prose h2'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)));
    expect(h2!).toBeLessThanOrEqual(h1! * 0.8);
  });

  test('Han characters keep their even spacing beside a long Latin word on a phone (no justify gaps)', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(MUSEUM);
    const { fontSize, widest, pairs } = await page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]')!;
      const han = /\p{Script=Han}/u;
      const box = (n: Text, i: number) => {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect();
      };
      let widest = 0;
      let pairs = 0;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i + 1 < n.data.length; i++) {
          if (!han.test(n.data[i]!) || !han.test(n.data[i + 1]!)) continue;
          const [a, b] = [box(n, i), box(n, i + 1)];
          if (Math.abs(a.top - b.top) > 1) continue;
          pairs++;
          widest = Math.max(widest, b.left - a.left);
        }
      }
      return { fontSize: parseFloat(getComputedStyle(body.querySelector('p')!).fontSize), widest, pairs };
    });
    expect(pairs).toBeGreaterThan(50);
    expect(widest).toBeLessThanOrEqual(fontSize * 1.05);
    await context.close();
  });

  test("words found by search are marked in the site's tint, not the browser's yellow", async ({ page }) => {
    await page.goto(`${FIXTURES_URL}/zh-tw/articles/search-photonic-chip/?highlight=${encodeURIComponent('光子晶片')}`);
    const mark = page.locator('[data-pagefind-body] mark.search-hit').first();
    await expect(mark).toBeVisible();
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgb(255, 255, 0)');
  });
});

test('without JavaScript, the search page links the dated list and shows the newest headlines', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${FIXTURES_URL}/zh-tw/search/?q=${encodeURIComponent('電池')}`);
  await expect(page.locator('main a[href="/zh-tw/"]')).toBeVisible();
  const latest = page.locator('.search-latest-list a');
  expect(await latest.count()).toBeGreaterThan(5);
  await expect(latest.first()).toHaveAttribute('href', /^\/zh-tw\/articles\//);
  await context.close();
});
