/** A wrong setting stops `astro build` at start, before a seed is read, naming the variable. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, SITES } from '../helpers/site.ts';

describe('settings at build start', () => {
  it.each([
    ['JIANFAN_SEARCH_SHARD_PAGES', 'abc', 'must be a whole number of pages'],
    ['JIANFAN_WORKERS', 'abc', 'must be a whole number of threads'],
    ['JIANFAN_TIME_ZONE', 'Asia/Shanghai', 'must be a UTC offset such as +08:00'],
  ])('%s=%s stops the build, saying what is allowed', (name, value, allowed) => {
    rmSync(join(SITES, 'bad-setting'), { recursive: true, force: true });
    const build = buildSite('test/fixtures/site', 'bad-setting', { [name]: value });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`${name}=${JSON.stringify(value)}: ${allowed}`);
    // Stopped before the loader ran: no seed was ingested, no site written.
    expect(build.output).not.toMatch(/ingested \d+ seed/);
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('errors the editor can act on', () => {
  it("print the way out as Astro's hint", () => {
    rmSync(join(SITES, 'no-articles'), { recursive: true, force: true });
    const build = buildSite('test/fixtures/empty', 'no-articles');
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/no articles in .*\. Set JIANFAN_ALLOW_EMPTY=1 to build an empty site\./);
    expect(build.output).toMatch(/Hint:[\s\S]*Check SEEDS_DIR, or set JIANFAN_ALLOW_EMPTY=1/);
  });
});
