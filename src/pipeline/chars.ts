/**
 * Character tables of Chinese text, in one place: Han detection, the common
 * Han set, CJK punctuation, the punctuation of prose, the ASCII marks that
 * stand for full-width ones, the function characters of prose, and the index
 * of the Han blocks. Decoding scores candidates with them (decode.ts), the
 * repairs decide with them (repair/mojibake.ts, repair/punctuation.ts),
 * extraction measures lines with them (extract/features.ts), search and
 * related articles cut text with them. The few the browser needs too are
 * written in src/search/shared/chars.ts (no imports) and re-exported here.
 */
import iconv from 'iconv-lite';
import { hasHan } from '../search/shared/chars.ts';

export { FIRST_HAN_CODE, foldFullWidth, HAN, hasHan } from '../search/shared/chars.ts';

type LegacyEncoding = 'gb18030' | 'big5';

let commonHan: Set<string> | undefined;

/** Decode every two-byte code in lead x trail ranges (non-fatal, skips U+FFFD). */
function decodeGrid(encoding: LegacyEncoding, leads: readonly [number, number], trails: ReadonlyArray<readonly [number, number]>, into: Set<string>): void {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [lo, hi] of trails) {
      for (let trail = lo; trail <= hi; trail++) bytes.push(lead, trail);
    }
  }
  for (const ch of iconv.decode(Buffer.from(bytes), encoding)) {
    if (ch !== '\uFFFD' && hasHan(ch)) into.add(ch);
  }
}

/**
 * The frequent Han characters: GB2312 level 1 (3,755 simplified/common) plus
 * Big5 level 1 (5,401 common traditional). Built lazily from the decoders.
 */
export function commonHanSet(): ReadonlySet<string> {
  if (!commonHan) {
    const set = new Set<string>();
    decodeGrid('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]], set);
    decodeGrid(
      'big5',
      [0xa4, 0xc6],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
      set,
    );
    commonHan = set;
  }
  return commonHan;
}

const CJK_PUNCT = /^[\u3000-\u303F\uFF01-\uFF65\u2010-\u2027\u2030-\u205E\u00B7\u00D7\u00F7]$/u;

/** True for CJK and general punctuation, full-width forms, the middle dot. */
export function isCjkPunctuation(ch: string): boolean {
  return CJK_PUNCT.test(ch);
}

/** Han characters and the marks of CJK text: CJK symbols and punctuation, full-width punctuation (not letters or digits), vertical and compatibility forms. */
const HAN_OR_CJK_MARK = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\uFE10-\uFE1F\uFE30-\uFE4F]/u;

/** True when `ch` is a Han character or a mark of CJK text (narrower than isCjkPunctuation on general punctuation, wider on vertical forms). */
export function isHanOrCjkMark(ch: string): boolean {
  return HAN_OR_CJK_MARK.test(ch);
}

/** Punctuation of Chinese prose (narrower than isCjkPunctuation). */
export const PROSE_PUNCTUATION: ReadonlySet<string> = new Set(Array.from('，。、；：？！…—·“”‘’「」『』《》〈〉【】〔〕（）～％＋－＝　'));

/**
 * ASCII mark → the full-width mark Chinese text writes: what the punctuation
 * repair restores, and the marks whose GBK bytes a misaligned decode folds to
 * ASCII (the mojibake repair).
 */
export const FULL_WIDTH_OF: Readonly<Record<string, string>> = {
  '!': '！',
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '(': '（',
  ')': '）',
};

/**
 * Function characters: particles, prepositions, pronouns, copulas. Frequent in
 * running prose (about 0.15-0.2 per Han character) and rare in headlines and
 * labels (about 0.04). Simplified forms plus the cheap traditional variants.
 */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set(
  Array.from('的了在是和也就都而及被把将從从对對于於为為着著过過这這那其之但并並还還又很已等我你他她们們个個有不会會能要到说說以所让讓'),
);

/**
 * The Han blocks of the Basic Multilingual Plane as one index space: CJK
 * Unified Ideographs with Extension A (U+3400-U+9FFF, contiguous), then the
 * Compatibility Ideographs (U+F900-U+FAFF). Extension B and beyond lie
 * outside the BMP and have no index.
 */
export const BMP_HAN_SLOTS = 0xa000 - 0x3400 + 0x200;

/** Index of a BMP code point among BMP_HAN_SLOTS, or -1. */
export function bmpHanIndex(code: number): number {
  if (code >= 0x3400 && code < 0xa000) return code - 0x3400;
  if (code >= 0xf900 && code < 0xfb00) return 0xa000 - 0x3400 + code - 0xf900;
  return -1;
}
