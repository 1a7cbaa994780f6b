/**
 * Build hook: the editors' report, outside the site. The site publishes no
 * editors' notes and no path of the build machine, so the report goes beside
 * the output folder (`dist-report/` for `dist`, or JIANFAN_REPORT_DIR):
 * report.json (what each seed was, extracted, repaired and dropped), and an
 * HTML page per seed showing what became of each line, with an index of
 * warnings. Written to a fresh folder and swapped in, so a reader of the
 * report never sees half of two builds.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readJsonLines } from '../build-fs.ts';
import { CONFIG } from '../config.ts';
import { REPORT_FILE, TRACES_FILE } from '../loaders/seeds.ts';
import type { SeedTrace } from '../pipeline/ingest/seed.ts';
import type { BuildReport } from '../pipeline/ingest/report.ts';
import { formatReportIndexHtml, formatTraceHtml, reportPageName } from '../pipeline/trace-view.ts';
import { publishedOutDir } from './staged-build.ts';

/** Where the report of a build into `outDir` goes: the folder named (JIANFAN_REPORT_DIR), or `<outDir>-report` beside it. */
export function reportDirFor(outDir: string, root: string, named: string | undefined = CONFIG.reportDir): string {
  return named ? resolve(root, named) : join(dirname(outDir), `${basename(outDir)}-report`);
}

/** Write the report folder from the loader's report and traces. */
export function writeReportFolder(dir: string, report: BuildReport, traces: Record<string, SeedTrace>): void {
  const fresh = `${dir}.tmp-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  writeFileSync(join(fresh, 'report.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(fresh, 'index.html'), formatReportIndexHtml(report));
  for (const seed of report.seeds) writeFileSync(join(fresh, reportPageName(seed)), formatTraceHtml({ report: seed, trace: traces[seed.file] }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(fresh, dir);
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
        const tracesFile = fileURLToPath(new URL(TRACES_FILE, cacheDir));
        const traces: Record<string, SeedTrace> = {};
        if (existsSync(tracesFile))
          for (const record of readJsonLines(tracesFile)) traces[(record as [string, SeedTrace])[0]] = (record as [string, SeedTrace])[1];
        // The published folder, not the staging one Astro writes into (staged-build.ts).
        const dir = reportDirFor(publishedOutDir() ?? outDir, root);
        writeReportFolder(dir, JSON.parse(readFileSync(from, 'utf8')) as BuildReport, traces);
        logger.info(`wrote the editors' report to ${dir} (report.json, index.html, a page per seed)`);
      },
    },
  };
}
