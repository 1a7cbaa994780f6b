import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createShardPool } from '../../src/search/build/shard-pool.ts';
import { spaceHan } from '../../src/search/build/document.ts';

// Worker threads start Node and, for the real worker, a pagefind backend
// process: on a loaded 2-core machine that takes far longer than 30 s at worst.
const WORKERS = { timeout: 180_000 };

const exiting = new URL('../fixtures/workers/exiting-shard-worker.mjs', import.meta.url);
const real = new URL('../../src/search/build/shard-worker.ts', import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'jianfan-shard-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('shard pool', WORKERS, () => {
  it('fails the job of a worker that exits without an error event, naming the exit code, and goes on with a new worker', async () => {
    const pool = createShardPool(exiting, 1);
    try {
      const dying = pool.write([], '/out/die-here');
      const after = pool.write([], '/out/fine');
      await expect(dying).rejects.toThrow(/exited with code 3 .*\/out\/die-here/);
      await expect(after).resolves.toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('closes when a worker has died', async () => {
    const pool = createShardPool(exiting, 2);
    await expect(pool.write([], '/out/die')).rejects.toThrow(/exited/);
    await expect(pool.close()).resolves.toBeUndefined();
  });

  it('writes a searchable pagefind bundle with the real worker, two at once', async () => {
    const pool = createShardPool(real, 2);
    const doc = (url: string, text: string) => ({
      url,
      html: `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"></head><body><h1>${spaceHan(text)}</h1><p>${spaceHan(text)}</p></body></html>`,
    });
    try {
      await Promise.all([pool.write([doc('/a/', '江边新桥通车')], join(tmp, 'a')), pool.write([doc('/b/', '茶园防台风')], join(tmp, 'b'))]);
    } finally {
      await pool.close();
    }
    for (const dir of ['a', 'b']) {
      const entry = JSON.parse(readFileSync(join(tmp, dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);
      expect(existsSync(join(tmp, dir, 'pagefind.js'))).toBe(true);
      // The prebuilt UIs are removed: the search page renders results itself.
      expect(existsSync(join(tmp, dir, 'pagefind-ui.js'))).toBe(false);
    }
  });
});
