/**
 * What the README promises a build does with the site it replaces: nothing
 * lost, nothing stale, nothing half done. Each case builds a small site of
 * its own seeds and looks at dist/ and the build's output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { linkTree } from '../../src/build-fs.ts';
import { stagingPaths } from '../../src/integrations/staged-build.ts';
import { buildSite, readPage, ROOT, SITES, type BuildResult } from '../helpers/site.ts';

const seed = (title: string, body: string) => `---\ntitle: ${title}\npublished: "2026-03-01T09:00:00+08:00"\nauthor: 记者甲\nsource: 测试日报\n---\n${body}\n`;
const BODIES = {
  harbour: '本地的港口在周末迎来了许多市民，负责人介绍了今年的安排和新的渡轮航线。',
  orchard: '郊区的果园今年收成很好，果农说天气帮了大忙，采摘活动会持续到月底。',
  market: '老城区的花市重新开张，摊主们摆出了各种盆栽，吸引了不少年轻人前来。',
};

function seedsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianfan-guarantees-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A fresh site: no dist/ and no cache of an earlier run. */
function fresh(name: string): void {
  rmSync(join(SITES, name), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules', `.astro-${name}`), { recursive: true, force: true });
}

function build(seeds: string, name: string, env: Record<string, string> = {}): BuildResult {
  const result = buildSite(seeds, name, env);
  if (result.status !== 0) throw new Error(`build of ${name} failed:\n${result.output}`);
  return result;
}

/** Every file of a folder and its bytes, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(p.slice(dir.length + 1), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

const articleSlugs = (outDir: string, variant = 'zh-hans') => readdirSync(join(outDir, variant, 'articles')).sort();
const kept = (result: BuildResult) => /keeping (\d+) of (\d+) article page/.exec(result.output)?.slice(1).map(Number);

describe('what a build guarantees', () => {
  it('refuses an empty seeds folder and leaves the site as it was, unless an empty site is meant', () => {
    fresh('g-empty');
    const site = build(seedsFolder({ 'harbour.md': seed('港口迎来新航线', BODIES.harbour) }), 'g-empty');
    const before = snapshot(site.outDir);
    const empty = seedsFolder({});
    const refused = buildSite(empty, 'g-empty');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/no articles in .*no \.txt or \.md seed.*JIANFAN_ALLOW_EMPTY=1/);
    expect(snapshot(site.outDir)).toEqual(before);
    const allowed = buildSite(empty, 'g-empty', { JIANFAN_ALLOW_EMPTY: '1' });
    expect(allowed.status, allowed.output).toBe(0);
    expect(existsSync(join(site.outDir, 'zh-hans/articles'))).toBe(false);
    expect(JSON.parse(readFileSync(join(`${site.outDir}-report`, 'report.json'), 'utf8')).articles).toBe(0);
  });

  it("removes a seed's pages on the build right after, keeps a published URL with its seed, and verifies kept pages", () => {
    fresh('g-rebuild');
    const seeds = seedsFolder({ 'a.md': seed('港口迎来新航线', BODIES.harbour), 'orchard.md': seed('果园迎来丰收', BODIES.orchard) });
    const first = build(seeds, 'g-rebuild');
    expect(articleSlugs(first.outDir)).toEqual(['a', 'orchard']);
    // At once (no pause): the page of a removed seed goes, whatever its timestamp.
    rmSync(join(seeds, 'orchard.md'));
    // A new seed whose name folds to a published slug, sorting before its owner.
    writeFileSync(join(seeds, 'A.md'), seed('花市重新开张', BODIES.market));
    const second = build(seeds, 'g-rebuild');
    const slugs = articleSlugs(second.outDir);
    expect(slugs).toHaveLength(2);
    expect(slugs).toContain('a');
    expect(slugs.find((s) => s !== 'a')).toMatch(/^a-[0-9a-f]{10}$/);
    expect(toString(readPage(second.outDir, '/zh-hans/articles/a/'))).toContain('港口迎来新航线');
    expect(second.output).toMatch(/slug a belongs to a\.md \(published by the last build\)/);
    // A page that is no longer what the last build wrote (dist/ restored from an older build,
    // or written by a build with another cache) is rendered again, not kept.
    const written = join(SITES, 'g-rebuild-written');
    rmSync(written, { recursive: true, force: true });
    cpSync(second.outDir, written, { recursive: true });
    const page = join(second.outDir, 'zh-tw/articles/a/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('港口', '舊港口'));
    const third = build(seeds, 'g-rebuild');
    expect(kept(third)).toEqual([5, 6]);
    expect(readFileSync(page, 'utf8')).toBe(readFileSync(join(written, 'zh-tw/articles/a/index.html'), 'utf8'));
  });

  it('leaves the published site byte for byte as it was when a build fails after rendering has started', () => {
    fresh('g-atomic');
    const seeds = seedsFolder({ 'harbour.md': seed('港口迎来新航线', BODIES.harbour), 'orchard.md': seed('果园迎来丰收', BODIES.orchard) });
    const site = build(seeds, 'g-atomic');
    const before = snapshot(site.outDir);
    // A stored body the next build reads while rendering, broken: the render fails part way.
    const bodies = join(ROOT, 'node_modules/.astro-g-atomic/jianfan/bodies');
    const body = readdirSync(bodies).find((f) => f.endsWith('.json'))!;
    writeFileSync(join(bodies, body), '{ broken');
    // Another site URL renders every page again, so the broken body is read.
    const failed = buildSite(seeds, 'g-atomic', { JIANFAN_SITE_URL: 'https://news.example' });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/JSON/);
    expect(snapshot(site.outDir)).toEqual(before);
    expect(existsSync(stagingPaths(site.outDir).lock)).toBe(false);
  });

  it('builds in the site the last build replaced, leaving nothing stale in it and nothing of the published site changed', () => {
    fresh('g-recycle');
    fresh('g-recycle-clean');
    const seeds = seedsFolder({ 'harbour.md': seed('港口迎来新航线', BODIES.harbour), 'orchard.md': seed('果园迎来丰收', BODIES.orchard) });
    const first = build(seeds, 'g-recycle');
    const { previous, staging } = stagingPaths(first.outDir);
    expect(existsSync(previous)).toBe(false);
    build(seeds, 'g-recycle');
    // Most pages were kept (all, here): the site replaced (the first) waits as the next build's staging folder.
    expect(articleSlugs(previous)).toEqual(['harbour', 'orchard']);
    writeFileSync(join(seeds, 'market.md'), seed('花市重新开张', BODIES.market));
    rmSync(join(seeds, 'orchard.md'));
    writeFileSync(join(seeds, 'harbour.md'), seed('港口迎来两条新航线', BODIES.harbour));
    const published = snapshot(first.outDir);
    // Links to every file of the published site: a build writing into any of them would change these.
    const links = join(SITES, 'g-recycle-links');
    rmSync(links, { recursive: true, force: true });
    linkTree(first.outDir, links);
    const third = build(seeds, 'g-recycle');
    expect(existsSync(staging)).toBe(false);
    expect(articleSlugs(third.outDir)).toEqual(['harbour', 'market']);
    expect(toString(readPage(third.outDir, '/zh-hans/articles/harbour/'))).toContain('港口迎来两条新航线');
    // The same pages and files as a clean build of the same seeds: nothing of the first site is left in it. (Not the
    // search bundle, whose shards a rebuild keeps in batches of its own: test/build/search-rebuilds.test.ts.)
    const clean = build(seeds, 'g-recycle-clean');
    const files = (dir: string) => [...snapshot(dir).keys()].filter((path) => !path.startsWith('pagefind/')).sort();
    expect(files(third.outDir)).toEqual(files(clean.outDir));
    expect(files(third.outDir)).toContain('zh-hk/articles/market/index.html');
    // The site this build replaced (the second) is as it was published: not one of its files was written into.
    expect(snapshot(links)).toEqual(published);
  });

  it('leaves the published site as it was when a build is killed while rendering, and the next build takes over its lock', async () => {
    fresh('g-kill');
    const seeds = seedsFolder({ 'harbour.md': seed('港口迎来新航线', BODIES.harbour), 'orchard.md': seed('果园迎来丰收', BODIES.orchard) });
    const site = build(seeds, 'g-kill');
    const before = snapshot(site.outDir);
    writeFileSync(join(seeds, 'market.md'), seed('花市重新开张', BODIES.market));
    const { staging, lock } = stagingPaths(site.outDir);
    // Another site URL renders every page again: kill -9 once the first new page is in the staging folder.
    const killed = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site.outDir], {
      cwd: ROOT,
      env: {
        ...process.env,
        SEEDS_DIR: seeds,
        JIANFAN_CACHE_DIR: join(ROOT, 'node_modules/.astro-g-kill'),
        JIANFAN_SITE_URL: 'https://news.example',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => killed.once('exit', (_code, signal) => resolve(signal)));
    const rendered = () => existsSync(join(staging, 'zh-hans/articles')) && readdirSync(join(staging, 'zh-hans/articles')).length > 0;
    while (!rendered() && killed.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    killed.kill('SIGKILL');
    expect(await exited, 'the build was killed before it finished').toBe('SIGKILL');
    expect(existsSync(lock)).toBe(true);
    expect(snapshot(site.outDir)).toEqual(before);
    const next = build(seeds, 'g-kill');
    expect(articleSlugs(next.outDir)).toEqual(['harbour', 'market', 'orchard']);
    expect(existsSync(lock)).toBe(false);
  });

  it('lets one build at a time use a site: a second refuses, naming the first, and the first completes whole', async () => {
    fresh('g-lock');
    const seeds = seedsFolder({ 'harbour.md': seed('港口迎来新航线', BODIES.harbour), 'orchard.md': seed('果园迎来丰收', BODIES.orchard) });
    const outDir = join(SITES, 'g-lock');
    const { lock } = stagingPaths(outDir);
    const firstBuild = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, SEEDS_DIR: seeds, JIANFAN_CACHE_DIR: join(ROOT, 'node_modules/.astro-g-lock'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    const firstDone = new Promise<number | null>((resolve) => firstBuild.once('exit', resolve));
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 50));
    const second = buildSite(seeds, 'g-lock');
    expect(second.status).not.toBe(0);
    expect(second.output).toMatch(new RegExp(`another build \\(process ${firstBuild.pid}, started .*\\) is using`));
    expect(await firstDone).toBe(0);
    const report = JSON.parse(readFileSync(join(`${outDir}-report`, 'report.json'), 'utf8')) as { articles: number };
    expect(report.articles).toBe(2);
    expect(articleSlugs(outDir)).toEqual(['harbour', 'orchard']);
    expect(existsSync(lock)).toBe(false);
  });
});
