import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMITS, parseMarkdownSeed, removeRemoteImages, renderMarkdown } from '../../src/pipeline/markdown.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { SeedError } from '../../src/pipeline/errors.ts';

const front = (fields: string) => `---\n${fields}\n---\n正文第一段。\n`;
const valid = 'title: 测试标题\npublished: "2026-05-12T09:30:00+08:00"\nauthor: 林小明\nsource: 示例日报';

function seedError(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('expected a SeedError');
}

describe('renderMarkdown (remark-cjk-friendly)', () => {
  it('parses emphasis and strikethrough next to CJK punctuation', () => {
    const html = toHtml(renderMarkdown('**「晶片」**供應鏈與~~（刪除）~~後'));
    expect(html).toContain('<strong>「晶片」</strong>供應鏈');
    expect(html).toContain('<del>（刪除）</del>後');
  });
  it('keeps headings, lists, block quotes and links', () => {
    const html = toHtml(renderMarkdown('## 小标题\n\n- 甲\n- 乙\n\n> 引文\n\n[链接](https://example.org/a)'));
    expect(html).toContain('<h2>小标题</h2>');
    expect(html).toMatch(/<ul>\s*<li>甲<\/li>/);
    expect(html).toMatch(/<blockquote>\s*<p>引文<\/p>/);
    expect(html).toContain('<a href="https://example.org/a">链接</a>');
  });
  it('never turns seed text into script, handlers, iframes or javascript: links', () => {
    const html = toHtml(
      renderMarkdown(
        '<script>alert(1)</script>\n\n<iframe src="x"></iframe>\n\n[点我](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n<b onclick="x()">粗</b>',
      ),
    );
    expect(html).not.toMatch(/<script|<iframe|onerror|onclick|javascript:/i);
    expect(html).toContain('点我');
  });
});

describe('raw HTML in a Markdown body', () => {
  it('keeps the text of <p>, <div>, <center> and <table> blocks, sanitised', () => {
    const html = toHtml(
      renderMarkdown(
        [
          '第一段。',
          '',
          '<p style="color:red" onclick="x()">段落里的文字</p>',
          '',
          '<div class="a"><center>居中的文字</center></div>',
          '',
          '<table><tr><td onmouseover="y()">表格里的文字</td></tr></table>',
          '',
          '<font color=red>字体标签里的文字</font>',
        ].join('\n'),
      ),
    );
    for (const text of ['段落里的文字', '居中的文字', '表格里的文字', '字体标签里的文字']) expect(html).toContain(text);
    expect(html).toContain('<td>表格里的文字</td>');
    expect(html).not.toMatch(/<center|<font|style=|onclick|onmouseover/);
  });

  it('drops what is not text to read: script and style content, and every handler', () => {
    const html = toHtml(renderMarkdown('<div><script>alert(1)</script><style>p{color:red}</style>留下</div>\n\n<img src=x onerror=alert(1)>'));
    expect(html).not.toMatch(/alert|color:red|onerror|<script|<style/);
    expect(html).toContain('留下');
  });

  it('refuses raw HTML nested past the depth limit', () => {
    const deep = `${'<div>'.repeat(500)}深处${'</div>'.repeat(500)}`;
    expect(() => renderMarkdown(deep)).toThrow(/nested more than/);
  });
});

describe('parseMarkdownSeed', () => {
  it('reads the required and optional front matter fields', () => {
    const seed = parseMarkdownSeed(
      front(`${valid}\ndescription: 摘要\ntags: [经济, 科技]\nupdated: "2026-05-13T10:00:00+08:00"\nwritten: zh-tw\nconversion: as-written`),
      'a.md',
    );
    expect(seed.frontMatter).toEqual({
      title: '测试标题',
      published: '2026-05-12T09:30:00+08:00',
      author: '林小明',
      source: '示例日报',
      description: '摘要',
      tags: ['经济', '科技'],
      updated: '2026-05-13T10:00:00+08:00',
      written: 'zh-tw',
      conversion: { variants: { 'zh-tw': {}, 'zh-hk': {} }, keep: [], asWritten: true },
    });
    expect(toHtml(seed.body)).toBe('<p>正文第一段。</p>');
    expect(parseMarkdownSeed(front(valid), 'a.md').frontMatter.written).toBe(null);
    expect(seedError(() => parseMarkdownSeed(front(`${valid}\nwritten: zh-cn`), 'c.md')).reason).toContain('"written"');
  });
  it.each(['title', 'author', 'source', 'published'])('names the missing required field %s', (field) => {
    const fields = valid
      .split('\n')
      .filter((l) => !l.startsWith(field))
      .join('\n');
    const error = seedError(() => parseMarkdownSeed(front(fields), 'b.md'));
    expect(error.file).toBe('b.md');
    expect(error.reason).toContain(`"${field}"`);
  });
  it('rejects a date without an offset and names its line', () => {
    const error = seedError(() => parseMarkdownSeed(front(valid.replace('+08:00', '')), 'c.md'));
    expect(error.reason).toMatch(/published.*ISO 8601/);
    expect(error.line).toBe(3);
  });
  it('rejects an impossible date', () => {
    expect(() => parseMarkdownSeed(front(valid.replace('05-12', '13-45')), 'd.md')).toThrow(SeedError);
  });
  it('rejects a file without front matter and broken YAML', () => {
    expect(seedError(() => parseMarkdownSeed('# 只有正文', 'e.md')).reason).toMatch(/front matter/);
    expect(seedError(() => parseMarkdownSeed(front('title: [unclosed'), 'f.md')).reason).toMatch(/YAML/);
  });
});

describe('hostile Markdown seeds are refused by name, with their line', () => {
  const seed = (body: string, fields = valid) => `---\n${fields}\n---\n${body}`;

  it('refuses a YAML alias bomb (billion laughs) in the front matter', () => {
    const names = 'abcdefghi';
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < names.length; i++)
      lines.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(', ')}]`,
      );
    const text = seed('正文。\n', `${valid}\n${lines.join('\n')}`);
    expect(text.length).toBeLessThan(600);
    const error = seedError(() => parseMarkdownSeed(text, 'laughs.md'));
    expect(error.file).toBe('laughs.md');
    expect(error.reason).toMatch(/YAML front matter.*alias/i);
  });

  it('still reads a few aliases', () => {
    const { frontMatter } = parseMarkdownSeed(seed('正文。\n', `${valid}\nkeywords: &k [港口]\ntags: *k`), 'alias.md');
    expect(frontMatter.tags).toEqual(['港口']);
  });

  it('refuses 2,000 nested block quotes, and ordered lists nested as deep', () => {
    for (const marker of ['>', '> ', '1. ']) {
      const error = seedError(() => parseMarkdownSeed(seed(`第一段。\n\n${marker.repeat(2000)}引文\n`), 'deep.md'));
      expect(error.reason).toMatch(new RegExp(`nested more than ${MARKDOWN_LIMITS.depth} levels`));
      expect(error.line).toBe(9);
    }
  });

  it('refuses emphasis nested deeper than the limit', () => {
    const error = seedError(() => parseMarkdownSeed(seed(`${'*'.repeat(100)}甲${'*'.repeat(100)}\n`), 'spans.md'));
    expect(error.reason).toMatch(/nested more than/);
  });

  it('renders nesting an article uses', () => {
    const html = toHtml(renderMarkdown('> 引文\n>\n> - 甲\n>   - **乙[链接](https://example.org/)**\n'));
    expect(html).toContain('<strong>乙<a href="https://example.org/">链接</a></strong>');
  });

  it('refuses 120 KB of *a in one paragraph, which micromark matches in quadratic time', () => {
    const error = seedError(() => parseMarkdownSeed(seed(`第一段。\n\n第二段。\n${'*a'.repeat(60_000)}\n`), 'stars.md'));
    expect(error.reason).toMatch(/60000 emphasis or link markers/);
    expect(error.line).toBe(9);
  });

  it.each([
    ['[a](', 'link openers'],
    ['[a]', 'references'],
    ['~a', 'strikethrough'],
  ])('refuses a paragraph of 20,000 %s (%s)', (unit) => {
    expect(seedError(() => parseMarkdownSeed(seed(unit.repeat(20_000)), 'links.md')).reason).toMatch(/emphasis or link markers/);
  });

  it('parses the same markers spread over paragraphs under the limit', () => {
    const paragraph = '*甲* '.repeat(MARKDOWN_LIMITS.markersPerParagraph / 2);
    const html = toHtml(renderMarkdown(Array(3).fill(paragraph).join('\n\n')));
    expect(html.match(/<em>甲<\/em>/g)).toHaveLength(3 * (MARKDOWN_LIMITS.markersPerParagraph / 2));
  });

  it('refuses a list longer than the limit, and renders one at the limit', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `- 第${i}项`).join('\n');
    expect(seedError(() => parseMarkdownSeed(seed(`${list(MARKDOWN_LIMITS.listItems + 1)}\n`), 'list.md')).reason).toMatch(/list of 1001 items/);
    expect(toHtml(renderMarkdown(list(MARKDOWN_LIMITS.listItems))).match(/<li>/g)).toHaveLength(MARKDOWN_LIMITS.listItems);
  });
});

describe('remote images', () => {
  const body = [
    '![追踪](https://tracker.example/pixel.gif?reader=1)',
    '',
    '![本站图片](/images/harbour.png) ![相对](photo.jpg)',
    '',
    '![](//cdn.example/x.png) <img src="https://img.news.example/a.jpg" alt="新闻图">',
  ].join('\n');

  it('keeps local images and listed origins only, leaving the alt text of the rest', () => {
    const { body: kept, removed } = removeRemoteImages(renderMarkdown(body), ['HTTPS://IMG.NEWS.EXAMPLE']);
    const html = toHtml(kept);
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('cdn.example');
    // Kept images load lazily (the page weight budget: images below the fold are not fetched first).
    expect(html).toContain('<img src="/images/harbour.png" alt="本站图片" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="photo.jpg" alt="相对" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="https://img.news.example/a.jpg" alt="新闻图" loading="lazy" decoding="async">');
    expect(html).toContain('<p>追踪</p>');
    expect(removed).toEqual(['https://tracker.example', 'https://cdn.example']);
  });

  it('removes every remote image by default and says so in the report', () => {
    const seed = `---\n${valid}\n---\n${body}\n`;
    const { article, report } = ingestSeed('images.md', Buffer.from(seed), { timeZone: '+08:00' });
    expect(toHtml(article.body).match(/<img/g)).toHaveLength(2);
    expect(report.warnings).toEqual([
      '3 remote image(s) removed, from https://tracker.example, https://cdn.example, https://img.news.example (allowed origins: JIANFAN_IMAGE_ORIGINS)',
    ]);
  });
});
