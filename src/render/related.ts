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

import type { ArticleEntry } from '../pipeline/article.ts';
import { BMP_HAN_SLOTS, bmpHanIndex, FIRST_HAN_CODE, HAN } from '../pipeline/chars.ts';
import { readBody } from './body-store.ts';

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
 * The terms of a text with their counts: Han bigrams (a lone Han character
 * is its own term), not across punctuation or other script, and Latin words,
 * lowercased.
 */
export function termCounts(text: string): Map<TermKey, number> {
  const counts = new Map<TermKey, number>();
  const add = (term: TermKey) => counts.set(term, (counts.get(term) ?? 0) + 1);
  let previous = '';
  let runLength = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const han = code < FIRST_HAN_CODE ? false : bmpHanIndex(code) >= 0 || ((code & 0xfc00) === 0xd800 && HAN.test(char));
    if (han) {
      if (runLength > 0) add(pairKey(previous, char));
      previous = char;
      runLength++;
    } else {
      if (runLength === 1) add(pairKey(previous, undefined));
      runLength = 0;
    }
  }
  if (runLength === 1) add(pairKey(previous, undefined));
  for (const [word] of text.matchAll(LATIN_WORD)) add(word.toLowerCase());
  return counts;
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
  // Terms as numbers, and each document's terms as two parallel arrays: the whole archive's counts stay compact.
  const ids = new Map<TermKey, number>();
  const df: number[] = [];
  const docTerms: Uint32Array[] = [];
  const docCounts: Uint32Array[] = [];
  for (const doc of docs) {
    const counts = termCounts(doc.text);
    const terms = new Uint32Array(counts.size);
    const tfs = new Uint32Array(counts.size);
    let i = 0;
    for (const [term, count] of counts) {
      let id = ids.get(term);
      if (id === undefined) {
        id = df.length;
        ids.set(term, id);
        df.push(0);
      }
      df[id]! += 1;
      terms[i] = id;
      tfs[i] = count;
      i++;
    }
    docTerms.push(terms);
    docCounts.push(tfs);
  }

  // Each document's best terms, weighted (1 + log tf) · log(n / df) and normalised.
  // log(n / df) once per term, not once per (article, term) pair: the same value, computed 67,000 times instead of 70 million at 100,000 articles.
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
    const terms = docTerms[d]!;
    const tfs = docCounts[d]!;
    // The best few by insertion into a short sorted buffer: no sort of every term of every article.
    let kept = 0;
    for (let i = 0; i < terms.length; i++) {
      const id = terms[i]!;
      if (!(idf[id]! > 0)) continue;
      const weight = (1 + Math.log(tfs[i]!)) * idf[id]!;
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
  docTerms.length = 0;
  docCounts.length = 0;

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
  return [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
}

/**
 * Characters of the body compared. A news story says what it is about first
 * (the lede and the opening paragraphs); the rest adds cost, not topic.
 */
export const BODY_CHARS_COMPARED = 1200;

/**
 * What an article is compared by: the headline and tags (twice: they say
 * what it is about), the description and the opening of its stored body.
 */
export function relatedDocument(article: Pick<ArticleEntry, 'slug' | 'title' | 'tags' | 'description' | 'bodyFile'>): RelatedDocument {
  const body = readBody(article.bodyFile, 'zh-hans')
    .replace(/<[^>]*>|&[#\w]+;/g, ' ')
    .slice(0, BODY_CHARS_COMPARED);
  const about = [article.title, ...article.tags].join('\n');
  return { slug: article.slug, text: [about, about, article.description ?? '', body].join('\n') };
}
