import { describe, expect, it } from 'vitest';
import { groupByShard, SHARD_GROWTH, SHARD_PAGES, shardCount, shardDir, shardOf, stableShardCount } from '../../src/lib/search-shards.ts';

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
});
