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
  | 'caption'
  | 'original-title'
  | 'tags'
  | 'digest'
  | 'comments'
  | 'other';

/** What became of one non-blank line of the scrape (for the report and `npm run inspect`). */
export type LineRole =
  | { role: 'title' }
  | { role: 'body'; kind: 'p' | 'h2' | 'h3'; text: string }
  | { role: 'header'; fields: ('author' | 'source' | 'published')[] }
  | { role: 'dropped'; kind: DropKind };

export interface LineTrace {
  line: number;
  text: string;
  what: LineRole;
}

/** A publish time as the page prints it. */
export interface PrintedTime {
  /** `YYYY-MM-DDTHH:MM:SS`, in the zone the page states (or none). */
  local: string;
  /** The UTC offset the page states (`+00:00` for GMT), or null when it states none. */
  zone: string | null;
  hasTime: boolean;
}

export interface ExtractedArticle {
  /** The headline, or null when the page shows none. */
  title: string | null;
  titleLine: number;
  /** A person's name only (several joined with `、`), or null. */
  author: string | null;
  /** The outlet, or null. */
  source: string | null;
  /** `YYYY-MM-DDTHH:MM:SS` without zone, or null. */
  publishedLocal: string | null;
  published: PrintedTime | null;
  /** Body paragraphs and subheadings, in order, inline bylines and closers removed. */
  blocks: { kind: 'p' | 'h2' | 'h3'; text: string; line: number }[];
  /** Body texts, in order (the blocks' texts). */
  paragraphs: string[];
  /** Seed line numbers of the paragraphs. */
  bodyLines: number[];
  /** Count of non-blank lines dropped, per kind. */
  dropped: Partial<Record<DropKind, number>>;
  /** Every non-blank line and what it became. */
  trace: LineTrace[];
  /** What an editor should check (a body that may be cut short). */
  warnings: string[];
}

/** A non-blank line with its trimmed text and its position among non-blank lines. */
export interface Item {
  text: string;
  line: number;
}
