import { describe, expect, it } from 'vitest';
import { EmptySiteError, HintedError, InvalidSeedsError, SeedError } from '../../src/pipeline/errors.ts';

describe('pipeline errors', () => {
  it('name a seed file and its line', () => {
    expect(new SeedError('a.md', 'missing title', 3).message).toBe('a.md:3: missing title');
    expect(new SeedError('a.md', 'empty').message).toBe('a.md: empty');
  });

  it('list every invalid seed, escaped for the terminal, with the way out as the hint', () => {
    const error = new InvalidSeedsError([
      { file: 'a.md', line: 2, reason: 'missing title' },
      { file: 'b\x1b[31m.txt', line: undefined, reason: 'empty' },
    ]);
    expect(error).toBeInstanceOf(HintedError);
    expect(error.message).toContain('2 invalid seed files');
    expect(error.message).toContain('  a.md:2: missing title');
    expect(error.message).toContain('  b\\x1b[31m.txt: empty');
    expect(error.hint).toContain('JIANFAN_SKIP_INVALID=1');
  });

  it('say how to build an empty site on purpose', () => {
    const error = new EmptySiteError('no articles in /s (no .txt or .md seed); the site is left as it was');
    expect(error.message).toBe('no articles in /s (no .txt or .md seed); the site is left as it was. Set JIANFAN_ALLOW_EMPTY=1 to build an empty site.');
    expect(error.hint).toMatch(/SEEDS_DIR.*JIANFAN_ALLOW_EMPTY=1/);
  });
});
