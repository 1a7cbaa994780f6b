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
const GENERIC =
  /^(?:新闻|日报|晚报|早报|电子报|周刊|副刊|电视|网|报|社|台)$|^(?:订阅|下载|关注|加入|登录|登入|会员|即时|最新|相关|更多|历史|热门|国际|国内|本地|地方|港澳|两岸|财经|体育|娱乐|科技|视频|图片|专题)/u;

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
  return m?.[1] ? (outletPrefix(m[1]) ?? null) : null;
}

/** Words that follow a site's name on its own furniture lines: `某某网 主页`, `某某报 APP`, `某某网简介`. */
const BRAND_TAIL = /(?:主页|首页|官网|网站|简介|合作伙伴|客户端|APP|App|app)$/u;

/**
 * The name a short furniture line holds, if it is one: an outlet-shaped Han
 * name (`某某日报`, after dropping a Latin alias or domain and a tail such as
 * 主页), a Latin brand with a short Han descriptor (`ABC中文网`, `ABC 新闻云`),
 * or an upper-case Latin brand alone (`ABCD`).
 */
function brandOfLine(line: string): string | null {
  const t = line.trim().replace(/\s*[|｜]\s*[A-Za-z][A-Za-z .&-]*$/u, '');
  if ([...t].length > 24) return null;
  const latinLed = /^([A-Za-z][A-Za-z0-9]{1,11})\s?([\p{Script=Han}]{1,4})$/u.exec(t.replace(BRAND_TAIL, ''));
  if (latinLed?.[1] && latinLed[2] && /[A-Z]/.test(latinLed[1])) return `${latinLed[1]}${latinLed[2]}`;
  const han = t
    .split(/\s+/u)
    .filter((w) => !/^[A-Za-z0-9.&-]+$/u.test(w))
    .join('')
    .replace(BRAND_TAIL, '');
  // Mastheads are short (`某某日报`); a longer line ending in 新闻 is a column or a section.
  if (/^[\p{Script=Han}]{2,6}$/u.test(han)) return outletPrefix(han) === han ? han : null;
  if (han === '' && LATIN_BRAND.test(t) && t === t.toUpperCase()) return t;
  return null;
}

/**
 * The brand of a page: the name its short furniture lines (or its copyright
 * line) hold that the most furniture lines mention, at least two; else the
 * copyright holder. A paper of a group repeats its own masthead more often
 * than the group's copyright line names the group.
 */
export function siteBrand(furniture: readonly string[]): string | null {
  const names = new Set<string>();
  let holder: string | null = null;
  for (const line of furniture) {
    const name = brandOfLine(line);
    if (name) names.add(name);
    holder ??= copyrightHolder(line);
  }
  if (holder) names.add(holder);
  const compact = furniture.map((l) => l.replace(/\s+/gu, ''));
  let best: [string, number] | null = null;
  for (const name of names) {
    const key = name.replace(/\s+/gu, '');
    const count = compact.filter((l) => l.includes(key)).length;
    if (!best || count > best[1] || (count === best[1] && key.length > best[0].length)) best = [name, count];
  }
  // A name the page repeats; failing that, the holder of its copyright.
  return best && best[1] >= 2 ? best[0] : holder;
}
