/**
 * Body-run finder, jusText style: lines are good / neargood / short / bad; a run is
 * a maximal stretch without bad lines, trimmed to start at prose and end at prose;
 * short lines between prose lines (a one-line quote, a subheading) stay in. The run
 * with the most prose characters wins; it may bridge one stray line (a caption) to
 * a neighbouring run that is itself substantial.
 */
import type { BodyClass } from './features.ts';

export interface BodyLineInfo {
  cls: BodyClass;
  /** Han characters in the line. */
  han: number;
  /** The line ends with a full stop (not only `！？`). */
  endsFullStop: boolean;
  /** A bad line that may be skipped inside a body (caption, stray widget). */
  bridgeable?: boolean;
}

export interface BodyRun {
  /** Indices (into the given lines) of the body lines, ascending. */
  members: number[];
  /** Han characters in good and neargood member lines. */
  score: number;
  goodLines: number;
}

interface Block {
  start: number;
  end: number; // inclusive
  score: number;
  good: number;
}

function trimBlock(lines: BodyLineInfo[], start: number, end: number): Block | null {
  let s = start;
  let e = end;
  const isLead = (l: BodyLineInfo) => l.cls === 'good' || (l.cls === 'neargood' && l.endsFullStop);
  while (s <= e && !isLead(lines[s] as BodyLineInfo)) s++;
  while (e >= s && (lines[e] as BodyLineInfo).cls === 'short') e--;
  if (s > e) return null;
  let score = 0;
  let good = 0;
  for (let i = s; i <= e; i++) {
    const l = lines[i] as BodyLineInfo;
    if (l.cls === 'good' || l.cls === 'neargood') score += l.han;
    if (l.cls === 'good') good++;
  }
  return good > 0 ? { start: s, end: e, score, good } : null;
}

function blocksOf(lines: BodyLineInfo[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] as BodyLineInfo).cls === 'bad') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as BodyLineInfo).cls !== 'bad') j++;
    const b = trimBlock(lines, i, j);
    if (b) blocks.push(b);
    i = j + 1;
  }
  return blocks;
}

/** Minimum prose for a neighbouring run to be joined across one stray line. */
const BRIDGE_MIN_SCORE = 60;

export function findBodyRun(lines: BodyLineInfo[]): BodyRun | null {
  const blocks = blocksOf(lines);
  if (blocks.length === 0) return null;
  let bi = 0;
  blocks.forEach((b, k) => {
    if (b.score > (blocks[bi] as Block).score) bi = k;
  });
  const chosen: Block[] = [blocks[bi] as Block];
  const bridges: number[] = [];
  // A gap of exactly one bridgeable bad line, and the neighbour must be real prose.
  const joinable = (a: Block, b: Block): number | null => {
    if (b.start - a.end !== 2) return null;
    const mid = lines[a.end + 1] as BodyLineInfo;
    if (!mid.bridgeable) return null;
    return b.score >= BRIDGE_MIN_SCORE && b.good >= 2 ? a.end + 1 : null;
  };
  for (let k = bi + 1; k < blocks.length; k++) {
    const m = joinable(chosen[chosen.length - 1] as Block, blocks[k] as Block);
    if (m === null) break;
    bridges.push(m);
    chosen.push(blocks[k] as Block);
  }
  for (let k = bi - 1; k >= 0; k--) {
    const m = joinable(blocks[k] as Block, chosen[0] as Block);
    if (m === null) break;
    bridges.push(m);
    chosen.unshift(blocks[k] as Block);
  }
  const members: number[] = [];
  let score = 0;
  let goodLines = 0;
  for (const b of chosen) {
    for (let i = b.start; i <= b.end; i++) members.push(i);
    score += b.score;
    goodLines += b.good;
  }
  return { members, score, goodLines };
}
