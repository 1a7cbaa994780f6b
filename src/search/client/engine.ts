/**
 * One search: convert the query, find the articles that contain every term,
 * rank them.
 *
 * The site has one index, of every article's canonical (simplified) text
 * (src/search/build/integration.ts), with one word per Han character
 * (src/search/build/document.ts). So each term is folded to canonical form
 * (the first steps of the query chain) and asked of pagefind as an exact
 * phrase of its characters (and whole Latin words and numbers): pagefind
 * returns the articles where they stand in a row, with no dependence on how
 * Chinese is segmented into words. Articles must have every term (in one of
 * its forms); each candidate's text in the reader's variant (a small file
 * per article and variant, in place of pagefind's fragment) is then checked
 * for the term as that variant writes it, ranked by where and how often the
 * terms occur, and shown.
 */
import { convertSteps, type QueryChainManifest } from './convert.ts';
import { loadPagefind, type Pagefind, type ShardedIndex } from './pagefind.ts';
import { HAN } from '../shared/chars.ts';
import { findRanges, parseQuery, wordsOf, type Term } from './query.ts';
import { textFile, type SearchText } from '../shared/contract.ts';

export interface SearchConfig {
  /** URL of the site's pagefind bundle (SEARCH_BUNDLE), with a trailing slash. */
  bundle: string;
  /** URL of the variant's result texts (textDir), with a trailing slash. */
  texts: string;
  chain: QueryChainManifest;
  lang: string;
}

export interface Hit {
  data: SearchText;
  /** The forms of the terms that occur in this article (for excerpt and highlight). */
  matched: string[];
}

/** The hits of a search, a page at a time. */
export interface Pages {
  /**
   * Articles that match as far as is known: every candidate pagefind found
   * that has not been opened and found wanting. Exact once every candidate
   * has been opened; pagefind's phrase match makes the two rarely differ.
   */
  total: number;
  /** True when every hit has been handed out. */
  done: boolean;
  /**
   * Articles searched so far, and in the archive. A search asks the newest
   * shards first and older ones only while it has fewer hits than a page
   * (or the reader asks for more), so on a large archive `total` may count
   * the newest articles only.
   */
  searched: number;
  articles: number;
  /** The next page of hits, best first (empty when done). */
  next: () => Promise<Hit[]>;
}

export interface Outcome {
  terms: Term[];
  /** Each term's forms in the reader's variant: as typed, as the pages write it, its vocabulary read back. */
  forms: string[][];
  /** The first page of hits. */
  hits: Hit[];
  /** The rest, a page at a time; `total` counts every hit, shown or not. */
  pages: Pages;
  /** True when no article had every term and the results have the words of the terms instead. */
  loose: boolean;
}

/**
 * How many results a page shows, and how many candidates are opened to find
 * them: a first batch, then more only while fewer than a page have passed.
 * Each candidate is a text request; on a phone's connection thirty at
 * once took about as long again as the rest of the search.
 */
export const LIMIT = 10;
const FIRST_BATCH = 12;
const NEXT_BATCH = 18;

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

/** A term's forms: what the reader's variant shows (checked in its text) and what the canonical index holds (asked of pagefind). */
export interface TermForms {
  shown: string[];
  canonical: string[];
}

/**
 * Each term's forms: as typed, converted as a page is, and (when the chain
 * has one) with its regional vocabulary read back and converted (影片 → 视频
 * on zh-hans), so a reader's word in any region's vocabulary finds the
 * article; and the canonical forms of the last two, which are what the index
 * holds. Shown forms: the typed one first, the page form second.
 */
export async function termForms(chain: QueryChainManifest, terms: readonly Term[]): Promise<TermForms[]> {
  const vocabulary = chain.vocabulary;
  return Promise.all(
    terms.map(async (t): Promise<TermForms> => {
      if (!HAN.test(t.text)) return { shown: [t.text], canonical: [t.text] };
      const [page, word] = await Promise.all([convertSteps(chain, t.text), vocabulary ? convertSteps(chain, t.text, vocabulary) : null]);
      const chains = word ? [page, word] : [page];
      const at = (steps: string[], i: number) => steps[i] ?? steps.at(-1) ?? t.text;
      return {
        shown: unique([t.text, ...chains.map((steps) => at(steps, steps.length - 1))]),
        canonical: unique(chains.map((steps) => at(steps, chain.canonical - 1))),
      };
    }),
  );
}

/** The pagefind query for one form of a term: its characters (and Latin words) as an exact phrase. */
export function phraseQuery(form: string): string {
  const tokens: string[] = [];
  let run = '';
  for (const ch of form) {
    if (HAN.test(ch)) {
      if (run.trim()) tokens.push(run.trim());
      run = '';
      tokens.push(ch);
    } else if (/[\p{L}\p{N}]/u.test(ch) || (/[.,_]/.test(ch) && run)) run += ch;
    else {
      if (run.trim()) tokens.push(run.trim());
      run = '';
    }
  }
  if (run.trim()) tokens.push(run.trim());
  if (tokens.length === 0) return '';
  return tokens.length === 1 ? tokens[0]! : `"${tokens.join(' ')}"`;
}

interface Candidate {
  score: number;
  /** Pagefind's page id, which names the article's text file in every variant. */
  id: string;
}

/** Articles pagefind finds for every group (a group matches when any of its forms does). */
async function candidates(pagefind: Pagefind, groups: readonly string[][]): Promise<Candidate[]> {
  let found: Map<string, Candidate> | null = null;
  for (const forms of groups) {
    const group = new Map<string, Candidate>();
    for (const q of unique(forms.map(phraseQuery).filter(Boolean))) {
      for (const r of (await pagefind.search(q))?.results ?? []) {
        const prev = group.get(r.id);
        group.set(r.id, { score: (prev?.score ?? 0) + r.score, id: r.id });
      }
    }
    if (found === null) found = group;
    else {
      const next = new Map<string, Candidate>();
      for (const [id, c] of group) {
        const before = found.get(id);
        if (before) next.set(id, { score: before.score + c.score, id });
      }
      found = next;
    }
    if (found.size === 0) break;
  }
  return [...(found ?? new Map<string, Candidate>()).values()].sort((a, b) => b.score - a.score);
}

/** An article's text in the reader's variant. A missing one fails the search: the page shows its error rather than a wrong "not found". */
async function textOf(texts: string, id: string): Promise<SearchText> {
  const url = `${texts}${textFile(id)}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as SearchText;
}

/** Let the browser handle input and paint before going on. */
const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type RankedHit = Hit & { rank: number };

/**
 * Open candidates in pagefind's order and keep those whose text has every
 * group, a page at a time; within what has been opened, rank by occurrences,
 * headline first. When every candidate is open and fewer than a page have
 * passed, `more` asks older shards for further candidates (null: none left).
 */
function paged(first: readonly Candidate[], groups: readonly string[][], texts: string, more: Widening): Pages {
  const list = [...first];
  let opened = 0;
  let exhausted = !more.possible();
  const pool: RankedHit[] = [];
  const pages: Pages = {
    total: list.length,
    done: list.length === 0 && exhausted,
    searched: more.searched(),
    articles: more.articles,
    next: async () => {
      for (;;) {
        while (pool.length < LIMIT && opened < list.length) {
          const batch = list.slice(opened, opened + (opened === 0 ? FIRST_BATCH : NEXT_BATCH));
          const hits = await verifyBatch(batch, opened, groups, texts);
          opened += batch.length;
          pages.total -= batch.length - hits.length;
          pool.push(...hits);
        }
        if (pool.length >= LIMIT || exhausted) break;
        const extra = await more.next();
        pages.searched = more.searched();
        if (extra === null) exhausted = true;
        else {
          list.push(...extra);
          pages.total += extra.length;
        }
      }
      pool.sort((a, b) => b.rank - a.rank);
      const page = pool.splice(0, LIMIT).map(({ data, matched }) => ({ data, matched }));
      pages.done = pool.length === 0 && opened >= list.length && exhausted;
      return page;
    },
  };
  return pages;
}

/** Further candidates from older shards, for paged(). */
interface Widening {
  /** Whether any shard is left to ask. */
  possible: () => boolean;
  /** Merge older shards and return the candidates they add (none seen before); null when no shard was left. */
  next: () => Promise<Candidate[] | null>;
  searched: () => number;
  articles: number;
}

function widening(index: ShardedIndex, asked: readonly string[][], first: readonly Candidate[]): Widening {
  const seen = new Set(first.map((c) => c.id));
  return {
    possible: () => index.searched < index.articles,
    next: async () => {
      if (!(await index.widen())) return null;
      const found = (await candidates(index.pagefind, asked)).filter((c) => !seen.has(c.id));
      for (const c of found) seen.add(c.id);
      return found;
    },
    searched: () => index.searched,
    articles: index.articles,
  };
}

async function verifyBatch(list: readonly Candidate[], offset: number, groups: readonly string[][], texts: string): Promise<RankedHit[]> {
  const hits: RankedHit[] = [];
  const datas = await Promise.all(list.map((c) => textOf(texts, c.id)));
  for (const [i, data] of datas.entries()) {
    const order = offset + i;
    // Give the main thread back every few articles: on a phone, checking a
    // whole batch at once is a long task that delays input (and Lighthouse's TBT).
    if (i > 0 && i % 5 === 0) await yieldToMain();
    const title = data.meta.title;
    const matched: string[] = [];
    let rank = 0;
    let missing = false;
    for (const forms of groups) {
      const present = forms.filter((f) => findRanges(data.content, [f]).length > 0);
      if (present.length === 0) {
        missing = true;
        break;
      }
      matched.push(...present);
      rank += findRanges(title, present).length * 10 + Math.min(findRanges(data.content, present).length, 10);
    }
    if (!missing) hits.push({ data, matched: unique(matched), rank: rank - order / 1000 });
  }
  return hits;
}

/** The words of each unquoted term (Intl.Segmenter), the i-th word of every form together; a phrase stays whole. */
function looseGroups(terms: readonly Term[], forms: readonly string[][], lang: string): string[][] {
  const groups: string[][] = [];
  forms.forEach((fs, t) => {
    if (terms[t]!.phrase) groups.push(fs);
    else {
      const split = fs.map((f) => wordsOf(f, lang));
      const n = Math.max(...split.map((w) => w.length));
      for (let i = 0; i < n; i++) groups.push(unique(split.map((w) => w[i]).filter((w): w is string => Boolean(w))));
    }
  });
  return groups;
}

/** `load` is how pagefind is loaded: in the page, loadPagefind; in Node, test/helpers/search-in-node.ts. */
export async function search(config: SearchConfig, query: string, load: (bundle: string) => Promise<ShardedIndex> = loadPagefind): Promise<Outcome> {
  const terms = parseQuery(query);
  const none: Widening = { possible: () => false, next: async () => null, searched: () => 0, articles: 0 };
  if (terms.length === 0) return { terms, forms: [], hits: [], pages: paged([], [], config.texts, none), loose: false };
  const [index, both] = await Promise.all([load(config.bundle), termForms(config.chain, terms)]);
  const forms = both.map((f) => f.shown);
  const asked = both.map((f) => f.canonical);
  const found = await candidates(index.pagefind, asked);
  const pages = paged(found, forms, config.texts, widening(index, asked, found));
  // Fewer than a page of hits has asked every shard: none has been left out.
  const hits = await pages.next();
  if (hits.length > 0 || terms.every((t) => t.phrase)) return { terms, forms, hits, pages, loose: false };
  // Nothing has every term as written: try the words of each unquoted term, anywhere in the article.
  const shownWords = looseGroups(terms, forms, config.lang);
  const canonicalWords = looseGroups(terms, asked, config.lang);
  if (shownWords.length <= forms.length) return { terms, forms, hits, pages, loose: false };
  // The canonical words ask pagefind; when a form splits into a different number of words there, ask for every word of the term at once instead.
  const looseAsked = canonicalWords.length === shownWords.length ? canonicalWords : [unique(canonicalWords.flat())];
  const looseFound = await candidates(index.pagefind, looseAsked);
  const loosePages = paged(looseFound, shownWords, config.texts, widening(index, looseAsked, looseFound));
  const loose = await loosePages.next();
  return { terms, forms, hits: loose, pages: loosePages, loose: loose.length > 0 };
}
