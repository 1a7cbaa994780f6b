/**
 * Character tables of Chinese text, in one place: the common Han set, CJK
 * punctuation, the punctuation of prose, and the ASCII marks that stand for
 * full-width ones. Decoding scores candidates with them (decode.ts), the
 * repairs decide with them (repair/mojibake.ts, repair/punctuation.ts).
 */
import iconv from 'iconv-lite';

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
    if (ch !== '\uFFFD' && /\p{Script=Han}/u.test(ch)) into.add(ch);
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
