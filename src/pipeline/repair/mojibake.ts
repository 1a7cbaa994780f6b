/**
 * Repair of GBK byte misalignment caused by byte-level punctuation folding.
 *
 * Why: some scrapers fold full-width punctuation to ASCII on the *GBK bytes*
 * of a page, e.g. `！` (A3 A1) → `!` (21). In GBK every full-width mark folded
 * this way starts with A3, so the byte pair also matches across a character
 * boundary: a character ending in A3 (`。` = A1 A3) followed by a character
 * starting with the second byte (`“` = A1 B0 for `！`). The replacement then
 * leaves an orphan lead byte (decoded as U+FFFD, often stripped afterwards),
 * the ASCII mark, and a run of characters decoded one byte out of step until
 * a trail byte in the ASCII range (0x40-0x7E) re-synchronises the decoder as
 * a stray ASCII character. Visible result: `…X!` + rare characters + `]`.
 *
 * Repair: for an ASCII (or already re-widened) mark followed by such a run,
 * re-encode the run as GBK, put back `lead A3 <second byte>`, decode again.
 * The lost lead byte is unknowable from the bytes, so only restorations whose
 * lost character is a common punctuation mark are considered (restoring a Han
 * character would be a guess among dozens). A restoration is accepted only if
 * exactly one distinct result is plausible: every character common (GB2312
 * level 1, Big5 level 1 or prose punctuation), valid GBK, and fewer rare
 * characters than the damaged span. Anything else is left unchanged and
 * reported in `flagged`. Run this before repair/punctuation.ts (it also
 * accepts the full-width mark, so the order is not critical).
 *
 * Limits: the lost character is assumed to be punctuation (in practice `。`,
 * the only common mark ending in A3). If it was a Han character ending in A3
 * (保 常 海 …, 56 common ones) the bytes cannot tell, and `。` is restored.
 * Simplified GB2312 text has no ASCII-range trail bytes, so its misaligned
 * run only ends at an ASCII character or the line end, where a byte is lost:
 * such damage is flagged, not repaired. A run ended by an ASCII letter with
 * no rare character is not detected at all.
 */
import iconv from 'iconv-lite';
import { commonHanSet, FULL_WIDTH_OF, PROSE_PUNCTUATION } from '../chars.ts';

/** A damaged-looking span that was left unchanged. */
export interface MojibakeFlag {
  /** UTF-16 offset of the span in the input text. */
  index: number;
  span: string;
  reason: string;
}

export interface MojibakeResult {
  text: string;
  count: number;
  flagged: MojibakeFlag[];
}

/** ASCII mark -> the full-width mark whose GBK bytes were folded to it (the table is chars.ts's). */
export const FOLDED: Readonly<Record<string, string>> = FULL_WIDTH_OF;
const ASCII_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FOLDED).map(([a, f]) => [f, a]));

/** Punctuation a lost character may be restored to. */
export const LOST_CHAR_CANDIDATES: ReadonlySet<string> = new Set(Array.from('。，、；：？！…—·“”‘’「」『』《》〈〉【】（）'));

/** How many characters after the mark must show a rare one to be suspicious. */
export const SUSPECT_WINDOW = 2;

/** Longest run that a stray symbol alone makes suspicious. */
export const SHORT_RUN = 3;

/** Longest misaligned run considered (characters). */
export const MAX_RUN = 48;

/** GBK bytes of text, or undefined if some character is not in GBK. */
export function gbkEncode(text: string): Uint8Array | undefined {
  const bytes = iconv.encode(text, 'gbk');
  return iconv.decode(bytes, 'gbk') === text ? new Uint8Array(bytes) : undefined;
}

/** Strict GBK decode: undefined when any byte sequence is invalid. */
export function gbkDecodeStrict(bytes: Uint8Array): string | undefined {
  const text = iconv.decode(Buffer.from(bytes), 'gbk');
  return text.includes('\uFFFD') ? undefined : text;
}

/** Common Han character or prose punctuation. */
export function isCommonProseChar(ch: string): boolean {
  return commonHanSet().has(ch) || PROSE_PUNCTUATION.has(ch);
}

/** Non-ASCII characters that are not common Han or prose punctuation (U+FFFD included). */
export function rareCount(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && !isCommonProseChar(ch)) n++;
  return n;
}

/** Rare characters, U+FFFD and ASCII characters: what misalignment leaves behind. */
export function oddity(text: string): number {
  let n = rareCount(text);
  for (const ch of text) if (ch.charCodeAt(0) < 0x80) n++;
  return n;
}

/**
 * Whether `mark + run + tail` looks misaligned: an orphan U+FFFD before
 * the mark, a rare character among the first two after it, or a short run
 * ended by a stray ASCII symbol (`@ \ ] ^ _ | } ~` or backtick: possible GBK
 * trail bytes that do not open a bracket) with a Han character right after.
 * A run ended by an ASCII letter is not evidence enough (`!新A股` is ordinary
 * text), so such damage stays unrepaired unless a rare character shows.
 */
export function suspicion(run: string, orphan: boolean, tail: string, afterTail: number | undefined): boolean {
  const chars = Array.from(run);
  if (orphan || rareCount(chars.slice(0, SUSPECT_WINDOW).join('')) > 0) return true;
  const hanAfter = afterTail !== undefined && /\p{Script=Han}/u.test(String.fromCodePoint(afterTail));
  return /^[@\\\]^_`|}~]$/.test(tail) && hanAfter && chars.length <= SHORT_RUN;
}

function isPlausible(text: string): boolean {
  return rareCount(text) === 0 && !/[\u0000-\u001f]/u.test(text);
}

const lostLeadCache = new Map<number, Array<[number, string]>>();

/** Lead bytes that, with trail `p0`, form one of LOST_CHAR_CANDIDATES. */
function lostLeads(p0: number): Array<[number, string]> {
  let leads = lostLeadCache.get(p0);
  if (!leads) {
    leads = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      const lost = gbkDecodeStrict(new Uint8Array([lead, p0]));
      if (lost !== undefined && LOST_CHAR_CANDIDATES.has(lost)) leads.push([lead, lost]);
    }
    lostLeadCache.set(p0, leads);
  }
  return leads;
}

/**
 * All plausible restorations of `mark + run + tail`, where `mark` is an ASCII
 * mark that replaced the GBK bytes A3 xx straddling two characters and `run`
 * is the misaligned text after it (`tail`: at most one stray ASCII byte).
 * Each result replaces the whole `mark + run + tail`.
 */
export function restorations(mark: string, run: string, tail: string): string[] {
  const full = FOLDED[mark];
  const folded = full === undefined ? undefined : gbkEncode(full);
  if (!folded || folded.length !== 2) return [];
  const [p0, p1] = folded as unknown as [number, number];
  const results = new Set<string>();
  const runChars = Array.from(run);
  // Try each prefix of the run (the rest is taken to be aligned already);
  // the tail byte only with the whole run.
  for (let k = 1; k <= runChars.length; k++) {
    const prefix = runChars.slice(0, k).join('');
    const rest = runChars.slice(k).join('');
    for (const t of k === runChars.length && tail ? ['', tail] : ['']) {
      const body = gbkEncode(prefix + t);
      if (!body) continue;
      for (const [lead, lost] of lostLeads(p0)) {
        const restored = gbkDecodeStrict(new Uint8Array([lead, p0, p1, ...body]));
        if (restored === undefined || !restored.startsWith(lost) || !isPlausible(restored)) continue;
        results.add(restored + rest + (t ? '' : tail));
      }
    }
  }
  return [...results];
}

/**
 * Find and reverse GBK misalignment damage. `count` is the number of spans
 * repaired; spans that look damaged but have no unique plausible restoration
 * are left unchanged and listed in `flagged`.
 */
export function repairGbkMisalignment(text: string): MojibakeResult {
  const flagged: MojibakeFlag[] = [];
  let count = 0;
  let out = '';
  let copied = 0; // text[0, copied) has been emitted to out
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const mark = FOLDED[ch] !== undefined ? ch : ASCII_OF[ch];
    if (mark === undefined) {
      i++;
      continue;
    }
    // The run: following non-ASCII, non-space characters.
    let j = i + 1;
    let chars = 0;
    while (j < text.length && chars <= MAX_RUN) {
      const cp = text.codePointAt(j) ?? 0;
      if (cp < 0x80 || /\s/u.test(String.fromCodePoint(cp)) || cp === 0xfffd) break;
      j += cp > 0xffff ? 2 : 1;
      chars++;
    }
    const run = text.slice(i + 1, j);
    const orphan = text[i - 1] === '\uFFFD' && i - 1 >= copied;
    const start = orphan ? i - 1 : i;
    const tailCh = text[j] ?? '';
    const tail = /^[\x40-\x7e]$/.test(tailCh) ? tailCh : '';
    const damaged = text.slice(start, j) + tail;
    if (run === '' || !suspicion(run, orphan, tail, text.codePointAt(j + 1))) {
      i++;
      continue;
    }
    let reason: string;
    if (chars > MAX_RUN) reason = `misaligned run longer than ${MAX_RUN} characters`;
    else {
      const before = oddity(damaged.slice(orphan ? 2 : 1));
      const found = restorations(mark, run, tail).filter((r) => oddity(r) < before);
      if (found.length === 1 && found[0] !== undefined) {
        out += text.slice(copied, start) + found[0];
        copied = j + tail.length;
        count++;
        i = copied;
        continue;
      }
      reason = found.length === 0 ? 'looks like GBK misalignment but no plausible restoration' : `ambiguous: ${found.length} plausible restorations`;
    }
    flagged.push({ index: start, span: damaged, reason });
    i = j;
  }
  out += text.slice(copied);
  return { text: out, count, flagged };
}
