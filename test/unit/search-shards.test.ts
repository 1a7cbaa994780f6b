import { describe, expect, it } from 'vitest';
import { groupByShard, planShards, RECENT_PAGES, SHARD_PAGES, shardCount, shardFolders, shardOf } from '../../src/search/build/shards.ts';

describe('search index shards', () => {
  it('uses one shard for a small site and powers of two as it grows', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SHARD_PAGES)).toBe(1);
    expect(shardCount(SHARD_PAGES + 1)).toBe(2);
    expect(shardCount(SHARD_PAGES * 3)).toBe(4);
    expect(shardCount(SHARD_PAGES * 40)).toBe(64);
  });

  it('puts a page in the same shard whatever else the site holds', () => {
    // A first cut of a site, and of the same site with other pages added or
    // removed (same shard count): every page both hold is in the same shard.
    const urls = Array.from({ length: SHARD_PAGES * 3 }, (_, i) => `/zh-tw/articles/a-${i}/`);
    const where = (groups: string[][]) => new Map(groups.flatMap((g, k) => g.map((u) => [u, k] as const)));
    const plan = where(planShards(urls, null).groups);
    const other = [...urls.filter((_, i) => i % 7 !== 0), ...Array.from({ length: 50 }, (_, i) => `/zh-tw/articles/b-${i}/`)];
    const plan2 = where(planShards(other, null).groups);
    expect(planShards(other, null).shards).toBe(planShards(urls, null).shards);
    for (const [url, k] of plan2) if (plan.has(url)) expect(plan.get(url), url).toBe(k);
    // Spread over every shard, not piled in one.
    expect(new Set(plan.values()).size).toBe(4);
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

  describe('shardFolders', () => {
    it('puts the first shard at the bundle root and the others in their folders', () => {
      const folders = shardFolders({ shards: 2, groups: [['/a/'], ['/b/']], batches: [['/c/']], recent: ['/d/'] });
      expect(folders).toEqual([
        { name: 'shard-0', dir: '', urls: ['/a/'] },
        { name: 'shard-1', dir: 'shard-1/', urls: ['/b/'] },
        { name: 'batch-0', dir: 'batch-0/', urls: ['/c/'] },
        { name: 'recent', dir: 'recent/', urls: ['/d/'] },
      ]);
    });

    it('leaves out shards with no page, and puts the first shard with pages at the root', () => {
      expect(shardFolders({ shards: 4, groups: [[], ['/b/'], [], ['/c/']], batches: [], recent: [] })).toEqual([
        { name: 'shard-1', dir: '', urls: ['/b/'] },
        { name: 'shard-3', dir: 'shard-3/', urls: ['/c/'] },
      ]);
      // Every hashed shard emptied: a batch or the recent shard is the root.
      expect(shardFolders({ shards: 2, groups: [[], []], batches: [['/c/']], recent: ['/d/'] }).map((f) => [f.name, f.dir])).toEqual([
        ['batch-0', ''],
        ['recent', 'recent/'],
      ]);
      expect(shardFolders({ shards: 1, groups: [[]], batches: [], recent: ['/d/'] })).toEqual([{ name: 'recent', dir: '', urls: ['/d/'] }]);
    });

    it('writes nothing for a variant with no page', () => {
      expect(shardFolders(planShards([], null))).toEqual([]);
      expect(shardFolders({ shards: 2, groups: [[], []], batches: [], recent: [] })).toEqual([]);
    });
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

    it('moves a full recent shard into a batch shard, and fills that batch before starting another', () => {
      const first = planShards(base, null);
      const added = site(RECENT_PAGES + 1, base.length);
      const plan = planShards([...base, ...added], { shards: 4, urls: base, recent: [] });
      expect(plan.recent).toEqual([]);
      expect(plan.batches).toEqual([added]);
      // The hashed shards are untouched: they can stay in place.
      expect(plan.groups).toEqual(first.groups);
      // Further full recent shards join that batch while it has room, then start a new one.
      let state = { shards: 4, urls: [...base, ...added], batches: plan.batches, recent: [] as string[] };
      let from = base.length + added.length;
      let next = plan;
      for (let round = 0; round < Math.ceil(SHARD_PAGES / RECENT_PAGES) + 1; round++) {
        const more = site(RECENT_PAGES + 1, from);
        from += more.length;
        next = planShards([...state.urls, ...more], state);
        state = { shards: 4, urls: [...state.urls, ...more], batches: next.batches, recent: next.recent };
      }
      expect(next.batches.length).toBeGreaterThan(1);
      expect(next.batches.every((b) => b.length <= SHARD_PAGES)).toBe(true);
      expect(next.groups).toEqual(first.groups);
      expect([...next.groups.flat(), ...next.batches.flat(), ...next.recent].sort()).toEqual([...state.urls].sort());
    });

    it('keeps the hashed shard count however much the site grows', () => {
      const big = site(SHARD_PAGES * 8);
      const plan = planShards(big, { shards: 4, urls: big.slice(0, SHARD_PAGES * 3), recent: [] });
      expect(plan.shards).toBe(4);
      expect(plan.groups.flat()).toHaveLength(SHARD_PAGES * 3);
    });

    it('cuts afresh by hash when no page of the last build is left (the folder was replaced)', () => {
      const replaced = site(SHARD_PAGES * 3, base.length);
      const plan = planShards(replaced, { shards: 4, urls: base, batches: [site(2, base.length * 2)], recent: site(1, base.length * 3) });
      expect(plan).toEqual(planShards(replaced, null));
      // One page left over is enough to keep the cut (and its shards in place).
      const few = replaced.slice(0, 2);
      const kept = planShards([base[0]!, ...few], { shards: 4, urls: base, recent: [] });
      expect(kept.recent).toEqual(few);
      expect(kept.groups.flat()).toEqual([base[0]]);
    });

    it('drops a removed page from its batch', () => {
      const added = site(3, base.length);
      const plan = planShards([...base, ...added.slice(1)], { shards: 4, urls: [...base, ...added], batches: [added], recent: [] });
      expect(plan.batches).toEqual([added.slice(1)]);
    });
  });
});
