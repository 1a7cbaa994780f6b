/**
 * Context-free boilerplate cues: a line that, on its own, is page furniture.
 * Generic cue words only (来源, 作者, 编辑, 声明, 推荐, 阅读 …), never page text.
 */
import type { DropKind } from './types.ts';
import { lineFeatures } from './features.ts';
import { isTimestampOnly } from './time.ts';
import { COUNTER_LABELS, EDITOR_LABELS, TAG_LABELS, WIDGET_WORDS } from './cues.ts';
import { isCaption } from './caption.ts';
import { parseByline } from './byline.ts';

const SEP_SPLIT = /\s*[|｜丨]\s*/u;

/** `a|b|c|d` keyword lines: SEO spam, or a menu when the pieces are tiny. */
function pipeList(t: string): DropKind | null {
  const parts = t.split(SEP_SPLIT).filter((p) => p.length > 0);
  if (parts.length < 3) return null;
  if (parts.some((p) => /[。！？]$/u.test(p) || p.length > 30)) return null;
  // `来源：某网 | 2026年05月12日 14:20 | 编辑：某人` is a header line, not a menu.
  if (parts.some((p) => /[：:]/u.test(p) || /\d{4}\s*(?:[-/.]|年)/u.test(p))) return null;
  const avg = parts.reduce((n, p) => n + p.length, 0) / parts.length;
  return avg <= 4.5 ? 'navigation' : 'spam';
}

/** Breadcrumbs: `首页 > 新闻 > 正文`, `首页 › 国际`, `首页 / 财经 / 正文`. */
function isBreadcrumb(t: string): boolean {
  const parts = t.split(/\s*(?:>|›|»|＞|→|\s\/\s|／)\s*/u).filter(Boolean);
  if (t.length > 80) return false;
  // `>` marks a path from two parts on; a slash needs three (`记者某某／台北报导` is a byline).
  if (/>|›|»|＞|→/u.test(t) ? parts.length < 2 : parts.length < 3) return false;
  return parts.every((p) => p.length <= 16 && !/[。！？，]/u.test(p));
}

/** A menu: several short tokens separated by spaces, no punctuation. */
function isMenu(t: string): boolean {
  const parts = t.split(/\s+/u).filter(Boolean);
  if (/[。！？，、：:]/u.test(t)) return false;
  return parts.length >= 3 && parts.every((p) => p.length <= 6) && t.length <= 60;
}

const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((x, y) => y.length - x.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const WIDGET = new RegExp(`^(?:${alternation(WIDGET_WORDS)})$`, 'iu');

/** Share/print/font widgets and bare numbers (like or comment counts). */
function isWidget(t: string): boolean {
  if (/^\d{1,7}$/.test(t)) return true;
  const parts = t.split(/[\s|｜丨/：:]+/u).filter(Boolean);
  return parts.length > 0 && parts.every((p) => WIDGET.test(p) || /^\d{1,7}$/.test(p)) && parts.some((p) => !/^\d+$/.test(p));
}

const COUNTER = (() => {
  const labels = alternation(COUNTER_LABELS);
  const unit = String.raw`\d[\d,.]*\s*[万千wkK+]?`;
  return new RegExp(`^(?:(?:${unit}\\s*(?:${labels})|(?:${labels})\\s*(?:数)?\\s*[：:（(]?\\s*${unit}\\s*[）)]?)\\s*)+$`, 'iu');
})();

/** `1234阅读`, `阅读 1.2万`, `N文章数 N关注度`, `点赞(12)`, `阅读数(15878）`. */
function isCounter(t: string): boolean {
  return COUNTER.test(t.replace(/^(?:已有|共有|共)/u, '').replace(/\s+/g, ' '));
}

const EDITOR = new RegExp(`^(?:[【\\[（(][^】\\]）)]{0,4}[】\\]）)]\\s*)?[【\\[（(]?\\s*(?:${alternation(EDITOR_LABELS)})\\s*[：:︰|｜丨/／\\s]`, 'u');
const TAGS = new RegExp(`^(?:${alternation(TAG_LABELS)})\\s*(?:[：:︰>»]+|\\s)`, 'iu');

export function isCopyright(t: string): boolean {
  return /©|Ⓒ|\(c\)\s*\d{4}|copyright|版权所有|版权归|all rights reserved|ICP[备证]|公网安备|不得转载|未经授权|禁止转载|禁止商业转载/iu.test(t);
}

/** Context-free class of a line, or null when nothing marks it as boilerplate. */
export function classifyLine(text: string): DropKind | null {
  const t = text.trim();
  if (!t) return null;
  const f = lineFeatures(t);
  // Short lines only: a cue word inside a real paragraph is prose (`……仅供参考。` in a quote).
  const short = f.length <= 24 && f.fullStops <= 1;
  const pipes = pipeList(t);
  if (pipes) return pipes;
  if (isBreadcrumb(t)) return 'navigation';
  if (isWidget(t)) return 'widget';
  if (isCounter(t)) return 'counter';
  if (isTimestampOnly(t)) return 'timestamp';
  if (isCopyright(t) && t.length <= 160) return 'copyright';
  if (EDITOR.test(t) && t.length <= 60) return 'editor';
  if (/^[（(]?(?:原标题|原题为?|原题目)\s*[：:《]/u.test(t) && t.length <= 90) return 'original-title';
  if (TAGS.test(t) && t.length <= 80 && f.fullStops === 0) return 'tags';
  if (isCaption(t)) return 'caption';
  if (/^(?:免责声明|声明|风险提示)\s*[：:]|本文观点仅代表|不构成任何(?:投资)?建议/u.test(t) || (short && /仅供参考/u.test(t))) return 'disclaimer';
  if (/^(?:特别声明|版权声明|温馨提示|notice|disclaimer)\s*[：:]/iu.test(t) || (short && /^(?:提示|注意)\s*[：:]/u.test(t))) return 'notice';
  if (/本平台仅提供|信息存储(?:服务|空间)|转载请注明|转载请联系|如有侵权|联系删除|仅提供信息存储/u.test(t)) return 'notice';
  // Calls to action: only on lines that do not read as prose.
  if (
    (f.fullStops === 0 || f.length <= 30) &&
    /下载.{0,8}(?:APP|客户端|Apps?)|(?:APP|客户端).{0,6}下载|扫码|扫描.{0,6}二维码|二维码|关注我们|追踪我们|订阅我们|立即下载|点击进入|点我看|加入.{0,8}(?:好友|粉丝团)|like.{0,12}(?:FB|facebook)|(?:FB|facebook)专页|按赞加入/iu.test(
      t,
    )
  )
    return 'notice';
  if (
    (/[\w.-]+@[\w-]+\.[\w.]{2,}/u.test(t) && t.length <= 240) ||
    (short && /(?:邮箱|电邮|微信|联系电话|联络电话|爆料|报料|线索)\s*[：:]|欢迎联系|欢迎联络/u.test(t))
  )
    return 'bio';
  if (/^(?:图|图片)?(?:来源|源)?\s*[：:/／|｜]|^图\s*[/／]|^[▲△]/u.test(t) && t.length <= 80 && /^[图▲△]/u.test(t)) return 'caption';
  // `某报记者 张三 李四` has a menu's shape; a byline is read as one.
  if (isMenu(t) && !parseByline(t)?.pure) return 'navigation';
  // A foreign-language line on a Chinese page: a notice or a menu.
  if (f.han === 0 && f.latin >= 30) return 'notice';
  return null;
}

/** Short heading that introduces a list of other articles. */
export function isRelatedHeading(text: string): boolean {
  const t = text.trim().replace(/[：:>》›\s]+$/u, '');
  if (t.length > 14 || /[。！？，]/u.test(t)) return false;
  return (
    /^(?:相关|相關|延伸|推荐|推薦|热点|熱點|热门|熱門|精彩|更多|猜你|为你|為你|编辑推荐|編輯推薦|今日|最新|热读|熱讀|人气|人氣|看了本文|大家都在看|你可能|您可能|往期|猜您)/u.test(
      t,
    ) &&
    /相关|相關|阅读|閱讀|推荐|推薦|新闻|新聞|热点|熱點|热门|熱門|文章|报道|報導|喜欢|喜歡|在看|回顾|回顧|排行|要闻|要聞|精选|精選|感兴趣|感興趣|专题|專題/u.test(
      t,
    )
  );
}

/** `科技要闻`, `头条要闻`, `往期回顾 全部`, `热门排行`: a section label of a headline list. */
export function isSectionLabel(text: string): boolean {
  const t = text.trim();
  if (t.length > 12 || /[。！？，]/u.test(t)) return false;
  return /(?:要闻|要聞|头条|頭條|排行|排行榜|精选|精選|回顾|回顧|专题|專題|原创|原創|快讯|快訊|视频|視頻|影音|图集|圖集|焦点|焦點)(?:\s*(?:全部|更多|>+))?$/u.test(
    t,
  );
}
