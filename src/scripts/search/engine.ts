/** The search chunk: runs a search and renders the outcome into the page. */
import type { PageConfig } from './page.ts';
import { renderHit } from './render.ts';
import { loadPagefind } from './pagefind.ts';
import { search, termForms, type SearchConfig } from './search.ts';

/** Start loading pagefind (the reader is typing). */
export function warm(config: SearchConfig): void {
  void loadPagefind(config.bundle).catch(() => undefined);
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => k in values ? String(values[k]) : `{${k}}`);

export async function runSearch(
  page: PageConfig,
  query: string,
  results: HTMLElement,
  status: HTMLElement,
  current: () => boolean,
): Promise<void> {
  const outcome = await search(page.config, query);
  if (!current()) return;
  const list = document.createElement('ol');
  list.className = 'search-results';
  for (const hit of outcome.hits) list.append(renderHit(hit));
  results.replaceChildren(...(outcome.hits.length ? [list] : []));
  const q = query.trim();
  if (outcome.hits.length > 0) {
    status.textContent = fill(outcome.loose ? page.strings.loose : page.strings.count, { n: outcome.hits.length, q });
    return;
  }
  status.textContent = fill(page.strings.none, { q });
  // Would the other script's form of the query find something on the other variant?
  const other = await search(page.other.config, query).catch(() => null);
  if (!current() || !other || other.hits.length === 0 || other.loose) return;
  const forms = await termForms(page.other.config.chain, outcome.terms);
  const alt = forms.map((f, i) => (outcome.terms[i]!.phrase ? `“${f[f.length - 1]}”` : f[f.length - 1])).join(' ');
  const p = document.createElement('p');
  p.className = 'search-suggest';
  const a = document.createElement('a');
  a.href = `${page.other.path}?q=${encodeURIComponent(alt)}`;
  a.textContent = alt;
  const [before = '', after = ''] = fill(page.strings.suggest, { script: page.other.script, n: other.hits.length }).split('{alt}');
  p.append(before, a, after);
  results.replaceChildren(p);
}
