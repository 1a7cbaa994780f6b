/**
 * The benchmark (issue 5): generate N synthetic articles, build Jianfan from
 * them and a plain Astro + pagefind baseline from the same articles, measure
 * both, and print one table with a ratio beside every figure.
 *
 *   npm run bench -- --articles 1000 [--lighthouse] [--no-baseline] [--no-browser] [--no-incremental]
 *   npm run bench:smoke                      (30 articles, no Lighthouse)
 *
 * Everything goes to bench-out/: seeds-N (cached), baseline-N, site-N,
 * cache-N, logs-N, results-N.md and results-N.json.
 */
import { parseArgs } from 'node:util';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBaselineProject } from './baseline.ts';
import { firstSearch, firstSearchMedians, gz, launch, pageWeight, serve, CHROMIUM_PATH, type PageWeight, type SearchCost } from './browser.ts';
import { cachedManifest, generateArticle, generateFolder, summarise, DEFAULT_SEED, type Manifest, type ManifestEntry } from './generate.ts';
import { CATEGORIES, lighthouseCli, runLighthouseMedian, type LighthouseScores } from './lighthouse.ts';
import { dirSize, runMeasured, type DirSize, type Measured } from './measure.ts';
import { astroPhases, type Phase, type Phases } from './phases.ts';

// ---------------------------------------------------------------- arguments

const USAGE = 'usage: npm run bench -- --articles N [--quick] [--lighthouse] [--no-baseline] [--no-browser] [--no-incremental]';
const args = (() => {
  try {
    return parseArgs({
      options: {
        articles: { type: 'string' },
        quick: { type: 'boolean', default: false },
        lighthouse: { type: 'boolean', default: false },
        'no-baseline': { type: 'boolean', default: false },
        'no-browser': { type: 'boolean', default: false },
        'no-incremental': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
})();
const N = Number(args.articles ?? (args.quick ? 30 : 1000));
if (!Number.isInteger(N) || N < 1) {
  console.error(USAGE);
  process.exit(2);
}
const withBaseline = !args['no-baseline'];
const withBrowser = !args['no-browser'];
const withIncremental = !args['no-incremental'];
const withLighthouse = args.lighthouse;
/** Lighthouse runs per page; the table shows each category's median. */
const LIGHTHOUSE_RUNS = 3;
/** First searches per site, in turns; the table shows the median run (bench/browser.ts firstSearchMedians). */
const SEARCH_RUNS = 5;

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench-out');
const SEEDS = join(OUT, `seeds-${N}`);
const BASE = join(OUT, `baseline-${N}`);
const BASE_ARTICLES = join(BASE, 'articles');
const SITE = join(OUT, `site-${N}`);
const CACHE = join(OUT, `cache-${N}`);
const LOGS = join(OUT, `logs-${N}`);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

const say = (msg: string) => console.error(`[bench] ${msg}`);
/** The publish time of the article the bench adds as news: after the generated range (2025-01-01 to 2026-10-31). */
const NEWEST_PUBLISHED = '2026-11-30T09:00:00+08:00';

// ---------------------------------------------------------------- helpers

async function measuredBuild(label: string, cmd: string, cmdArgs: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  mkdirSync(LOGS, { recursive: true });
  const logPath = join(LOGS, `${label}.log`);
  const log = createWriteStream(logPath);
  say(`${label}: ${[cmd, ...cmdArgs].map((a) => a.replace(`${ROOT}/`, '')).join(' ')}  (log: ${logPath.replace(`${ROOT}/`, '')})`);
  const m = await runMeasured(cmd, cmdArgs, { cwd, env, onLine: (l) => log.write(`${(l.t / 1000).toFixed(3).padStart(9)}  ${l.text}\n`) });
  log.end(`# exit ${m.code}, wall ${(m.wallMs / 1000).toFixed(2)} s, peak tree RSS ${mb(m.peakRss)}\n`);
  say(`${label}: exit ${m.code}, ${(m.wallMs / 1000).toFixed(1)} s, peak ${mb(m.peakRss)}`);
  if (m.code !== 0) {
    console.error(
      m.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error(`${label} failed (exit ${m.code}); full log in ${logPath}`);
  }
  return m;
}

function mb(bytes: number | null | undefined): string {
  return bytes == null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
function kb(bytes: number | null | undefined): string {
  return bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`;
}
function sec(ms: number | null | undefined): string {
  return ms == null ? 'n/a' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
function ratio(a: number | null | undefined, b: number | null | undefined): string {
  if (a == null || b == null || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: SEEDS, JIANFAN_CACHE_DIR: CACHE, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['JIANFAN_SKIP_INVALID']; // every generated seed must be accepted
  return env;
}

/** Remove seeds a previous, interrupted run left behind (the incremental article). */
function removeStrays(m: Manifest): void {
  const keep = new Set(m.entries.map((e) => e.file));
  for (const f of readdirSync(SEEDS)) if (!f.startsWith('.') && !keep.has(f)) rmSync(join(SEEDS, f));
  if (existsSync(BASE_ARTICLES)) {
    const keepClean = new Set(m.entries.map((e) => e.cleanFile));
    for (const f of readdirSync(BASE_ARTICLES)) if (!keepClean.has(f)) rmSync(join(BASE_ARTICLES, f));
  }
}

function ensureSeeds(): { manifest: Manifest; cached: boolean; ms: number } {
  const t0 = performance.now();
  let manifest = cachedManifest(SEEDS, N);
  const cleanOk = manifest !== null && manifest.entries.every((e) => existsSync(join(BASE_ARTICLES, e.cleanFile)));
  if (manifest && cleanOk) {
    removeStrays(manifest);
    return { manifest, cached: true, ms: performance.now() - t0 };
  }
  rmSync(SEEDS, { recursive: true, force: true });
  rmSync(BASE_ARTICLES, { recursive: true, force: true });
  manifest = generateFolder({ articles: N, out: SEEDS, clean: BASE_ARTICLES });
  return { manifest, cached: false, ms: performance.now() - t0 };
}

interface SeedReportJson {
  seeds: { file: string; slug: string; warnings: string[] }[];
  skipped: { file: string; reason: string }[];
  warnings: string[];
}

function readReport(dir: string): SeedReportJson | null {
  // The editors' report sits beside the site (src/integrations/seed-report.ts).
  const p = join(`${dir}-report`, 'report.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as SeedReportJson) : null;
}

interface ConvertCost {
  variant: string;
  setupMs: number;
  ms: number;
  chars: number;
}

/** Conversion cost alone: the variants' converters over every article's text, in this process. */
async function convertCost(manifest: Manifest): Promise<ConvertCost[] | string> {
  try {
    const mod = (await import(join(ROOT, 'src/pipeline/variants.ts'))) as {
      VARIANT_IDS: readonly string[];
      converterFor: (id: string) => (s: string) => string;
    };
    const texts = manifest.entries.map((e) => {
      const a = generateArticle(Number(e.file.slice(1, 7)), manifest.seed);
      return [a.title, ...a.paragraphs].join('\n');
    });
    const chars = texts.reduce((n, t) => n + t.length, 0);
    const out: ConvertCost[] = [];
    for (const id of mod.VARIANT_IDS) {
      const t0 = performance.now();
      const convert = mod.converterFor(id);
      const t1 = performance.now();
      for (const t of texts) convert(t);
      out.push({ variant: id, setupMs: t1 - t0, ms: performance.now() - t1, chars });
    }
    return out;
  } catch (e) {
    return `n/a (${(e as Error).message.split('\n')[0]})`;
  }
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}`;
}

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------- main

interface Side {
  full: Measured | null;
  index: Measured | null;
  phases: Phases | null;
  dist: DirSize | null;
  search: DirSize | null;
  pages: number | null;
  /** A rebuild with nothing changed, right after the full build. */
  rebuild: Measured | null;
  /** One article added, newer than all others (news arriving); the baseline's with it. */
  incremental: Measured | null;
  incrementalIndex: Measured | null;
  incrementalPhases: Phases | null;
  /** One more added, dated inside the archive's range (an old article filed late). */
  backdated: Measured | null;
  backdatedPhases: Phases | null;
  article: PageWeight | null;
  home: PageWeight | null;
  firstSearch: SearchCost | null;
  lighthouse: LighthouseScores[];
}

const emptySide = (): Side => ({
  full: null,
  index: null,
  phases: null,
  dist: null,
  search: null,
  pages: null,
  rebuild: null,
  incremental: null,
  incrementalIndex: null,
  incrementalPhases: null,
  backdated: null,
  backdatedPhases: null,
  article: null,
  home: null,
  firstSearch: null,
  lighthouse: [],
});

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  rmSync(LOGS, { recursive: true, force: true });
  const started = new Date();
  const jf = emptySide();
  const bl = emptySide();
  const notes: string[] = [];
  let status = 0;

  // 1. Seeds
  const seeds = ensureSeeds();
  say(`${seeds.cached ? 'cached' : 'generated'} ${summarise(seeds.manifest)} (${sec(seeds.ms)})`);
  const manifest = seeds.manifest;

  // 2. Jianfan, cold
  rmSync(CACHE, { recursive: true, force: true });
  rmSync(SITE, { recursive: true, force: true });
  const env = buildEnv();
  jf.full = await measuredBuild('jianfan-full', process.execPath, [ASTRO, 'build', '--outDir', SITE], ROOT, env);
  jf.phases = astroPhases(jf.full);
  jf.dist = dirSize(SITE);
  jf.search = dirSize(join(SITE, 'pagefind'));
  jf.pages = jf.phases.pagesBuilt;
  const report = readReport(SITE);
  let accepted: string;
  if (!report) {
    accepted = 'n/a (no dist-report/report.json)';
    notes.push('dist-report/report.json missing: could not check that every seed was accepted.');
  } else {
    const warned = report.seeds.filter((s) => s.warnings.length > 0).length;
    accepted = `${report.seeds.length} of ${N} (${report.skipped.length} skipped, ${warned} with warnings)`;
    if (report.seeds.length !== N || report.skipped.length > 0) {
      status = 1;
      notes.push(
        `NOT every generated seed was accepted: ${report.skipped
          .map((s) => `${s.file}: ${s.reason}`)
          .slice(0, 5)
          .join('; ')}`,
      );
    }
    if (warned > 0) {
      const kinds = new Map<string, number>();
      for (const s of report.seeds) for (const w of s.warnings) kinds.set(w.replace(/"[^"]*"/g, '"…"'), (kinds.get(w.replace(/"[^"]*"/g, '"…"')) ?? 0) + 1);
      notes.push(`Seed warnings: ${[...kinds].map(([k, n]) => `${n}× ${k}`).join('; ')}.`);
    }
  }

  // 3. Conversion alone (it runs inside ingest and render in the build)
  const convert = await convertCost(manifest);

  // 4. Baseline, cold
  if (withBaseline) {
    writeBaselineProject(BASE, ROOT);
    const benv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    bl.full = await measuredBuild('baseline-astro', process.execPath, [ASTRO, 'build'], BASE, benv);
    bl.phases = astroPhases(bl.full);
    bl.index = await measuredBuild('baseline-pagefind', process.execPath, [PAGEFIND, '--site', 'dist'], BASE, benv);
    bl.dist = dirSize(join(BASE, 'dist'));
    bl.search = dirSize(join(BASE, 'dist/pagefind'));
    bl.pages = bl.phases.pagesBuilt;
  }

  // 5. Browser: article weight, first search
  const sample = pickSample(manifest.entries);
  const query = sample.topic;
  const slug = report?.seeds.find((s) => s.file === sample.file)?.slug ?? sample.file.replace(/\.[^.]+$/, '');
  const baseId = sample.cleanFile.replace(/\.md$/, '');
  const sampleArticle = generateArticle(Number(sample.file.slice(1, 7)), manifest.seed);
  const textAlone = [sampleArticle.title, ...sampleArticle.paragraphs].join('\n');
  const textGzip = gz(textAlone);
  const variantTransfers: Record<string, number | null> = {};
  let chromium = 'n/a';
  if (withBrowser) {
    if (!existsSync(CHROMIUM_PATH)) notes.push(`No Chromium at ${CHROMIUM_PATH}: browser figures skipped (bash .ci/install-chromium.sh).`);
    else {
      const browser = await launch();
      chromium = browser.version();
      const js = await serve(ROOT, SITE);
      const bs = withBaseline ? await serve(ROOT, join(BASE, 'dist')) : null;
      try {
        say(`browser: article ${slug}, query “${query}”`);
        jf.article = await pageWeight(browser, `${js.url}/zh-hans/articles/${slug}/`);
        for (const v of ['zh-tw', 'zh-hk']) variantTransfers[v] = (await pageWeight(browser, `${js.url}/${v}/articles/${slug}/`)).transfer;
        jf.home = await pageWeight(browser, `${js.url}/zh-hans/`);
        const searches = [() => firstSearch(browser, `${js.url}/zh-hans/search/?q=${encodeURIComponent(query)}`, '[data-search-results]', 'a')];
        if (bs) {
          bl.article = await pageWeight(browser, `${bs.url}/articles/${baseId}/`);
          bl.home = await pageWeight(browser, `${bs.url}/`);
          searches.push(() => firstSearch(browser, `${bs.url}/search/?q=${encodeURIComponent(query)}`, '#search', '.pagefind-ui__result'));
        }
        const [ours, theirs] = await firstSearchMedians(searches, SEARCH_RUNS);
        jf.firstSearch = ours ?? null;
        bl.firstSearch = theirs ?? null;
        if (!jf.firstSearch) notes.push('Jianfan has no /zh-hans/search/ page yet: first-search bytes n/a.');
        else if (jf.firstSearch.results === 0) notes.push('Jianfan search page showed no results within 30 s.');
        if (jf.article.status !== 200) notes.push(`Jianfan article page answered ${jf.article.status}.`);
      } finally {
        await browser.close();
        js.stop();
        bs?.stop();
      }
      // 6. Lighthouse
      if (withLighthouse) {
        const cli = lighthouseCli(ROOT);
        if (!cli) notes.push('Lighthouse requested but not installed (npm install): skipped.');
        else {
          const js2 = await serve(ROOT, SITE);
          const bs2 = withBaseline ? await serve(ROOT, join(BASE, 'dist')) : null;
          try {
            for (const path of ['/zh-hans/', `/zh-hans/articles/${slug}/`, `/zh-hans/search/?q=${encodeURIComponent(query)}`]) {
              say(`lighthouse ${path}`);
              jf.lighthouse.push(await runLighthouseMedian(cli, js2.url + path, LIGHTHOUSE_RUNS));
            }
            if (bs2) {
              for (const path of ['/', `/articles/${baseId}/`, `/search/?q=${encodeURIComponent(query)}`]) {
                say(`lighthouse baseline ${path}`);
                bl.lighthouse.push(await runLighthouseMedian(cli, bs2.url + path, LIGHTHOUSE_RUNS));
              }
            }
          } finally {
            js2.stop();
            bs2?.stop();
          }
        }
      }
    }
  }

  // 7. Rebuilds with the same cache: nothing changed; one article newer than all others (index N); one more, dated
  //    at random inside the range like the N (index N + 1). Both removed at the end.
  if (withIncremental) {
    jf.rebuild = await measuredBuild('jianfan-rebuild', process.execPath, [ASTRO, 'build', '--outDir', SITE], ROOT, env);
    const tmp = join(OUT, `incremental-${N}`);
    rmSync(tmp, { recursive: true, force: true });
    const newest = generateFolder({ articles: 1, start: N, out: join(tmp, 'seeds'), clean: join(tmp, 'clean'), published: NEWEST_PUBLISHED })
      .entries[0] as ManifestEntry;
    const backdated = generateFolder({ articles: 1, start: N + 1, out: join(tmp, 'seeds-backdated') }).entries[0] as ManifestEntry;
    const seedCopies = [join(SEEDS, newest.file), join(SEEDS, backdated.file)];
    const cleanCopy = join(BASE_ARTICLES, newest.cleanFile);
    try {
      copyFileSync(join(tmp, 'seeds', newest.file), seedCopies[0]!);
      jf.incremental = await measuredBuild('jianfan-incremental', process.execPath, [ASTRO, 'build', '--outDir', SITE], ROOT, env);
      jf.incrementalPhases = astroPhases(jf.incremental);
      if (withBaseline) {
        copyFileSync(join(tmp, 'clean', newest.cleanFile), cleanCopy);
        const benv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
        bl.incremental = await measuredBuild('baseline-incremental-astro', process.execPath, [ASTRO, 'build'], BASE, benv);
        bl.incrementalPhases = astroPhases(bl.incremental);
        bl.incrementalIndex = await measuredBuild('baseline-incremental-pagefind', process.execPath, [PAGEFIND, '--site', 'dist'], BASE, benv);
      }
      copyFileSync(join(tmp, 'seeds-backdated', backdated.file), seedCopies[1]!);
      jf.backdated = await measuredBuild('jianfan-backdated', process.execPath, [ASTRO, 'build', '--outDir', SITE], ROOT, env);
      jf.backdatedPhases = astroPhases(jf.backdated);
    } finally {
      for (const copy of seedCopies) rmSync(copy, { force: true });
      rmSync(cleanCopy, { force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
    notes.push(
      `Rebuilds, with the same cache dir: first with nothing changed; then article ${newest.file}, published ${NEWEST_PUBLISHED} (after every other), added (and, for the baseline, its clean copy, rebuilt with the same .astro-cache, then a full pagefind run); then ${backdated.file}, dated inside the range like the others, added too. Both seeds are then removed; site-${N}/ holds N+2 articles.`,
    );
    // What each rebuild reused, in Jianfan's own words.
    for (const [label, run] of [
      ['nothing changed', jf.rebuild],
      ['+1 dated newest', jf.incremental],
      ['+1 backdated', jf.backdated],
    ] as const) {
      const said = (re: RegExp) =>
        run?.lines
          .find((l) => re.test(l.text))
          ?.text.replace(/^\S+\s+/, '')
          .trim();
      const printed = [said(/\[jianfan-page-cache\] keeping/), said(/\[jianfan-search-index\] indexed/)].filter(Boolean);
      if (printed.length) notes.push(`Rebuild, ${label}, printed: ${printed.map((x) => `\`${x}\``).join('; ')}.`);
    }
  }

  // 8. Table
  const md = table({
    manifest,
    started,
    jf,
    bl,
    convert,
    accepted,
    textGzip,
    variantTransfers,
    chromium,
    sample: { slug, baseId, query, chars: textAlone.length },
    notes,
    seedsCached: seeds.cached,
  });
  console.log(md);
  writeFileSync(join(OUT, `results-${N}.md`), `${md}\n`);
  writeFileSync(
    join(OUT, `results-${N}.json`),
    JSON.stringify({ articles: N, started, jianfan: strip(jf), baseline: strip(bl), convert, accepted, textGzip, variantTransfers, notes }, null, 1),
  );
  say(`wrote bench-out/results-${N}.md and .json`);
  return status;
}

/** Drop bulky raw logs and samples from the JSON record. */
function strip(s: Side): unknown {
  const m = (x: Measured | null) => (x ? { command: x.command, code: x.code, wallMs: x.wallMs, peakRss: x.peakRss } : null);
  return {
    ...s,
    full: m(s.full),
    index: m(s.index),
    rebuild: m(s.rebuild),
    incremental: m(s.incremental),
    incrementalIndex: m(s.incrementalIndex),
    backdated: m(s.backdated),
  };
}

/** The article whose body length is the median: a typical page. */
function pickSample(entries: ManifestEntry[]): ManifestEntry {
  const sorted = [...entries].sort((a, b) => a.chars - b.chars || a.file.localeCompare(b.file));
  return sorted[Math.floor(sorted.length / 2)] as ManifestEntry;
}

// ---------------------------------------------------------------- table

interface TableInput {
  manifest: Manifest;
  started: Date;
  jf: Side;
  bl: Side;
  convert: ConvertCost[] | string;
  accepted: string;
  textGzip: number;
  variantTransfers: Record<string, number | null>;
  chromium: string;
  sample: { slug: string; baseId: string; query: string; chars: number };
  notes: string[];
  seedsCached: boolean;
}

function totalWall(s: Side): number | null {
  if (!s.full) return null;
  return s.full.wallMs + (s.index?.wallMs ?? 0);
}
function totalPeak(s: Side): number | null {
  if (!s.full) return null;
  return Math.max(s.full.peakRss, s.index?.peakRss ?? 0);
}
function incWall(s: Side): number | null {
  if (!s.incremental) return null;
  return s.incremental.wallMs + (s.incrementalIndex?.wallMs ?? 0);
}

function table(t: TableInput): string {
  const { jf, bl } = t;
  const out: string[] = [];
  const row = (label: string, a: string, b: string, r: string) => out.push(`| ${label} | ${a} | ${b} | ${r} |`);
  const num = (label: string, a: number | null | undefined, b: number | null | undefined, f: (x: number | null | undefined) => string) =>
    row(label, f(a), f(b), ratio(a, b));

  out.push(`## Benchmark: ${t.manifest.articles} articles`, '');
  out.push(`- Date: ${t.started.toISOString()}`);
  out.push(`- Machine: ${machine()}`);
  out.push(`- Versions: astro ${version('astro')}, pagefind ${version('pagefind')}, opencc-js ${version('opencc-js')}, Chromium ${t.chromium}`);
  out.push(`- Command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\``.replace(/ `$/, '`'));
  out.push(`- Seeds (${t.seedsCached ? 'cached' : 'generated'}, seed ${DEFAULT_SEED}): ${summarise(t.manifest)}`);
  out.push(
    `- Baseline: plain Astro (defaults, glob() loader, its default Markdown processor), same articles as clean simplified Markdown, one variant; then \`pagefind --site dist\` (defaults); search page = Pagefind default UI.`,
  );
  out.push('');
  out.push('| metric | Jianfan | baseline | Jianfan/baseline |', '| --- | ---: | ---: | ---: |');
  row('seeds accepted', t.accepted, bl.full ? `${t.manifest.articles}` : 'n/a', '');
  num('pages built', jf.pages, bl.pages, (x) => (x == null ? 'n/a' : String(x)));
  num('wall time, full build (incl. index)', totalWall(jf), totalWall(bl), sec);
  num('peak RSS, process tree', totalPeak(jf), totalPeak(bl), mb);
  const pps = (s: Side) => (s.pages != null && totalWall(s) ? s.pages / ((totalWall(s) as number) / 1000) : null);
  num('pages per second (whole build)', pps(jf), pps(bl), (x) => (x == null ? 'n/a' : x.toFixed(1)));
  const render = (s: Side) => s.phases?.phases.find((p) => p.name === 'render') ?? null;
  const rps = (s: Side) => {
    const r = render(s);
    return r && s.pages != null ? s.pages / (r.ms / 1000) : null;
  };
  num('pages per second (render phase)', rps(jf), rps(bl), (x) => (x == null ? 'n/a' : x.toFixed(1)));
  num('dist/ size', jf.dist?.bytes, bl.dist?.bytes, mb);
  num('dist/ files', jf.dist?.files, bl.dist?.files, (x) => (x == null ? 'n/a' : String(x)));
  num('search index (dist/pagefind) size', jf.search?.bytes, bl.search?.bytes, mb);
  num('search index files', jf.search?.files, bl.search?.files, (x) => (x == null ? 'n/a' : String(x)));
  const fs = (s: Side) => s.firstSearch;
  num(`first search “${t.sample.query}”: bytes fetched (page + search)`, fs(jf)?.transfer, fs(bl)?.transfer, kb);
  num('  of which /pagefind/', fs(jf)?.pagefind, fs(bl)?.pagefind, kb);
  num('  requests', fs(jf)?.requests, fs(bl)?.requests, (x) => (x == null ? 'n/a' : String(x)));
  row('  /pagefind/ requests', String(fs(jf)?.pagefindRequests ?? 'n/a'), String(fs(bl)?.pagefindRequests ?? 'n/a'), '');
  num(`  time to first results (median of ${SEARCH_RUNS})`, fs(jf)?.ms, fs(bl)?.ms, sec);
  const runs = (c: SearchCost | null | undefined) => c?.runsMs?.map((ms) => (ms / 1000).toFixed(2)).join(', ') ?? 'n/a';
  row('  each run (s)', runs(fs(jf)), runs(fs(bl)), '');
  num('  results shown', fs(jf)?.results, fs(bl)?.results, (x) => (x == null ? 'n/a' : String(x)));
  const a = (s: Side) => s.article;
  const rawGz = (raw: number | undefined, gzip: number | undefined) => (raw == null ? 'n/a' : `${kb(raw)} / ${kb(gzip)}`);
  out.push(`| **article page** (zh-hans, ${t.sample.chars} chars of text) before interaction: raw / gzip | | | |`);
  row('  HTML', rawGz(a(jf)?.html.raw, a(jf)?.html.gzip), rawGz(a(bl)?.html.raw, a(bl)?.html.gzip), ratio(a(jf)?.html.gzip, a(bl)?.html.gzip));
  row(
    '  of which inline CSS (gzip alone)',
    rawGz(a(jf)?.html.inlineCss, a(jf)?.html.inlineCssGzip),
    rawGz(a(bl)?.html.inlineCss, a(bl)?.html.inlineCssGzip),
    ratio(a(jf)?.html.inlineCss, a(bl)?.html.inlineCss),
  );
  row(
    '  of which inline JS (gzip alone)',
    rawGz(a(jf)?.html.inlineJs, a(jf)?.html.inlineJsGzip),
    rawGz(a(bl)?.html.inlineJs, a(bl)?.html.inlineJsGzip),
    ratio(a(jf)?.html.inlineJs, a(bl)?.html.inlineJs),
  );
  row('  of which JSON-LD (raw)', kb(a(jf)?.html.jsonLd), kb(a(bl)?.html.jsonLd), '');
  row(
    '  CSS files',
    a(jf) ? `${a(jf)?.css.files}: ${rawGz(a(jf)?.css.raw, a(jf)?.css.gzip)}` : 'n/a',
    a(bl) ? `${a(bl)?.css.files}: ${rawGz(a(bl)?.css.raw, a(bl)?.css.gzip)}` : 'n/a',
    ratio(a(jf)?.css.gzip, a(bl)?.css.gzip),
  );
  row(
    '  JS files',
    a(jf) ? `${a(jf)?.js.files}: ${rawGz(a(jf)?.js.raw, a(jf)?.js.gzip)}` : 'n/a',
    a(bl) ? `${a(bl)?.js.files}: ${rawGz(a(bl)?.js.raw, a(bl)?.js.gzip)}` : 'n/a',
    ratio(a(jf)?.js.gzip, a(bl)?.js.gzip),
  );
  row(
    '  fonts / images / other requests',
    a(jf) ? `${a(jf)?.fonts} / ${a(jf)?.images.files} / ${a(jf)?.other.files}` : 'n/a',
    a(bl) ? `${a(bl)?.fonts} / ${a(bl)?.images.files} / ${a(bl)?.other.files}` : 'n/a',
    '',
  );
  num('  total transferred (bodies)', a(jf)?.transfer, a(bl)?.transfer, kb);
  num('  total transferred (with headers)', a(jf)?.transferWithHeaders, a(bl)?.transferWithHeaders, kb);
  num('  gzip of its text alone (title + body)', t.textGzip, t.textGzip, kb);
  const budget = t.textGzip + 12 * 1024;
  const verdict = (s: Side) => (a(s) ? `${a(s)!.transfer <= budget ? 'within' : 'OVER'} by ${kb(Math.abs(budget - a(s)!.transfer))}` : 'n/a');
  row(`  budget: text gzip + 12 KB = ${kb(budget)}`, verdict(jf), verdict(bl), '');
  row('  same article zh-tw / zh-hk transferred', `${kb(t.variantTransfers['zh-tw'])} / ${kb(t.variantTransfers['zh-hk'])}`, 'n/a', '');
  num('home page transferred (bodies)', jf.home?.transfer, bl.home?.transfer, kb);
  const share = (ms: number | null | undefined, s: Side) =>
    ms != null && totalWall(s) ? `${((ms / (totalWall(s) as number)) * 100).toFixed(1)}% of full` : 'n/a';
  num('rebuild, nothing changed', jf.rebuild?.wallMs, null, sec);
  row('  as share of the full build', share(jf.rebuild?.wallMs, jf), 'n/a', '');
  num('incremental: +1 article rebuild, dated newest', incWall(jf), incWall(bl), sec);
  row('  as share of the full build', share(incWall(jf), jf), share(incWall(bl), bl), '');
  num('  peak RSS', jf.incremental?.peakRss, bl.incremental ? Math.max(bl.incremental.peakRss, bl.incrementalIndex?.peakRss ?? 0) : null, mb);
  num('incremental: +1 more, backdated', jf.backdated?.wallMs, null, sec);
  row('  as share of the full build', share(jf.backdated?.wallMs, jf), 'n/a', '');
  if (typeof t.convert !== 'string') {
    const c = t.convert
      .filter((x) => x.setupMs + x.ms > 1)
      .map((x) => `${x.variant} ${sec(x.ms)} (+${sec(x.setupMs)} setup, ${(((x.chars / x.ms) * 1000) / 1e6).toFixed(1)} M chars/s)`)
      .join(', ');
    row(`conversion alone, cn → variants, ${t.manifest.articles} articles (${((t.convert[0]?.chars ?? 0) / 1e6).toFixed(2)} M chars)`, c, 'n/a', '');
  } else row('conversion alone', t.convert, 'n/a', '');
  if (jf.lighthouse.length || bl.lighthouse.length) {
    const names = ['home', 'article', 'search'];
    for (let k = 0; k < 3; k++) {
      const fmt = (l: LighthouseScores | undefined) =>
        l
          ? l.error
            ? 'error'
            : CATEGORIES.map((c) => l.scores[c] ?? '–').join(' / ') + (l.performanceRuns ? ` (perf runs ${l.performanceRuns.join(', ')})` : '')
          : 'n/a';
      row(
        `Lighthouse mobile, ${names[k]}, median of ${LIGHTHOUSE_RUNS} (perf / a11y / best practices / SEO)`,
        fmt(jf.lighthouse[k]),
        fmt(bl.lighthouse[k]),
        '',
      );
    }
  }

  // Phases
  out.push('', '### Phases (full, cold build)', '');
  out.push(
    '| phase | Jianfan time | Jianfan peak RSS | baseline time | baseline peak RSS | time ratio | markers |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  const ORDER = ['startup', 'ingest', 'prepare', 'bundle', 'render', 'index', 'hooks', 'exit'];
  const names = [...ORDER];
  for (const p of [...(jf.phases?.phases ?? []), ...(bl.phases?.phases ?? [])]) if (!names.includes(p.name)) names.push(p.name);
  const blIndex: Phase | null = bl.index
    ? {
        name: 'index',
        what: 'baseline: `pagefind --site dist`, a separate process after astro exits',
        start: 0,
        end: bl.index.wallMs,
        ms: bl.index.wallMs,
        peakRss: bl.index.peakRss,
      }
    : null;
  for (const name of names) {
    const j = jf.phases?.phases.find((p) => p.name === name);
    const b = name === 'index' && blIndex ? blIndex : bl.phases?.phases.find((p) => p.name === name);
    if (!j && !b) continue;
    const what = [j?.what, name === 'index' && b ? b.what : undefined].filter(Boolean).join('; ') || (b?.what ?? '');
    out.push(`| ${name} | ${sec(j?.ms)} | ${mb(j?.peakRss)} | ${sec(b?.ms)} | ${mb(b?.peakRss)} | ${ratio(j?.ms, b?.ms)} | ${what} |`);
  }
  if (jf.incrementalPhases) {
    out.push('', '### Phases (incremental rebuild, +1 article dated newest)', '');
    out.push('| phase | Jianfan time | Jianfan peak RSS | baseline time | baseline peak RSS |', '| --- | ---: | ---: | ---: | ---: |');
    for (const name of names) {
      const j = jf.incrementalPhases.phases.find((p) => p.name === name);
      const b =
        name === 'index' && bl.incrementalIndex
          ? { ms: bl.incrementalIndex.wallMs, peakRss: bl.incrementalIndex.peakRss }
          : bl.incrementalPhases?.phases.find((p) => p.name === name);
      if (j || b) out.push(`| ${name} | ${sec(j?.ms)} | ${mb(j?.peakRss)} | ${sec(b?.ms)} | ${mb(b?.peakRss)} |`);
    }
  }
  if (jf.backdatedPhases) {
    out.push('', '### Phases (incremental rebuild, +1 more, backdated)', '');
    out.push('| phase | Jianfan time | Jianfan peak RSS |', '| --- | ---: | ---: |');
    for (const name of names) {
      const j = jf.backdatedPhases.phases.find((p) => p.name === name);
      if (j) out.push(`| ${name} | ${sec(j.ms)} | ${mb(j.peakRss)} |`);
    }
  }

  out.push('', '### Notes', '');
  out.push(
    `- Sample article: median body length; Jianfan \`/zh-hans/articles/${t.sample.slug}/\`, baseline \`/articles/${t.sample.baseId}/\`. Bytes are what Chromium received (Playwright request sizes; gzip from test/helpers/serve-static.mjs), fresh context, nothing cached; "before interaction" = until load + network idle.`,
  );
  out.push('- Memory: sum of RSS over the build process and all its descendants, sampled every 100 ms from /proc (shared pages counted once per process).');
  out.push(
    '- Phases: cut at Astro log lines, time-stamped by the harness on arrival (Astro prints seconds only). Script conversion is not a phase of its own: it runs inside ingest (the seed loader workers: tw→cn for each seed, then each body rendered in zh-tw and zh-hk and stored), titles and UI strings inside render; the "conversion alone" row times the variants\' converters over all article text in the harness process.',
  );
  if (bl.full)
    out.push(
      '- Baseline: Markdown is rendered during content sync (glob() loader), so its "ingest" includes Markdown rendering and its "render" is page assembly only.',
    );
  if (jf.phases?.hookLines.length)
    out.push(
      `- Jianfan build hooks printed: ${jf.phases.hookLines
        .slice(0, 6)
        .map((l) => `\`${l.replace(/^\d\d:\d\d:\d\d /, '').slice(0, 100)}\``)
        .join(', ')}.`,
    );
  if (jf.phases && jf.phases.searchLines.length === 0)
    out.push('- No search-integration log line found in the Jianfan build: index time is not separated (it is inside "hooks" if it exists).');
  for (const [label, w] of [
    ['Jianfan', jf.article],
    ['baseline', bl.article],
  ] as const) {
    if (w) out.push(`- ${label} article page fetched: ${w.list.map((x) => `\`${x.path}\` (${x.type}, ${kb(x.encoded)})`).join(', ')}.`);
  }
  for (const n of t.notes) out.push(`- ${n}`);
  const failing = [...jf.lighthouse, ...bl.lighthouse].filter((l) => l.failing.length || l.error);
  for (const l of failing) out.push(`- Lighthouse ${l.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}: ${l.error ?? l.failing.join(', ')}`);
  return out.join('\n');
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
