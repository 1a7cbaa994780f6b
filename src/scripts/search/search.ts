/**
 * One search: convert the query, ask pagefind for candidates, keep the
 * articles that contain every term.
 *
 * Pagefind segments Chinese at index time (jieba) and in the browser
 * (Intl.Segmenter); the two disagree, so pagefind matches Chinese loosely
 * (parts of words) and, with several words, requires each. Its candidates are
 * complete for text that occurs in an article but include near misses, so
 * every candidate is checked against the terms in its full text, the same
 * text the excerpt is cut from.
 */
import { convertWith, type QueryChainManifest } from './convert.ts';
import { loadPagefind, type PagefindData } from './pagefind.ts';
import { findRanges, HAN, parseQuery, wordsOf, type Term } from './query.ts';

export interface SearchConfig {
  /** URL of the variant's pagefind bundle, with a trailing slash. */
  bundle: string;
  chain: QueryChainManifest;
  lang: string;
}

export interface Hit {
  data: PagefindData;
  /** The forms of the terms that occur in this article (for excerpt and highlight). */
  matched: string[];
}

export interface Outcome {
  terms: Term[];
  /** Each term's forms: as typed, and converted to the variant. */
  forms: string[][];
  hits: Hit[];
  /** True when no article had every term and the results match the words of the terms instead. */
  loose: boolean;
}

/** How many results a search shows, and how many candidates it may open to find them. */
export const LIMIT = 10;
const MAX_CANDIDATES = 40;

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

export async function termForms(chain: QueryChainManifest, terms: readonly Term[]): Promise<string[][]> {
  return Promise.all(
    terms.map(async (t) => (HAN.test(t.text) ? unique([t.text, await convertWith(chain, t.text)]) : [t.text])),
  );
}

function matches(text: string, forms: readonly string[]): string | null {
  for (const f of forms) if (findRanges(text, [f]).length > 0) return f;
  return null;
}

export async function search(config: SearchConfig, query: string): Promise<Outcome> {
  const terms = parseQuery(query);
  if (terms.length === 0) return { terms, forms: [], hits: [], loose: false };
  const [pagefind, forms] = await Promise.all([loadPagefind(config.bundle), termForms(config.chain, terms)]);

  // One pagefind query per form of the whole query: the converted one first.
  const strings = unique([forms.map((f) => f[f.length - 1]).join(' '), forms.map((f) => f[0]).join(' ')]);
  const scores = new Map<string, { score: number; data: () => Promise<PagefindData> }>();
  for (const s of strings) {
    const found = await pagefind.search(s);
    for (const r of found?.results ?? []) {
      const prev = scores.get(r.id);
      if (!prev || prev.score < r.score) scores.set(r.id, { score: r.score, data: r.data });
    }
  }
  const candidates = [...scores.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);

  const strict: Hit[] = [];
  const loose: Hit[] = [];
  for (let i = 0; i < candidates.length && strict.length < LIMIT; i += 8) {
    const batch = await Promise.all(candidates.slice(i, i + 8).map((c) => c.data()));
    for (const data of batch) {
      const text = `${data.meta['title'] ?? ''}\n${data.content}`;
      const found = forms.map((f) => matches(text, f));
      if (found.every((f) => f !== null)) {
        strict.push({ data, matched: found as string[] });
        continue;
      }
      // Loose: every word of every term (in one of its forms) occurs somewhere.
      const words = forms.map((fs, t) => {
        if (terms[t]!.phrase) return null;
        for (const f of fs) {
          const ws = wordsOf(f, config.lang);
          if (ws.length > 0 && ws.every((w) => findRanges(text, [w]).length > 0)) return ws;
        }
        return null;
      });
      if (words.every((w) => w !== null)) loose.push({ data, matched: words.flat() as string[] });
    }
  }
  if (strict.length > 0) return { terms, forms, hits: strict.slice(0, LIMIT), loose: false };
  return { terms, forms, hits: loose.slice(0, LIMIT), loose: loose.length > 0 };
}
