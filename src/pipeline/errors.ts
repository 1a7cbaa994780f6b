/**
 * The pipeline's errors. Each says what is wrong in the editor's terms; where
 * there is one thing to do about it, `hint` says what (the Astro loader passes
 * it on as AstroError's hint). Plain classes: the pipeline has no Astro imports.
 */
import { forTerminal } from './repair/controls.ts';

/** An error with a suggestion for the editor, shown under the message. */
export class HintedError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'HintedError';
    this.hint = hint;
  }
}

/** A problem with one seed file. `line` is 1-based where a line can be named. */
export class SeedError extends Error {
  readonly file: string;
  readonly reason: string;
  readonly line: number | undefined;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'SeedError';
    this.file = file;
    this.reason = reason;
    this.line = line;
  }
}

export interface SkippedSeed {
  file: string;
  line: number | undefined;
  reason: string;
}

/** Seeds a strict build refuses, every one listed with its line and reason. */
export class InvalidSeedsError extends HintedError {
  readonly seeds: SkippedSeed[];

  constructor(seeds: SkippedSeed[]) {
    const list = seeds.map((s) => `  ${forTerminal(s.file)}${s.line ? `:${s.line}` : ''}: ${forTerminal(s.reason)}`).join('\n');
    super(
      `${seeds.length} invalid seed file${seeds.length === 1 ? '' : 's'}; fix or remove ${seeds.length === 1 ? 'it' : 'them'}, ` +
        `or build the rest with JIANFAN_SKIP_INVALID=1:\n${list}`,
      'Fix or remove the files listed, or set JIANFAN_SKIP_INVALID=1 to build the valid seeds and list these in the report.',
    );
    this.name = 'InvalidSeedsError';
    this.seeds = seeds;
  }
}

/** The seeds yield no article, and an empty site was not asked for. */
export class EmptySiteError extends HintedError {
  constructor(message: string) {
    super(`${message}. Set JIANFAN_ALLOW_EMPTY=1 to build an empty site.`, 'Check SEEDS_DIR, or set JIANFAN_ALLOW_EMPTY=1 if a site of no article is meant.');
    this.name = 'EmptySiteError';
  }
}
