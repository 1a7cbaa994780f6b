/**
 * Query conversion for search, cut into small files.
 *
 * A query is converted the way a seed and then a page are: to canonical
 * simplified (the chain of toCanonical), then into the reader's variant (the
 * chain of converterFor). Shipping those dictionaries whole would cost about
 * 400 KB gzipped (STPhrases alone), four times the rest of a search. OpenCC
 * converts by longest match from each position, so converting a string only
 * ever uses the entries whose key is made of its characters: each step of
 * the chain is split into buckets by the first character of the key, and the
 * browser fetches only the buckets of the characters in front of it (see
 * src/search/client/convert.ts). The result is the same string the whole
 * chain would give.
 *
 * Build time only (Node): the search page embeds the manifest, the search
 * integration writes the files.
 */
import { createHash } from 'node:crypto';
import type { DictLike } from 'opencc-js/core';
import { dictEntries, serialiseDict, type ChainStep } from '../../pipeline/conversion.ts';
import { editorRules } from '../../pipeline/editor-rules.ts';
import { canonicalChain } from '../../pipeline/script.ts';
import { conversionChain, openccStep, type VariantId } from '../../pipeline/variants.ts';
import { bucketFile, bucketOf, DICT_BASE, type QueryChainManifest, type StageManifest, type StepBucket } from '../shared/contract.ts';

export { DICT_BASE, type QueryChainManifest, type StepBucket };

/** Aim for buckets of about this many bytes of dictionary text (about 1 KB gzipped; the number of requests depends on the query, not on this). */
const TARGET_BUCKET_CHARS = 1_000;
const MAX_BUCKETS = 1024;

interface Stage extends Omit<StageManifest, 'surnames'> {
  buckets: StepBucket[];
}

function splitStage(step: ChainStep): Stage {
  const dicts = (group: readonly DictLike[]) => group.map(dictEntries);
  const normalization = step.normalization.map(dicts);
  const segmentation = dicts(step.segmentation);
  const groups = step.groups.map(dicts);
  const overrides = dicts(step.overrides);
  const all = [...normalization.flat(), ...segmentation, ...groups.flat(), ...overrides];
  const size = all.reduce((sum, d) => sum + d.reduce((s, [k, v]) => s + k.length + v.length + 2, 0), 0);
  const n = Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(size / TARGET_BUCKET_CHARS)));
  // Each dictionary's entries sorted into their buckets in one pass, in their order
  // (a filter per bucket was 1,024 passes over STPhrases: seconds of every build).
  const byBucket = (entries: Array<[string, string]>): string[] => {
    const lists: string[][] = Array.from({ length: n }, () => []);
    for (const [k, v] of entries) lists[bucketOf(k, n)]?.push(`${k} ${v}`);
    return lists.map((list) => list.join('|'));
  };
  const cutNormalization = normalization.map((g) => g.map(byBucket));
  const cutSegmentation = segmentation.map(byBucket);
  const cutGroups = groups.map((g) => g.map(byBucket));
  const cutOverrides = overrides.map(byBucket);
  const buckets: StepBucket[] = Array.from({ length: n }, (_, b) => ({
    normalization: cutNormalization.map((g) => g.map((d) => d[b] ?? '')),
    segmentation: cutSegmentation.map((d) => d[b] ?? ''),
    groups: cutGroups.map((g) => g.map((d) => d[b] ?? '')),
    boundaries: step.boundaries.filter((marked) => bucketOf(marked, n) === b),
    overrides: cutOverrides.map((d) => d[b] ?? ''),
  }));
  const id = createHash('sha256').update(JSON.stringify(buckets)).digest('hex').slice(0, 12);
  return { id, n, buckets };
}

const stageCache = new Map<ChainStep, Stage>();
function stage(step: ChainStep): Stage {
  let s = stageCache.get(step);
  if (!s) {
    s = splitStage(step);
    stageCache.set(step, s);
  }
  return s;
}

/** The chain a query goes through on a variant's search page: canonical, then the page chain. */
function queryChain(variant: VariantId): readonly ChainStep[] {
  return [...canonicalChain(), ...conversionChain(variant)];
}

let vocabulary: ChainStep | undefined;
/**
 * Regional vocabulary read back to the mainland word, for queries only:
 * OpenCC's tw2sp (Taiwan phrases and glyphs to simplified: 影片 → 视频,
 * 晶片 → 芯片, 軟體 → 软件), with the editors' variant rules read backwards
 * (輝達 → 英伟达) ahead of every dictionary. Pages never go through it: in a
 * seed, rewriting words changes meaning more often than glyphs do (影片 is
 * also a mainland film), so canonical text keeps them (src/pipeline/script.ts).
 * A query gains one more form, and an article with either word is found;
 * every candidate is still checked in its text.
 */
export function vocabularyStep(): ChainStep {
  if (!vocabulary) {
    const rules = editorRules();
    const back = (['zh-tw', 'zh-hk'] as const).flatMap((v) => Object.entries(rules.variants[v]).map(([cn, shown]) => [shown, cn] as const));
    vocabulary = { ...openccStep('tw2sp'), overrides: back.length > 0 ? [serialiseDict(back)] : [] };
  }
  return vocabulary;
}

/** The search-only chain: vocabulary read back, then the page chain. */
function vocabularyChain(variant: VariantId): readonly ChainStep[] {
  return [vocabularyStep(), ...conversionChain(variant)];
}

export function queryChainManifest(variant: VariantId): QueryChainManifest {
  const variantSteps = new Set(conversionChain(variant));
  const stages = (chain: readonly ChainStep[]) => chain.map((step) => ({ id: stage(step).id, n: stage(step).n, surnames: variantSteps.has(step) }));
  // Both chains start with one step to canonical text (canonicalChain, vocabularyStep).
  return { base: DICT_BASE, stages: stages(queryChain(variant)), vocabulary: stages(vocabularyChain(variant)), canonical: canonicalChain().length };
}

/** Every bucket file of every variant's chains (shared steps once): path relative to the site root → JSON. */
export function queryChainFiles(variants: readonly VariantId[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const variant of variants) {
    for (const step of [...queryChain(variant), ...vocabularyChain(variant)]) {
      const s = stage(step);
      s.buckets.forEach((bucket, b) => {
        files.set(bucketFile(DICT_BASE.slice(1), s.id, b), JSON.stringify(bucket));
      });
    }
  }
  return files;
}
