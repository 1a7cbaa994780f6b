/**
 * Build phases from an `astro build` log. Astro 7 prints these lines (with a
 * seconds-only clock); the harness time-stamps each line itself on arrival, in
 * milliseconds, and cuts phases between the first line matching each marker:
 *
 *   (spawn)                                      → startup: Node, Astro, config, Vite
 *   `[content] Syncing content`                  → ingest: the content layer (the seeds loader)
 *   `[content] Synced content`                   → prepare: types, build info
 *   `[build] Building static entrypoints...`     → bundle: Vite builds
 *   ` generating static routes `                 → render: page generation
 *   `✓ Completed in` (first after the above)     → hooks: astro:build:done integrations
 *   `[build] Complete!`                          → exit
 *   (process exit)
 *
 * Within hooks, lines of an integration whose name mentions search or
 * pagefind mark the search index: from the end of render to its last line.
 */
import { type Line, type Measured, peakBetween } from './measure.ts';

export interface Phase {
  name: string;
  /** What the phase covers, for the table's notes. */
  what: string;
  start: number;
  end: number;
  ms: number;
  peakRss: number | null;
}

interface Marker {
  id: string;
  re: RegExp;
}

const MARKERS: Marker[] = [
  { id: 'sync', re: /\[content\] Syncing content/ },
  { id: 'synced', re: /\[content\] Synced content/ },
  { id: 'bundle', re: /\[build\] Building static entrypoints/ },
  { id: 'render', re: /generating static routes/ },
  { id: 'rendered', re: /✓ Completed in/ },
  { id: 'complete', re: /\[build\] Complete!/ },
];

const SEARCH_LINE = /^\S*\s*\[[^\]]*(?:search|pagefind)[^\]]*\]/i;

export interface Phases {
  phases: Phase[];
  /** Marker id → time (ms since spawn), for those found. */
  marks: Record<string, number>;
  /** Lines attributed to the search index, verbatim. */
  searchLines: string[];
  /** Lines printed by astro:build:done hooks, verbatim. */
  hookLines: string[];
  pagesBuilt: number | null;
}

function findMarks(lines: Line[]): Record<string, number> {
  const marks: Record<string, number> = {};
  let from = 0;
  for (const m of MARKERS) {
    for (let i = from; i < lines.length; i++) {
      if (m.re.test((lines[i] as Line).text)) {
        marks[m.id] = (lines[i] as Line).t;
        from = i + 1;
        break;
      }
    }
  }
  return marks;
}

export function astroPhases(run: Measured, prefix = ''): Phases {
  const marks = findMarks(run.lines);
  const phases: Phase[] = [];
  const add = (name: string, what: string, a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined || b < a) return;
    phases.push({ name: prefix + name, what, start: a, end: b, ms: b - a, peakRss: peakBetween(run, a, b) });
  };
  add('startup', 'spawn → `[content] Syncing content`', 0, marks['sync']);
  add('ingest', '`Syncing content` → `Synced content` (content layer: seeds loader)', marks['sync'], marks['synced']);
  add('prepare', '`Synced content` → `Building static entrypoints` (types, build info)', marks['synced'], marks['bundle']);
  add('bundle', '`Building static entrypoints` → `generating static routes` (Vite)', marks['bundle'], marks['render']);
  add('render', '`generating static routes` → `✓ Completed in` (page generation)', marks['render'], marks['rendered']);
  const hookLines: string[] = [];
  const searchLines: string[] = [];
  let lastSearch: number | undefined;
  if (marks['rendered'] !== undefined) {
    for (const l of run.lines) {
      if (l.t <= marks['rendered'] || (marks['complete'] !== undefined && l.t > marks['complete'])) continue;
      if (/^\d\d:\d\d:\d\d \[build\]/.test(l.text)) continue;
      hookLines.push(l.text);
      if (SEARCH_LINE.test(l.text)) {
        searchLines.push(l.text);
        lastSearch = l.t;
      }
    }
  }
  if (lastSearch !== undefined) {
    add('index', 'end of render → last search-integration line (search index)', marks['rendered'], lastSearch);
    add('hooks', 'last search-integration line → `[build] Complete!` (other astro:build:done hooks)', lastSearch, marks['complete']);
  } else {
    add('hooks', 'end of render → `[build] Complete!` (astro:build:done integrations)', marks['rendered'], marks['complete']);
  }
  add('exit', '`[build] Complete!` → process exit', marks['complete'], run.wallMs);
  let pagesBuilt: number | null = null;
  for (const l of run.lines) {
    const m = /(\d+) page\(s\) built/.exec(l.text);
    if (m) pagesBuilt = Number(m[1]);
  }
  return { phases, marks, searchLines, hookLines, pagesBuilt };
}
