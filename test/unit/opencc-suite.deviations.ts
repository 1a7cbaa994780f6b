/**
 * Where Jianfan deliberately gives another answer than OpenCC's own test
 * suite (read by test/unit/opencc-suite.test.ts, which fails on a listed
 * case that no longer deviates, so the list stays true).
 */

export type SuiteConfig = 's2twp' | 's2tw' | 's2hk' | 't2s' | 'tw2s' | 'hk2s';

export interface Deviation {
  config: SuiteConfig;
  id: string;
  reason: string;
}

/*
 * The s2tw rule (applied by the test, not listed case by case): s2tw is OpenCC's Taiwan glyphs without Taiwan vocabulary; Jianfan's one
 * Taiwan chain has the vocabulary (s2twp with the news dictionary). An s2tw
 * case may therefore differ where Jianfan gives exactly what opencc-js's own
 * s2twp preset gives for it (軟體, 輝達, 攝護腺癌); any other difference on
 * s2tw must be listed below.
 */

export const DEVIATIONS: readonly Deviation[] = [
  {
    config: 's2twp',
    id: 'variants_tw_s2twp',
    reason: 'news dictionary: 社區 is a neighbourhood (社區居民); OpenCC’s 社群 is an online community',
  },
  {
    config: 's2tw',
    id: 'variants_tw_s2twp',
    reason: 'Taiwan vocabulary as in s2twp (索羅門群島, 核取), except 社區, which the news dictionary keeps',
  },
  {
    config: 's2twp',
    id: 'BYVoid_OpenCC_Issue_475_mixed_script_input',
    reason:
      'news dictionary keeps 數據; in the mixed-script input 数据庫 OpenCC’s segmentation separates 数据 from 庫, and only the 數據→資料 rewrite made 資料庫. ' +
      'Mixed script never reaches the Taiwan chain: seeds are normalised to simplified first (数据庫 → 数据库 → 資料庫), which the test checks',
  },
  {
    config: 't2s',
    id: 'nVidia_naming_t2s',
    reason: 'news dictionary: the Taiwan name 輝達 reads as the mainland name 英伟达 on zh-Hans (and a search for either finds both)',
  },
  {
    config: 'tw2s',
    id: 'nVidia_naming_t2s',
    reason: 'news dictionary: 輝達 is the Taiwan name of 英伟达, read back as the mainland name on zh-Hans',
  },
  {
    config: 't2s',
    id: 'BYVoid_OpenCC_Issue_767_solace',
    reason:
      't2s reads OpenCC’s internal standard, where 著 is zhù; Jianfan reads traditional text as Taiwan writes it (著 for zhe), since no seed is written in OpenCC’s standard',
  },
];
