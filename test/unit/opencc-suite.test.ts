/**
 * OpenCC's own conversion suite, run against Jianfan's chains and against
 * opencc-js's plain presets: on every configuration that speaks to one of
 * Jianfan's chains, every case the preset passes Jianfan passes too, unless
 * it is a listed deviation (opencc-suite.deviations.ts) or, on s2tw, Taiwan
 * vocabulary that s2twp itself gives.
 * The suite's file: test/helpers/opencc-suite.ts.
 */
import { describe, expect, it } from 'vitest';
import { toCanonical } from '../../src/pipeline/script.ts';
import { converterFor } from '../../src/pipeline/variants.ts';
import { jianfanChain, plainPreset, readSuite, SUITE_CONFIGS } from '../helpers/opencc-suite.ts';
import { DEVIATIONS } from './opencc-suite.deviations.ts';

const cases = readSuite();
const s2twp = plainPreset('s2twp');

describe("OpenCC's suite", () => {
  for (const config of SUITE_CONFIGS) {
    it(`${config}: at least what opencc-js's preset passes, except the listed deviations`, () => {
      const plain = plainPreset(config);
      const jianfan = jianfanChain(config);
      const listed = new Set(DEVIATIONS.filter((d) => d.config === config).map((d) => d.id));
      const ours = cases.filter((c) => c.expected[config] !== undefined);
      expect(ours.length).toBeGreaterThan(0);
      const unexplained: string[] = [];
      const stale: string[] = [];
      for (const c of ours) {
        const want = c.expected[config];
        const got = jianfan(c.input);
        if (listed.has(c.id)) {
          if (got === want) stale.push(c.id);
          continue;
        }
        if (got === want || plain(c.input) !== want) continue;
        if (config === 's2tw' && got === s2twp(c.input)) continue; // the s2tw rule in opencc-suite.deviations.ts
        unexplained.push(`${c.id}: ${c.input}\n  want ${want}\n  got  ${got}`);
      }
      expect(unexplained, 'cases the preset passes and Jianfan does not').toEqual([]);
      expect(stale, 'listed deviations that no longer deviate').toEqual([]);
    });
  }

  it('every deviation names a case of the suite and gives a reason', () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const d of DEVIATIONS) {
      expect(ids.has(d.id), d.id).toBe(true);
      expect(cases.find((c) => c.id === d.id)?.expected[d.config], `${d.id} has no ${d.config} answer`).toBeDefined();
      expect(d.reason.length).toBeGreaterThan(10);
    }
  });

  it('mixed-script input reaches the Taiwan chain normalised, and then converts as OpenCC expects', () => {
    const c = cases.find((x) => x.id === 'BYVoid_OpenCC_Issue_475_mixed_script_input');
    expect(c).toBeDefined();
    expect(converterFor('zh-tw')(toCanonical(c!.input))).toBe(c!.expected.s2twp);
  });
});
