/** The search chunk: runs a search and renders the outcome into the page. */
import type { PageConfig } from './search-page.ts';
import { HAN } from '../shared/chars.ts';
import type { Term } from './query.ts';
import { convertWith } from './convert.ts';
import { renderHit } from './render.ts';
import { loadPagefind } from './pagefind.ts';
import { search, type Hit, type Pages, type SearchConfig } from './engine.ts';

/** Start loading pagefind (the reader is typing). */
export function warm(config: SearchConfig): void {
  void loadPagefind(config.bundle).catch(() => undefined);
}

export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));

/** The query as the status line quotes it: its terms, without the reader's own quote marks (the line adds its own). */
export const quotedTerms = (terms: readonly Term[]): string => terms.map((t) => t.text).join(' ');

export interface Rendered {
  /** Work that goes on after the outcome is shown (the other script's suggestion); resolves when it is done. */
  followUp: Promise<void>;
}

/**
 * Run a search and show its outcome. Resolves as soon as the outcome is on the
 * page, so the caller can stop its loading message; a suggestion from the
 * other script may follow (`followUp`).
 */
export async function runSearch(page: PageConfig, query: string, results: HTMLElement, status: HTMLElement, current: () => boolean): Promise<Rendered> {
  const outcome = await search(page.config, query);
  const settled: Rendered = { followUp: Promise.resolve() };
  if (!current()) return settled;
  const q = quotedTerms(outcome.terms);
  if (outcome.hits.length > 0) {
    const list = document.createElement('ol');
    list.className = 'search-results';
    list.append(...outcome.hits.map(renderHit));
    const counted = () => {
      const { pages } = outcome;
      const partial = pages.searched < pages.articles && !outcome.loose;
      status.textContent = fill(outcome.loose ? page.strings.loose : partial ? page.strings.countNewest : page.strings.count, {
        n: pages.total,
        m: pages.searched,
        q,
      });
    };
    counted();
    results.replaceChildren(list, ...moreButton(page, outcome.pages, list, counted, current));
    return settled;
  }
  results.replaceChildren();
  status.textContent = fill(page.strings.none, { q });
  return { followUp: suggest(page, query, outcome.terms, results, current) };
}

/** A button that appends the next page of hits; none when every hit is shown. */
function moreButton(page: PageConfig, pages: Pages, list: HTMLOListElement, counted: () => void, current: () => boolean): HTMLButtonElement[] {
  if (pages.done) return [];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-more';
  const label = () => {
    // With older articles still to search, how many more there are is not known yet.
    button.textContent = pages.searched < pages.articles ? page.strings.moreOlder : fill(page.strings.more, { n: pages.total - list.children.length });
  };
  label();
  button.addEventListener('click', () => {
    button.disabled = true;
    void pages
      .next()
      .then((hits: Hit[]) => {
        if (!current()) return;
        const items = hits.map(renderHit);
        list.append(...items);
        counted();
        // The reader asked for more: take them to the first new result.
        items[0]?.querySelector('a')?.focus();
        if (pages.done) button.remove();
        else {
          label();
          button.disabled = false;
        }
      })
      .catch((error: unknown) => {
        button.disabled = false;
        console.error(error);
      });
  });
  return [button];
}

/** Would the other script's form of the query find something on the other variant? Offer it. */
async function suggest(page: PageConfig, query: string, terms: readonly Term[], results: HTMLElement, current: () => boolean): Promise<void> {
  const other = await search(page.other.config, query).catch(() => null);
  if (!current() || !other || other.hits.length === 0 || other.loose) return;
  // Each term as the other variant's pages write it (not its vocabulary form: the link must find what was found).
  const written = await Promise.all(terms.map((t) => (HAN.test(t.text) ? convertWith(page.other.config.chain, t.text) : t.text)));
  const alt = written.map((w, i) => (terms[i]!.phrase ? fill(page.strings.phrase, { q: w }) : w)).join(' ');
  if (!current()) return;
  const p = document.createElement('p');
  p.className = 'search-suggest';
  const a = document.createElement('a');
  a.href = `${page.other.path}?q=${encodeURIComponent(alt)}`;
  a.textContent = alt;
  // "Write it in the other script" is no advice when that is what the reader typed: say where the articles are instead.
  const template = alt === quotedTerms(terms) || alt === query.trim() ? page.strings.suggestSame : page.strings.suggest;
  const [before = '', after = ''] = fill(template, { script: page.other.script, n: other.pages.total }).split('{alt}');
  p.append(before, a, after);
  results.replaceChildren(p);
}
