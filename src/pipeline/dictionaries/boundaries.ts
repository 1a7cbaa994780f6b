/**
 * Protected collocations: word boundaries that no dictionary phrase may
 * cross, as data (used by src/pipeline/conversion.ts in every chain from
 * simplified), one a line in the table below (dictionaries/table.ts). `|`
 * marks the boundary; `wrong` is what OpenCC's longest match gives without
 * it, for the reviewer and the tests (test/unit/boundaries.test.ts).
 *
 * Why a dictionary and not a word segmenter: cutting OpenCC's matches at
 * Intl.Segmenter's word boundaries fixed these cases but broke 11 of the 84
 * s2twp cases of OpenCC's own suite (ICU does not know 芒果干, 肉酱面,
 * 马里兰州 as words), changed correct text in the sample article, ran about
 * ten times slower, and would segment differently in each browser's ICU
 * (docs/conversion.md has the measurement).
 */

import { parseTable } from './table.ts';

export interface ProtectedCollocation {
  /** Simplified, with `|` at the boundary. */
  words: string;
  /** A text with the collocation. */
  example: string;
  /** The example on a Taiwan page (a test checks it, and that opencc-js alone gives `wrong`). */
  tw: string;
  /** What opencc-js's s2twp preset gives. */
  wrong: string;
}

export const PROTECTED_COLLOCATIONS: readonly ProtectedCollocation[] = parseTable(
  'boundaries.ts',
  ['words', 'example', 'tw', 'wrong'],
  `
  # words  example  tw  wrong
  # 集成 (integrate → 整合) after a word ending in 集.
  聚集|成群  聚集成群  聚集成群  聚整合群
  密集|成片  密集成片  密集成片  密整合片
  收集|成果  收集成果  收集成果  收整合果
  # 数组 (array → 陣列) after a word ending in 数.
  数|组织  少数组织  少數組織  少陣列織
  数|组成  人数组成  人數組成  人陣列成
  # 被发 (被髮, dishevelled hair, classical) before any word with 发.
  被|发  被发明  被發明  被髮明
  # 了如 (瞭如指掌) before 如何.
  了|如何  展示了如何  展示了如何  展示瞭如何
  # 参与制 (participation system) before a word with 制.
  参与|制造  参与制造  參與製造  參與制造
  参与|制作  参与制作  參與製作  參與制作
  # 文采 (literary talent) before a word with 采.
  文|采访  中文采访  中文採訪  中文采訪
  文|采用  中文采用  中文採用  中文采用
  文|采取  中文采取  中文採取  中文采取
  文|采购  日文采购  日文採購  日文采購
`,
  [],
);
