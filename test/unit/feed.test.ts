import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderFeed, rfc822 } from '../../src/render/feed.ts';
import { paragraphsToBody, toEntry, type Article } from '../../src/pipeline/article.ts';
import { getVariant } from '../../src/pipeline/variants.ts';

const seedArticle: Article = {
  slug: 'a',
  file: 'a.md',
  title: '</title><script>x()</script>软件',
  author: '作者"&',
  source: '来源',
  published: '2026-05-12T09:30:00+08:00',
  zoneAssumed: false,
  dateOnly: false,
  updated: null,
  description: null,
  tags: [],
  body: paragraphsToBody(['第一段<img src=x onerror=y()>。']),
  written: null,
  rules: null,
};
const article = toEntry(seedArticle, '/bodies/a.json');

describe('renderFeed', () => {
  it('escapes every seed value and converts it to the variant', async () => {
    const xml = await renderFeed({ variant: getVariant('zh-tw'), siteUrl: 'https://example.org', title: '网站', description: '说明', articles: [article] });
    expect(xml).not.toMatch(/<script|<img|<\/title><script/);
    expect(xml).toContain('<title>&amp;lt;/title&amp;gt;&amp;lt;script&amp;gt;x()&amp;lt;/script&amp;gt;軟體</title>');
    expect(xml).toContain('<dc:creator>作者&quot;&amp;</dc:creator>');
    expect(xml).toContain('<link>https://example.org/zh-tw/articles/a/</link>');
    expect(xml).toContain('<pubDate>Tue, 12 May 2026 09:30:00 +0800</pubDate>');
    expect(xml).toContain('<language>zh-Hant-TW</language>');
    expect(xml).toContain('<description>第一段&amp;lt;img src=x onerror=y()&amp;gt;。</description>');
  });

  it('gives a reader that renders title and description as HTML the seed text, as text', async () => {
    const xml = await renderFeed({ variant: getVariant('zh-hans'), siteUrl: 'https://example.org', title: '网站', description: '说明', articles: [article] });
    // What a feed reader does: parse the XML (its five entities), then render the text as HTML.
    const xmlText = (element: string) => {
      const raw = new RegExp(`<item>[\\s\\S]*<${element}>([\\s\\S]*?)</${element}>`).exec(xml)![1]!;
      expect(raw).not.toMatch(/<|<!\[CDATA\[/);
      return raw.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
    };
    for (const [element, seedText] of [
      ['title', seedArticle.title],
      ['description', '第一段<img src=x onerror=y()>。'],
    ] as const) {
      const rendered = fromHtml(xmlText(element), { fragment: true });
      expect(selectAll('*', rendered), element).toEqual([]);
      expect(toString(rendered)).toBe(seedText);
    }
  });

  it('carries the full text escaped in content:encoded, and links itself', async () => {
    const xml = await renderFeed({
      variant: getVariant('zh-hk'),
      siteUrl: 'https://example.org',
      title: '网站',
      description: '说明',
      articles: [article],
      bodyHtml: () => '<p>第一段&lt;img&gt;。</p>',
    });
    expect(xml).toContain('<content:encoded>&lt;p&gt;第一段&amp;lt;img&amp;gt;。&lt;/p&gt;</content:encoded>');
    expect(xml).toContain('<atom:link href="https://example.org/zh-hk/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('keeps an author or outlet that reads like a number as written, and names the outlet without misusing <source>', async () => {
    const numeric = toEntry({ ...seedArticle, author: '007', source: '1e5\uffff0\uffff' }, '/bodies/a.json');
    const xml = await renderFeed({
      variant: getVariant('zh-hans'),
      siteUrl: 'https://example.org',
      title: '网站',
      description: '说明',
      articles: [numeric, article],
    });
    expect(xml).toContain('<dc:creator>007</dc:creator>');
    expect(xml).toContain('<dc:source>1e50</dc:source>');
    expect(xml).toContain('<dc:creator>作者&quot;&amp;</dc:creator><dc:source>来源</dc:source>');
    expect(xml).not.toContain('<source');
    expect(xml).not.toContain('\uffff');
  });

  it('writes dates in the offset they were given', () => {
    expect(rfc822('2025-12-20T23:24:49+08:00')).toBe('Sat, 20 Dec 2025 23:24:49 +0800');
    expect(rfc822('2026-01-01T00:05Z')).toBe('Thu, 01 Jan 2026 00:05:00 +0000');
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u001fc\td')).toBe('abc\td');
  });
});
