/**
 * Query conversion for search, cut into small files.
 *
 * A query is converted the way a seed and then a page are: to canonical
 * simplified (the chain of toCanonical), then into the reader's variant (the
 * chain of converterFor). Shipping those dictionaries whole would cost about
 * 400 KB gzipped (STPhrases alone), four times the rest of a search. OpenCC
 * converts by longest match from each position, so converting a string only
 * ever uses the entries whose key starts with one of its characters: each
 * stage of the chain is split into buckets by the first character of the key,
 * and the browser fetches only the buckets of the characters in front of it.
 * The result is the same string the whole chain would give.
 *
 * Build time only (Node): the search page embeds the manifest, the search
 * integration writes the files.
 */
import { createHash } from 'node:crypto';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { CANONICAL_CHAIN } from '../pipeline/script.ts';
import { conversionChain, type VariantId } from '../pipeline/variants.ts';

/** Where the bucket files are served from (inside the pagefind folder, so one cache rule covers search). */
export const DICT_BASE = '/pagefind/dict/';
/** Aim for buckets of about this many bytes of dictionary text (about 1 KB gzipped; the number of requests depends on the query, not on this). */
const TARGET_BUCKET_CHARS = 1_000;
const MAX_BUCKETS = 1024;

export interface StageManifest {
  /** Content hash: the files are `${base}${id}-${bucket}.json`. */
  id: string;
  /** Number of buckets; an entry lives in bucket `codePoint(first char) % n`. */
  n: number;
}

export interface QueryChainManifest {
  base: string;
  stages: StageManifest[];
}

interface Stage extends StageManifest {
  /** Per bucket, per dictionary of the group (in group order), the entries `key value|key value`. */
  buckets: string[][];
}

function entriesOf(dict: DictLike): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.map(([k, v]) => [k, v]);
  if (dict === '') return [];
  return dict.split('|').map((line) => {
    const [k = '', v = ''] = line.split(' ');
    return [k, v];
  });
}

function splitStage(group: DictGroup): Stage {
  const dicts = group.map(entriesOf);
  const size = dicts.reduce((sum, d) => sum + d.reduce((s, [k, v]) => s + k.length + v.length + 2, 0), 0);
  const n = Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(size / TARGET_BUCKET_CHARS)));
  const buckets: string[][] = Array.from({ length: n }, () => dicts.map(() => ''));
  const parts: string[][][] = Array.from({ length: n }, () => dicts.map(() => []));
  dicts.forEach((entries, d) => {
    for (const [k, v] of entries) {
      const b = (k.codePointAt(0) ?? 0) % n;
      parts[b]![d]!.push(`${k} ${v}`);
    }
  });
  parts.forEach((perDict, b) => {
    buckets[b] = perDict.map((lines) => lines.join('|'));
  });
  const id = createHash('sha256').update(JSON.stringify(buckets)).digest('hex').slice(0, 12);
  return { id, n, buckets };
}

const stageCache = new Map<DictGroup, Stage>();
function stage(group: DictGroup): Stage {
  let s = stageCache.get(group);
  if (!s) {
    s = splitStage(group);
    stageCache.set(group, s);
  }
  return s;
}

/** The chain a query goes through on a variant's search page: canonical, then the page chain. */
function queryChain(variant: VariantId): readonly DictGroup[] {
  return [...CANONICAL_CHAIN, ...conversionChain(variant)];
}

export function queryChainManifest(variant: VariantId): QueryChainManifest {
  return { base: DICT_BASE, stages: queryChain(variant).map((g) => ({ id: stage(g).id, n: stage(g).n })) };
}

/** Every bucket file of every variant's chain (shared stages once): path relative to the site root → JSON. */
export function queryChainFiles(variants: readonly VariantId[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const variant of variants) {
    for (const group of queryChain(variant)) {
      const s = stage(group);
      s.buckets.forEach((dicts, b) => {
        files.set(`${DICT_BASE.slice(1)}${s.id}-${b}.json`, JSON.stringify(dicts));
      });
    }
  }
  return files;
}
