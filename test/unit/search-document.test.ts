import { describe, expect, it } from 'vitest';
import { blockText, indexDocument, indexedArticle, innerHtmlOf, searchText, spaceHan } from '../../src/search/build/document.ts';

const SPACE = ' ';

describe('spaceHan', () => {
  it('makes every Han character its own word', () => {
    expect(spaceHan('四十分钟')).toBe(['四', '十', '分', '钟'].join(SPACE));
  });

  it('keeps Latin words and numbers whole', () => {
    expect(spaceHan('发布DeepSeek模型400G')).toBe(['发', '布', 'DeepSeek', '模', '型', '400G'].join(SPACE));
    expect(spaceHan('hello world 2026')).toBe('hello world 2026');
  });

  it('does not double the white space already there', () => {
    expect(spaceHan(`中${SPACE}文`)).toBe(`中${SPACE}文`);
    expect(spaceHan('中\n文，')).toBe('中\n文 ，');
  });
});

describe('innerHtmlOf', () => {
  it('returns the inner HTML of the element with the attribute, nested tags matched', () => {
    const html = '<main><div class="x"><div data-pagefind-body><div><p>a</p></div><p>b</p></div><p>out</p></div></main>';
    expect(innerHtmlOf(html, 'data-pagefind-body')).toBe('<div><p>a</p></div><p>b</p>');
  });

  it('does not take an attribute that merely starts with the name', () => {
    expect(innerHtmlOf('<div data-pagefind-body-x><p>a</p></div>', 'data-pagefind-body')).toBeNull();
  });

  it("reads the name only as an attribute, not in another attribute's value", () => {
    const html =
      '<head><meta name="description" content="摘要说 data-pagefind-body 与 a > b"></head><body><div class="prose" data-pagefind-body><p>正文</p></div></body>';
    expect(innerHtmlOf(html, 'data-pagefind-body')).toBe('<p>正文</p>');
    expect(innerHtmlOf('<p title=\'x data-pagefind-body\'>a</p><div data-pagefind-body="">b</div>', 'data-pagefind-body')).toBe('b');
  });

  it('returns null when the element is missing or unclosed', () => {
    expect(innerHtmlOf('<p>nothing</p>', 'data-pagefind-body')).toBeNull();
    expect(innerHtmlOf('<div data-pagefind-body><p>a</p>', 'data-pagefind-body')).toBeNull();
  });
});

describe('indexDocument', () => {
  const page = (ld: object, body = '<p>第一段文字。</p><p>Second 段落</p>') =>
    `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>` +
    `<body><nav>导航 菜单</nav><article><h1>标题</h1><div class="prose" data-pagefind-body>${body}</div></article><footer>版权</footer></body></html>`;

  it('indexes the headline and body only, with metadata for results', () => {
    const doc = indexDocument(page({ headline: '测试标题', datePublished: '2026-05-12T09:30:00+08:00', publisher: { name: '某报' } }), '/zh-hans/articles/x/');
    expect(doc).not.toBeNull();
    const html = doc!.html;
    expect(doc!.url).toBe('/zh-hans/articles/x/');
    // No lang: pagefind indexes it as "unknown", without a Chinese segmenter of its own.
    expect(html).toMatch(/^<!doctype html><html><head>/);
    expect(html).toContain('data-pagefind-meta="title[content]" content="测试标题"');
    expect(html).toContain('data-pagefind-meta="source[content]" content="某报"');
    expect(html).toContain('data-pagefind-meta="date[content]" content="2026-05-12T09:30:00+08:00"');
    expect(html).toContain(`<h1>测${SPACE}试${SPACE}标${SPACE}题</h1>`);
    expect(html).toContain('Second 段 落');
    expect(html).not.toContain('导');
    expect(html).not.toContain('版');
  });

  it('escapes the headline in text and attributes', () => {
    const doc = indexDocument(page({ headline: '<img src=x onerror=alert(1)> "引号"' }), '/zh-tw/articles/y/');
    expect(doc!.html).not.toContain('<img');
    expect(doc!.html).toContain('content="&lt;img src=x onerror=alert(1)&gt; &quot;');
  });

  it('refuses a page without the markup contract', () => {
    expect(indexDocument('<html><body><p>no body</p></body></html>', '/zh-hans/articles/z/')).toBeNull();
    expect(indexDocument(page({}), '/zh-hans/articles/z/')).toBeNull();
  });

  it('gives the document and the result text from one reading of a canonical page (indexedArticle)', () => {
    const html = page({ headline: '测试标题', publisher: { name: '某报' } });
    const both = indexedArticle(html, '/zh-hans/articles/x/');
    expect(both?.text).toEqual({ url: '/zh-hans/articles/x/', content: '测试标题\n第一段文字。\nSecond 段落', meta: { title: '测试标题', source: '某报' } });
    expect(both?.doc.html).toContain(`<h1>测${SPACE}试${SPACE}标${SPACE}题</h1>`);
    // The same as the two readings it replaces.
    expect(both).toEqual({ doc: indexDocument(html, '/zh-hans/articles/x/'), text: searchText(html, '/zh-hans/articles/x/') });
    expect(indexedArticle(page({}), '/zh-hans/articles/z/')).toBeNull();
  });
});

describe('searchText (what a variant shows of a result)', () => {
  const page = (body: string, ld: object) =>
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><nav>導覽</nav><article><h1>x</h1><div data-pagefind-body>${body}</div></article><footer>頁尾</footer></body></html>`;

  it('is the headline and each block of the body on its own line, as text, with source and date', () => {
    const text = searchText(
      page('<p>第一段&#x3C;b&#x3E;不是標記&amp;</p><h2>小標</h2><p>第二段<br>換行</p>', {
        headline: '標題 <img src=x>',
        datePublished: '2026-09-15T07:50:00+08:00',
        publisher: { name: '山城新聞網' },
      }),
      '/zh-tw/articles/a/',
    );
    expect(text).toEqual({
      url: '/zh-tw/articles/a/',
      content: '標題 <img src=x>\n第一段<b>不是標記&\n小標\n第二段\n換行',
      meta: { title: '標題 <img src=x>', date: '2026-09-15T07:50:00+08:00', source: '山城新聞網' },
    });
  });

  it('is null for a page off the article markup contract', () => {
    expect(searchText('<html><body><p>沒有標記</p></body></html>', '/zh-tw/articles/b/')).toBeNull();
  });

  it('keeps no markup, script or style of the body', () => {
    expect(blockText('<p>甲<script>alert(1)</script><style>p{}</style>乙</p><ul><li>丙</li><li>丁 &nbsp; 戊</li></ul>')).toBe('甲乙\n丙\n丁 戊');
  });
});
