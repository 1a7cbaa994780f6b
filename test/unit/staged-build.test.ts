/**
 * The build's lock and swap when a build was killed: a lock whose process
 * is gone is taken over, one whose process runs is not, and a swap killed
 * between its two renames is completed or undone by the next build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTree } from '../../src/build-fs.ts';
import { removeInBackground, repairSwap, stagingPaths, takeLock } from '../../src/integrations/staged-build.ts';
import { placeTexts } from '../../src/search/build/integration.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'jianfan-staged-'));
/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('the build lock', () => {
  it('refuses while the build holding it runs, naming it', () => {
    const lock = join(dir(), '.dist.lock');
    // This test's own parent (the vitest runner) is alive, and not this process.
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, started: '2026-05-12T09:30:00Z' }));
    expect(() => takeLock(lock, 'dist')).toThrow(new RegExp(`another build \\(process ${process.ppid}, started 2026-05-12T09:30:00Z\\) is using dist`));
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.ppid);
  });

  it('takes over a lock left by a killed build, or one it left half written', () => {
    for (const left of [JSON.stringify({ pid: deadPid(), started: '2026-05-12T09:30:00Z' }), '{"pid": 12']) {
      const lock = join(dir(), '.dist.lock');
      writeFileSync(lock, left);
      const release = takeLock(lock, 'dist');
      expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
      release();
      expect(existsSync(lock)).toBe(false);
    }
  });
});

describe('a swap killed half way', () => {
  it('is undone when the new site never arrived: the replaced site is the published one again', () => {
    const outDir = join(dir(), 'dist');
    const { replaced } = stagingPaths(outDir);
    mkdirSync(replaced);
    writeFileSync(join(replaced, 'index.html'), 'old site');
    repairSwap(outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old site');
    expect(existsSync(replaced)).toBe(false);
  });

  it('is completed when the new site is in place: the replaced one is removed', () => {
    const outDir = join(dir(), 'dist');
    const { replaced } = stagingPaths(outDir);
    mkdirSync(replaced);
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'new site');
    repairSwap(outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(replaced)).toBe(false);
  });
});

describe('the site a build replaces', () => {
  it('is out of the way at once and removed by a process of its own, with what an earlier removal left', async () => {
    const parent = dir();
    const outDir = join(parent, 'dist');
    const { replaced, removing } = stagingPaths(outDir);
    mkdirSync(join(replaced, 'zh-hans/articles'), { recursive: true });
    writeFileSync(join(replaced, 'zh-hans/articles/index.html'), 'old site');
    // Left by a removal the machine stopped.
    mkdirSync(`${removing}1-1/zh-tw`, { recursive: true });
    writeFileSync(`${removing}1-1/zh-tw/index.html`, 'older site');
    mkdirSync(outDir);
    removeInBackground(replaced, outDir);
    expect(existsSync(replaced)).toBe(false);
    const left = () => readdirSync(parent).filter((name) => name !== 'dist');
    for (let waited = 0; left().length > 0 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(left()).toEqual([]);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('the published search bundle, in the staging folder', () => {
  it('is linked file by file, so copying it costs no bytes', () => {
    const from = join(dir(), 'pagefind');
    mkdirSync(join(from, 'b0/index'), { recursive: true });
    writeFileSync(join(from, 'pagefind-entry.json'), '{}');
    writeFileSync(join(from, 'b0/index/en_1.pf_index'), 'chunk');
    const to = join(dir(), 'pagefind');
    linkTree(from, to);
    for (const file of ['pagefind-entry.json', 'b0/index/en_1.pf_index']) {
      expect(readFileSync(join(to, file), 'utf8')).toBe(readFileSync(join(from, file), 'utf8'));
      expect(statSync(join(to, file)).ino).toBe(statSync(join(from, file)).ino);
    }
  });

  it('has its result texts replaced, never written into: the published files keep their text', () => {
    const published = dir();
    const staging = dir();
    const texts = dir();
    for (const variant of ['zh-hans', 'zh-tw', 'zh-hk']) {
      mkdirSync(join(published, 'pagefind/text', variant), { recursive: true });
      writeFileSync(join(published, 'pagefind/text', variant, 'a.json'), '"old"');
      mkdirSync(join(texts, variant), { recursive: true });
      writeFileSync(join(texts, variant, 'a.json'), '"new"');
    }
    linkTree(join(published, 'pagefind'), join(staging, 'pagefind'));
    expect(placeTexts(texts, staging, true)).toEqual(['a.json']);
    expect(readFileSync(join(staging, 'pagefind/text/zh-tw/a.json'), 'utf8')).toBe('"new"');
    expect(readFileSync(join(published, 'pagefind/text/zh-tw/a.json'), 'utf8')).toBe('"old"');
  });
});
