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
  /** The line ends with sentence-final punctuation (undefined: not known). */
  endsSentence?: boolean;
  /** A bad line that may be skipped inside a body (caption, stray widget). */
  bridgeable?: boolean;
  /** The line is an image caption or photo credit. */
  caption?: boolean;
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
  // A body opens with a finished sentence; a digest box or a cut-off teaser does not.
  const isLead = (l: BodyLineInfo) => (l.cls === 'good' && l.endsSentence !== false) || (l.cls === 'neargood' && l.endsFullStop);
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

/** Three short lines in a row are a list of headlines, not subheadings: they end a run. */
const MAX_SHORT_RUN = 3;

function blocksOf(lines: BodyLineInfo[]): Block[] {
  const blocks: Block[] = [];
  const shortRunAt = (k: number): boolean => {
    for (let n = 0; n < MAX_SHORT_RUN; n++) if ((lines[k + n] as BodyLineInfo | undefined)?.cls !== 'short') return false;
    return true;
  };
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] as BodyLineInfo).cls === 'bad') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as BodyLineInfo).cls !== 'bad' && !shortRunAt(j + 1)) j++;
    const b = trimBlock(lines, i, j);
    if (b) blocks.push(b);
    i = j + 1;
  }
  return blocks;
}

/** Minimum prose for a neighbouring run to be joined across one stray line. */
const BRIDGE_MIN_SCORE = 60;
/** Most lines a body may skip between two runs of prose. */
const MAX_GAP = 3;
/** Prose a neighbouring run needs when a caption separates it from the body. */
const CAPTION_BRIDGE_MIN_SCORE = 25;

export function findBodyRun(lines: BodyLineInfo[]): BodyRun | null {
  const blocks = blocksOf(lines);
  if (blocks.length === 0) return null;
  let bi = 0;
  blocks.forEach((b, k) => {
    if (b.score > (blocks[bi] as Block).score) bi = k;
  });
  const chosen: Block[] = [blocks[bi] as Block];
  // A gap of up to MAX_GAP lines, each a bridgeable bad line (a caption, a stray
  // widget) or a short line (a subheading), with at most two bad ones; and the
  // neighbour must be real prose.
  const joinable = (a: Block, b: Block, neighbour: Block): boolean => {
    const gap = b.start - a.end - 1;
    if (gap < 1 || gap > MAX_GAP) return false;
    let bad = 0;
    let captionGap = false;
    for (let i = a.end + 1; i < b.start; i++) {
      const mid = lines[i] as BodyLineInfo;
      if (mid.cls === 'bad') {
        if (!mid.bridgeable) return false;
        if (mid.caption) captionGap = true;
        bad++;
      }
    }
    // A caption in the gap (a photo credit) says the body goes on: one paragraph is enough then.
    if (captionGap && neighbour.good >= 1 && neighbour.score >= CAPTION_BRIDGE_MIN_SCORE) return bad <= 2;
    return bad <= 2 && neighbour.score >= BRIDGE_MIN_SCORE && neighbour.good >= 2;
  };
  for (let k = bi + 1; k < blocks.length; k++) {
    if (!joinable(chosen[chosen.length - 1] as Block, blocks[k] as Block, blocks[k] as Block)) break;
    chosen.push(blocks[k] as Block);
  }
  for (let k = bi - 1; k >= 0; k--) {
    if (!joinable(blocks[k] as Block, chosen[0] as Block, blocks[k] as Block)) break;
    chosen.unshift(blocks[k] as Block);
  }
  const members: number[] = [];
  let score = 0;
  let goodLines = 0;
  chosen.forEach((b, n) => {
    // Short lines in a bridged gap (subheadings) belong to the body; bad ones do not.
    const prev = chosen[n - 1];
    if (prev) for (let i = prev.end + 1; i < b.start; i++) if ((lines[i] as BodyLineInfo).cls !== 'bad') members.push(i);
    for (let i = b.start; i <= b.end; i++) members.push(i);
    score += b.score;
    goodLines += b.good;
  });
  return { members, score, goodLines };
}
