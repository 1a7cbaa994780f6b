/** The staged build's folder names and its lock (src/integrations/staged-build.ts), without a build. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingPaths, takeLock } from '../../src/integrations/staged-build.ts';

const lockFile = () => join(mkdtempSync(join(tmpdir(), 'jianfan-lock-')), 'sub', '.dist.lock');

describe('stagingPaths', () => {
  it('puts staging, replaced and lock beside the output folder, hidden', () => {
    expect(stagingPaths('/site/dist')).toEqual({ staging: '/site/.dist.staging', replaced: '/site/.dist.replaced', lock: '/site/.dist.lock' });
  });
});

describe('takeLock', () => {
  it('writes this process into the lock and removes it on release', () => {
    const file = lockFile();
    const release = takeLock(file, 'the site');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a lock held by a live build, naming it, with what to do as the hint', () => {
    const file = lockFile();
    takeLock(file, 'the site')();
    // The parent of this test process is alive for the whole test.
    writeFileSync(file, JSON.stringify({ pid: process.ppid, started: '2026-05-12T09:30:00.000Z' }));
    let caught: unknown;
    try {
      takeLock(file, 'the site');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe(`another build (process ${process.ppid}, started 2026-05-12T09:30:00.000Z) is using the site (lock: ${file})`);
    expect((caught as { hint?: string }).hint).toMatch(/Wait for that build to finish/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.ppid });
  });

  it('takes over a lock left by a killed build, or half written', () => {
    const file = lockFile();
    takeLock(file, 'the site')();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(file, JSON.stringify({ pid: Number(gone.stdout), started: 'earlier' }));
    takeLock(file, 'the site')();
    writeFileSync(file, '{"pid": 12');
    const release = takeLock(file, 'the site');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });
});
