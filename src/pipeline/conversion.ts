/**
 * How a text is converted, shared by the build (pages) and the search page
 * (queries), so both give the same string.
 *
 * One step of a chain is an OpenCC configuration run the way OpenCC runs it:
 * opencc-js's segmenting converter (`ConverterBuilder` with a config), which
 * cuts the text into phrases by the keys of a segmentation dictionary and
 * then applies each dictionary group inside each segment. `ConverterFactory`
 * skips that pass and converts some phrases differently (低階別, 馬裡蘭州).
 *
 * Before that, the text is cut at word boundaries no dictionary phrase may
 * cross: protected collocations written with `|` where the boundary is
 * (聚集|成群 keeps 集成→整合 from applying across it). Longest match alone
 * cannot know that 少数组织 is 少数 + 组织, not 少 + 数组 + 织.
 *
 * Browser-safe: no Node imports.
 */
import { ConverterFactory, Trie, type ConverterFunction, type DictGroup, type DictLike } from 'opencc-js/core';

export interface ChainStep {
  /** Groups applied to the whole text first, without segmentation (OpenCC's normalization chain). */
  normalization: DictGroup[];
  /** Dictionaries whose keys are the phrases the text is segmented into. */
  segmentation: DictLike[];
  /** Dictionary groups applied in order, inside each segment. */
  groups: DictGroup[];
  /** Protected collocations: `|` marks a boundary inside it that no phrase may cross. */
  boundaries: string[];
  /** Editors' rules: text written as given, before and instead of every dictionary (longest match). */
  overrides: DictLike[];
}

const BOUNDARY = '|';

/** A converter for one step. */
export function stepConverter(step: ChainStep): ConverterFunction {
  // opencc-js rejects an empty serialised dictionary; a filtered one may be empty.
  const nonEmpty = (dicts: readonly DictLike[]) => dicts.filter((d) => d.length > 0);
  const segmented = segmentingConverter(nonEmpty(step.segmentation), step.groups.map(nonEmpty));
  // OpenCC's normalization chain, over the whole text before it is segmented (as ConverterBuilder runs it),
  // skipped for the texts it cannot change: its keys are a few rare compatibility characters.
  const normalize = step.normalization.length > 0 ? ConverterFactory(...step.normalization.map(nonEmpty)) : null;
  const normalizes = startsAnyKey(step.normalization.flat());
  const convert: ConverterFunction = normalize ? (text) => segmented(normalizes.test(text) ? normalize(text) : text) : segmented;
  const cut = boundaryCutter(step.boundaries);
  const cutConvert = (text: string) => {
    const pieces = cut(text);
    return pieces.length === 1 ? convert(text) : pieces.map(convert).join('');
  };
  const full = withOverrides(step.overrides, cutConvert);
  // Most texts given to a chain from traditional are simplified already (and
  // a title or a byline has a few characters): with no character that starts
  // a key, no dictionary can change the text, and the passes are skipped.
  const changes = startsAnyKey([...step.normalization.flat(), ...step.groups.flat(), ...step.overrides]);
  return (text) => (changes.test(text) ? full(text) : text);
}

/** Segments up to this length are remembered with their conversion; longer ones are runs no phrase matched. */
const MEMO_SEGMENT_CHARS = 8;
/** A converter forgets what it remembered past this many segments (a news archive uses far fewer distinct words). */
const MEMO_SEGMENTS = 200_000;

/**
 * opencc-js's segmenting converter (ConverterFactoryWithSegmentation, which
 * ConverterBuilder builds for a config), made of the same Trie calls in the
 * same order, so its output is the library's, with each short segment's
 * conversion remembered: a short segment is a dictionary phrase, and a news
 * text repeats its phrases, so their passes through the dictionary groups
 * become lookups (15-25% off a body's conversion, measured on the bench's
 * articles; most characters are in long runs no phrase starts in, converted
 * each time). test/unit/conversion-step.test.ts holds it to
 * ConverterBuilder's output.
 */
export function segmentingConverter(segmentation: DictLike[], groups: DictGroup[], memoSegments = MEMO_SEGMENTS): ConverterFunction {
  const segmenter = new Trie();
  if (segmentation.every((dict) => typeof dict === 'string')) segmenter.loadDictGroup(segmentation);
  else segmenter.loadDict(segmentation as unknown as DictLike);
  const tries = groups.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  const memo = new Map<string, string>();
  const convertSegment = (segment: string): string => {
    let out = segment;
    for (const trie of tries) out = trie.convert(out);
    return out;
  };
  return (text) => {
    const segments = segmenter.segment(text);
    let out = '';
    for (const segment of segments) {
      if (segment.length > MEMO_SEGMENT_CHARS) {
        out += convertSegment(segment);
        continue;
      }
      let converted = memo.get(segment);
      if (converted === undefined) {
        converted = convertSegment(segment);
        if (memo.size >= memoSegments) memo.clear();
        memo.set(segment, converted);
      }
      out += converted;
    }
    return out;
  };
}

/**
 * A test for whether a text holds a character some key of `dicts` starts
 * with: where none does, no longest-match conversion by these dictionaries
 * changes the text.
 */
export function startsAnyKey(dicts: readonly DictLike[]): RegExp {
  const starts = new Set<number>();
  for (const dict of dicts) for (const [key] of dictEntries(dict)) if (key !== '') starts.add(key.codePointAt(0)!);
  if (starts.size === 0) return /(?!)/;
  const sorted = [...starts].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
    ranges.push(i === j ? hex(sorted[i]!) : `${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return new RegExp(`[${ranges.join('')}]`, 'u');
}

/**
 * `convert` with rules ahead of it: where a key of `rules` starts (leftmost,
 * longest), its value is written as given; the text between is converted.
 * Editors' rules, site-wide and per article, work this way.
 */
export function withOverrides(rules: readonly DictLike[], convert: (text: string) => string): (text: string) => string {
  const apply = overrideApplier(rules);
  return apply ? (text) => apply(text, convert) : convert;
}

/** The rules as a function of the text and the converter for what they leave (null when there are none). */
export function overrideApplier(rules: readonly DictLike[]): ((text: string, convert: (text: string) => string) => string) | null {
  const dicts = rules.filter((d) => d.length > 0);
  if (dicts.length === 0) return null;
  const trie = new Trie();
  trie.loadDictGroup(dicts);
  return (text, convert) => {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; ) {
      const match = trie.matchPrefix(text, i);
      if (!match) {
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        continue;
      }
      if (i > from) out += convert(text.slice(from, i));
      out += match.value;
      i = from = match.end;
    }
    return out + (from < text.length ? convert(text.slice(from)) : '');
  };
}

/** Built converters by chain: a chain's tries are made once, however many callers use it. */
const chainConverters = new WeakMap<readonly ChainStep[], ConverterFunction>();

/** A converter for the whole chain (identity for an empty one). */
export function chainConverter(steps: readonly ChainStep[]): ConverterFunction {
  const built = chainConverters.get(steps);
  if (built) return built;
  const converters = steps.map(stepConverter);
  const convert: ConverterFunction = (text) => converters.reduce((current, step) => step(current), text);
  chainConverters.set(steps, convert);
  return convert;
}

/**
 * Splits a text at the marked boundaries of the protected collocations it
 * contains (leftmost, longest first). The pieces joined give the text back.
 */
export function boundaryCutter(collocations: readonly string[]): (text: string) => string[] {
  if (collocations.length === 0) return (text) => [text];
  const trie = new Trie();
  for (const marked of collocations) {
    if (!marked.includes(BOUNDARY)) throw new Error(`protected collocation ${marked} marks no boundary`);
    trie.addWord(marked.replaceAll(BOUNDARY, ''), marked);
  }
  return (text) => {
    const cuts: number[] = [];
    for (let i = 0; i < text.length; ) {
      const match = trie.matchPrefix(text, i);
      if (!match) {
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        continue;
      }
      let at = i;
      for (const part of match.value.split(BOUNDARY).slice(0, -1)) {
        at += part.length;
        cuts.push(at);
      }
      i = match.end;
    }
    if (cuts.length === 0) return [text];
    const pieces: string[] = [];
    let from = 0;
    for (const at of cuts) {
      pieces.push(text.slice(from, at));
      from = at;
    }
    pieces.push(text.slice(from));
    return pieces;
  };
}

/**
 * Inline protection, as MediaWiki writes it: `-{…}-` around text that must
 * stay as written in every variant (a name, a quotation in its original
 * script). The canonical text keeps the marks, so the variants can still see
 * them; every page strips them.
 */
const PROTECTED = /-\{(.*?)\}-/gsu;

/** Convert the text outside `-{…}-`; the protected text is kept, with its marks or without. */
export function convertOutsideProtected(text: string, convert: (text: string) => string, keepMarks: boolean): string {
  if (!text.includes('-{')) return convert(text);
  let out = '';
  let from = 0;
  for (const m of text.matchAll(PROTECTED)) {
    if (m.index > from) out += convert(text.slice(from, m.index));
    out += keepMarks ? m[0] : m[1];
    from = m.index + m[0].length;
  }
  return out + (from < text.length ? convert(text.slice(from)) : '');
}

/** The entries `key value|…` of a serialised dictionary. */
export function dictEntries(dict: DictLike): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
  if (dict === '') return [];
  return dict.split('|').map((line) => {
    const space = line.indexOf(' ');
    return space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
  });
}

export function serialiseDict(entries: Iterable<readonly [string, string]>): string {
  return [...entries].map(([k, v]) => `${k} ${v}`).join('|');
}
