/**
 * The search page. Small on purpose: the search itself (the query converter,
 * matching, rendering) is a separate chunk imported when the reader starts a
 * search, that is when the page opens with ?q= or the reader types; only the
 * pagefind loader is here, so a search from the URL starts it at once.
 */
import { MAX_QUERY_CHARS } from '../../render/paths.ts';
import { loadPagefind } from './pagefind.ts';
import type { QueryChainManifest } from './convert.ts';
import type { SearchConfig } from './engine.ts';

export interface PageStrings {
  loading: string;
  count: string;
  /** The count when only the newest {m} articles have been searched (a large archive: older shards are asked on demand). */
  countNewest: string;
  loose: string;
  none: string;
  suggest: string;
  /** The suggestion when the other script writes the query as typed (晶片 is Taiwan usage, not another spelling). */
  suggestSame: string;
  error: string;
  /** The load-more button, with {n} hits not yet shown. */
  more: string;
  /** The load-more button when older articles are still to be searched. */
  moreOlder: string;
  /** A phrase in this variant's quote marks, {q} inside. */
  phrase: string;
}

export interface OtherVariant {
  config: SearchConfig;
  /** Search page of the other variant, e.g. /zh-hans/search/. */
  path: string;
  /** The other script's name, e.g. 简体. */
  script: string;
}

export interface PageConfig {
  config: SearchConfig;
  strings: PageStrings;
  /** Each variant's query chain, to carry the query across the variant switch in that variant's script. */
  chains: Record<string, QueryChainManifest>;
  other: OtherVariant;
  /** The site has no article: every search finds nothing, and pagefind (which refuses an empty index) is not loaded. */
  empty?: boolean;
}

const DEBOUNCE_MS = 250;

export function start(root: HTMLElement): void {
  const page = JSON.parse(root.dataset['searchPage'] ?? '{}') as PageConfig;
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !results || !status) return;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  followQuery(page, input);

  const run = async (typed: string): Promise<void> => {
    const query = [...typed].slice(0, MAX_QUERY_CHARS).join('');
    const mine = ++seq;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    setSwitchQuery(query);
    results.dataset['state'] = 'loading';
    results.setAttribute('aria-busy', 'true');
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = '';
      results.dataset['query'] = '';
      results.dataset['state'] = 'done';
      results.removeAttribute('aria-busy');
      return;
    }
    if (page.empty) {
      results.replaceChildren();
      status.textContent = page.strings.none.replace('{q}', query.trim());
      results.dataset['query'] = query;
      results.dataset['state'] = 'done';
      results.removeAttribute('aria-busy');
      return;
    }
    // The loading message shows only while nothing of this search is on the
    // page; it is cancelled the moment the outcome is, not when the
    // suggestion that may follow is done (it used to overwrite "not found").
    const slow = setTimeout(() => {
      if (mine === seq) status.textContent = page.strings.loading;
    }, 300);
    try {
      const engine = await import('./results.ts');
      const { followUp } = await engine.runSearch(page, query, results, status, () => mine === seq);
      clearTimeout(slow);
      await followUp;
    } catch (error) {
      if (mine === seq) status.textContent = page.strings.error;
      console.error(error);
    } finally {
      clearTimeout(slow);
      if (mine === seq) {
        results.dataset['query'] = query;
        results.dataset['state'] = 'done';
        results.removeAttribute('aria-busy');
      }
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  input.addEventListener('input', () => {
    // The reader has started: fetch pagefind while they type.
    if (!page.empty) void import('./results.ts').then((engine) => engine.warm(page.config)).catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = [...initial].slice(0, MAX_QUERY_CHARS).join('');
    // Start pagefind now rather than after the search chunk has loaded: one
    // round trip less before the first results (pagefind.ts is small).
    if (!page.empty) loadPagefind(page.config.bundle).catch(() => undefined);
    void run(input.value);
  } else {
    results.dataset['state'] = 'done';
  }
}

/** The variant switch's links, pointing at the same search in each variant. */
const switchLinks = (): HTMLAnchorElement[] => [...document.querySelectorAll<HTMLAnchorElement>('a[data-variant-link]')];

/** Without conversion (a copied link, a middle click) the query goes as typed: every variant's search reads either script. */
function setSwitchQuery(query: string): void {
  for (const link of switchLinks()) {
    const url = new URL(link.href, location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    link.href = `${url.pathname}${url.search}`;
  }
}

/**
 * A reader who switches variant on the search page keeps their search, in
 * the script of the variant they chose: 電池 on /zh-tw/search/ becomes 电池
 * on /zh-hans/search/. Converted on the click, with the chain that made the
 * target's pages; if conversion fails, the query goes as typed.
 */
function followQuery(page: PageConfig, input: HTMLInputElement): void {
  setSwitchQuery(input.value || (new URLSearchParams(location.search).get('q') ?? ''));
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-variant-link]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const query = input.value.trim();
    const chain = page.chains[link.dataset['variantLink'] ?? ''];
    if (!query || !chain) return;
    event.preventDefault();
    const go = (q: string) => {
      const url = new URL(link.href, location.href);
      url.searchParams.set('q', q);
      location.assign(`${url.pathname}${url.search}`);
    };
    import('./convert.ts').then((m) => m.convertWith(chain, query)).then(go, () => go(query));
  });
}
