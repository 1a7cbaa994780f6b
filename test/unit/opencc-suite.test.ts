/**
 * OpenCC's own conversion suite, run against Jianfan's chains and against
 * opencc-js's plain presets: on every configuration that speaks to one of
 * Jianfan's chains, every case the preset passes Jianfan passes too, unless
 * it is a listed deviation (opencc-suite.deviations.ts) or, on s2tw, Taiwan
 * vocabulary that s2twp itself gives.
 *
 * The suite is OpenCC's (Apache-2.0), kept outside this repository in the
 * shared folder next to the checkout (OPENCC_TESTCASES overrides the path).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConverterBuilder, type ConverterFunction, type LocalePreset } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toCanonical } from '../../src/pipeline/script.ts';
import { converterFor } from '../../src/pipeline/variants.ts';
import { DEVIATIONS, type SuiteConfig } from './opencc-suite.deviations.ts';

const SUITE = process.env.OPENCC_TESTCASES ?? fileURLToPath(new URL('../../../shared/peer/opencc/testcases.json', import.meta.url));

interface SuiteCase {
  id: string;
  input: string;
  expected: Partial<Record<string, string>>;
}

function readSuite(): SuiteCase[] {
  if (!existsSync(SUITE)) {
    throw new Error(`OpenCC's test suite is missing: expected ${SUITE} (OpenCC test/testcases/testcases.json; set OPENCC_TESTCASES to its path)`);
  }
  // The file has trailing commas; YAML reads it as the flow mapping it is.
  const { cases } = parse(readFileSync(SUITE, 'utf8')) as { cases: SuiteCase[] };
  return cases;
}

const plainPreset = ConverterBuilder(Locale as LocalePreset);
const PRESETS: Record<SuiteConfig, { from: string; to: string }> = {
  s2twp: { from: 'cn', to: 'twp' },
  s2tw: { from: 'cn', to: 'tw' },
  s2hk: { from: 'cn', to: 'hk' },
  t2s: { from: 't', to: 'cn' },
  tw2s: { from: 'tw', to: 'cn' },
  hk2s: { from: 'hk', to: 'cn' },
};
/** The Jianfan chain each configuration speaks to. */
const JIANFAN: Record<SuiteConfig, ConverterFunction> = {
  s2twp: converterFor('zh-tw'),
  s2tw: converterFor('zh-tw'),
  s2hk: converterFor('zh-hk'),
  t2s: (text) => toCanonical(text, 'tw'),
  tw2s: (text) => toCanonical(text, 'tw'),
  hk2s: (text) => toCanonical(text, 'hk'),
};

const cases = readSuite();
const s2twp = plainPreset(PRESETS.s2twp);

describe("OpenCC's suite", () => {
  for (const config of Object.keys(PRESETS) as SuiteConfig[]) {
    it(`${config}: at least what opencc-js's preset passes, except the listed deviations`, () => {
      const plain = plainPreset(PRESETS[config]);
      const listed = new Set(DEVIATIONS.filter((d) => d.config === config).map((d) => d.id));
      const ours = cases.filter((c) => c.expected[config] !== undefined);
      expect(ours.length).toBeGreaterThan(0);
      const unexplained: string[] = [];
      const stale: string[] = [];
      for (const c of ours) {
        const want = c.expected[config];
        const got = JIANFAN[config](c.input);
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
