import { describe, expect, it } from 'vitest';
import { groupByShard, planShards, RECENT_PAGES, SHARD_GROWTH, SHARD_PAGES, shardCount, shardDir, shardOf, stableShardCount } from '../../src/lib/search-shards.ts';

describe('search index shards', () => {
  it('uses one shard for a small site and powers of two as it grows', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SHARD_PAGES)).toBe(1);
    expect(shardCount(SHARD_PAGES + 1)).toBe(2);
    expect(shardCount(SHARD_PAGES * 3)).toBe(4);
    expect(shardCount(SHARD_PAGES * 40)).toBe(64);
  });

  it('keeps the previous count when one page crosses a power-of-two boundary', () => {
    const n = SHARD_PAGES * 4;
    expect(shardCount(n + 1)).toBe(8);
    expect(stableShardCount(n + 1, 4)).toBe(4);
    expect(stableShardCount(n - 1, 4)).toBe(4);
  });

  it('recomputes the count when shards would grow too large or too small', () => {
    const tooMany = Math.floor(SHARD_PAGES * 4 * SHARD_GROWTH) + 1;
    expect(stableShardCount(tooMany, 4)).toBe(shardCount(tooMany));
    expect(stableShardCount(SHARD_PAGES / 2, 8)).toBe(1);
    expect(stableShardCount(SHARD_PAGES * 3, null)).toBe(4);
    expect(stableShardCount(SHARD_PAGES * 3, 3)).toBe(4); // not a power of two: ignored
  });

  it('puts a page in the same shard whatever else the site holds', () => {
    const urls = Array.from({ length: 200 }, (_, i) => `/zh-tw/articles/a-${i}/`);
    const shards = urls.map((u) => shardOf(u, 8));
    expect(urls.map((u) => shardOf(u, 8))).toEqual(shards);
    expect(new Set(shards).size).toBe(8);
    expect(shards.every((k) => k >= 0 && k < 8)).toBe(true);
  });

  it('groups pages by shard, each page once, order kept', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ url: `/zh-hk/articles/b-${i}/` }));
    const groups = groupByShard(items, 4);
    expect(groups).toHaveLength(4);
    expect(groups.flat()).toHaveLength(50);
    groups.forEach((g, k) => {
      expect(g.every((item) => shardOf(item.url, 4) === k)).toBe(true);
      expect(g.map((item) => items.indexOf(item))).toEqual([...g.map((item) => items.indexOf(item))].sort((a, b) => a - b));
    });
  });

  it('keeps shard 0 at the bundle root', () => {
    expect(shardDir(0)).toBe('');
    expect(shardDir(3)).toBe('shard-3/');
  });

  describe('planShards', () => {
    const site = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `/zh-hans/articles/p-${from + i}/`);
    const base = site(SHARD_PAGES * 3);

    it('cuts a first build by hash, with an empty recent shard', () => {
      const plan = planShards(base, null);
      expect(plan.shards).toBe(4);
      expect(plan.recent).toEqual([]);
      expect(plan.groups.flat().sort()).toEqual([...base].sort());
      expect(plan.groups[2]).toEqual(base.filter((u) => shardOf(u, 4) === 2));
    });

    it('puts added pages in the recent shard and leaves every hashed shard as it was', () => {
      const first = planShards(base, null);
      const added = site(3, base.length);
      const plan = planShards([...added, ...base], { shards: first.shards, urls: base, recent: [] });
      expect(plan.recent).toEqual(added);
      expect(plan.groups).toEqual(first.groups);
      // The next build keeps them there and adds more.
      const more = site(2, base.length + 3);
      const urls = [...base, ...added, ...more];
      const after = planShards(urls, { shards: plan.shards, urls: [...base, ...added], recent: plan.recent });
      expect(after.recent).toEqual([...added, ...more]);
      expect(after.groups).toEqual(first.groups);
    });

    it('drops removed pages from their shard and from the recent one', () => {
      const first = planShards(base, null);
      const added = site(2, base.length);
      const gone = first.groups[1]![0]!;
      const urls = [...base.filter((u) => u !== gone), added[1]!];
      const plan = planShards(urls, { shards: 4, urls: [...base, ...added], recent: added });
      expect(plan.recent).toEqual([added[1]]);
      expect(plan.groups[1]).toEqual(first.groups[1]!.slice(1));
      expect(plan.groups[0]).toEqual(first.groups[0]);
    });

    it('folds an overfull recent shard back into the hashed ones', () => {
      const added = site(RECENT_PAGES + 1, base.length);
      const urls = [...base, ...added];
      const plan = planShards(urls, { shards: 4, urls: base, recent: [] });
      expect(plan.recent).toEqual([]);
      expect(plan.groups.flat().sort()).toEqual([...urls].sort());
    });

    it('cuts afresh when the shard count changes', () => {
      const big = site(Math.floor(SHARD_PAGES * 4 * SHARD_GROWTH) + 1);
      const plan = planShards(big, { shards: 4, urls: big.slice(0, -1), recent: [] });
      expect(plan.shards).toBe(8);
      expect(plan.recent).toEqual([]);
    });
  });
});
