/**
 * Builds the site from the mixed fixture seeds (scrapes in several shapes and
 * encodings, Markdown, hostile seeds, a duplicate) and from bad seeds.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { converterFor, type VariantId } from '../../src/pipeline/variants.ts';
import { readBack } from '../helpers/canonical.ts';
import { buildSite, readPage, ROOT, SITES, type BuildResult } from '../helpers/site.ts';

const VARIANTS = ['zh-hans', 'zh-tw', 'zh-hk'] as const;
const FIXTURES = 'test/fixtures/site';
// Hand-written expectations of the clean scrapes; site/scrapes/ holds the same
// pages re-encoded and damaged by test/fixtures/make-site-fixtures.ts.
const EXPECTED_DIR = join(ROOT, 'test/fixtures/scrapes');

interface Expected {
  seed: string;
  script: string;
  title: string;
  author: string | null;
  source: string | null;
  publishedLocal: string | null;
  paragraphs: string[];
}

interface Report {
  seeds: Array<{ file: string; slug: string; format: string; encoding: string; script: string; paragraphs: number; title: string; warnings: string[] }>;
  skipped: Array<{ file: string; line?: number; reason: string }>;
  warnings: string[];
}

let build: BuildResult;
let report: Report;

beforeAll(() => {
  build = buildSite(FIXTURES, 'fixtures');
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  report = JSON.parse(readFileSync(join(`${build.outDir}-report`, 'report.json'), 'utf8')) as Report;
});

const expectations = (): Expected[] =>
  existsSync(EXPECTED_DIR)
    ? readdirSync(EXPECTED_DIR)
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => ({
          ...(JSON.parse(readFileSync(join(EXPECTED_DIR, f), 'utf8')) as Omit<Expected, 'seed'>),
          seed: `scrapes/${f.replace('.expected.json', '.txt')}`,
        }))
    : [];

/** Clean Taiwan and Hong Kong sources, shown as written on their own variant (src/pipeline/written.ts). */
const OWN_VARIANT: Record<string, string> = { 'scrapes/d_taiwan_news.txt': 'zh-tw', 'scrapes/e_hongkong_news.txt': 'zh-hk' };

const bodyParagraphs = (outDir: string, variant: string, slug: string): string[] => {
  const page = readPage(outDir, `/${variant}/articles/${slug}/`);
  const body = select('[data-pagefind-body]', page) as Element;
  // Subheadings are body blocks too (<h2>/<h3> inside the body element), in their place.
  return selectAll('p, h2, h3', body).map((p) => toString(p).trim());
};

describe('mixed fixture seeds', () => {
  it('reports every seed with its format and encoding', () => {
    const byFile = new Map(report.seeds.map((s) => [s.file, s]));
    expect(byFile.get('markdown/harbour-ferry.md')?.format).toBe('markdown');
    const encodings = new Set(report.seeds.map((s) => s.encoding));
    expect(encodings).toContain('utf-8');
    expect(encodings).toContain('gb18030');
    expect(encodings).toContain('big5');
    expect(report.skipped).toEqual([]);
  });

  it('keeps one page for a duplicated article and warns', () => {
    expect(report.warnings.some((w) => w.includes('repost-night-market.md') && w.includes('same article'))).toBe(true);
    expect(report.seeds.some((s) => s.file === 'markdown/repost-night-market.md')).toBe(false);
  });

  it('renders Markdown structure with remark-cjk-friendly in every variant', () => {
    const slug = report.seeds.find((s) => s.file === 'markdown/harbour-ferry.md')!.slug;
    for (const variant of VARIANTS) {
      const page = readPage(build.outDir, `/${variant}/articles/${slug}/`);
      const body = select('[data-pagefind-body]', page) as Element;
      expect(readBack(variant, toString(select('strong', body) as Element))).toBe('“电池动力”');
      expect(readBack(variant, toString(select('del', body) as Element))).toBe('（柴油备用机组）');
      expect(selectAll('h2, ul > li, blockquote', body).length).toBe(5);
      expect((select('a', body) as Element).properties['href']).toBe('https://example.org/ferry-notice');
    }
  });

  it('keeps hostile seed text escaped in every feed', () => {
    for (const variant of VARIANTS) {
      const xml = readFileSync(join(build.outDir, variant, 'feed.xml'), 'utf8');
      expect(xml).toContain('&lt;script&gt;');
      expect(xml).not.toMatch(/<(script|img|svg|iframe)\b/i);
    }
  });

  it('publishes a sitemap with hreflang alternates, named in robots.txt, without the noindex pages', () => {
    const robots = readFileSync(join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:4321\/sitemap-index\.xml$/m);
    expect(readFileSync(join(build.outDir, 'sitemap-index.xml'), 'utf8')).toContain('<loc>http://127.0.0.1:4321/sitemap-0.xml</loc>');
    const xml = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({ path: new URL(loc!).pathname, rest: rest! }));
    const slug = report.seeds[0]!.slug;
    for (const variant of VARIANTS) {
      const entry = entries.find((e) => e.path === `/${variant}/articles/${slug}/`);
      expect(entry, `${variant} article in the sitemap`).toBeDefined();
      const alternates = [...entry!.rest.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${new URL(href!).pathname}`);
      expect(alternates.sort()).toEqual([`zh-Hans /zh-hans/articles/${slug}/`, `zh-Hant-HK /zh-hk/articles/${slug}/`, `zh-Hant-TW /zh-tw/articles/${slug}/`]);
    }
    // Not the alias redirects, the not-found pages, the search pages or the 404 page (articles may be named search-…).
    expect(entries.filter((e) => /^\/(zh-cn|zh-hant)\/|^\/zh-[a-z]+\/(not-found|search)\/$|^\/404/.test(e.path)).map((e) => e.path)).toEqual([]);
    expect(entries.length).toBeGreaterThan(3 * report.seeds.length);
  });

  it('loses nothing: every expected paragraph reaches every variant, in order and whole', () => {
    const cases = expectations();
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const expected of cases) {
      const seed = report.seeds.find((s) => s.file === expected.seed);
      expect(seed, `${expected.seed} in report`).toBeDefined();
      expect(seed!.title).toBe(expected.title);
      for (const variant of VARIANTS) {
        if (OWN_VARIANT[expected.seed] === variant) {
          // A clean traditional source shows its own text: the clean page's lines, repaired back from the damage.
          const clean = readFileSync(join(EXPECTED_DIR, expected.seed.replace('scrapes/', '')), 'utf8')
            .split('\n')
            .map((l) => l.trim());
          const paragraphs = bodyParagraphs(build.outDir, variant, seed!.slug);
          expect(paragraphs.length, `${expected.seed} in ${variant}`).toBe(expected.paragraphs.length);
          // Each paragraph is a clean line, or a clean line less the inline byline glued to it (【本報訊】).
          for (const p of paragraphs)
            expect(
              clean.some((line) => line === p || line.endsWith(p) || line.startsWith(p)),
              `${expected.seed} in ${variant}: ${p}`,
            ).toBe(true);
          continue;
        }
        // Taiwan vocabulary does not convert back one to one (设备/裝置), so the
        // hand-written canonical paragraphs are taken forward to the variant.
        const want = expected.paragraphs.map((p) => converterFor(variant as VariantId)(p));
        expect(bodyParagraphs(build.outDir, variant, seed!.slug), `${expected.seed} in ${variant}`).toEqual(want);
      }
    }
  });
});

describe('bad seeds', () => {
  const badDir = join(ROOT, 'test/fixtures/bad');
  const badFiles = readdirSync(badDir).sort();

  it('stop the build naming every bad file and its reason, and leave the earlier dist/ intact', () => {
    const outDir = join(SITES, 'bad');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'earlier.html'), 'an earlier build');
    const result = buildSite('test/fixtures/bad', 'bad');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${badFiles.length} invalid seed files`);
    for (const file of badFiles) expect(result.output).toContain(file);
    expect(result.output).toMatch(/empty\.txt.*empty/);
    expect(result.output).toMatch(/binary\.txt.*binary/);
    expect(result.output).toMatch(/missing-field\.md.*"source"/);
    expect(result.output).toMatch(/bad-date\.md:3: .*published/);
    expect(result.output).toMatch(/no-body\.txt.*no article body/);
    expect(readFileSync(join(outDir, 'earlier.html'), 'utf8')).toBe('an earlier build');
  });

  it('with JIANFAN_SKIP_INVALID=1 build the rest and report the skipped files', () => {
    const mixed = join(SITES, 'mixed-seeds');
    rmSync(mixed, { recursive: true, force: true });
    cpSync(badDir, mixed, { recursive: true });
    cpSync(join(ROOT, FIXTURES, 'markdown/harbour-ferry.md'), join(mixed, 'good.md'));
    const result = buildSite(mixed, 'lenient', { JIANFAN_SKIP_INVALID: '1' });
    expect(result.status, result.output).toBe(0);
    const lenient = JSON.parse(readFileSync(join(`${result.outDir}-report`, 'report.json'), 'utf8')) as Report;
    expect(lenient.seeds.map((s) => s.file)).toEqual(['good.md']);
    expect(lenient.skipped.map((s) => s.file).sort()).toEqual(badFiles);
    expect(existsSync(join(result.outDir, 'zh-tw/articles/good/index.html'))).toBe(true);
  });
});
