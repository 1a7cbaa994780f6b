import { describe, expect, it } from 'vitest';
import { firstSearchMedians, type SearchCost } from '../../bench/browser.ts';

const cost = (ms: number, transfer = 1000): SearchCost => ({
  url: 'u',
  status: 200,
  results: 10,
  ms,
  requests: 1,
  transfer,
  pagefind: 0,
  pagefindRequests: 0,
  byKind: {},
});

describe('firstSearchMedians', () => {
  it('takes the sides in turns and gives each its median run, with every run kept', async () => {
    const order: string[] = [];
    const times = { a: [900, 1300, 1100], b: [700, 800, 2000] };
    const side = (name: 'a' | 'b') => async () => {
      order.push(name);
      const ms = times[name].shift()!;
      return cost(ms, ms * 2);
    };
    const [a, b] = await firstSearchMedians([side('a'), side('b')], 3);
    expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    expect(a?.ms).toBe(1100);
    // The median run's bytes, not another run's.
    expect(a?.transfer).toBe(2200);
    expect(a?.runsMs).toEqual([900, 1300, 1100]);
    expect(b?.ms).toBe(800);
    expect(b?.runsMs).toEqual([700, 800, 2000]);
  });

  it('gives null for a side whose page is missing in any run', async () => {
    let n = 0;
    const [a] = await firstSearchMedians([async () => (n++ === 1 ? null : cost(1000))], 3);
    expect(a).toBeNull();
  });
});
