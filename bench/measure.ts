/**
 * Run a command and measure it: wall time, every output line with the time it
 * arrived (ms since spawn), and the resident memory of the whole process tree
 * (the child and all its descendants, e.g. a pagefind binary an integration
 * starts), sampled from /proc every SAMPLE_MS.
 *
 * The tree's RSS is a sum over processes, so pages shared between them (the
 * Node binary, shared libraries) count once per process: an upper bound.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_MS = 100;
const PAGE = 4096;

export interface Line {
  t: number;
  text: string;
}

export interface Sample {
  t: number;
  rss: number;
  procs: number;
}

export interface Measured {
  command: string;
  code: number | null;
  wallMs: number;
  peakRss: number;
  lines: Line[];
  samples: Sample[];
}

/** Parent pid and RSS in bytes of one process, or null if it is gone. */
function procStat(pid: number): { ppid: number; rss: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may contain spaces and parentheses.
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), rss: Number(rest[21]) * PAGE };
  } catch {
    return null;
  }
}

/** Sum of RSS over `root` and all its descendants. */
export function treeRss(root: number): { rss: number; procs: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const st = procStat(pid);
    if (!st) continue;
    rss.set(pid, st.rss);
    const list = children.get(st.ppid);
    if (list) list.push(pid);
    else children.set(st.ppid, [pid]);
  }
  let total = 0;
  let procs = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    const r = rss.get(pid);
    if (r === undefined) continue;
    total += r;
    procs++;
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss: total, procs };
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Write every output line here as it arrives (e.g. a log file stream). */
  onLine?: (line: Line) => void;
}

export function runMeasured(cmd: string, args: string[], opts: RunOptions = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Line[] = [];
    const samples: Sample[] = [];
    let peak = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { rss, procs } = treeRss(child.pid);
      if (procs === 0) return;
      samples.push({ t: performance.now() - t0, rss, procs });
      if (rss > peak) peak = rss;
    };
    const timer = setInterval(sample, SAMPLE_MS);
    sample();
    const reader = (stream: NodeJS.ReadableStream) => {
      let buf = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const t = performance.now() - t0;
        buf += chunk;
        for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
          const line = { t, text: buf.slice(0, nl).replace(ANSI, '').replace(/\r$/, '') };
          buf = buf.slice(nl + 1);
          lines.push(line);
          opts.onLine?.(line);
        }
      });
      stream.on('end', () => {
        if (buf) {
          const line = { t: performance.now() - t0, text: buf.replace(ANSI, '') };
          lines.push(line);
          opts.onLine?.(line);
        }
      });
    };
    reader(child.stdout);
    reader(child.stderr);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ command: [cmd, ...args].join(' '), code, wallMs: performance.now() - t0, peakRss: peak, lines, samples });
    });
  });
}

/** Peak tree RSS among samples taken in [from, to] ms. */
export function peakBetween(m: Measured, from: number, to: number): number | null {
  let peak: number | null = null;
  for (const s of m.samples) if (s.t >= from && s.t <= to && (peak === null || s.rss > peak)) peak = s.rss;
  return peak;
}

export interface DirSize {
  bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize | null {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return null;
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}
