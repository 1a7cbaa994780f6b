/**
 * The build's lock and swap when a build was killed: a lock whose process
 * is gone is taken over, one whose process runs is not, and a swap killed
 * between its two renames is completed or undone by the next build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairSwap, stagingPaths, takeLock } from '../../src/integrations/staged-build.ts';

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
