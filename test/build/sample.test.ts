/**
 * Builds the site from the sample in seeds/ and checks the markup contract in
 * every variant. Expected values are the ones the issue states for the sample.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../helpers/canonical.ts';
import { buildSite, readPage, type BuildResult } from '../helpers/site.ts';

const EXPECTED = {
  title: '国产算力迈入“万卡”时代：摩尔线程发布新一代GPU架构，中科曙光发布万卡超集群',
  author: '郑晨烨',
  source: '经济观察报',
  published: '2025-12-20T23:24:49+08:00',
  paragraphs: 32,
  firstStarts: '12月20日，北京中关村国际创新中心',
  lastEnds: '而是提供一个能够兼容不同国产算力的底座。',
};
const VARIANTS = [
  { id: 'zh-hans', lang: 'zh-Hans' },
  { id: 'zh-tw', lang: 'zh-Hant-TW' },
  { id: 'zh-hk', lang: 'zh-Hant-HK' },
];

let build: BuildResult;
let slug: string;

beforeAll(() => {
  build = buildSite('seeds', 'sample');
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  const list = readPage(build.outDir, '/zh-hans/');
  const href = (select('.article-list a', list) as Element | undefined)?.properties['href'];
  slug = String(href).split('/').at(-2) ?? '';
});

const text = (node: Root | Element | undefined) => (node ? toString(node).trim() : '');

describe.each(VARIANTS)('article page in $id', ({ id, lang }) => {
  let page: Root;
  beforeAll(() => {
    page = readPage(build.outDir, `/${id}/articles/${slug}/`);
  });

  it('declares its language', () => {
    expect((select('html', page) as Element).properties['lang']).toBe(lang);
  });

  it('has the headline as the article h1, in the variant script', () => {
    const h1 = select('article h1', page) as Element;
    expect(readBack(id, text(h1))).toBe(EXPECTED.title);
    if (id !== 'zh-hans') expect(text(h1)).not.toBe(EXPECTED.title);
  });

  it('has the publish time with its zone', () => {
    expect((select('article time', page) as Element).properties['dateTime']).toBe(EXPECTED.published);
  });

  it('holds exactly the body paragraphs, one <p> each, and nothing else', () => {
    const bodies = selectAll('[data-pagefind-body]', page);
    expect(bodies).toHaveLength(1);
    const body = bodies[0]!;
    const children = body.children.filter((c) => c.type === 'element') as Element[];
    expect(children.every((c) => c.tagName === 'p')).toBe(true);
    expect(children).toHaveLength(EXPECTED.paragraphs);
    const paragraphs = children.map((p) => readBack(id, text(p)));
    expect(paragraphs[0]!.startsWith(EXPECTED.firstStarts)).toBe(true);
    expect(paragraphs.at(-1)!.endsWith(EXPECTED.lastEnds)).toBe(true);
    const all = paragraphs.join('\n');
    // No flattened pinyin, no folded punctuation between Han characters, no bylines or closers.
    expect(all).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(all).not.toMatch(/\p{Script=Han}[,:;!?]\p{Script=Han}/u);
    expect(all).not.toContain(EXPECTED.author);
    expect(all).not.toMatch(/\|/);
  });

  it('quotes with the variant’s marks, and breaks no word across a boundary', () => {
    const h1 = text(select('article h1', page) as Element);
    const body = text(select('[data-pagefind-body]', page) as Element);
    if (id === 'zh-hans') {
      expect(h1).toContain('“万卡”');
      expect(body).not.toMatch(/[「」]/);
    } else {
      expect(h1).toContain('「萬卡」');
      expect(body).not.toMatch(/[“”]/);
      expect(body).toMatch(/「[^」]+」/);
    }
    // The boundary errors of OpenCC's longest match (src/pipeline/dictionaries/boundaries.ts).
    expect(body).not.toMatch(/聚整合|陣列織|被髮|瞭如何|參與制造|文采訪/);
  });

  it('carries NewsArticle JSON-LD', () => {
    const script = select('script[type="application/ld+json"]', page) as Element;
    const data = JSON.parse(text(script)) as Record<string, unknown> & { author: { name: string }; publisher: { name: string } };
    expect(data['@type']).toBe('NewsArticle');
    expect(readBack(id, String(data['headline']))).toBe(EXPECTED.title);
    expect(data['datePublished']).toBe(EXPECTED.published);
    expect(readBack(id, data.author.name)).toBe(EXPECTED.author);
    expect(readBack(id, data.publisher.name)).toBe(EXPECTED.source);
    expect(data['inLanguage']).toBe(lang);
  });

  it('links every variant, x-default and itself as canonical', () => {
    const alternates = selectAll('link[rel="alternate"][hreflang]', page).map((l) => [
      l.properties['hrefLang'],
      new URL(String(l.properties['href'])).pathname,
    ]);
    expect(alternates).toEqual([...VARIANTS.map((v) => [v.lang, `/${v.id}/articles/${slug}/`]), ['x-default', `/zh-hans/articles/${slug}/`]]);
    const canonical = select('link[rel="canonical"]', page) as Element;
    expect(new URL(String(canonical.properties['href'])).pathname).toBe(`/${id}/articles/${slug}/`);
  });

  it('has a switch to the same article in every variant', () => {
    const links = selectAll('.variant-switch a', page).map((a) => a.properties['href']);
    expect(links).toEqual(VARIANTS.map((v) => `/${v.id}/articles/${slug}/`));
  });

  it('loads no third-party script (reading without JavaScript is tested in Chromium)', () => {
    const sources = selectAll('script[src]', page).map((s) => String(s.properties['src']));
    expect(sources.every((src) => src.startsWith('/_astro/'))).toBe(true);
  });
});

describe('page weight', () => {
  // Every script a module imports statically is fetched before it runs; what it imports with import() is not.
  const withStaticImports = (files: string[]): string[] => {
    const seen = new Set<string>();
    const visit = (href: string) => {
      if (seen.has(href)) return;
      seen.add(href);
      if (!href.endsWith('.js')) return;
      const code = readFileSync(join(build.outDir, href), 'utf8');
      for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g))
        visit(new URL(spec!, `http://x${href}`).pathname);
    };
    files.forEach(visit);
    return [...seen];
  };

  it.each(VARIANTS)('an article page in $id costs at most its text gzipped plus 12 KB before any interaction (panel, vertical text and ruby off)', ({ id }) => {
    const path = `${id}/articles/${slug}/index.html`;
    const html = readFileSync(join(build.outDir, path));
    const page = readPage(build.outDir, `/${id}/articles/${slug}/`);
    // Everything fetched before interaction: the HTML plus any stylesheet or script it links, and the scripts those import.
    const files = withStaticImports([
      ...selectAll('link[rel~="stylesheet"]', page).map((l) => String(l.properties['href'])),
      ...selectAll('script[src]', page).map((s) => String(s.properties['src'])),
    ]);
    const linked = files.map((href) => readFileSync(join(build.outDir, href)));
    const transferred = [html, ...linked].reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
    const body = select('[data-pagefind-body]', page) as Element;
    const textOnly = gzipSync(Buffer.from(`${text(select('article h1', page) as Element)}\n${toString(body)}`)).length;
    console.info(
      `page weight ${id}: ${transferred} B gzipped (HTML + ${files.length} file(s): ${files.join(' ')}) vs text ${textOnly} B + 12 KB = ${textOnly + 12 * 1024} B; ${textOnly + 12 * 1024 - transferred} B to spare`,
    );
    expect(transferred).toBeLessThanOrEqual(textOnly + 12 * 1024);
  });
});

describe('lists and other pages', () => {
  it('uses an ASCII slug shared by every variant', () => {
    expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(VARIANTS)('lists the article in $id with source, date and summary', ({ id }) => {
    const list = readPage(build.outDir, `/${id}/`);
    const card = select('.article-list article', list) as Element;
    expect(readBack(id, text(select('h2', card) as Element))).toBe(EXPECTED.title);
    expect(readBack(id, text(select('.source', card) as Element))).toBe(EXPECTED.source);
    expect((select('time', card) as Element).properties['dateTime']).toBe(EXPECTED.published);
    expect(readBack(id, text(select('.summary', card) as Element)).startsWith(EXPECTED.firstStarts)).toBe(true);
  });

  it('has a root chooser and a 404 page', () => {
    const root = readPage(build.outDir, '/');
    expect(selectAll('a[data-variant-link]', root)).toHaveLength(3);
    expect(readFileSync(join(build.outDir, '404.html'), 'utf8')).toContain('/zh-tw/');
  });

  it('writes a machine-readable report naming the seed', () => {
    const report = JSON.parse(readFileSync(join(`${build.outDir}-report`, 'report.json'), 'utf8'));
    expect(report.seeds).toHaveLength(1);
    expect(report.seeds[0].file).toMatch(/\.txt$/);
    expect(report.seeds[0].encoding).toBe('utf-8');
    expect(report.seeds[0].repairs.ruby).toBeGreaterThan(100);
  });

  it("writes the editors' report beside the site, not in it: an index and a page per seed showing what became of each line", () => {
    const dir = `${build.outDir}-report`;
    // The site publishes no editors' notes and no path of the build machine.
    expect(existsSync(join(build.outDir, 'report.json'))).toBe(false);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain(`href="${report.seeds[0].slug}.html"`);
    const page = readFileSync(join(dir, `${report.seeds[0].slug}.html`), 'utf8');
    expect(page).toMatch(/<tr class="title"><td>\d+<\/td><td>title<\/td>/);
    expect(page).toMatch(/<td>dropped: related<\/td>/);
    expect((page.match(/<tr class="body">/g) ?? []).length).toBe(report.seeds[0].paragraphs);
    expect(page).toMatch(/<td>ruby<\/td><td>[^<]*\(jīng\)/u);
    expect(page).not.toMatch(/<script/i);
  });
});
