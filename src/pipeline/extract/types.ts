/** Public types of the extraction stage. */

/** One line of a seed file after decoding, repair and conversion to simplified script. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the seed file. */
  line: number;
}

export type DropKind =
  | 'spam'
  | 'navigation'
  | 'widget'
  | 'byline'
  | 'closer'
  | 'editor'
  | 'disclaimer'
  | 'notice'
  | 'bio'
  | 'related'
  | 'publisher'
  | 'counter'
  | 'copyright'
  | 'section-list'
  | 'timestamp'
  | 'other';

export interface ExtractedArticle {
  title: string;
  titleLine: number;
  /** A person's name only (several joined with `、`), or null. */
  author: string | null;
  /** The outlet, or null. */
  source: string | null;
  /** `YYYY-MM-DDTHH:MM:SS` without zone, or null. */
  publishedLocal: string | null;
  /** Body paragraphs, in order, whole. */
  paragraphs: string[];
  /** Seed line numbers of the paragraphs. */
  bodyLines: number[];
  /** Count of non-blank lines dropped, per kind. */
  dropped: Partial<Record<DropKind, number>>;
}

/** A non-blank line with its trimmed text and its position among non-blank lines. */
export interface Item {
  text: string;
  line: number;
}
