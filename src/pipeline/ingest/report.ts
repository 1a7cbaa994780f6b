/**
 * The build report: what each seed was, what was extracted, repaired and
 * dropped, and what went wrong. Written as JSON for machines and printed as
 * a short table for the editor at the terminal.
 */
import type { FolderResult } from './folder.ts';
import { forTerminal } from '../repair/controls.ts';

export interface BuildReport {
  generatedAt: string;
  seedsDir: string;
  articles: number;
  seeds: FolderResult['reports'];
  skipped: FolderResult['skipped'];
  /** Seeds left out as the same article as an earlier one (counted among the seeds read). */
  duplicates: FolderResult['duplicates'];
  warnings: string[];
}

export function buildReport(result: Omit<FolderResult, 'unchanged' | 'openings'>, seedsDir: string, now = new Date()): BuildReport {
  return {
    generatedAt: now.toISOString(),
    seedsDir,
    articles: result.articles.length,
    seeds: result.reports,
    skipped: result.skipped,
    duplicates: result.duplicates,
    warnings: result.warnings,
  };
}

/** Seed text for the terminal: escaped (a file name may hold a newline or an escape sequence), then cut. */
function cut(text: string, max: number): string {
  const chars = [...forTerminal(text)];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export interface TableOptions {
  /**
   * Seeds left out of the table: those unchanged since the build that
   * ingested them (a rebuild after adding one article to 100,000 would
   * otherwise print 100,000 rows again). They are counted in a line of their
   * own; every seed stays in the editors' report.
   */
  unchanged?: ReadonlySet<string>;
}

/** A few lines per seed; wide enough for a terminal, not a full dump. */
export function formatReportTable(report: BuildReport, options: TableOptions = {}): string {
  const unchanged = options.unchanged ?? new Set<string>();
  const listed = report.seeds.filter((s) => !unchanged.has(s.file));
  const rows = [['seed', 'format', 'encoding', 'script', 'paras', 'ruby', 'punct', 'mojibake', 'dropped', 'warnings']];
  for (const s of listed) {
    const dropped = Object.values(s.dropped).reduce((a, b) => a + (b ?? 0), 0);
    rows.push([
      cut(s.file, 32),
      s.format,
      s.encoding,
      s.script,
      String(s.paragraphs),
      String(s.repairs.ruby),
      String(s.repairs.punctuation),
      String(s.repairs.mojibake),
      String(dropped),
      String(s.warnings.length),
    ]);
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, col) => cell.padEnd(widths[col]!))
      .join('  ')
      .trimEnd(),
  );
  const t = forTerminal;
  for (const s of listed) {
    lines.push(
      `  ${t(s.file)}: 《${cut(s.title, 40)}》 ${t(s.author ?? '(no author)')} / ${t(s.source ?? '(no source)')} / ${s.published}${s.zoneAssumed ? ' (zone assumed)' : ''}`,
    );
    if (s.sidecar) lines.push(`    from ${t(s.sidecar.file)}: ${s.sidecar.fields.join(', ')}`);
    if (s.fallbacks.length > 0) lines.push(`    not on the page: ${s.fallbacks.join(', ')}`);
    for (const w of s.warnings) lines.push(`    warning: ${t(w)}`);
  }
  const kept = report.seeds.length - listed.length;
  if (kept > 0) {
    const warned = report.seeds.filter((s) => unchanged.has(s.file) && s.warnings.length > 0).length;
    lines.push(`${kept} seed(s) unchanged since they were ingested, not listed (${warned} with warnings); every seed is in the editors' report`);
  }
  for (const s of report.skipped) lines.push(`skipped ${t(s.file)}${s.line ? `:${s.line}` : ''}: ${t(s.reason)}`);
  for (const w of report.warnings) lines.push(`warning: ${t(w)}`);
  const read = report.seeds.length + report.skipped.length + report.duplicates.length;
  lines.push(`${report.articles} article(s) from ${read} seed(s); ${report.skipped.length} skipped, ${report.duplicates.length} duplicate(s) left out`);
  return lines.join('\n');
}
