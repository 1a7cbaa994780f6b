/**
 * The site's own name, for a page that names no outlet on a source line or in a
 * byline: the holder of its copyright line (`某某日报 版权所有`), or the outlet-
 * shaped name its furniture repeats most as a line of its own or a line's first
 * word (`某某日报`, `某某 | ENGLISH NAME`, `TVBS 新闻`). Shapes and counts only.
 */
import { OUTLET_END } from './byline.ts';

const LATIN_BRAND = /^[A-Z][A-Za-z0-9]{3,11}$/u;
/**
 * Names of sections and buttons that end like an outlet's (`即时新闻`, `订阅电子报`,
 * `副刊`): a section word alone, or one opened by a verb or a list label.
 */
const GENERIC = /^(?:新闻|日报|晚报|早报|电子报|周刊|副刊|电视|网|报|社|台)$|^(?:订阅|下载|关注|加入|登录|登入|会员|即时|最新|相关|更多|历史|热门|国际|国内|本地|地方|港澳|两岸|财经|体育|娱乐|科技|视频|图片|专题)/u;

/** The longest prefix of `token` shaped like an outlet's name, if any. */
function outletPrefix(token: string): string | null {
  const chars = [...token];
  for (let k = Math.min(chars.length, 12); k >= 2; k--) {
    const p = chars.slice(0, k).join('');
    // The suffix alone (`新闻`, `日报`) is a section, not a name.
    if (OUTLET_END.test(p) && /\p{Script=Han}/u.test(p) && !GENERIC.test(p)) return p;
  }
  return null;
}

/** `某某日报版权所有 © 2026` → 某某日报. */
export function copyrightHolder(line: string): string | null {
  const m = /^(?:copyright\s*)?(?:©\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?([^\s©|｜]{2,16}?)\s*(?:版权所有|版权归)/iu.exec(line.trim());
  return m?.[1] ? outletPrefix(m[1]) ?? null : null;
}

/**
 * The brand of a page: copyright holder first, else the outlet-shaped first word
 * of short furniture lines that occurs most (at least twice), else none.
 */
export function siteBrand(furniture: readonly string[]): string | null {
  for (const line of furniture) {
    const holder = copyrightHolder(line);
    if (holder) return holder;
  }
  const counts = new Map<string, number>();
  for (const line of furniture) {
    const t = line.trim();
    if ([...t].length > 30) continue;
    const first = /^([A-Za-z][A-Za-z0-9.]*\s?)?([\p{Script=Han}]{2,12})?/u.exec(t);
    const latin = first?.[1]?.trim() ?? '';
    const han = first?.[2] ?? '';
    let name: string | null = null;
    if (han) name = outletPrefix(`${latin && !/\./.test(latin) ? latin : ''}${han}`);
    if (!name && latin && LATIN_BRAND.test(latin) && latin === latin.toUpperCase()) name = latin;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= 2 ? best[0] : null;
}
