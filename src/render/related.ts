/**
 * Related articles, from the site's own text, at build time.
 *
 * Chinese has no spaces, so the terms are character bigrams of Han runs
 * (plus Latin words: GPU, NovaLink), the usual unit of Chinese retrieval
 * without a segmenter. Each article keeps only its TERMS_PER_ARTICLE best
 * terms by TF-IDF (terms found in one article only cannot link two, and are
 * left out), normalised; an inverted index over those few terms gives, for
 * each article, the articles sharing one, scored by the dot product of the
 * two vectors. A term on more than MAX_POSTINGS articles' lists says little
 * and is dropped, so the work is bounded by articles × terms × postings.
 * Below that bound it is not linear: while a term's list is shorter than
 * maxPostings it grows with the archive, and so does every article's number
 * of candidates (about 300 at 10,000 generated articles, 1,700 at 100,000).
 * Hence the flat typed arrays and the top-k pick below, which keep the cost
 * per candidate small (bench/related.ts measures it).
 */

import { byNewest } from './pagination.ts';
import type { ArticleEntry } from '../pipeline/article.ts';
import { BMP_HAN_SLOTS, bmpHanIndex, FIRST_HAN_CODE, HAN } from '../pipeline/chars.ts';

export interface RelatedDocument {
  slug: string;
  /** Text to compare by: headline, tags and body, canonical simplified. */
  text: string;
}

export interface RelatedOptions {
  /** Links per article. */
  perArticle?: number;
  /** Terms kept per article. */
  termsPerArticle?: number;
  /** A term kept by more articles than this is too common to relate them. */
  maxPostings?: number;
  /**
   * A term in more than this share of all articles relates none: it is the
   * archive's boilerplate, and links made by it would come and go with every
   * article added (and re-render pages for nothing).
   */
  maxShare?: number;
}

export const RELATED_DEFAULTS: Required<RelatedOptions> = { perArticle: 5, termsPerArticle: 24, maxPostings: 400, maxShare: 0.5 };

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]+/g;

/** A term as a Map key: a Han bigram as one small integer where it can be, else a string; a Latin word lowercased. */
export type TermKey = number | string;

/**
 * A bigram's key from the indexes of its characters in the BMP Han blocks
 * (chars.ts): two indexes make a key below 2^30, which V8 keeps as an
 * unboxed integer; at 10,000 articles the loop below sees tens of millions
 * of bigrams.
 */
function pairKey(a: string, b: string | undefined): TermKey {
  const i = bmpHanIndex(a.codePointAt(0)!);
  const j = b === undefined ? BMP_HAN_SLOTS : bmpHanIndex(b.codePointAt(0)!);
  // Rare characters (Extension B and beyond) keep the pair as a string.
  return i < 0 || j < 0 ? a + (b ?? '') : i * (BMP_HAN_SLOTS + 1) + j;
}

/** The key of a term written out ('电池', '桥', 'gpu'), for tests and reading. */
export function termKey(term: string): TermKey {
  const [a, b] = [...term];
  if (a === undefined || !HAN.test(a)) return term.toLowerCase();
  return pairKey(a, b);
}

/**
 * Every term of a text in order of appearance, repeats included: Han bigrams
 * (a lone Han character is its own term), not across punctuation or other
 * script, then Latin words, lowercased.
 */
function eachTerm(text: string, visit: (term: TermKey) => void): void {
  // By index into the text rather than for...of, which makes a string of every character: a key is
  // built from the characters' indexes (pairKey), and a string only for a pair with a rare character.
  let previousIndex = -1;
  let previousStart = 0;
  let previousEnd = 0;
  let runLength = 0;
  const single = () => (previousIndex < 0 ? text.slice(previousStart, previousEnd) : previousIndex * (BMP_HAN_SLOTS + 1) + BMP_HAN_SLOTS);
  for (let start = 0; start < text.length; ) {
    const code = text.charCodeAt(start);
    let end = start + 1;
    let index = -1;
    let han = false;
    if (code >= FIRST_HAN_CODE) {
      index = bmpHanIndex(code);
      if (index >= 0) han = true;
      else if ((code & 0xfc00) === 0xd800) {
        // A surrogate pair is one character (Extension B and beyond); a lone surrogate is not Han.
        if (end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
        han = HAN.test(text.slice(start, end));
      }
    }
    if (han) {
      if (runLength > 0) {
        visit(previousIndex < 0 || index < 0 ? text.slice(previousStart, previousEnd) + text.slice(start, end) : previousIndex * (BMP_HAN_SLOTS + 1) + index);
      }
      previousIndex = index;
      previousStart = start;
      previousEnd = end;
      runLength++;
    } else {
      if (runLength === 1) visit(single());
      runLength = 0;
    }
    start = end;
  }
  if (runLength === 1) visit(single());
  for (const [word] of text.matchAll(LATIN_WORD)) visit(word.toLowerCase());
}

/** The terms of a text (eachTerm) with their counts. */
export function termCounts(text: string): Map<TermKey, number> {
  const counts = new Map<TermKey, number>();
  eachTerm(text, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
  return counts;
}

/** The same numbers in an array twice as long. */
function grown(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const longer = new Uint32Array(array.length * 2);
  longer.set(array);
  return longer;
}

/**
 * Term → id. A Han bigram's key (below 2^30) in an open-addressing table of
 * typed arrays, the rest in a Map: looked up once for each term of every
 * article read, which a Map of numbers made most of the time of reading.
 */
class TermIds {
  private keys = new Int32Array(1 << 17).fill(-1);
  private values = new Int32Array(1 << 17);
  /** 32 - log2 of the table's length: the hash's top bits, which mix every bit of the key, pick the slot. */
  private shift = 32 - 17;
  private size = 0;
  private readonly strings = new Map<string, number>();

  /** The slot of a key: where it is, or the empty slot where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[at] !== key && this.keys[at] !== -1) at = (at + 1) & mask;
    return at;
  }

  /** The term's id, or -1. */
  get(term: TermKey): number {
    if (typeof term === 'string') return this.strings.get(term) ?? -1;
    const at = this.slot(term);
    return this.keys[at] === term ? this.values[at]! : -1;
  }

  add(term: TermKey, id: number): void {
    if (typeof term === 'string') {
      this.strings.set(term, id);
      return;
    }
    // At most half full, so a probe ends soon.
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const at = this.slot(term);
    this.keys[at] = term;
    this.values[at] = id;
    this.size++;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const at = this.slot(keys[i]!);
      this.keys[at] = keys[i]!;
      this.values[at] = values[i]!;
    }
  }
}

/** Heavier first; between equal weights, the term seen first in the archive. */
const better = (weight: number, id: number, thanWeight: number, thanId: number): boolean => weight > thanWeight || (weight === thanWeight && id < thanId);

/**
 * Slug → related slugs, best first, for every document. Ties go to the
 * document given first (callers pass newest first). Deterministic for a
 * given input.
 */
export function relatedArticles(docs: readonly RelatedDocument[], options: RelatedOptions = {}): Map<string, string[]> {
  const { perArticle, termsPerArticle, maxPostings, maxShare } = { ...RELATED_DEFAULTS, ...options };
  const n = docs.length;
  // Terms as numbers. An article's terms are read twice, for the document frequencies and then for its weights,
  // rather than kept between the two: kept, they were two typed arrays per article, ~600 MB outside the heap at
  // 100,000 generated articles, whose growth set off 17 full collections (10 s of 34 standalone; dearer still in a
  // build whose heap holds gigabytes). The second reading costs less than that.
  const ids = new TermIds();
  const df: number[] = [];
  // The document being read: its count of each term id (0 for the others, reset after it) and its term ids as first
  // seen. Counted by id straight from eachTerm, without a Map of the document's own terms: one lookup per term seen.
  let counts = new Uint32Array(1 << 16);
  let seen = new Uint32Array(1 << 12);
  let distinct = 0;
  const count = (term: TermKey) => {
    let id = ids.get(term);
    if (id < 0) {
      // Ids in order of first appearance in the archive, which `better` breaks ties by.
      id = df.length;
      ids.add(term, id);
      df.push(0);
      if (id === counts.length) counts = grown(counts);
    }
    if (counts[id] === 0) {
      if (distinct === seen.length) seen = grown(seen);
      seen[distinct++] = id;
    }
    counts[id]!++;
  };
  for (const doc of docs) {
    distinct = 0;
    eachTerm(doc.text, count);
    for (let i = 0; i < distinct; i++) {
      const id = seen[i]!;
      counts[id] = 0;
      df[id]! += 1;
    }
  }

  // Each document's best terms, weighted (1 + log tf) · log(n / df) and normalised.
  // log(n / df) once per term, not once per (article, term) pair: the same value, 67,000 logs instead of ~70 million at 100,000 articles.
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) {
    const f = df[id]!;
    // 0 leaves the term out, as a weight ≤ 0 would.
    idf[id] = f < 2 || f > n * maxShare ? 0 : Math.log(n / f);
  }
  // Every document's kept terms in one pair of flat arrays, the document's at topStart[d]..topStart[d + 1]:
  // two small typed arrays per document would be 200,000 allocations at 100,000 articles.
  const topStart = new Uint32Array(n + 1);
  const topIds = new Uint32Array(n * termsPerArticle);
  const topWeights = new Float64Array(n * termsPerArticle);
  const keptIds = new Uint32Array(termsPerArticle + 1);
  const keptWeights = new Float64Array(termsPerArticle + 1);
  let topEnd = 0;
  for (let d = 0; d < n; d++) {
    // Read again: the same terms in the same order, all with ids now.
    distinct = 0;
    eachTerm(docs[d]!.text, count);
    // The best few by insertion into a short sorted buffer: no sort of every term of every article.
    let kept = 0;
    for (let i = 0; i < distinct; i++) {
      const id = seen[i]!;
      const tf = counts[id]!;
      counts[id] = 0;
      if (!(idf[id]! > 0)) continue;
      const weight = (1 + Math.log(tf)) * idf[id]!;
      if (kept === termsPerArticle && !better(weight, id, keptWeights[kept - 1]!, keptIds[kept - 1]!)) continue;
      let at = kept;
      while (at > 0 && better(weight, id, keptWeights[at - 1]!, keptIds[at - 1]!)) {
        keptIds[at] = keptIds[at - 1]!;
        keptWeights[at] = keptWeights[at - 1]!;
        at--;
      }
      keptIds[at] = id;
      keptWeights[at] = weight;
      if (kept < termsPerArticle) kept++;
    }
    let norm = 0;
    for (let k = 0; k < kept; k++) norm += keptWeights[k]! * keptWeights[k]!;
    norm = Math.sqrt(norm) || 1;
    topStart[d] = topEnd;
    for (let k = 0; k < kept; k++) {
      topIds[topEnd] = keptIds[k]!;
      topWeights[topEnd] = keptWeights[k]! / norm;
      topEnd++;
    }
  }
  topStart[n] = topEnd;

  // Inverted index over the kept terms only, as flat arrays: term id's postings at postingStart[id]..postingStart[id + 1],
  // in document order. A list longer than maxPostings gets no room, which drops the term.
  const listLength = new Uint32Array(df.length);
  for (let k = 0; k < topEnd; k++) listLength[topIds[k]!]!++;
  const postingStart = new Uint32Array(df.length + 1);
  let postingTotal = 0;
  for (let id = 0; id < df.length; id++) {
    postingStart[id] = postingTotal;
    if (listLength[id]! <= maxPostings) postingTotal += listLength[id]!;
  }
  postingStart[df.length] = postingTotal;
  const postingDocs = new Uint32Array(postingTotal);
  const postingWeights = new Float64Array(postingTotal);
  const postingFill = postingStart.slice(0, df.length);
  for (let d = 0; d < n; d++) {
    for (let k = topStart[d]!; k < topStart[d + 1]!; k++) {
      const id = topIds[k]!;
      if (listLength[id]! > maxPostings) continue;
      const at = postingFill[id]!++;
      postingDocs[at] = d;
      postingWeights[at] = topWeights[k]!;
    }
  }

  const related = new Map<string, string[]>();
  const scores = new Float64Array(n);
  const touched = new Uint32Array(n);
  const shown = Math.max(0, perArticle);
  const best = new Uint32Array(shown);
  // Higher score first; between equal scores, the document given first.
  const ahead = (doc: number, than: number) => scores[doc]! > scores[than]! || (scores[doc] === scores[than] && doc < than);
  for (let d = 0; d < n; d++) {
    let touchedCount = 0;
    for (let k = topStart[d]!; k < topStart[d + 1]!; k++) {
      const weight = topWeights[k]!;
      const id = topIds[k]!;
      for (let p = postingStart[id]!; p < postingStart[id + 1]!; p++) {
        const other = postingDocs[p]!;
        if (other === d) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += weight * postingWeights[p]!;
      }
    }
    // The best `shown` by insertion, not a sort of every candidate: at 100,000 articles an article has
    // over a thousand candidates, and sorting them all was most of the time (bench/related.ts).
    let kept = 0;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      if (kept === shown && (shown === 0 || !ahead(other, best[kept - 1]!))) continue;
      if (kept < shown) kept++;
      let at = kept - 1;
      while (at > 0 && ahead(other, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = other;
    }
    const slugs: string[] = [];
    for (let k = 0; k < kept; k++) slugs.push(docs[best[k]!]!.slug);
    related.set(docs[d]!.slug, slugs);
    for (let t = 0; t < touchedCount; t++) scores[touched[t]!] = 0;
  }
  return related;
}

/** Newest first, as the lists show them (src/render/articles.ts): related ties go to the newer article. */
export function newestFirst<T extends Pick<ArticleEntry, 'published' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort(byNewest);
}

/**
 * What an article is compared by: the headline and tags (twice: they say
 * what it is about), the description and the opening of its body
 * (body-store.ts bodyOpening, taken at ingest).
 */
export function relatedDocument(article: Pick<ArticleEntry, 'slug' | 'title' | 'tags' | 'description'>, opening: string): RelatedDocument {
  const about = [article.title, ...article.tags].join('\n');
  return { slug: article.slug, text: [about, about, article.description ?? '', opening].join('\n') };
}
