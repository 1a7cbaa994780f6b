/**
 * Captions that carry no photo credit, inside a body of paragraphs. A picture's
 * caption names or restates what the text around it tells; a paragraph adds to
 * it. Two shapes, both judged against the article itself, never against words
 * of any page:
 *
 * - a label: a noun phrase of a few Han characters and a full stop, with no
 *   grammar word of a clause (`某某家。`, `某某学校。`, `某某的作业本。`), whose
 *   head noun the article names elsewhere; or a longer `……的某某。` phrase of the
 *   same kind whose words mostly stand in the paragraphs next to it;
 * - an echo: a short paragraph that repeats a clause (eight Han characters or
 *   more, and a large part of itself) of a longer paragraph right next to it.
 *
 * Short prose survives: it has a grammar word (`他哭了。`), a comma and new words
 * (`矛盾，在事发第三天爆发。`), or says what its neighbours do not.
 */
import { CLAUSE_MARKERS } from './cues.ts';

/** Longest label caption, in Han characters (`某某市人民医院。`). */
const LABEL_MAX_HAN = 10;
/** Longest `……的某某。` caption. */
const PHRASE_MAX_HAN = 20;
/** Longest echo caption: a line or two under a picture. */
const ECHO_MAX_HAN = 30;
/** An echo repeats at least this many Han characters in a row… */
const ECHO_MIN_RUN = 8;
/** …and at least this share of itself. */
const ECHO_MIN_SHARE = 0.4;
/** The paragraph an echo repeats is longer by at least this many Han characters. */
const ECHO_MIN_EXTRA = 5;
/** A `……的某某。` phrase takes at least this share of its character pairs from its neighbours. */
const PHRASE_MIN_COVERAGE = 0.6;
/** Paragraphs on each side that a caption is compared with. */
const WINDOW = 3;
/** A neighbour a phrase is compared with is prose, not another caption: more Han characters than this. */
const NEIGHBOUR_MIN_HAN = 30;

const MARKER = new RegExp(CLAUSE_MARKERS.join('|'), 'u');
const hanOf = (text: string): string => (text.match(/\p{Script=Han}/gu) ?? []).join('');
const hasClauseMarker = (text: string): boolean => MARKER.test(text);

function pairs(han: string): Set<string> {
  const out = new Set<string>();
  const c = [...han];
  for (let i = 0; i + 1 < c.length; i++) out.add(`${c[i]}${c[i + 1]}`);
  return out;
}

/** The longest run of `a`'s characters that stands in `b`. */
function longestSharedRun(a: string, b: string): number {
  const c = [...a];
  let best = 0;
  for (let i = 0; i < c.length; i++) {
    for (let j = i + best + 1; j <= c.length; j++) {
      if (!b.includes(c.slice(i, j).join(''))) break;
      best = j - i;
    }
  }
  return best;
}

/** Indices of the paragraphs in `paragraphs` that are captions without a credit. */
export function findUncreditedCaptions(paragraphs: readonly string[]): Set<number> {
  const han = paragraphs.map(hanOf);
  const captions = new Set<number>();
  const neighbours = (i: number, minHan: number): number[] => {
    const out: number[] = [];
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(paragraphs.length - 1, i + WINDOW); j++)
      if (j !== i && [...(han[j] as string)].length > minHan) out.push(j);
    return out;
  };
  paragraphs.forEach((text, i) => {
    const t = text.trim();
    const h = han[i] as string;
    const n = [...h].length;
    if (n === 0 || paragraphs.length < 3) return;
    // A label: Han characters (and `·` in names) and one full stop, nothing else.
    if (/^[\p{Script=Han}·]+。$/u.test(t) && n >= 3 && n <= LABEL_MAX_HAN && !hasClauseMarker(h)) {
      const head = [...h].slice(-3).join('');
      const elsewhere = han.some((other, j) => j !== i && other.includes(head));
      if (elsewhere) {
        captions.add(i);
        return;
      }
    }
    // `……的某某。`: a noun phrase headed by its last word, mostly words of the text next to it.
    if (/^[\p{Script=Han}·\p{N}A-Za-z]+的\p{Script=Han}{1,4}。$/u.test(t) && n <= PHRASE_MAX_HAN && !hasClauseMarker(h)) {
      const own = pairs(h);
      const around = new Set<string>();
      for (const j of neighbours(i, NEIGHBOUR_MIN_HAN)) for (const p of pairs(han[j] as string)) around.add(p);
      let shared = 0;
      for (const p of own) if (around.has(p)) shared++;
      if (own.size > 0 && shared / own.size >= PHRASE_MIN_COVERAGE) {
        captions.add(i);
        return;
      }
    }
    // An echo of a longer paragraph next to it.
    if (n <= ECHO_MAX_HAN && (t.match(/[。！？]/gu)?.length ?? 0) <= 2) {
      // The paragraph it echoes says more: a few Han characters at least.
      for (const j of neighbours(i, n + ECHO_MIN_EXTRA - 1)) {
        const other = han[j] as string;
        const run = longestSharedRun(h, other);
        if (run >= ECHO_MIN_RUN && run / n >= ECHO_MIN_SHARE) {
          captions.add(i);
          return;
        }
      }
    }
  });
  return captions;
}
