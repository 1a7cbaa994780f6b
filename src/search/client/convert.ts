/**
 * Converts a query with the same chain that made the pages, loading only the
 * dictionary buckets for the characters in the query (see
 * src/search/build/dicts.ts, which writes them), and converting with the
 * pages' own algorithm (src/pipeline/conversion.ts).
 */
import { chainConverter, dictEntries, type ChainStep } from '../../pipeline/conversion.ts';
import { bucketFile, bucketOf, type QueryChainManifest, type StepBucket } from '../shared/contract.ts';
import { convertKeepingSurnames } from '../../pipeline/names.ts';

export type { QueryChainManifest };

const buckets = new Map<string, Promise<StepBucket>>();

function bucket(url: string): Promise<StepBucket> {
  let p = buckets.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<StepBucket>;
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

/**
 * The part of a step that can act on `text`. Each group sees the output of
 * the groups before it, so the characters a later group is cut to include
 * every value an earlier group may write (a superset, so still exact).
 */
async function stepFor(manifest: QueryChainManifest, { id, n }: { id: string; n: number }, text: string): Promise<ChainStep> {
  const chars = new Set(text);
  const files = () => {
    const needed = new Set<number>();
    for (const ch of chars) needed.add(bucketOf(ch, n));
    return Promise.all([...needed].map((b) => bucket(bucketFile(manifest.base, id, b))));
  };
  const dict = async (pick: (b: StepBucket) => string): Promise<string> => {
    const joined = (await files())
      .map((b) => entriesFor(pick(b), chars))
      .filter(Boolean)
      .join('|');
    for (const [, value] of dictEntries(joined)) for (const ch of value) chars.add(ch);
    return joined;
  };
  const first = await files();
  const width = (pick: (b: StepBucket) => unknown[]) => pick(first[0]!).length;
  const groupsOf = async (pick: (b: StepBucket) => string[][]): Promise<string[][]> => {
    const out: string[][] = [];
    for (let g = 0; g < width(pick); g++) {
      const group: string[] = [];
      for (let d = 0; d < (pick(first[0]!)[g]?.length ?? 0); d++) group.push(await dict((b) => pick(b)[g]?.[d] ?? ''));
      out.push(group);
    }
    return out;
  };
  // Overrides first: they act on the text itself, before any group writes.
  const overrides: string[] = [];
  for (let d = 0; d < width((b) => b.overrides); d++) overrides.push(await dict((b) => b.overrides[d] ?? ''));
  const normalization = await groupsOf((b) => b.normalization);
  const segmentation: string[] = [];
  for (let d = 0; d < width((b) => b.segmentation); d++) segmentation.push(await dict((b) => b.segmentation[d] ?? ''));
  const groups = await groupsOf((b) => b.groups);
  const boundaries = (await files()).flatMap((b) => b.boundaries).filter((marked) => [...marked.replaceAll('|', '')].every((ch) => chars.has(ch)));
  return { normalization, segmentation, groups, boundaries, overrides };
}

/** `text` after each step of the chain (or of `stages`, another chain on the same files), in order. */
export async function convertSteps(manifest: QueryChainManifest, text: string, stages = manifest.stages): Promise<string[]> {
  const out: string[] = [];
  let current = text;
  for (const stage of stages) {
    const convert = chainConverter([await stepFor(manifest, stage, current)]);
    current = stage.surnames ? convertKeepingSurnames(current, convert) : convert(current);
    out.push(current);
  }
  return out;
}

/** Convert `text` through every step of the chain (or of `stages`). */
export async function convertWith(manifest: QueryChainManifest, text: string, stages = manifest.stages): Promise<string> {
  return (await convertSteps(manifest, text, stages)).at(-1) ?? text;
}
