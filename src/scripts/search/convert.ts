/**
 * Converts a query with the same OpenCC chain that made the pages, loading
 * only the dictionary buckets for the characters in the query (see
 * src/lib/search-dicts.ts, which writes them).
 */
import { ConverterFactory } from 'opencc-js/core';

export interface QueryChainManifest {
  base: string;
  stages: Array<{ id: string; n: number }>;
}

const buckets = new Map<string, Promise<string[]>>();

function bucket(url: string): Promise<string[]> {
  let p = buckets.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<string[]>;
    });
    buckets.set(url, p);
    p.catch(() => buckets.delete(url));
  }
  return p;
}

/**
 * The entries of a dictionary ("key value|key value…") whose key can occur in
 * a text with these characters. A converter built from them converts that
 * text exactly as the whole dictionary would (no other key can match), and is
 * built in a fraction of the time: building one from a whole bucket was the
 * search page's longest task on a phone.
 */
export function entriesFor(dict: string, chars: ReadonlySet<string>): string {
  return dict
    .split('|')
    .filter((entry) => {
      const space = entry.indexOf(' ');
      if (space <= 0) return false;
      for (const ch of entry.slice(0, space)) if (!chars.has(ch)) return false;
      return true;
    })
    .join('|');
}

/** Convert `text` through every stage of the chain; each stage needs the buckets of its input's characters. */
export async function convertWith(manifest: QueryChainManifest, text: string): Promise<string> {
  let current = text;
  for (const { id, n } of manifest.stages) {
    const needed = new Set<number>();
    for (const ch of current) needed.add((ch.codePointAt(0) ?? 0) % n);
    const parts = await Promise.all([...needed].map((b) => bucket(`${manifest.base}${id}-${b}.json`)));
    const chars = new Set(current);
    const width = parts[0]?.length ?? 0;
    const group: string[] = [];
    for (let d = 0; d < width; d++) {
      const joined = parts.map((p) => entriesFor(p[d] ?? '', chars)).filter(Boolean).join('|');
      if (joined) group.push(joined);
    }
    if (group.length) current = ConverterFactory(group)(current);
  }
  return current;
}
