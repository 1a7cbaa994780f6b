/**
 * What the pipeline did to one seed, line by line, for an editor: each line of
 * the scrape with what it became (title, header field, body paragraph,
 * subheading, or dropped and why) and the repairs made (before → after). One
 * model, two renderings: terminal text (`npm run inspect`) and HTML (the build's
 * report). Seed text is escaped in both: control characters never reach a
 * terminal, and no seed text becomes markup.
 */
import type { IngestedSeed, SeedReport, SeedTrace } from './ingest/seed.ts';
import type { BuildReport } from './ingest/report.ts';
import type { LineTrace } from './extract/types.ts';

export interface TraceRow {
  line: number;
  /** Short label of what the line became: `title`, `body`, `h2`, `dropped: caption` … */
  label: string;
  group: 'title' | 'body' | 'heading' | 'dropped';
  text: string;
  /** For a body line whose text was changed (an inline byline removed): what was kept. */
  kept?: string;
}

export function traceRows(lines: readonly LineTrace[]): TraceRow[] {
  return lines.map(({ line, text, what }) => {
    if (what.role === 'title') return { line, label: 'title', group: 'title', text };
    if (what.role === 'body') {
      const row: TraceRow = { line, label: what.kind === 'p' ? 'body' : what.kind, group: what.kind === 'p' ? 'body' : 'heading', text };
      if (what.text !== text) row.kept = what.text;
      return row;
    }
    if (what.role === 'header') return { line, label: `header: ${what.fields.join(', ')}`, group: 'dropped', text };
    return { line, label: `dropped: ${what.kind}`, group: 'dropped', text };
  });
}

/** Control and format characters shown as `\u{…}`, so a seed cannot drive the terminal. */
export function escapeForTerminal(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

const COLOURS: Record<TraceRow['group'], string> = { title: '\x1b[1;35m', body: '\x1b[32m', heading: '\x1b[1;32m', dropped: '\x1b[2m' };

export function formatTraceText(seed: IngestedSeed, colour: boolean): string {
  const paint = (group: TraceRow['group'], s: string) => (colour ? `${COLOURS[group]}${s}\x1b[0m` : s);
  const { report, trace } = seed;
  const out: string[] = [];
  out.push(`${escapeForTerminal(report.file)}  (${report.format}, ${report.encoding}, ${report.script})`);
  if (report.sidecar) out.push(`  from ${escapeForTerminal(report.sidecar.file)}: ${report.sidecar.fields.join(', ')}`);
  out.push(`  title:     ${escapeForTerminal(report.title)}${report.fallbacks.includes('title') ? '  [from the first sentence]' : ''}`);
  out.push(`  author:    ${escapeForTerminal(report.author ?? '(none)')}`);
  out.push(`  source:    ${escapeForTerminal(report.source ?? '(none)')}`);
  out.push(
    `  published: ${report.published}${report.fallbacks.includes('published') ? '  [file date: the page shows none]' : report.zoneAssumed ? '  [zone assumed]' : ''}`,
  );
  out.push('');
  for (const row of traceRows(trace?.lines ?? [])) {
    const label = row.label.padEnd(22);
    out.push(paint(row.group, `${String(row.line).padStart(5)}  ${label} ${escapeForTerminal(row.text)}`));
    if (row.kept !== undefined) out.push(paint(row.group, `${' '.repeat(30)}→ ${escapeForTerminal(row.kept)}`));
  }
  const repairs = trace?.repairs ?? [];
  if (repairs.length > 0) {
    out.push('', `repairs (${repairs.length}):`);
    for (const r of repairs)
      out.push(`${String(r.line).padStart(5)}  ${r.kind.padEnd(12)} ${escapeForTerminal(r.before)}\n${' '.repeat(20)}→ ${escapeForTerminal(r.after)}`);
  }
  for (const w of report.warnings) out.push(`warning: ${escapeForTerminal(w)}`);
  return out.join('\n');
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The report page's file name for a seed: its slug (ASCII, one per article). */
export const reportPageName = (report: Pick<SeedReport, 'slug'>): string => `${report.slug}.html`;

/** One seed's page of the HTML report. */
export function formatTraceHtml(seed: { report: SeedReport; trace?: SeedTrace | undefined }): string {
  const { report, trace } = seed;
  const rows = traceRows(trace?.lines ?? [])
    .map(
      (r) =>
        `<tr class="${r.group}"><td>${r.line}</td><td>${escapeHtml(r.label)}</td><td>${escapeHtml(r.text)}${r.kept !== undefined ? `<br>→ ${escapeHtml(r.kept)}` : ''}</td></tr>`,
    )
    .join('\n');
  const repairs = (trace?.repairs ?? [])
    .map((r) => `<tr><td>${r.line}</td><td>${r.kind}</td><td>${escapeHtml(r.before)}<br>→ ${escapeHtml(r.after)}</td></tr>`)
    .join('\n');
  const field = (name: string, value: string | null, note = '') =>
    `<tr><th>${name}</th><td>${escapeHtml(value ?? '(none)')}${note ? ` <em>${note}</em>` : ''}</td></tr>`;
  return `<!doctype html><html lang="zh"><meta charset="utf-8"><title>${escapeHtml(report.file)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:1rem}td,th{vertical-align:top;padding:2px 6px;text-align:left}.title{color:#8b008b;font-weight:bold}.body{color:#064}.heading{color:#064;font-weight:bold}.dropped{color:#888}</style>
<h1>${escapeHtml(report.file)}</h1><p><a href="index.html">all seeds</a></p>
<table>${field('title', report.title, report.fallbacks.includes('title') ? 'from the first sentence' : '')}${field('author', report.author)}${field('source', report.source)}${field('published', report.published, report.fallbacks.includes('published') ? 'file date: the page shows none' : report.zoneAssumed ? 'zone assumed' : '')}</table>
${report.warnings.length ? `<h2>Warnings</h2><ul>${report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : ''}
<h2>Lines</h2><table>${rows}</table>
${repairs ? `<h2>Repairs</h2><table>${repairs}</table>` : ''}
</html>\n`;
}

/** The report's index: every seed with its fields, warnings first, and the skipped files. */
export function formatReportIndexHtml(report: BuildReport): string {
  const withWarnings = [...report.seeds].sort((a, b) => Number(b.warnings.length > 0) - Number(a.warnings.length > 0) || (a.file < b.file ? -1 : 1));
  const rows = withWarnings
    .map(
      (s) =>
        `<tr><td><a href="${escapeHtml(reportPageName(s))}">${escapeHtml(s.file)}</a></td><td>${escapeHtml(s.title)}</td><td>${escapeHtml(s.author ?? '')}</td><td>${escapeHtml(s.source ?? '')}</td><td>${escapeHtml(s.published)}</td><td>${s.paragraphs}</td><td>${s.warnings.map(escapeHtml).join('<br>')}</td></tr>`,
    )
    .join('\n');
  const skipped = report.skipped.map((s) => `<li>${escapeHtml(s.file)}${s.line ? `:${s.line}` : ''}: ${escapeHtml(s.reason)}</li>`).join('');
  const folder = report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('');
  return `<!doctype html><html lang="zh"><meta charset="utf-8"><title>Jianfan build report</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:1rem}td,th{vertical-align:top;padding:2px 6px;text-align:left}</style>
<h1>Build report</h1><p>${report.articles} article(s) from ${report.seeds.length + report.skipped.length} seed(s), built ${escapeHtml(report.generatedAt)}.</p>
${skipped ? `<h2>Skipped</h2><ul>${skipped}</ul>` : ''}${folder ? `<h2>Folder warnings</h2><ul>${folder}</ul>` : ''}
<h2>Seeds</h2><table><tr><th>seed</th><th>title</th><th>author</th><th>source</th><th>published</th><th>paras</th><th>warnings</th></tr>
${rows}</table>
</html>\n`;
}
