/**
 * Decoding of raw seed bytes.
 *
 * Why: a scraped article arrives as bare bytes with no charset label. Mirror
 * sites still serve GBK/GB18030 (mainland) and Big5 (Taiwan, Hong Kong) next to
 * UTF-8. UTF-8 is self-validating, so a strict UTF-8 decode that succeeds wins.
 * GB18030 and Big5, however, accept almost any byte stream (Big5 text decodes
 * "cleanly" as GB18030 and the other way round), so validity alone cannot
 * choose: each strict decode is scored for plausibility (the share of common
 * characters: GB2312 level 1 and Big5 level 1 Han, CJK punctuation) and the
 * best plausible one is taken. Text is not NFKC-normalised here: width folding
 * destroys full-width punctuation (see repair/punctuation.ts).
 */
import iconv from 'iconv-lite';
import { commonHanSet, isCjkPunctuation } from './chars.ts';
import { SeedError } from './errors.ts';
import type { SeedEncoding } from './types.ts';

/** Result of decoding one seed. */
export interface DecodedSeed {
  text: string;
  encoding: SeedEncoding;
}

/** Below this plausibility score a clean legacy decode is still rejected. */
export const MIN_PLAUSIBILITY = 0.6;

type LegacyEncoding = 'gb18030' | 'big5';

// ---------------------------------------------------------------------------
// Plausibility (the character tables are in chars.ts)

/** A character that is common in Chinese text (common Han or punctuation). */
export function isCommonChar(ch: string): boolean {
  return commonHanSet().has(ch) || isCjkPunctuation(ch);
}

/** Private use, replacement character, C1 controls, noncharacters. */
export function isBadChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return ch === '\uFFFD' || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000 || (cp >= 0xfdd0 && cp <= 0xfdef);
}

/**
 * Plausibility of decoded text as Chinese: share of non-ASCII characters that
 * are common, minus a heavy penalty for private-use/replacement characters.
 * Pure-ASCII text scores 1. Range (-inf, 1].
 */
export function plausibility(text: string): number {
  let n = 0;
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    n++;
    if (isCommonChar(ch) || /[\u00A0-\u00FF\u2000-\u206F]/u.test(ch)) good++;
    else if (isBadChar(ch)) bad++;
  }
  return n === 0 ? 1 : (good - 3 * bad) / n;
}

// ---------------------------------------------------------------------------
// Strict decoding helpers

/**
 * Strict decode; undefined when the bytes are not valid in `encoding`.
 * UTF-8 uses the WHATWG fatal decoder. GB18030 and Big5 use iconv-lite and
 * reject any U+FFFD it produces (Node's ICU Big5 decoder silently drops some
 * invalid bytes even in fatal mode). Big5 here includes the HKSCS extension.
 */
export function strictDecode(bytes: Uint8Array, encoding: 'utf-8' | LegacyEncoding): string | undefined {
  if (encoding === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  return text.includes('\uFFFD') ? undefined : text;
}

/** Offset of the first byte that a strict decode rejects; -1 when all are valid. */
export function firstBadOffset(bytes: Uint8Array, encoding: 'utf-8' | LegacyEncoding): number {
  if (strictDecode(bytes, encoding) !== undefined) return -1;
  if (encoding !== 'utf-8') {
    // iconv-lite replaces each bad sequence with U+FFFD; re-encode the good prefix.
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
    const good = text.slice(0, text.indexOf('\uFFFD'));
    return Math.min(iconv.encode(good, encoding).length, bytes.length - 1);
  }
  // Binary search over prefixes decoded in streaming mode (a truncated final
  // sequence is not an error there).
  const fails = (len: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, len), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) return bytes.length - 1; // only the truncated tail is bad
  let lo = 0; // fails(lo) is false
  let hi = bytes.length; // fails(hi) is true
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

/** 1-based line number of a byte offset (counting LF and lone CR). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Counts of well-formed multi-byte UTF-8 sequences and of invalid bytes. */
export function utf8Shape(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === 0) {
      i++;
      continue;
    }
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** True for NUL or for a noticeable share of C0 control bytes (not tab/LF/CR/FF). */
export function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls >= 4 && controls / bytes.length > 0.005;
}

function finish(text: string, encoding: SeedEncoding, file: string): DecodedSeed {
  const out = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (out.trim() === '') throw new SeedError(file, 'empty file (only whitespace)');
  return { text: out, encoding };
}

function hex(b: number | undefined): string {
  return `0x${(b ?? 0).toString(16).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------

/**
 * Decode the raw bytes of a seed file. Detects UTF-8 (BOM stripped),
 * GB18030/GBK and Big5; normalises CRLF/CR to LF. Throws SeedError for empty,
 * binary or undecodable input.
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodedSeed {
  if (bytes.length === 0) throw new SeedError(file, 'empty file (0 bytes)');
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new SeedError(file, 'binary file: UTF-16 byte order mark (re-save as UTF-8)');
  }
  if (looksBinary(bytes)) throw new SeedError(file, 'binary file (NUL or control bytes), not text');

  const hasBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return finish(utf8, hasBom ? 'utf-8-bom' : 'utf-8', file);
  if (hasBom) {
    const at = firstBadOffset(bytes, 'utf-8');
    throw new SeedError(file, `invalid UTF-8 after a UTF-8 byte order mark (byte ${hex(bytes[at])})`, lineOfOffset(bytes, at));
  }

  const candidates: Array<{ encoding: LegacyEncoding; text: string; score: number }> = [];
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = strictDecode(bytes, encoding);
    if (text !== undefined) candidates.push({ encoding, text, score: plausibility(text) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score >= MIN_PLAUSIBILITY) return finish(best.text, best.encoding, file);

  // Nothing plausible. Name the first bad byte of the most likely encoding.
  const shape = utf8Shape(bytes);
  if (shape.multibyte > 0 && shape.multibyte >= 4 * shape.invalid) {
    const at = firstBadOffset(bytes, 'utf-8');
    throw new SeedError(file, `invalid UTF-8 (byte ${hex(bytes[at])}; the rest looks like UTF-8)`, lineOfOffset(bytes, at));
  }
  // Blame the legacy encoding whose lenient reading is most plausible.
  let blame: { encoding: LegacyEncoding; score: number; at: number } | undefined;
  for (const encoding of ['gb18030', 'big5'] as const) {
    const lenient = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    const score = plausibility(lenient.replaceAll('\uFFFD', ''));
    if (!blame || score > blame.score) blame = { encoding, score, at: firstBadOffset(bytes, encoding) };
  }
  if (blame && blame.at >= 0 && blame.score >= MIN_PLAUSIBILITY) {
    throw new SeedError(file, `undecodable: reads as ${blame.encoding} but byte ${hex(bytes[blame.at])} is invalid there`, lineOfOffset(bytes, blame.at));
  }
  const pct = Math.round(Math.max(best?.score ?? 0, blame?.score ?? 0, 0) * 100);
  const reason = `undecodable: no plausible UTF-8, GB18030 or Big5 reading (at best ${pct}% common characters)`;
  // Some of it is UTF-8: most likely a file pasted together from two encodings; say where UTF-8 stops.
  const notUtf8 = shape.multibyte > 0 ? firstBadOffset(bytes, 'utf-8') : -1;
  if (notUtf8 >= 0)
    throw new SeedError(
      file,
      `${reason}; part is UTF-8, and the first byte that is not (${hex(bytes[notUtf8])}) is on this line: mixed encodings?`,
      lineOfOffset(bytes, notUtf8),
    );
  throw new SeedError(file, reason);
}
