/**
 * Vertical text (直排) on the traditional variants and dictionary ruby
 * (拼音/注音/粵拼), from the reading panel, on a phone-sized screen: how they
 * render (computed styles and geometry), that they are remembered without a
 * flash, that the ruby code loads only when asked for, and axe in each mode.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_URL } from './urls.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function articleUrl(page: Page, variant: string): Promise<string> {
  await page.goto(`${SAMPLE_URL}/${variant}/`);
  return `${SAMPLE_URL}${await page.locator('.article-list h2 a').first().getAttribute('href')}`;
}

async function choose(page: Page, setting: string, value: string): Promise<void> {
  const panel = page.locator('.reading-panel');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await page.locator(`input[name="${setting}"][value="${value}"]`).check();
}

/** axe on the page, or on part of it (`within`): a page of ruby has thousands of readings, each checked for contrast, which takes minutes. */
async function axe(page: Page, within: string[] = []): Promise<string[]> {
  const results = await within.reduce((builder, selector) => builder.include(selector), new AxeBuilder({ page })).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Writing mode of the article text and the geometry that shows how it is set. */
const vertical = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.article-text')!;
    const size = parseFloat(getComputedStyle(box.querySelector('.prose p')!).fontSize);
    const rect = (node: Node, start = 0, end?: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end ?? (node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length));
      return range.getBoundingClientRect();
    };
    const tcy = [...box.querySelectorAll<HTMLElement>('.prose .tcy')];
    const twoDigits = tcy.find((t) => t.textContent!.length === 2)!;
    // A Latin run in the body (GPU, FP8 …): it lies on its side.
    const walker = document.createTreeWalker(box.querySelector('.prose')!, NodeFilter.SHOW_TEXT);
    let latin: DOMRect | undefined;
    for (let n = walker.nextNode(); n && !latin; n = walker.nextNode()) {
      const m = /[A-Z]{3,}/.exec((n as Text).data);
      if (m) latin = rect(n, m.index, m.index + m[0].length);
    }
    const paragraphs = [...box.querySelectorAll('.prose p')].map((p) => p.getBoundingClientRect());
    const h1 = box.querySelector('h1')!.getBoundingClientRect();
    const boxRect = box.getBoundingClientRect();
    return {
      writingMode: getComputedStyle(box).writingMode,
      headlineMode: getComputedStyle(box.querySelector('h1')!).writingMode,
      orientation: getComputedStyle(box).textOrientation,
      size,
      tcyCount: tcy.length,
      combine: twoDigits ? getComputedStyle(twoDigits).textCombineUpright : null,
      twoDigits: twoDigits ? { text: twoDigits.textContent, width: rect(twoDigits).width, height: rect(twoDigits).height } : null,
      latin: latin ? { width: latin.width, height: latin.height } : null,
      scrollLeft: box.scrollLeft,
      scrolls: box.scrollWidth > box.clientWidth + 100,
      boxHeight: boxRect.height,
      headlineRightGap: boxRect.right - h1.right,
      firstParagraphRight: paragraphs[0]!.right,
      secondParagraphRight: paragraphs[1]!.right,
      pageWidth: document.documentElement.scrollWidth,
      tabIndex: box.getAttribute('tabindex'),
    };
  });

test.describe('vertical text (直排)', () => {
  test('renders the traditional article top to bottom, right to left, with upright two-digit numbers and Latin on its side', async ({ page }) => {
    const url = await articleUrl(page, 'zh-tw');
    await page.goto(url);
    expect((await vertical(page)).writingMode).toBe('horizontal-tb');
    await choose(page, 'direction', 'vertical');
    const v = await vertical(page);
    expect(v.writingMode).toBe('vertical-rl');
    expect(v.headlineMode).toBe('vertical-rl');
    expect(v.orientation).toBe('mixed');
    // Upright digits: 12月20日 sets 12 and 20 each in one em square, across the line (not along it, as a rotated run would).
    expect(v.tcyCount).toBeGreaterThan(5);
    expect(v.combine).toBe('all');
    expect(v.twoDigits!.height).toBeLessThanOrEqual(v.size * 1.15);
    expect(v.twoDigits!.width).toBeLessThanOrEqual(v.size * 1.6);
    // Latin rotated: a word runs down the line, longer than it is wide.
    expect(v.latin!.height).toBeGreaterThan(v.latin!.width * 1.3);
    // Page-like on a phone: a box no taller than the screen, scrolling sideways, opened at its right edge where the headline is.
    expect(v.boxHeight).toBeLessThanOrEqual(844);
    expect(v.scrolls).toBe(true);
    expect(v.scrollLeft).toBe(0);
    expect(v.headlineRightGap).toBeLessThan(v.size * 3);
    expect(v.firstParagraphRight).toBeGreaterThan(v.secondParagraphRight);
    // The page itself does not scroll sideways; the text box does, and the keyboard can reach it.
    expect(v.pageWidth).toBeLessThanOrEqual(390);
    expect(v.tabIndex).toBe('0');
    // A two-digit number the page shows stands as written.
    expect(v.twoDigits!.text).toMatch(/^\d\d$/);

    // Back to horizontal.
    await choose(page, 'direction', 'horizontal');
    const h = await vertical(page);
    expect(h.writingMode).toBe('horizontal-tb');
    expect(h.tabIndex).toBeNull();
  });

  test('is remembered across reloads and variants, applied before the first paint, and off on zh-Hans', async ({ page }) => {
    const url = await articleUrl(page, 'zh-hk');
    await page.goto(url);
    await choose(page, 'direction', 'vertical');
    // When the text first exists it is already vertical; by the time the page is parsed its digits stand upright.
    await page.addInitScript(() => {
      const w = window as unknown as { atText?: string; uprightAtParse?: number };
      new MutationObserver((_records, observer) => {
        const text = document.querySelector('.article-text');
        if (!text) return;
        w.atText = getComputedStyle(text).writingMode;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => (w.uprightAtParse = document.querySelectorAll('.prose .tcy').length));
    });
    for (const target of [url, url.replace('/zh-hk/', '/zh-tw/')]) {
      await page.goto(target);
      const seen = await page.evaluate(() => {
        const w = window as unknown as { atText: string; uprightAtParse: number };
        return { atText: w.atText, upright: w.uprightAtParse };
      });
      expect(seen.atText).toBe('vertical-rl');
      expect(seen.upright).toBeGreaterThan(5);
      await expect(page.locator('input[name="direction"][value="vertical"]')).toBeChecked();
    }
    // Simplified pages are not set vertically, and offer no such choice.
    await page.goto(url.replace('/zh-hk/', '/zh-hans/'));
    expect((await vertical(page)).writingMode).toBe('horizontal-tb');
    await expect(page.locator('input[name="direction"]')).toHaveCount(0);
    await expect(page.locator('.tcy')).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations in vertical mode (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const variant of ['zh-tw', 'zh-hk']) {
        await page.goto(await articleUrl(page, variant));
        await choose(page, 'direction', 'vertical');
        expect(await axe(page), variant).toEqual([]);
      }
    });
  }
});

/** The readings over the first occurrence of `word` in the body. */
const readingsOver = (page: Page, word: string) =>
  page.evaluate((w) => {
    const rubies = [...document.querySelectorAll('[data-pagefind-body] ruby.reading')];
    const at = rubies
      .map((r) => r.firstChild!.textContent)
      .join('')
      .indexOf(w);
    return at < 0
      ? null
      : rubies
          .slice(at, at + [...w].length)
          .map((r) => r.querySelector('rt')!.textContent)
          .join(' ');
  }, word);

const RUBY = [
  // 行 in 行业 is háng, in 运行 xíng; 长期 cháng; 还 (still) hái: polyphones read in their words.
  {
    variant: 'zh-hans',
    legend: '拼音',
    words: { 行业: 'háng yè', 运行: 'yùn xíng', 长期: 'cháng qī', 还支持: 'hái zhī chí' },
    syllable: /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/,
  },
  {
    variant: 'zh-tw',
    legend: '注音',
    words: { 行業: 'ㄏㄤˊ ㄧㄝˋ', 運行: 'ㄩㄣˋ ㄒㄧㄥˊ', 長期: 'ㄔㄤˊ ㄑㄧ', 還支持: 'ㄏㄞˊ ㄓ ㄔˊ' },
    syllable: /^˙?[ㄅ-ㄩ]+[ˊˇˋ]?$/,
  },
  { variant: 'zh-hk', legend: '粵拼', words: { 行業: 'hong4 jip6', 運行: 'wan6 hang4', 長期: 'coeng4 kei4' }, syllable: /^[a-z]+[1-6]$/ },
];

test.describe('dictionary ruby', () => {
  for (const { variant, legend, words, syllable } of RUBY) {
    test(`${legend} on ${variant}: loaded only when turned on, correct in context, taken away, remembered`, async ({ page }) => {
      const url = await articleUrl(page, variant);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const before = [...scripts];
      const text = await page.locator('.article-text').textContent();
      await expect(page.locator('ruby')).toHaveCount(0);
      await expect(page.locator('.reading-panel fieldset').last().locator('legend')).toHaveText(legend);

      await choose(page, 'ruby', 'on');
      await expect(page.locator('html')).toHaveAttribute('data-ruby-shown', variant, { timeout: 30_000 });
      // The ruby code came now, not with the page.
      expect(before.filter((s) => /ruby/.test(s))).toEqual([]);
      expect(scripts.slice(before.length).some((s) => /\/_astro\/ruby\./.test(s))).toBe(true);
      await expect(page.locator('article h1 ruby.reading').first()).toBeVisible();
      for (const [word, reading] of Object.entries(words)) expect(await readingsOver(page, word), word).toBe(reading);
      const all = await page.locator('[data-pagefind-body] ruby.reading rt').allTextContents();
      expect(all.length).toBeGreaterThan(1000);
      expect(all.filter((r) => !syllable.test(r))).toEqual([]);
      // Readings sit over their characters in horizontal text.
      const over = await page
        .locator('[data-pagefind-body] ruby.reading')
        .first()
        .evaluate((r) => {
          const range = document.createRange();
          range.selectNodeContents(r.firstChild!);
          const [base, rt] = [range.getBoundingClientRect(), r.querySelector('rt')!.getBoundingClientRect()];
          return rt.top + rt.height / 2 < base.top + base.height / 2 - 4;
        });
      expect(over).toBe(true);
      expect(await axe(page, ['.site-header', '.article-tools', 'article header', '.prose > p:nth-of-type(-n+3)'])).toEqual([]);

      // Remembered: back after a reload.
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-ruby-shown', variant, { timeout: 30_000 });
      await expect(page.locator('input[name="ruby"][value="on"]')).toBeChecked();

      // Off: no ruby left, the text exactly as before.
      await choose(page, 'ruby', 'off');
      await expect(page.locator('ruby')).toHaveCount(0);
      expect(await page.locator('.article-text').textContent()).toBe(text);
      await page.reload();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('ruby')).toHaveCount(0);
    });
  }

  test('注音 stands to the right of each character in vertical text, and axe finds nothing', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(await articleUrl(page, 'zh-tw'));
    await choose(page, 'direction', 'vertical');
    await choose(page, 'ruby', 'on');
    await expect(page.locator('html')).toHaveAttribute('data-ruby-shown', 'zh-tw', { timeout: 30_000 });
    const side = await page
      .locator('[data-pagefind-body] ruby.reading')
      .first()
      .evaluate((r) => {
        const range = document.createRange();
        range.selectNodeContents(r.firstChild!);
        const [base, rt] = [range.getBoundingClientRect(), r.querySelector('rt')!.getBoundingClientRect()];
        return { base: base.left + base.width / 2, rt: rt.left + rt.width / 2 };
      });
    expect(side.rt).toBeGreaterThan(side.base + 4);
    expect(await axe(page)).toEqual([]);
  });
});
