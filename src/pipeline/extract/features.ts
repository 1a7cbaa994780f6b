/**
 * Cheap per-line text features used to tell article prose from page furniture.
 * Pure functions of one string; no cue words here (the character tables are
 * chars.ts's).
 */
import { FUNCTION_CHARS, hasHan } from '../chars.ts';

const LATIN = /[A-Za-z]/g;

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[。！？!?…；][”’」』）)】〉》"']*$/u;

export interface LineFeatures {
  /** Length in code points, whitespace excluded. */
  length: number;
  han: number;
  latin: number;
  hanRatio: number;
  /** Function characters per Han character. */
  funcDensity: number;
  /** Ends with a sentence-final mark (possibly followed by a closing quote). */
  endsSentence: boolean;
  /** Number of full stops / exclamation / question marks anywhere. */
  sentenceMarks: number;
  /** Number of full stops `。`. */
  fullStops: number;
  /** Number of commas (full-width or ASCII) and enumeration commas. */
  commas: number;
}

export function lineFeatures(text: string): LineFeatures {
  const compact = text.replace(/\s+/g, '');
  const length = Array.from(compact).length;
  let han = 0;
  let func = 0;
  for (const ch of compact) {
    if (hasHan(ch)) {
      han++;
      if (FUNCTION_CHARS.has(ch)) func++;
    }
  }
  const latin = compact.match(LATIN)?.length ?? 0;
  return {
    length,
    han,
    latin,
    hanRatio: length ? han / length : 0,
    funcDensity: han ? func / han : 0,
    endsSentence: SENTENCE_END.test(compact),
    sentenceMarks: compact.match(/[。！？]/gu)?.length ?? 0,
    fullStops: compact.match(/。/gu)?.length ?? 0,
    commas: compact.match(/[，,、]/gu)?.length ?? 0,
  };
}

export type BodyClass = 'good' | 'neargood' | 'short' | 'bad';

/**
 * jusText-style class of a line that carries no boilerplate cue.
 * good: a prose paragraph; neargood: a short sentence; short: a label or heading.
 */
export function bodyClass(f: LineFeatures): BodyClass {
  if (f.han === 0) return f.length > 0 && f.latin > 40 ? 'bad' : 'short';
  if (f.hanRatio < 0.25 && f.latin > f.han) return 'bad';
  // Dense news leads can be low in function characters; a full stop vouches for them.
  const prose = f.funcDensity >= 0.06 || f.fullStops >= 1;
  if (f.han >= 15 && f.endsSentence && prose) return 'good';
  if (f.han >= 50 && f.funcDensity >= 0.08 && f.commas >= 2) return 'good';
  if (f.han >= 6 && f.endsSentence && prose) return 'neargood';
  if (f.han >= 30 && f.funcDensity >= 0.1) return 'neargood';
  return 'short';
}
