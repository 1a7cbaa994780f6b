/**
 * Shared types of the text pipeline. The pipeline is plain TypeScript: no Astro
 * imports, so every stage can run and be tested on its own.
 */

/** Result of a text repair: the new text and how many edits were made. */
export interface RepairResult {
  text: string;
  count: number;
}

/** Encodings a raw scrape may arrive in (a scrape carries no label). */
export type SeedEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'big5';

export type SeedFormat = 'text' | 'markdown';

/** Which script a text is written in, judged from characters that differ. */
export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';
