import { describe, expect, it } from 'vitest';
import { SHARD_PAGES, shardCount, shardDir, shardOf } from '../../src/integrations/search-index.ts';

describe('search index shards', () => {
  it('uses one shard for a small site and powers of two as it grows', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SHARD_PAGES)).toBe(1);
    expect(shardCount(SHARD_PAGES + 1)).toBe(2);
    expect(shardCount(SHARD_PAGES * 3)).toBe(4);
    expect(shardCount(SHARD_PAGES * 40)).toBe(64);
  });

  it('puts a page in the same shard whatever else the site holds', () => {
    const urls = Array.from({ length: 200 }, (_, i) => `/zh-tw/articles/a-${i}/`);
    const shards = urls.map((u) => shardOf(u, 8));
    expect(urls.map((u) => shardOf(u, 8))).toEqual(shards);
    expect(new Set(shards).size).toBe(8);
    expect(shards.every((k) => k >= 0 && k < 8)).toBe(true);
  });

  it('keeps shard 0 at the bundle root', () => {
    expect(shardDir(0)).toBe('');
    expect(shardDir(3)).toBe('shard-3/');
  });
});
