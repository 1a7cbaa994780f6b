/**
 * Protected collocations: word boundaries that no dictionary phrase may
 * cross, as data (used by src/pipeline/conversion.ts in every chain from
 * simplified). `|` marks the boundary; `wrong` is what OpenCC's longest
 * match gives without it, for the reviewer and the tests
 * (test/unit/boundaries.test.ts).
 *
 * Why a dictionary and not a word segmenter: cutting OpenCC's matches at
 * Intl.Segmenter's word boundaries fixed these cases but broke 11 of the 84
 * s2twp cases of OpenCC's own suite (ICU does not know 芒果干, 肉酱面,
 * 马里兰州 as words), changed correct text in the sample article, ran about
 * ten times slower, and would segment differently in each browser's ICU
 * (docs/conversion.md has the measurement).
 */

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

export const PROTECTED_COLLOCATIONS: readonly ProtectedCollocation[] = [
  // 集成 (integrate → 整合) after a word ending in 集.
  { words: '聚集|成群', example: '聚集成群', tw: '聚集成群', wrong: '聚整合群' },
  { words: '密集|成片', example: '密集成片', tw: '密集成片', wrong: '密整合片' },
  { words: '收集|成果', example: '收集成果', tw: '收集成果', wrong: '收整合果' },
  // 数组 (array → 陣列) after a word ending in 数.
  { words: '数|组织', example: '少数组织', tw: '少數組織', wrong: '少陣列織' },
  { words: '数|组成', example: '人数组成', tw: '人數組成', wrong: '人陣列成' },
  // 被发 (被髮, dishevelled hair, classical) before any word with 发.
  { words: '被|发', example: '被发明', tw: '被發明', wrong: '被髮明' },
  // 了如 (瞭如指掌) before 如何.
  { words: '了|如何', example: '展示了如何', tw: '展示了如何', wrong: '展示瞭如何' },
  // 参与制 (participation system) before a word with 制.
  { words: '参与|制造', example: '参与制造', tw: '參與製造', wrong: '參與制造' },
  { words: '参与|制作', example: '参与制作', tw: '參與製作', wrong: '參與制作' },
  // 文采 (literary talent) before a word with 采.
  { words: '文|采访', example: '中文采访', tw: '中文採訪', wrong: '中文采訪' },
  { words: '文|采用', example: '中文采用', tw: '中文採用', wrong: '中文采用' },
  { words: '文|采取', example: '中文采取', tw: '中文採取', wrong: '中文采取' },
  { words: '文|采购', example: '日文采购', tw: '日文採購', wrong: '日文采購' },
];
