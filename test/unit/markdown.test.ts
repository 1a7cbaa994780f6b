import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseMarkdownSeed, renderMarkdown } from '../../src/pipeline/markdown.ts';
import { SeedError } from '../../src/pipeline/types.ts';

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
      renderMarkdown('<script>alert(1)</script>\n\n<iframe src="x"></iframe>\n\n[点我](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n<b onclick="x()">粗</b>'),
    );
    expect(html).not.toMatch(/<script|<iframe|onerror|onclick|javascript:/i);
    expect(html).toContain('点我');
  });
});

describe('parseMarkdownSeed', () => {
  it('reads the required and optional front matter fields', () => {
    const seed = parseMarkdownSeed(front(`${valid}\ndescription: 摘要\ntags: [经济, 科技]\nupdated: "2026-05-13T10:00:00+08:00"\nwritten: zh-tw`), 'a.md');
    expect(seed.frontMatter).toEqual({
      title: '测试标题',
      published: '2026-05-12T09:30:00+08:00',
      author: '林小明',
      source: '示例日报',
      description: '摘要',
      tags: ['经济', '科技'],
      updated: '2026-05-13T10:00:00+08:00',
      written: 'zh-tw',
    });
    expect(toHtml(seed.body)).toBe('<p>正文第一段。</p>');
    expect(parseMarkdownSeed(front(valid), 'a.md').frontMatter.written).toBe(null);
    expect(seedError(() => parseMarkdownSeed(front(`${valid}\nwritten: zh-cn`), 'c.md')).reason).toContain('"written"');
  });
  it.each(['title', 'author', 'source', 'published'])('names the missing required field %s', (field) => {
    const fields = valid.split('\n').filter((l) => !l.startsWith(field)).join('\n');
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
