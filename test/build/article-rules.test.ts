/**
 * An article's own conversion rules, in a real build: front matter and
 * sidecar rules reach that article's pages (body, headline, card, feed), and
 * no other article's; an article kept as written is unconverted everywhere.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readPage, ROOT, SITES, type BuildResult } from '../helpers/site.ts';

const BODY = '英伟达发布了新的芯片，软件生态也在扩大。分析师认为，英伟达的软件是它的护城河，对手很难追上。';
const md = (title: string, extra: string[], body = BODY) =>
  ['---', `title: ${title}`, 'published: "2026-03-01T09:00:00+08:00"', 'author: 记者甲', 'source: 测试日报', ...extra, '---', '', body, ''].join('\n');
const SCRAPE = [
  '英伟达的软件护城河',
  '2026-03-02 10:00 来源：测试日报 作者：记者乙',
  BODY,
  '这款芯片面向数据中心，功耗比上一代低三成，首批产品将于下月交付客户。',
].join('\n');

let site: BuildResult;
beforeAll(() => {
  const seeds = mkdtempSync(join(tmpdir(), 'jianfan-article-rules-'));
  writeFileSync(join(seeds, 'ruled.md'), md('英伟达发布新芯片', ['conversion:', '  zh-tw:', '    英伟达: NVIDIA', '  zh-hk:', '    英伟达: 輝達']));
  writeFileSync(join(seeds, 'plain.md'), md('英伟达的新芯片上市', [], `新品上市当天，${BODY}`));
  writeFileSync(join(seeds, 'kept.txt'), SCRAPE);
  writeFileSync(join(seeds, 'kept.yaml'), 'conversion: as-written\n');
  rmSync(join(SITES, 'article-rules'), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules', '.astro-article-rules'), { recursive: true, force: true });
  site = buildSite(seeds, 'article-rules');
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
});

const text = (variant: string, slug: string, selector: string) => {
  const node = select(selector, readPage(site.outDir, `${variant}/articles/${slug}`));
  if (!node) throw new Error(`no ${selector} on ${variant}/${slug}`);
  return toString(node);
};

describe('an article’s own rules in a build', () => {
  it('apply to that article’s pages, headline and body, in each variant', () => {
    expect(text('zh-tw', 'ruled', 'h1')).toBe('NVIDIA發佈新晶片');
    expect(text('zh-tw', 'ruled', '[data-pagefind-body]')).toContain('NVIDIA發佈了新的晶片');
    expect(text('zh-hk', 'ruled', 'h1')).toBe('輝達發佈新芯片');
    expect(text('zh-hk', 'ruled', '[data-pagefind-body]')).toContain('輝達的軟件');
    expect(text('zh-hans', 'ruled', '[data-pagefind-body]')).toContain('英伟达发布了新的芯片');
    expect(readFileSync(join(site.outDir, 'zh-tw/feed.xml'), 'utf8')).toContain('NVIDIA發佈新晶片');
  });

  it('apply to no other article', () => {
    expect(text('zh-tw', 'plain', 'h1')).toBe('輝達的新晶片上市');
    expect(text('zh-hk', 'plain', '[data-pagefind-body]')).toContain('英偉達發佈了新的芯片');
  });

  it('keep a scrape whose sidecar says as-written unconverted on every page', () => {
    for (const variant of ['zh-hans', 'zh-tw', 'zh-hk']) {
      expect(text(variant, 'kept', 'h1')).toBe('英伟达的软件护城河');
      expect(text(variant, 'kept', '[data-pagefind-body]')).toContain('英伟达发布了新的芯片，软件生态也在扩大。');
    }
    const report = JSON.parse(readFileSync(join(`${site.outDir}-report`, 'report.json'), 'utf8')) as {
      seeds: Array<{ file: string; sidecar?: { fields: string[] } }>;
    };
    expect(report.seeds.find((s) => s.file === 'kept.txt')?.sidecar?.fields).toEqual(['conversion']);
  });
});
