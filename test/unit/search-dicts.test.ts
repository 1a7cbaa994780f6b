/**
 * The browser converts queries from dictionary buckets; the result must be
 * what the page chain gives for the same text (toCanonical, then the
 * variant's converter).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryChainFiles, queryChainManifest, vocabularyStep } from '../../src/search/build/dicts.ts';
import { chainConverter } from '../../src/pipeline/conversion.ts';
import { termForms } from '../../src/search/client/engine.ts';
import { toCanonical } from '../../src/pipeline/script.ts';
import { converterFor, VARIANT_IDS } from '../../src/pipeline/variants.ts';
import { convertWith, entriesFor } from '../../src/search/client/convert.ts';
import { parseQuery } from '../../src/search/client/query.ts';
import { phraseQuery } from '../../src/search/client/engine.ts';

const files = queryChainFiles(VARIANT_IDS);
const fetched: string[] = [];

beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = files.get(url.replace(/^\//, ''));
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => JSON.parse(body ?? 'null') };
  });
});
afterAll(() => vi.unstubAllGlobals());

const SAMPLES = [
  '发布会后',
  '头发干了',
  '软件和芯片',
  '余文涛说',
  '余先生',
  '「中文采访」',
  '支持率',
  '颱風過後',
  '理髮店',
  '開源軟體',
  'U盘',
  'scaleX万卡集群',
  '面对涨价的牛肉面',
  '這裡和这里',
  '1微秒',
];

describe('bucketed query conversion', () => {
  for (const variant of VARIANT_IDS) {
    it(`matches the page chain on ${variant}`, async () => {
      const manifest = queryChainManifest(variant);
      for (const text of SAMPLES) {
        expect(await convertWith(manifest, text), text).toBe(converterFor(variant)(toCanonical(text)));
      }
    });
  }

  for (const variant of VARIANT_IDS) {
    it(`converts the vocabulary form from buckets as the whole chain does on ${variant}`, async () => {
      const manifest = queryChainManifest(variant);
      const readBack = chainConverter([vocabularyStep()]);
      const whole = (text: string) => converterFor(variant)(readBack(text));
      for (const text of [...SAMPLES, '影片', '晶片', '軟體', '網路', '視訊會議']) {
        expect(await convertWith(manifest, text, manifest.vocabulary), text).toBe(whole(text));
      }
    });
  }

  it('fetches only the buckets of the characters it converts', async () => {
    fetched.length = 0;
    await convertWith(queryChainManifest('zh-tw'), '光子');
    const stages = queryChainManifest('zh-tw').stages.length;
    expect(fetched.length).toBeLessThanOrEqual(2 * stages);
  });
});

describe('query parsing', () => {
  it('keeps quoted phrases whole and splits the rest on spaces', () => {
    expect(parseQuery('“浸没 相变” scaleX  「干燥」 "400G"')).toEqual([
      { text: '浸没 相变', phrase: true },
      { text: '干燥', phrase: true },
      { text: '400G', phrase: true },
      { text: 'scaleX', phrase: false },
    ]);
    expect(parseQuery('ＤｅｅｐＳｅｅｋ　国产')).toEqual([
      { text: 'DeepSeek', phrase: false },
      { text: '国产', phrase: false },
    ]);
    expect(parseQuery(' " ， ')).toEqual([]);
  });

  it('asks pagefind for a phrase of characters and whole Latin words', () => {
    expect(phraseQuery('MUSA开发者')).toBe('"MUSA 开 发 者"');
    expect(phraseQuery('1.2公里')).toBe('"1.2 公 里"');
    expect(phraseQuery('scaleX')).toBe('scaleX');
    expect(phraseQuery('墙')).toBe('墙');
  });

  it('builds each converter from the entries whose keys the text can hold', () => {
    const dict = '发 發|发展 發展|头发 頭髮|干 幹|干净 乾淨|面 麵|鬥|';
    expect(entriesFor(dict, new Set('头发干了'))).toBe('发 發|头发 頭髮|干 幹');
    expect(entriesFor(dict, new Set('水'))).toBe('');
  });
});

describe("a reader's word in any region's vocabulary (issue 13 defect 5)", () => {
  // The forms a search asks for: each must include the word as every variant's pages write it.
  const forms = async (variant: (typeof VARIANT_IDS)[number], query: string) => (await termForms(queryChainManifest(variant), parseQuery(query)))[0]!.shown;
  it.each([
    ['zh-hans', '軟體', '软件'],
    ['zh-hans', '影片', '视频'],
    ['zh-hans', '晶片', '芯片'],
    ['zh-hk', '影片', '視頻'],
    ['zh-hk', '晶片', '芯片'],
    ['zh-hk', '軟體', '軟件'],
    ['zh-tw', '视频', '影片'],
    ['zh-tw', '软件', '軟體'],
    ['zh-tw', '芯片', '晶片'],
  ] as const)('on %s, %s is also searched as %s', async (variant, query, page) => {
    expect(await forms(variant, query)).toContain(page);
    expect((await forms(variant, query))[0]).toBe(query);
  });
});

describe('the canonical forms a search asks of the one index', () => {
  it.each([
    ['zh-tw', '颱風', ['台风']],
    ['zh-hk', '颱風', ['台风']],
    ['zh-hans', '台风', ['台风']],
    ['zh-hans', '影片', ['影片', '视频']],
    ['zh-hk', '晶片', ['芯片']],
    ['zh-tw', 'MUSA', ['MUSA']],
  ] as const)('on %s, %s is asked as %j', async (variant, query, canonical) => {
    expect((await termForms(queryChainManifest(variant), parseQuery(query)))[0]!.canonical).toEqual(canonical);
  });
});
