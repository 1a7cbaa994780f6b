import { describe, expect, it } from 'vitest';
import { cutByDate, planShards, RECENT_PAGES, SHARD_PAGES, shardFolders } from '../../src/search/build/shards.ts';

/** Pages newest first, as the search index gives them: p-0 is the newest. */
const site = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `/zh-hans/articles/p-${from + i}/`);

describe('search index shards', () => {
  describe('cutByDate', () => {
    it('cuts pages given newest first into batches of SHARD_PAGES, oldest batch first, the newest one full', () => {
      const pages = site(SHARD_PAGES * 2 + 3);
      const batches = cutByDate(pages);
      expect(batches.map((b) => b.length)).toEqual([3, SHARD_PAGES, SHARD_PAGES]);
      // Each batch oldest first; the last batch ends with the newest page.
      expect(batches.at(-1)!.at(-1)).toBe(pages[0]);
      expect(batches[0]).toEqual(pages.slice(-3).reverse());
      expect(batches.flat()).toEqual([...pages].reverse());
    });

    it('makes one batch for a small site and none for an empty one', () => {
      expect(cutByDate(site(3))).toEqual([site(3).reverse()]);
      expect(cutByDate([])).toEqual([]);
    });
  });

  describe('shardFolders', () => {
    it('lists the shards newest first: the recent one at the bundle root, then the batches from the newest', () => {
      const folders = shardFolders({ batches: [['/a/'], ['/b/'], ['/c/']], recent: ['/d/'] });
      expect(folders).toEqual([
        { name: 'recent', dir: '', urls: ['/d/'] },
        { name: 'batch-2', dir: 'batch-2/', urls: ['/c/'] },
        { name: 'batch-1', dir: 'batch-1/', urls: ['/b/'] },
        { name: 'batch-0', dir: 'batch-0/', urls: ['/a/'] },
      ]);
    });

    it('puts the newest batch at the root when the recent shard is empty, and leaves out shards with no page', () => {
      expect(shardFolders({ batches: [['/a/'], ['/b/']], recent: [] }).map((f) => [f.name, f.dir])).toEqual([
        ['batch-1', ''],
        ['batch-0', 'batch-0/'],
      ]);
      expect(shardFolders({ batches: [], recent: ['/d/'] })).toEqual([{ name: 'recent', dir: '', urls: ['/d/'] }]);
    });

    it('writes nothing for a site with no page', () => {
      expect(shardFolders(planShards([], null))).toEqual([]);
      expect(shardFolders({ batches: [], recent: [] })).toEqual([]);
    });
  });

  describe('planShards', () => {
    const base = site(SHARD_PAGES * 3, 1000);

    it('cuts a first build by publish time, with an empty recent shard', () => {
      const plan = planShards(base, null);
      expect(plan.recent).toEqual([]);
      expect(plan.batches).toEqual(cutByDate(base));
    });

    it('puts added pages in the recent shard and leaves every batch as it was', () => {
      const first = planShards(base, null);
      const added = site(3, 0);
      const plan = planShards([...added, ...base], { urls: base, batches: first.batches, recent: [] });
      expect(plan.recent).toEqual(added);
      expect(plan.batches).toEqual(first.batches);
      // The next build keeps them there and adds more.
      const more = site(2, 100);
      const after = planShards([...more, ...added, ...base], { urls: [...added, ...base], batches: plan.batches, recent: plan.recent });
      expect(after.recent.sort()).toEqual([...added, ...more].sort());
      expect(after.batches).toEqual(first.batches);
    });

    it('drops removed pages from their batch and from the recent one', () => {
      const first = planShards(base, null);
      const added = site(2, 0);
      const gone = first.batches[1]![0]!;
      const urls = [added[1]!, ...base.filter((u) => u !== gone)];
      const plan = planShards(urls, { urls: [...added, ...base], batches: first.batches, recent: added });
      expect(plan.recent).toEqual([added[1]]);
      expect(plan.batches[1]).toEqual(first.batches[1]!.slice(1));
      expect(plan.batches[0]).toEqual(first.batches[0]);
    });

    it('moves a full recent shard into a new batch after the full newest one, and fills that before starting another', () => {
      const first = planShards(base, null);
      const added = site(RECENT_PAGES + 1, 0);
      const plan = planShards([...added, ...base], { urls: base, batches: first.batches, recent: [] });
      expect(plan.recent).toEqual([]);
      expect(plan.batches).toEqual([...first.batches, added]);
      let state = { urls: [...added, ...base], batches: plan.batches, recent: [] as string[] };
      let next = plan;
      for (let round = 0; round < Math.ceil(SHARD_PAGES / RECENT_PAGES) + 1; round++) {
        const more = site(RECENT_PAGES + 1, 10_000 + round * 1000);
        next = planShards([...more, ...state.urls], state);
        state = { urls: [...more, ...state.urls], batches: next.batches, recent: next.recent };
      }
      expect(next.batches.length).toBeGreaterThan(first.batches.length + 1);
      expect(next.batches.every((b) => b.length <= SHARD_PAGES)).toBe(true);
      // The first cut is untouched: its batches stay in place.
      expect(next.batches.slice(0, first.batches.length)).toEqual(first.batches);
      expect([...next.batches.flat(), ...next.recent].sort()).toEqual([...state.urls].sort());
    });

    it('cuts afresh when no page of the last build is left (the folder was replaced)', () => {
      const replaced = site(SHARD_PAGES * 3, 100_000);
      const plan = planShards(replaced, { urls: base, batches: cutByDate(base), recent: site(1, 0) });
      expect(plan).toEqual(planShards(replaced, null));
      // One page left over is enough to keep the cut (and its shards in place).
      const few = replaced.slice(0, 2);
      const kept = planShards([...few, base[0]!], { urls: base, batches: cutByDate(base), recent: [] });
      expect(kept.recent).toEqual(few);
      expect(kept.batches).toEqual([[base[0]]]);
    });
  });
});
