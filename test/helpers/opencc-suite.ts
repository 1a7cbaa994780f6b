/**
 * OpenCC's own conversion suite and the Jianfan chain each of its
 * configurations speaks to (for test/unit/opencc-suite.test.ts and
 * bench/measure-conversion.ts). The suite is OpenCC's (Apache-2.0), kept
 * outside this repository in the shared folder next to the checkout;
 * OPENCC_TESTCASES overrides the path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConverterBuilder, type ConverterFunction, type LocalePreset } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { parse } from 'yaml';
import { toCanonical } from '../../src/pipeline/script.ts';
import { converterFor } from '../../src/pipeline/variants.ts';
import type { SuiteConfig } from '../unit/opencc-suite.deviations.ts';

export const SUITE_FILE = process.env.OPENCC_TESTCASES ?? fileURLToPath(new URL('../../../shared/peer/opencc/testcases.json', import.meta.url));

export interface SuiteCase {
  id: string;
  input: string;
  expected: Partial<Record<string, string>>;
}

export function readSuite(): SuiteCase[] {
  if (!existsSync(SUITE_FILE)) {
    throw new Error(`OpenCC's test suite is missing: expected ${SUITE_FILE} (OpenCC test/testcases/testcases.json; set OPENCC_TESTCASES to its path)`);
  }
  // The file has trailing commas; YAML reads it as the flow mapping it is.
  const { cases } = parse(readFileSync(SUITE_FILE, 'utf8')) as { cases: SuiteCase[] };
  return cases;
}

export const SUITE_CONFIGS: readonly SuiteConfig[] = ['s2twp', 's2tw', 's2hk', 't2s', 'tw2s', 'hk2s'];

const PRESETS: Record<SuiteConfig, { from: string; to: string }> = {
  s2twp: { from: 'cn', to: 'twp' },
  s2tw: { from: 'cn', to: 'tw' },
  s2hk: { from: 'cn', to: 'hk' },
  t2s: { from: 't', to: 'cn' },
  tw2s: { from: 'tw', to: 'cn' },
  hk2s: { from: 'hk', to: 'cn' },
};

/** opencc-js's own converter for the configuration. */
export function plainPreset(config: SuiteConfig): ConverterFunction {
  return ConverterBuilder(Locale as LocalePreset)(PRESETS[config]);
}

/** The Jianfan chain the configuration speaks to. */
export function jianfanChain(config: SuiteConfig): ConverterFunction {
  switch (config) {
    case 's2twp':
    case 's2tw':
      return converterFor('zh-tw');
    case 's2hk':
      return converterFor('zh-hk');
    case 't2s':
    case 'tw2s':
      return (text) => toCanonical(text, 'tw');
    case 'hk2s':
      return (text) => toCanonical(text, 'hk');
  }
}
