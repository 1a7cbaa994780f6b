/**
 * Build hook: the editors' report, outside the site. The site publishes no
 * editors' notes and no path of the build machine, so the report goes beside
 * the output folder (`dist-report/` for `dist`, or JIANFAN_REPORT_DIR):
 * report.json (what each seed was, extracted, repaired and dropped), and an
 * HTML page per seed showing what became of each line, with an index of
 * warnings. Each file is replaced whole; a page is written again only when
 * its seed's report or trace changed (writeReportFolder).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readJsonLines, writeFileAtomic } from '../build-fs.ts';
import { CONFIG } from '../config.ts';
import { INGEST_CACHE_DIR, REPORT_FILE, TRACE_KEYS_FILE, TRACES_FILE, type TraceKeys } from '../loaders/seeds.ts';
import { readCachedTrace } from '../pipeline/ingest/cache.ts';
import type { SeedReport, SeedTrace } from '../pipeline/ingest/seed.ts';
import type { BuildReport } from '../pipeline/ingest/report.ts';
import { formatReportIndexHtml, formatTraceHtml, reportPageName } from '../pipeline/trace-view.ts';
import { fileStamp } from '../incremental/manifest.ts';
import { publishedOutDir } from './staged-build.ts';

/** Where the report of a build into `outDir` goes: the folder named (JIANFAN_REPORT_DIR), or `<outDir>-report` beside it. */
export function reportDirFor(outDir: string, root: string, named: string | undefined = CONFIG.reportDir): string {
  return named ? resolve(root, named) : join(dirname(outDir), `${basename(outDir)}-report`);
}

/** Where the report's pages come from: the traces of seeds just ingested, and those the ingest cache keeps. */
export interface ReportTraces {
  /** Traces of the seeds this build ingested, by seed file. */
  fresh: Record<string, SeedTrace>;
  /** Per seed file, its trace's key in the ingest cache (a seed read from the cache carries no trace). */
  keys?: Record<string, string>;
  /** A trace from the ingest cache by its key; undefined when it is gone. */
  cached?: (key: string) => SeedTrace | undefined;
  /** The pipeline's version (which covers the report's own code): a page written by another is written again. */
  version?: string;
}

/** The folder's record of its pages: page file → key of what it shows, and the stamp of the file written (fileStamp). */
const PAGES_FILE = '.pages.json';

/** The key of a seed's page: the pipeline version, the seed's report, and which trace (the cache's key, or the trace's hash). */
function pageKey(seed: SeedReport, traces: ReportTraces): string {
  const fresh = traces.fresh[seed.file];
  const trace = traces.keys?.[seed.file] ?? (fresh ? `=${createHash('sha256').update(JSON.stringify(fresh)).digest('hex')}` : '-');
  return createHash('sha256')
    .update(traces.version ?? '')
    .update('\0')
    .update(JSON.stringify(seed))
    .update('\0')
    .update(trace)
    .digest('hex')
    .slice(0, 32);
}

function readPages(dir: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(readFileSync(join(dir, PAGES_FILE), 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Write the report folder from the loader's report and traces, in place:
 * each file written aside and renamed (a reader never sees half a page),
 * the index and report.json last. A page whose seed report and trace are
 * those it was written from is left as it is, so a rebuild after one new
 * seed writes one page, not one per seed (and reads one trace); pages of
 * seeds gone are removed. Returns how many pages were written and kept.
 */
export function writeReportFolder(dir: string, report: BuildReport, traces: ReportTraces): { written: number; kept: number } {
  mkdirSync(dir, { recursive: true });
  const before = readPages(dir);
  const pages: Record<string, string> = {};
  let written = 0;
  for (const seed of report.seeds) {
    const name = reportPageName(seed);
    const key = pageKey(seed, traces);
    // Kept only while the file is the one written (its stamp): a page edited or replaced by hand is written again.
    const stamp = fileStamp(join(dir, name));
    if (stamp && before[name] === `${key} ${stamp}`) {
      pages[name] = before[name];
      continue;
    }
    const traceKey = traces.keys?.[seed.file];
    let trace = traces.fresh[seed.file];
    if (!trace && traceKey) {
      trace = traces.cached?.(traceKey);
      if (!trace) throw new Error(`jianfan-seed-report: the trace of ${seed.file} is missing from the ingest cache (key ${traceKey}); build again`);
    }
    writeFileAtomic(join(dir, name), formatTraceHtml({ report: seed, trace }));
    pages[name] = `${key} ${fileStamp(join(dir, name))}`;
    written++;
  }
  const keep = new Set([...Object.keys(pages), 'report.json', 'index.html', PAGES_FILE]);
  for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  writeFileAtomic(join(dir, 'report.json'), JSON.stringify(report, null, 2));
  writeFileAtomic(join(dir, 'index.html'), formatReportIndexHtml(report));
  writeFileAtomic(join(dir, PAGES_FILE), JSON.stringify(pages));
  return { written, kept: report.seeds.length - written };
}

export function seedReport(): AstroIntegration {
  let cacheDir: URL;
  let root = '';
  let outDir = '';
  return {
    name: 'jianfan-seed-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': ({ logger }) => {
        const from = fileURLToPath(new URL(REPORT_FILE, cacheDir));
        if (!existsSync(from)) {
          logger.warn('no seed report found; was the content layer skipped?');
          return;
        }
        const at = (file: string) => fileURLToPath(new URL(file, cacheDir));
        const fresh: Record<string, SeedTrace> = {};
        if (existsSync(at(TRACES_FILE)))
          for (const record of readJsonLines(at(TRACES_FILE))) fresh[(record as [string, SeedTrace])[0]] = (record as [string, SeedTrace])[1];
        let keys: TraceKeys = { version: '', keys: {} };
        if (existsSync(at(TRACE_KEYS_FILE))) keys = JSON.parse(readFileSync(at(TRACE_KEYS_FILE), 'utf8')) as TraceKeys;
        // The published folder, not the staging one Astro writes into (staged-build.ts).
        const dir = reportDirFor(publishedOutDir() ?? outDir, root);
        const { written, kept } = writeReportFolder(dir, JSON.parse(readFileSync(from, 'utf8')) as BuildReport, {
          fresh,
          keys: keys.keys,
          version: keys.version,
          cached: (key) => readCachedTrace(at(INGEST_CACHE_DIR), key),
        });
        logger.info(`wrote the editors' report to ${dir} (report.json, index.html, a page per seed: ${written} written, ${kept} unchanged)`);
      },
    },
  };
}
