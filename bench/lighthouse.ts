/**
 * Lighthouse (mobile, its default config) with Debian's Chromium, through the
 * lighthouse CLI from node_modules (no browser download: CHROME_PATH points
 * at /usr/bin/chromium). Optional: only with `--lighthouse`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseScores {
  url: string;
  scores: Record<string, number | null>;
  /** Audits that scored below 1 in a category, for the notes. */
  failing: string[];
  /** Performance score of every run, when several were taken (runLighthouseMedian). */
  performanceRuns?: number[];
  error?: string;
}

export function lighthouseCli(repoRoot: string): string | null {
  const cli = join(repoRoot, 'node_modules/lighthouse/cli/index.js');
  return existsSync(cli) ? cli : null;
}

export function runLighthouse(cli: string, url: string): Promise<LighthouseScores> {
  return new Promise((resolve) => {
    const args = [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ];
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const scores: Record<string, number | null> = {};
      const failing: string[] = [];
      try {
        const lhr = JSON.parse(out) as {
          categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
          audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
        };
        for (const c of CATEGORIES) {
          const cat = lhr.categories[c];
          scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
          for (const ref of cat?.auditRefs ?? []) {
            const a = lhr.audits[ref.id];
            if (ref.weight > 0 && a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') failing.push(`${c}:${ref.id}`);
          }
        }
        resolve({ url, scores, failing });
      } catch {
        resolve({ url, scores, failing, error: `lighthouse exited ${code}: ${err.trim().split('\n').slice(-3).join(' ')}` });
      }
    });
  });
}

/**
 * Lighthouse `runs` times, one after another: each category's median score
 * (Lighthouse's own advice, its performance score varies from run to run),
 * with every run's performance score kept for the table.
 */
export async function runLighthouseMedian(cli: string, url: string, runs: number): Promise<LighthouseScores> {
  const all: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) all.push(await runLighthouse(cli, url));
  const ok = all.filter((r) => !r.error);
  if (ok.length === 0) return all[0]!;
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor((s.length - 1) / 2)]!;
  };
  const scores: Record<string, number | null> = {};
  for (const c of CATEGORIES) {
    const xs = ok.map((r) => r.scores[c]).filter((x): x is number => x != null);
    scores[c] = xs.length ? median(xs) : null;
  }
  const perf = ok.map((r) => r.scores['performance'] ?? 0);
  // Audits below 1 in the run whose performance score is the median one.
  const typical = ok.find((r) => r.scores['performance'] === scores['performance']) ?? ok[0]!;
  return { url, scores, failing: typical.failing, performanceRuns: perf };
}
