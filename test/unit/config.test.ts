import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const root = mkdtempSync(join(tmpdir(), 'jianfan-config-'));
const load = (env: Record<string, string>, cores = 8) => loadConfig(env, root, cores);
/** The problems a ConfigError lists for an environment (fails the test when none is thrown). */
function problems(env: Record<string, string>): string[] {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = load({}, 8);
    expect(config).toMatchObject({
      siteUrl: 'http://127.0.0.1:4321',
      seedsDir: 'seeds',
      timeZone: '+08:00',
      imageOrigins: [],
      skipInvalid: false,
      allowEmpty: false,
      workers: 2,
      cacheDir: './node_modules/.astro',
      reportDir: undefined,
      searchShardPages: 1250,
      listPageSize: 20,
      archivePageSize: 50,
    });
    expect(config.conversionFile).toBe(join(root, 'conversion.yaml'));
  });

  it('uses one worker on a one-core machine', () => {
    expect(load({}, 1).workers).toBe(1);
  });

  it('reads every setting given', () => {
    writeFileSync(join(root, 'rules.yaml'), 'keep: []\n');
    const config = load({
      JIANFAN_SITE_URL: 'https://news.example.org/some/path',
      SEEDS_DIR: 'elsewhere',
      JIANFAN_TIME_ZONE: '-05:30',
      JIANFAN_IMAGE_ORIGINS: 'https://img.example.org/a, https://cdn.example.net',
      JIANFAN_SKIP_INVALID: '1',
      JIANFAN_ALLOW_EMPTY: '0',
      JIANFAN_WORKERS: '3',
      JIANFAN_CONVERSION_FILE: 'rules.yaml',
      JIANFAN_CACHE_DIR: '/tmp/cache',
      JIANFAN_REPORT_DIR: 'reports',
      JIANFAN_SEARCH_SHARD_PAGES: '4',
      JIANFAN_LIST_PAGE_SIZE: '7',
      JIANFAN_ARCHIVE_PAGE_SIZE: '9',
    });
    expect(config).toEqual({
      siteUrl: 'https://news.example.org',
      seedsDir: 'elsewhere',
      timeZone: '-05:30',
      imageOrigins: ['https://img.example.org', 'https://cdn.example.net'],
      skipInvalid: true,
      allowEmpty: false,
      workers: 3,
      conversionFile: join(root, 'rules.yaml'),
      cacheDir: '/tmp/cache',
      reportDir: 'reports',
      searchShardPages: 4,
      listPageSize: 7,
      archivePageSize: 9,
    });
  });

  it('treats an empty value as unset', () => {
    expect(load({ JIANFAN_WORKERS: '', JIANFAN_TIME_ZONE: '' }).timeZone).toBe('+08:00');
  });

  it.each([
    ['JIANFAN_SEARCH_SHARD_PAGES', 'abc', /JIANFAN_SEARCH_SHARD_PAGES="abc": must be a whole number of pages, 1 or more/],
    ['JIANFAN_SEARCH_SHARD_PAGES', '0', /JIANFAN_SEARCH_SHARD_PAGES="0": must be a whole number of pages/],
    ['JIANFAN_WORKERS', 'abc', /JIANFAN_WORKERS="abc": must be a whole number of threads, 1 or more/],
    ['JIANFAN_WORKERS', '1.5', /JIANFAN_WORKERS="1.5": must be a whole number of threads/],
    ['JIANFAN_LIST_PAGE_SIZE', '0', /JIANFAN_LIST_PAGE_SIZE="0": must be a whole number of articles, 1 or more/],
    ['JIANFAN_TIME_ZONE', 'Asia/Shanghai', /JIANFAN_TIME_ZONE="Asia\/Shanghai": must be a UTC offset such as \+08:00/],
    ['JIANFAN_TIME_ZONE', '+8:00', /JIANFAN_TIME_ZONE="\+8:00": must be a UTC offset/],
    ['JIANFAN_SITE_URL', 'news.example.org', /JIANFAN_SITE_URL="news.example.org": must be an http\(s\) URL/],
    ['JIANFAN_IMAGE_ORIGINS', 'https://ok.example.org ftp://x', /JIANFAN_IMAGE_ORIGINS=.*: must list http\(s\) origins/],
    ['JIANFAN_SKIP_INVALID', 'yes', /JIANFAN_SKIP_INVALID="yes": must be 1 \(on\) or 0 \(off\), or unset/],
    ['JIANFAN_ALLOW_EMPTY', 'true', /JIANFAN_ALLOW_EMPTY="true": must be 1/],
  ])('refuses %s=%s, naming the variable and what it allows', (name, value, message) => {
    const listed = problems({ [name]: value });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(message);
  });

  it('lists every wrong setting at once', () => {
    expect(
      problems({ JIANFAN_WORKERS: 'abc', JIANFAN_TIME_ZONE: 'CST', JIANFAN_SEARCH_SHARD_PAGES: 'x' })
        .map((p) => p.split('=')[0])
        .sort(),
    ).toEqual(['JIANFAN_SEARCH_SHARD_PAGES', 'JIANFAN_TIME_ZONE', 'JIANFAN_WORKERS']);
  });

  it('refuses a conversion file that is named but missing (no rule would apply)', () => {
    expect(problems({ JIANFAN_CONVERSION_FILE: 'typo.yaml' })[0]).toMatch(/JIANFAN_CONVERSION_FILE="typo.yaml": must name an existing YAML file/);
  });

  it('says in its message which settings are wrong', () => {
    expect(() => load({ JIANFAN_WORKERS: 'abc' })).toThrow(/invalid setting in the environment:\n {2}JIANFAN_WORKERS="abc"/);
  });
});
