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
 * and is dropped, so the work is bounded by articles × terms × postings and
 * grows about linearly with the archive (bench/related.ts measures it).
 */

import type { ArticleEntry } from './article.ts';
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
}

export const RELATED_DEFAULTS: Required<RelatedOptions> = { perArticle: 5, termsPerArticle: 24, maxPostings: 400 };

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]+/g;

/** The terms of a text with their counts: Han bigrams (a lone Han character is its own term) and Latin words, lowercased. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.length === 1) add(run);
    for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  }
  for (const [word] of text.matchAll(LATIN_WORD)) add(word.toLowerCase());
  return counts;
}

/**
 * Slug → related slugs, best first, for every document. Ties go to the
 * document given first (callers pass newest first). Deterministic for a
 * given input.
 */
export function relatedArticles(docs: readonly RelatedDocument[], options: RelatedOptions = {}): Map<string, string[]> {
  const { perArticle, termsPerArticle, maxPostings } = { ...RELATED_DEFAULTS, ...options };
  const n = docs.length;
  // Terms as numbers, and each document's terms as two parallel arrays: the whole archive's counts stay compact.
  const ids = new Map<string, number>();
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
  const topTerms: Uint32Array[] = [];
  const topWeights: Float64Array[] = [];
  for (let d = 0; d < n; d++) {
    const terms = docTerms[d]!;
    const tfs = docCounts[d]!;
    const scored: { id: number; weight: number }[] = [];
    for (let i = 0; i < terms.length; i++) {
      const id = terms[i]!;
      const f = df[id]!;
      if (f < 2) continue;
      scored.push({ id, weight: (1 + Math.log(tfs[i]!)) * Math.log(n / f) });
    }
    scored.sort((a, b) => b.weight - a.weight || a.id - b.id);
    const kept = scored.slice(0, termsPerArticle).filter((t) => t.weight > 0);
    const norm = Math.hypot(...kept.map((t) => t.weight)) || 1;
    topTerms.push(Uint32Array.from(kept.map((t) => t.id)));
    topWeights.push(Float64Array.from(kept.map((t) => t.weight / norm)));
  }
  docTerms.length = 0;
  docCounts.length = 0;

  // Inverted index over the kept terms only.
  const postings = new Map<number, { doc: number; weight: number }[]>();
  for (let d = 0; d < n; d++) {
    const terms = topTerms[d]!;
    for (let i = 0; i < terms.length; i++) {
      const list = postings.get(terms[i]!) ?? [];
      list.push({ doc: d, weight: topWeights[d]![i]! });
      postings.set(terms[i]!, list);
    }
  }
  for (const [id, list] of postings) if (list.length > maxPostings) postings.delete(id);

  const related = new Map<string, string[]>();
  const scores = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    const touched: number[] = [];
    const terms = topTerms[d]!;
    for (let i = 0; i < terms.length; i++) {
      const list = postings.get(terms[i]!);
      if (!list) continue;
      const weight = topWeights[d]![i]!;
      for (const posting of list) {
        if (posting.doc === d) continue;
        if (scores[posting.doc] === 0) touched.push(posting.doc);
        scores[posting.doc]! += weight * posting.weight;
      }
    }
    touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    related.set(docs[d]!.slug, touched.slice(0, perArticle).map((other) => docs[other]!.slug));
    for (const other of touched) scores[other] = 0;
  }
  return related;
}

/** Newest first, as the lists show them (src/lib/articles.ts): related ties go to the newer article. */
export function newestFirst<T extends Pick<ArticleEntry, 'published' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
}

/**
 * What an article is compared by: the headline and tags (twice: they say
 * what it is about), the description and the text of its stored body.
 */
export function relatedDocument(article: Pick<ArticleEntry, 'slug' | 'title' | 'tags' | 'description' | 'bodyFile'>): RelatedDocument {
  const body = readBody(article.bodyFile, 'zh-hans').replace(/<[^>]*>|&[#\w]+;/g, ' ');
  const about = [article.title, ...article.tags].join('\n');
  return { slug: article.slug, text: [about, about, article.description ?? '', body].join('\n') };
}
