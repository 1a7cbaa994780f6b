/**
 * An article's own conversion rules (front matter or sidecar field
 * `conversion`): mappings and kept words on that article's pages only, or
 * the whole article kept as written on every page.
 */
import { describe, expect, it } from 'vitest';
import { blockTexts, toEntry } from '../../src/pipeline/article.ts';
import { renderBodies } from '../../src/render/body-store.ts';
import { readArticleRules } from '../../src/pipeline/editor-rules.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { parseSidecar } from '../../src/pipeline/sidecar.ts';
import { converterFor } from '../../src/pipeline/variants.ts';
import { articleText } from '../../src/render/variant-text.ts';

const OPTIONS = { timeZone: '+08:00' };

function markdown(title: string, paragraphs: string[], frontMatter: string[] = []): Buffer {
  return Buffer.from(
    [
      '---',
      `title: ${title}`,
      'published: "2026-05-12T09:30:00+08:00"',
      'author: 张三',
      'source: 晨报',
      ...frontMatter,
      '---',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n'),
  );
}

const BODY = ['英伟达发布了新的芯片，软件生态也在扩大。', '分析师认为，英伟达的软件是它的护城河。'];
const SCRAPE = [
  '英伟达发布新芯片',
  '2026-05-12 09:30 来源：晨报 作者：张三',
  ...BODY,
  '这款芯片面向数据中心，功耗比上一代低三成，首批产品将于下月交付客户。',
].join('\n');

describe('reading an article’s rules', () => {
  it('takes the shape of conversion.yaml, or as-written, and names what is wrong', () => {
    expect(readArticleRules({ 'zh-tw': { 英伟达: '輝達' }, keep: ['微软雅黑'] })).toEqual({
      variants: { 'zh-tw': { 英伟达: '輝達' }, 'zh-hk': {} },
      keep: ['微软雅黑'],
      asWritten: false,
    });
    expect(readArticleRules('as-written')).toEqual({ variants: { 'zh-tw': {}, 'zh-hk': {} }, keep: [], asWritten: true });
    expect(() => readArticleRules('keep')).toThrow(/as-written or a mapping/);
    expect(() => readArticleRules({ 'zh-cn': { a: 'b' } })).toThrow(/unknown key "zh-cn"/);
  });

  it('refuses a wrong rule in front matter as the seed’s error, at the field’s line', () => {
    expect(() => ingestSeed('bad.md', markdown('标题', BODY, ['conversion:', '  zh-tw:', '    英伟达: 3']), OPTIONS)).toThrow(
      /bad\.md:6: front matter field "conversion": zh-tw: "英伟达"/,
    );
    expect(() => ingestSeed('bad.md', markdown('标题', BODY, ['conversion: keep']), OPTIONS)).toThrow(
      /bad\.md:6: front matter field "conversion" must be as-written/,
    );
  });

  it('refuses a wrong rule in a sidecar naming the sidecar and its line', () => {
    expect(parseSidecar('title: 标题\nconversion:\n  zh-hk:\n    英伟达: 英偉達\n', 'a.yaml').conversion).toEqual({
      variants: { 'zh-tw': {}, 'zh-hk': { 英伟达: '英偉達' } },
      keep: [],
      asWritten: false,
    });
    expect(() => parseSidecar('title: 标题\nconversion:\n  keep: 微软\n', 'a.yaml')).toThrow(/a\.yaml:2: sidecar field "conversion": keep must be a list/);
  });
});

describe('an article’s mappings', () => {
  // OpenCC writes 輝達 on Taiwan pages and 英偉達 on Hong Kong pages; this article wants the brand name.
  const seed = markdown('英伟达发布新芯片', BODY, ['conversion:', '  zh-tw:', '    英伟达: NVIDIA', '  zh-hk:', '    英伟达: 輝達']);
  const { article } = ingestSeed('nv.md', seed, OPTIONS);
  const entry = toEntry(article, '/b.json');

  it('apply to the body and the fields on that article’s pages', () => {
    const bodies = renderBodies(article.body, [], article.written, article.rules);
    expect(bodies['zh-tw']).toContain('<p>NVIDIA發佈了新的晶片，軟體生態也在擴大。</p>');
    expect(bodies['zh-tw']).toContain('NVIDIA的軟體');
    expect(bodies['zh-hk']).toContain('<p>輝達發佈了新的芯片');
    expect(bodies['zh-hans']).toContain('<p>英伟达发布了新的芯片');
    expect(articleText('zh-tw', entry, 'title')).toBe('NVIDIA發佈新晶片');
    expect(articleText('zh-tw', entry, 'summary')).toContain('NVIDIA發佈了');
    expect(articleText('zh-hk', entry, 'title')).toBe('輝達發佈新芯片');
  });

  it('apply to no other article', () => {
    const other = ingestSeed('other.md', markdown('英伟达发布新芯片', BODY), OPTIONS).article;
    expect(other.rules).toBe(null);
    expect(renderBodies(other.body, [], other.written, other.rules)['zh-tw']).toContain('<p>輝達發佈了新的晶片');
    expect(converterFor('zh-tw')('英伟达')).toBe('輝達');
    expect(converterFor('zh-hk')('英伟达')).toBe('英偉達');
  });

  it('come from a scrape’s sidecar too', () => {
    const sidecar = parseSidecar('conversion:\n  zh-tw:\n    英伟达: NVIDIA\n', 'nv.yaml');
    const { article: scraped, report } = ingestSeed('nv.txt', Buffer.from(SCRAPE), { ...OPTIONS, sidecar });
    expect(report.sidecar?.fields).toEqual(['conversion']);
    expect(renderBodies(scraped.body, [], scraped.written, scraped.rules)['zh-tw']).toContain('NVIDIA發佈了新的晶片');
    expect(articleText('zh-tw', toEntry(scraped, '/b.json'), 'title')).toBe('NVIDIA發佈新晶片');
  });
});

describe('an article’s kept words', () => {
  it('stay as written in its canonical text and on every page', () => {
    // A font's name quoted in traditional script; through simplified it would read 微软正黑体 on zh-Hans.
    const seed = markdown('字体的选择', ['这份报告用微軟正黑體排版。'], ['conversion:', '  keep: [微軟正黑體]']);
    const { article } = ingestSeed('k.md', seed, OPTIONS);
    expect(blockTexts(article.body)).toEqual(['这份报告用微軟正黑體排版。']);
    const bodies = renderBodies(article.body, [], article.written, article.rules);
    expect(bodies['zh-tw']).toBe('<p>這份報告用微軟正黑體排版。</p>');
    expect(bodies['zh-hans']).toBe('<p>这份报告用微軟正黑體排版。</p>');
    const plain = ingestSeed('p.md', markdown('字体的选择', ['这份报告用微軟正黑體排版。']), OPTIONS).article;
    expect(blockTexts(plain.body)).toEqual(['这份报告用微软正黑体排版。']);
  });
});

describe('an article kept as written', () => {
  it('shows a simplified Markdown seed unconverted on every page', () => {
    const { article } = ingestSeed('w.md', markdown('英伟达发布新芯片', BODY, ['conversion: as-written', 'description: 软件\u202e生态']), OPTIONS);
    expect(article.written).toMatchObject({ variant: 'zh-hans', everywhere: true, title: '英伟达发布新芯片', description: '软件生态' });
    const bodies = renderBodies(article.body, [], article.written, article.rules);
    const html = BODY.map((p) => `<p>${p}</p>`).join('\n');
    expect([bodies['zh-hans'], bodies['zh-tw'], bodies['zh-hk']]).toEqual([html, html, html]);
    const entry = toEntry(article, '/b.json');
    expect(articleText('zh-tw', entry, 'title')).toBe('英伟达发布新芯片');
    expect(articleText('zh-hk', entry, 'summary')).toBe('软件生态');
    // The canonical text is still made, for search.
    expect(blockTexts(article.body)).toEqual(BODY);
  });

  it('shows a traditional scrape as written on every page, zh-Hans included', () => {
    const written = [
      '輝達發表新晶片',
      '2026-05-12 09:30 來源：晨報 作者：張三',
      '輝達發表了新的晶片，軟體生態也在擴大。',
      '分析師認為，輝達的軟體是它的護城河。',
      '這款晶片面向資料中心，功耗比上一代低三成，首批產品將於下月交付客戶。',
    ];
    const sidecar = parseSidecar('conversion: as-written\n', 'tw.yaml');
    const { article } = ingestSeed('tw.txt', Buffer.from(written.join('\n')), { ...OPTIONS, sidecar });
    expect(article.written?.everywhere).toBe(true);
    const bodies = renderBodies(article.body, [], article.written, article.rules);
    expect(bodies['zh-hans']).toContain('<p>輝達發表了新的晶片，軟體生態也在擴大。</p>');
    expect(bodies['zh-hk']).toBe(bodies['zh-tw']);
    expect(articleText('zh-hans', toEntry(article, '/b.json'), 'title')).toBe('輝達發表新晶片');
  });
});

describe('a traditional Markdown seed’s own text', () => {
  it('has no control characters and no -{…}- marks', () => {
    const seed = markdown(
      '臺北\u202e街角的舖子',
      ['他彆著一口氣擡起頭，走進街角的舖子裡喫飯，老闆說-{这里}-還是老樣子。', '這套軟體的影片功能，讓使用者在網路上分享。'],
      ['written: zh-tw'],
    );
    const { article } = ingestSeed('tw.md', seed, OPTIONS);
    expect(article.written?.title).toBe('臺北街角的舖子');
    const bodies = renderBodies(article.body, [], article.written, article.rules);
    expect(bodies['zh-tw']).toContain('老闆說这里還是老樣子');
    expect(bodies['zh-tw']).not.toContain('-{');
  });
});
