import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFolder, InvalidSeedsError } from '../../src/pipeline/ingest/folder.ts';
import { ingestFolderInWorkers } from '../../src/pipeline/ingest/parallel.ts';
import { readCachedTrace } from '../../src/pipeline/ingest/cache.ts';
import { tmpBodies } from '../helpers/bodies.ts';

const workerFile = new URL('../../src/pipeline/ingest/worker-entry.ts', import.meta.url);
const scrapes = new URL('../fixtures/scrapes/', import.meta.url);

/** Our own fixture scrapes, one copied twice under another name, plus an empty seed. */
function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianfan-workers-'));
  cpSync(scrapes, dir, { recursive: true, filter: (src) => !src.endsWith('.json') });
  const first = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]!;
  cpSync(join(dir, first), join(dir, `zz-copy-${first}`));
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

// Each worker thread starts, loads the pipeline and builds the converters (seconds on a loaded 2-core machine).
describe('ingestFolderInWorkers', { timeout: 60_000 }, () => {
  it('gives the same articles, reports, skips and warnings as ingestFolder', async () => {
    const dir = mixedFolder();
    const options = { timeZone: '+08:00', lenient: true, bodies: tmpBodies() };
    const expected = ingestFolder(dir, options);
    const actual = await ingestFolderInWorkers(dir, { ...options, cache: null, workers: 3, minSeedsPerWorker: 1, workerFile });
    expect(expected.articles.length).toBeGreaterThanOrEqual(6);
    expect(expected.skipped).toHaveLength(1);
    expect(expected.warnings.some((w) => w.includes('same article'))).toBe(true);
    expect(actual).toEqual(expected);
  });

  it('stops on bad seeds found by any worker, listing them all', async () => {
    const dir = mixedFolder();
    writeFileSync(join(dir, 'aaa-binary.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1]));
    const run = ingestFolderInWorkers(dir, {
      timeZone: '+08:00',
      lenient: false,
      cache: null,
      bodies: tmpBodies(),
      workers: 2,
      minSeedsPerWorker: 1,
      workerFile,
    });
    await expect(run).rejects.toBeInstanceOf(InvalidSeedsError);
    await expect(run).rejects.toMatchObject({ seeds: [{ file: 'aaa-binary.txt' }, { file: 'empty.txt' }] });
  });

  it('writes and reuses the ingest cache from the workers', async () => {
    const dir = mixedFolder();
    const cacheDir = mkdtempSync(join(tmpdir(), 'jianfan-cache-'));
    const options = {
      timeZone: '+08:00',
      lenient: true,
      cache: { dir: cacheDir, version: 'test' },
      bodies: tmpBodies(),
      workers: 2,
      minSeedsPerWorker: 1,
      workerFile,
    };
    const first = await ingestFolderInWorkers(dir, options);
    const entries = () => readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    expect(entries().length).toBe(first.reports.length + 1); // + the skipped duplicate's entry
    expect(Object.keys(first.traces).length).toBeGreaterThan(0);
    // Mark every cache entry: a second run that returns the marks read the cache.
    for (const name of entries()) {
      const [line, ...trace] = readFileSync(join(cacheDir, name), 'utf8').split('\n');
      const entry = JSON.parse(line!) as { article: { title: string } };
      entry.article.title = `cached ${entry.article.title}`;
      writeFileSync(join(cacheDir, name), [JSON.stringify(entry), ...trace].join('\n'));
    }
    const second = await ingestFolderInWorkers(dir, options);
    expect(second.articles.map((a) => a.title)).toEqual(first.articles.map((a) => `cached ${a.title}`));
    // From the cache, no trace is carried, only where the cache keeps it: the same trace.
    expect(second.traces).toEqual({});
    expect(Object.keys(second.traceKeys ?? {}).sort()).toEqual(Object.keys(first.traces).sort());
    for (const [file, key] of Object.entries(second.traceKeys ?? {})) expect(readCachedTrace(cacheDir, key)).toEqual(first.traces[file]);
  });
});

describe('ingestFolderInWorkers with the ingest snapshot', { timeout: 60_000 }, () => {
  function setUp() {
    const dir = mixedFolder();
    const cacheDir = mkdtempSync(join(tmpdir(), 'jianfan-cache-'));
    const snapshot = join(mkdtempSync(join(tmpdir(), 'jianfan-snapshot-')), 'snapshot.jsonl');
    const options = {
      timeZone: '+08:00',
      lenient: true,
      cache: { dir: cacheDir, version: 'test' },
      snapshot,
      bodies: tmpBodies(),
      workers: 2,
      minSeedsPerWorker: 1,
      workerFile,
    };
    return { dir, cacheDir, snapshot, options };
  }
  /** Mark every title in the snapshot: a run that returns the marks did not read the seed or its cache entry. */
  function markSnapshot(file: string): void {
    const [scope, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
    const marked = lines.map((line) => {
      const entry = JSON.parse(line) as [string, string, string, { article: { title: string } }];
      entry[3].article.title = `snapshot ${entry[3].article.title}`;
      return JSON.stringify(entry);
    });
    writeFileSync(file, `${[scope, ...marked].join('\n')}\n`);
  }

  it('reads no seed whose stat is unchanged, and gives what the cache gave', async () => {
    const { dir, snapshot, options } = setUp();
    const first = await ingestFolderInWorkers(dir, options);
    const second = await ingestFolderInWorkers(dir, options);
    // Every seed it accepted, the duplicate left out included, is one the cache holds.
    expect(second).toEqual({ ...first, traces: {}, unchanged: [...first.articles, ...first.duplicates].map((a) => a.file).sort() });
    markSnapshot(snapshot);
    const third = await ingestFolderInWorkers(dir, options);
    expect(third.articles.map((a) => a.title)).toEqual(first.articles.map((a) => `snapshot ${a.title}`));
    expect(third.skipped).toEqual(first.skipped);
    expect(third.warnings).toEqual(first.warnings);
  });

  it('reads a seed again when it is edited, given a sidecar, or its cache entry or body is gone', async () => {
    const { dir, cacheDir, snapshot, options } = setUp();
    const first = await ingestFolderInWorkers(dir, options);
    markSnapshot(snapshot);
    const [edited, sidecarSeed, uncached, bodiless, ...rest] = first.articles.filter((a) => a.file.endsWith('.txt'));
    expect(rest.length).toBeGreaterThan(0);
    writeFileSync(join(dir, edited!.file), `${readFileSync(join(dir, edited!.file), 'utf8')}\n`);
    writeFileSync(join(dir, sidecarSeed!.file.replace(/\.txt$/, '.yaml')), 'author: 编者\n');
    const key = first.traceKeys?.[uncached!.file];
    expect(key).toBeDefined();
    rmSync(join(cacheDir, `${key}.json`));
    rmSync(bodiless!.bodyFile);
    const second = await ingestFolderInWorkers(dir, options);
    const title = (file: string) => second.articles.find((a) => a.file === file)!.title;
    for (const article of [edited!, sidecarSeed!, uncached!, bodiless!]) expect(title(article.file)).toBe(article.title);
    expect(second.unchanged).not.toContain(edited!.file);
    for (const article of rest) expect(title(article.file)).toBe(`snapshot ${article.title}`);
    expect(second.articles.find((a) => a.file === sidecarSeed!.file)!.author).toBe('编者');
  });

  it('is not used for another pipeline version or time zone, nor when cut short', async () => {
    const { dir, snapshot, options } = setUp();
    const first = await ingestFolderInWorkers(dir, options);
    markSnapshot(snapshot);
    const titles = first.articles.map((a) => a.title);
    const otherVersion = await ingestFolderInWorkers(dir, { ...options, cache: { ...options.cache, version: 'other' } });
    expect(otherVersion.articles.map((a) => a.title)).toEqual(titles);
    markSnapshot(snapshot);
    const otherZone = await ingestFolderInWorkers(dir, { ...options, timeZone: '+09:00' });
    expect(otherZone.articles.map((a) => a.title)).toEqual(titles);
    markSnapshot(snapshot);
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').slice(0, -200));
    const cut = await ingestFolderInWorkers(dir, options);
    expect(cut.articles.map((a) => a.title)).toEqual(titles);
  });
});
