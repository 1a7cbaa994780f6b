import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../src/pipeline/article.ts';
import { ingestSeed } from '../../src/pipeline/ingest/seed.ts';
import { ingestFolder, InvalidSeedsError, listSeedFiles, MAX_SEED_BYTES } from '../../src/pipeline/ingest/folder.ts';
import { buildReport, formatReportTable } from '../../src/pipeline/ingest/report.ts';
import { SeedError } from '../../src/pipeline/errors.ts';
import { tmpBodies } from '../helpers/bodies.ts';

const OPTIONS = { timeZone: '+08:00' };

/** A small scrape of our own: breadcrumb, headline, header line, body, editor, footer. */
function scrape(title: string, body: string[], time = '2026-03-04 05:06:07'): string {
  return [
    '首页 > 社会 > 正文',
    '',
    title,
    '',
    `${time} 来源：晨光日报 作者：赵一鸣`,
    '',
    ...body.flatMap((p) => [p, '']),
    '责任编辑：钱二',
    'Copyright © 2026 晨光日报 版权所有',
  ].join('\n');
}
const BODY = [
  '本市今年春季的植树活动已经正式开始，各区都组织了志愿者在公园和河道两旁种下新的树苗。',
  '园林部门的负责人说，今年选择的树种更加适合本地的气候，成活率预计会比往年提高一些。',
  '不少家长带着孩子参加了活动，他们认为这是让孩子了解自然和城市环境的好机会。',
];

describe('ingestSeed (scrape)', () => {
  it('yields the article in canonical simplified with an assumed zone', () => {
    const text = scrape('城市春季植树活动启动 志愿者种下新树苗', BODY);
    const { article, report } = ingestSeed('news/spring.txt', Buffer.from(text), OPTIONS);
    expect(article.slug).toBe('spring');
    expect(article.title).toBe('城市春季植树活动启动 志愿者种下新树苗');
    expect(article.published).toBe('2026-03-04T05:06:07+08:00');
    expect(article.zoneAssumed).toBe(true);
    expect(blockTexts(article.body)).toEqual(BODY);
    expect(report).toMatchObject({ file: 'news/spring.txt', format: 'text', encoding: 'utf-8', script: 'simplified', paragraphs: 3 });
    expect(report.dropped['copyright']).toBe(1);
  });

  it('uses the configured zone', () => {
    const { article } = ingestSeed('a.txt', Buffer.from(scrape('城市春季植树活动启动 志愿者种下新树苗', BODY)), { timeZone: '+09:00' });
    expect(article.published.endsWith('+09:00')).toBe(true);
  });

  it('repairs a traditional GB18030 scrape with ruby and folded punctuation, and counts the repairs', () => {
    const damaged = BODY.map((p) => p.replace('，', ',').replace('植', '植(zhí)'));
    const traditional = scrape('城市春季植樹活動啟動 志願者種下新樹苗', damaged).replace(/园林部门/g, '園林部門');
    const { article, report } = ingestSeed('b.txt', iconv.encode(traditional, 'gb18030'), OPTIONS);
    expect(report.encoding).toBe('gb18030');
    expect(report.repairs.ruby).toBe(1);
    expect(report.repairs.punctuation).toBeGreaterThanOrEqual(3);
    expect(report.repairs.script).toBeGreaterThan(0);
    expect(article.title).toBe('城市春季植树活动启动 志愿者种下新树苗');
    expect(blockTexts(article.body)).toEqual(BODY);
  });

  it('keeps seed markup as text', () => {
    const body = [...BODY];
    body[1] = `${BODY[1]}<script>alert(1)</script>`;
    const { article } = ingestSeed('c.txt', Buffer.from(scrape('城市春季植树活动启动 志愿者种下新树苗', body)), OPTIONS);
    expect(blockTexts(article.body)[1]).toContain('<script>alert(1)</script>');
  });

  it('lists a page with no publish time by its file date, shown without a time, and says so', () => {
    const text = scrape('城市春季植树活动启动 志愿者种下新树苗', BODY).replace('2026-03-04 05:06:07 ', '');
    const modified = new Date('2026-07-08T20:30:00Z'); // 04:30 on the 9th at +08:00
    const { article, report } = ingestSeed('d.txt', Buffer.from(text), { ...OPTIONS, modified });
    expect(article.published).toBe('2026-07-09T00:00:00+08:00');
    expect(article.dateOnly).toBe(true);
    expect(report.fallbacks).toContain('published');
    expect(report.warnings.join('\n')).toMatch(/no publish time/);
  });

  it('converts a time the page states in GMT to the site zone, not assumed', () => {
    const text = scrape('城市春季植树活动启动 志愿者种下新树苗', BODY).replace('2026-03-04 05:06:07 ', '更新时间 2026年3月4日, 格林尼治标准时间22:41 ');
    const { article } = ingestSeed('g.txt', Buffer.from(text), OPTIONS);
    expect(article.published).toBe('2026-03-05T06:41:00+08:00');
    expect(article.zoneAssumed).toBe(false);
  });
});

describe('ingestSeed (markdown)', () => {
  it('converts front matter and body text to canonical simplified, keeping the given offset', () => {
    const md = '---\ntitle: 港口擴建\npublished: "2026-01-02T03:04:05+09:00"\nauthor: 張三\nsource: 海灣報\n---\n碼頭**擴建**工程開始。\n';
    const { article, report } = ingestSeed('m.md', Buffer.from(md), OPTIONS);
    expect(article).toMatchObject({ title: '港口扩建', author: '张三', source: '海湾报', published: '2026-01-02T03:04:05+09:00', zoneAssumed: false });
    expect(blockTexts(article.body)).toEqual(['码头扩建工程开始。']);
    expect(report.format).toBe('markdown');
    expect(report.script).toBe('traditional');
  });
});

describe('ingestFolder', () => {
  function folder(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'jianfan-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return dir;
  }
  const good = scrape('城市春季植树活动启动 志愿者种下新树苗', BODY);
  /** The error a strict build of `dir` stops with. */
  function invalidSeeds(dir: string): InvalidSeedsError {
    try {
      ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false });
    } catch (error) {
      if (error instanceof InvalidSeedsError) return error;
      throw error;
    }
    throw new Error(`expected ${dir} to stop the build`);
  }

  it('lists seeds recursively in a stable order and notes other files', () => {
    const dir = folder({ 'b.txt': good, 'sub/a.md': 'x', 'notes.docx': 'x', '.gitkeep': '', '.draft.md': 'x' });
    expect(listSeedFiles(dir)).toEqual({
      seeds: ['b.txt', 'sub/a.md'],
      ignored: [
        { file: '.draft.md', reason: 'name starts with a dot; hidden files are skipped' },
        { file: 'notes.docx', reason: 'not a .txt or .md seed; ignored' },
      ],
    });
  });

  describe('symlinks and special files', () => {
    const outside = folder({ 'secret.txt': good });
    const dir = folder({ 'real/a.txt': good, 'b.md': 'x' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'outside.txt'));
    symlinkSync(outside, join(dir, 'outside-folder'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    symlinkSync(join(dir, 'real'), join(dir, 'linked'));
    symlinkSync('b.md', join(dir, 'also-b.md'));
    symlinkSync('.', join(dir, 'real', 'itself'));
    symlinkSync(join(dir, 'real', 'a.txt'), join(dir, 'c.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);

    it('follows links inside the folder once, and skips links out, dangling links, loops and FIFOs with the reason', () => {
      const { seeds, ignored } = listSeedFiles(dir);
      expect(seeds).toEqual(['b.md', 'real/a.txt']);
      expect(Object.fromEntries(ignored.map((i) => [i.file, i.reason]))).toEqual({
        'also-b.md': 'symlink to b.md, already read; skipped',
        'c.txt': 'symlink to real/a.txt, already read; skipped',
        'dangling.txt': 'dangling symlink (its target is missing); skipped',
        linked: 'symlink to real, already read; skipped',
        'loop-a.txt': 'symlink loop; not followed',
        'loop-b.txt': 'symlink loop; not followed',
        'outside-folder': 'symlink to outside the seeds folder; not followed',
        'outside.txt': 'symlink to outside the seeds folder; not followed',
        'pipe.txt': 'not a regular file (a FIFO, socket or device); skipped',
        'real/itself': 'symlink to real, already read; skipped',
      });
    });

    it('builds the rest, in lenient mode and not, with every skipped file in the warnings', () => {
      writeFileSync(join(dir, 'b.md'), `---\ntitle: 另一篇\npublished: "2026-01-01T00:00:00+08:00"\nauthor: 甲\nsource: 乙\n---\n别的内容在这里。\n`);
      for (const lenient of [false, true]) {
        const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient });
        expect(result.articles.map((a) => a.file)).toEqual(['b.md', 'real/a.txt']);
        expect(result.warnings).toContain('outside.txt: symlink to outside the seeds folder; not followed');
        expect(result.warnings).toContain('pipe.txt: not a regular file (a FIFO, socket or device); skipped');
        expect(result.warnings.join('\n')).not.toContain('secret');
      }
    });

    it('follows a linked folder inside the seeds folder, not one outside', () => {
      const top = folder({ 'store/x.txt': good, 'seeds/.archive/y.txt': good });
      symlinkSync(join(top, 'store'), join(top, 'seeds', 'store'));
      symlinkSync('.archive', join(top, 'seeds', 'archive'));
      expect(listSeedFiles(join(top, 'seeds'))).toEqual({
        seeds: ['archive/y.txt'],
        ignored: [
          { file: '.archive', reason: 'name starts with a dot; hidden files are skipped' },
          { file: 'store', reason: 'symlink to outside the seeds folder; not followed' },
        ],
      });
    });
  });

  it('lists every bad seed at once', () => {
    const dir = folder({ 'ok.txt': good, 'empty.txt': '', 'nul.txt': Buffer.from([0, 1, 2, 0, 0]), 'x.md': '---\ntitle: 无\n---\n正文。' });
    const error = invalidSeeds(dir);
    expect(error.seeds.map((s) => s.file)).toEqual(['empty.txt', 'nul.txt', 'x.md']);
    expect(error.message).toMatch(/3 invalid seed files/);
  });

  it('in lenient mode builds the rest and reports the skipped', () => {
    const dir = folder({ 'ok.txt': good, 'empty.txt': '' });
    const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: true });
    expect(result.articles.map((a) => a.slug)).toEqual(['ok']);
    expect(result.skipped).toEqual([{ file: 'empty.txt', line: undefined, reason: expect.stringMatching(/empty/) }]);
  });

  it('names each hostile seed that made a parser throw or hang, and skips them in lenient mode', () => {
    const md = (body: string, extra = '') => `---\ntitle: 标题\npublished: "2026-01-01T00:00:00+08:00"\nauthor: 甲\nsource: 乙\n${extra}---\n${body}\n`;
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ].join('\n');
    const dir = folder({
      'ok.txt': good,
      'laughs.md': md('正文。', `${laughs}\n`),
      'quotes.md': md('>'.repeat(2000)),
      'stars.md': md('*a'.repeat(60_000)),
    });
    expect(invalidSeeds(dir).seeds.map((s) => s.file)).toEqual(['laughs.md', 'quotes.md', 'stars.md']);
    const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: true });
    expect(result.articles.map((a) => a.file)).toEqual(['ok.txt']);
    expect(result.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['laughs.md', expect.stringMatching(/alias/)],
      ['quotes.md', expect.stringMatching(/nested more than/)],
      ['stars.md', expect.stringMatching(/emphasis or link markers/)],
    ]);
  });

  it('refuses a seed over the size limit without reading it', () => {
    const dir = folder({ 'ok.txt': good, 'huge.txt': '' });
    truncateSync(join(dir, 'huge.txt'), MAX_SEED_BYTES + 1);
    const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: true });
    expect(result.skipped).toEqual([{ file: 'huge.txt', line: undefined, reason: expect.stringMatching(/at most 64 MB/) }]);
  });

  it('keeps one page for the same article twice and warns', () => {
    const dir = folder({ 'a.txt': good, 'b.txt': good.replace('首页 > 社会 > 正文', '首页 > 要闻 > 正文') });
    const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false });
    expect(result.articles).toHaveLength(1);
    expect(result.warnings).toEqual(['b.txt: same article as a.txt; kept a.txt only']);
  });

  it('keeps two different articles whose names fold to one slug apart', () => {
    const md = `---\ntitle: 另一篇\npublished: "2026-01-01T00:00:00+08:00"\nauthor: 甲\nsource: 乙\n---\n${BODY[0]}又一段。\n`;
    const dir = folder({ 'a.txt': good, 'A.md': md });
    const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false });
    const slugs = result.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs).toContain('a');
    expect(result.reports.flatMap((r) => r.warnings)).toEqual([expect.stringMatching(/^slug a belongs to A\.md; using a-[0-9a-f]{10}$/)]);
  });

  it('stops on a bad time zone setting instead of blaming every seed', () => {
    const dir = folder({ 'ok.txt': good });
    expect(() => ingestFolder(dir, { timeZone: '8', bodies: tmpBodies(), lenient: true })).toThrow(/time zone must look like \+08:00/);
  });

  describe('a published URL never changes owner', () => {
    const other = `---\ntitle: 另一篇\npublished: "2026-01-01T00:00:00+08:00"\nauthor: 甲\nsource: 乙\n---\n${BODY[0]}又一段。\n`;
    const slugs = (result: ReturnType<typeof ingestFolder>) => Object.fromEntries(result.articles.map((a) => [a.file, a.slug]));

    it('keeps the slug with the seed that had it when a new seed folds to it, and warns on the newcomer', () => {
      const dir = folder({ 'a.txt': good });
      const first = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false });
      expect(slugs(first)).toEqual({ 'a.txt': 'a' });
      writeFileSync(join(dir, 'A.md'), other); // sorts before a.txt
      const second = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false, previousSlugs: slugs(first) });
      expect(second.articles.map((a) => a.file)).toEqual(['A.md', 'a.txt']);
      expect(slugs(second)['a.txt']).toBe('a');
      expect(slugs(second)['A.md']).toMatch(/^a-[0-9a-f]{10}$/);
      expect(second.reports.find((r) => r.file === 'A.md')?.warnings).toEqual([
        `slug a belongs to a.txt (published by the last build); using ${slugs(second)['A.md']}`,
      ]);
      // And it stays so: the newcomer keeps its suffixed URL in later builds.
      const third = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false, previousSlugs: slugs(second) });
      expect(slugs(third)).toEqual(slugs(second));
    });

    it('keeps the published seed when a new one is the same article', () => {
      const dir = folder({ 'b.txt': good });
      const first = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false });
      writeFileSync(join(dir, 'a.txt'), good);
      const second = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false, previousSlugs: slugs(first) });
      expect(slugs(second)).toEqual({ 'b.txt': 'b' });
      expect(second.warnings).toEqual(['a.txt: same article as b.txt; kept b.txt only']);
    });
  });

  it('refuses a folder that yields no article, unless an empty site is meant', () => {
    const empty = folder({ 'notes.docx': 'x' });
    expect(() => ingestFolder(empty, { ...OPTIONS, bodies: tmpBodies(), lenient: false })).toThrow(
      /no articles in .* \(no \.txt or \.md seed\).*JIANFAN_ALLOW_EMPTY=1/,
    );
    const allBad = folder({ 'empty.txt': '' });
    expect(() => ingestFolder(allBad, { ...OPTIONS, bodies: tmpBodies(), lenient: true })).toThrow(/no articles in .* \(1 seed\(s\), 1 skipped as invalid\)/);
    const result = ingestFolder(empty, { ...OPTIONS, bodies: tmpBodies(), lenient: false, allowEmpty: true });
    expect(result.articles).toEqual([]);
    expect(result.warnings).toEqual(['notes.docx: not a .txt or .md seed; ignored']);
  });

  it('fails on a missing folder', () => {
    expect(() => ingestFolder('/no/such/folder', { ...OPTIONS, bodies: tmpBodies(), lenient: false })).toThrow(/seeds folder not found/);
  });
});

describe('report', () => {
  it('prints a table row per seed and the skipped files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianfan-'));
    writeFileSync(join(dir, 'ok.txt'), scrape('城市春季植树活动启动 志愿者种下新树苗', BODY));
    writeFileSync(join(dir, 'empty.txt'), '');
    const report = buildReport(ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: true }), dir, new Date(0));
    expect(report.generatedAt).toBe('1970-01-01T00:00:00.000Z');
    const table = formatReportTable(report);
    expect(table).toMatch(/^seed\s+format\s+encoding/);
    expect(table).toMatch(/\nok\.txt\s+text\s+utf-8\s+simplified\s+3\s/);
    expect(table).toContain('skipped empty.txt: empty file');
    expect(table).toContain('1 article(s) from 2 seed(s); 1 skipped, 0 duplicate(s) left out');
  });

  it('counts a duplicate among the seeds read, and reads a reporter named mid-line on the source line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianfan-'));
    const page = scrape('城市春季植树活动启动 志愿者种下新树苗', BODY).replace('来源：晨光日报 作者：赵一鸣', '来源：晨光日报 记者：钱多多');
    writeFileSync(join(dir, 'a.txt'), page);
    writeFileSync(join(dir, 'b.txt'), page);
    const result = ingestFolder(dir, { ...OPTIONS, bodies: tmpBodies(), lenient: false });
    expect(result.articles[0]?.author).toBe('钱多多');
    const report = buildReport(result, dir);
    expect(report.duplicates).toEqual([{ file: 'b.txt', sameAs: 'a.txt' }]);
    expect(formatReportTable(report)).toContain('1 article(s) from 2 seed(s); 0 skipped, 1 duplicate(s) left out');
  });

  it('SeedError names file and line', () => {
    expect(new SeedError('a.md', 'bad', 3).message).toBe('a.md:3: bad');
    expect(new SeedError('a.md', 'bad').message).toBe('a.md: bad');
  });
});
