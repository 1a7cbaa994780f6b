/**
 * Context-free boilerplate cues: a line that, on its own, is page furniture.
 * Generic cue words only (来源, 作者, 编辑, 声明, 推荐, 阅读 …), never page text.
 */
import type { DropKind } from './types.ts';
import { lineFeatures } from './features.ts';
import { isTimestampOnly } from './time.ts';

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

const WIDGET_WORDS =
  /^(?:分享至|分享到|分享|转发|轉發|收藏|点赞|點讚|点赞|评论|評論|打印|列印|列印本頁|列印本页|打印本页|打印本頁|打印此页|返回顶部|返回頂部|回到顶部|字号|字號|[大中小]|微信|微博|QQ空间|QQ|朋友圈|复制链接|複製連結|复制网址|扫一扫|掃一掃|举报|舉報|关注|關注|加关注|订阅|訂閱|更多|展开全文|展開全文|查看全文|阅读全文|閱讀全文|查看原文|原文链接|放大|缩小|缩放|播放|暂停|上一篇|下一篇|上一页|下一页|返回|返回首页|返回首頁|网页链接|发表评论|發表評論|登录后发表评论|登入後發表評論|网友评论|網友評論|我要评论|我要評論|加入書籤|加入书签|facebook|line|twitter|x|email|print|share)$/iu;

/** Share/print/font widgets and bare numbers (like or comment counts). */
function isWidget(t: string): boolean {
  if (/^\d{1,7}$/.test(t)) return true;
  const parts = t.split(/[\s|｜丨/：:]+/u).filter(Boolean);
  return parts.length > 0 && parts.every((p) => WIDGET_WORDS.test(p));
}

/** `1234阅读`, `阅读 1.2万`, `N文章数 N关注度`, `点赞(12)`. */
function isCounter(t: string): boolean {
  const labels = '阅读|閱讀|阅读量|閱讀量|浏览|瀏覽|点击|點擊|评论|評論|点赞|點讚|赞|讚|转发|轉發|收藏|粉丝|粉絲|关注|關注|关注度|關注度|文章数|文章數|人参与|人參與|条评论|條評論|跟帖|播放|次|views?|likes?|comments?';
  const unit = String.raw`\d[\d,.]*\s*[万萬千wkK+]?`;
  const re = new RegExp(`^(?:(?:${unit}\\s*(?:${labels})|(?:${labels})\\s*[：:（(]?\\s*${unit}[）)]?)\\s*)+$`, 'iu');
  return re.test(t.replace(/^(?:已有|共有|共)/u, '').replace(/\s+/g, ' '));
}

export function isCopyright(t: string): boolean {
  return /©|Ⓒ|\(c\)\s*\d{4}|copyright|版权所有|版權所有|版权归|版權歸|all rights reserved|ICP[备備证證]|京ICP|粤ICP|公网安备|網安備|不得转载|不得轉載|未经授权|未經授權|禁止转载|禁止轉載/iu.test(t);
}

/** Context-free class of a line, or null when nothing marks it as boilerplate. */
export function classifyLine(text: string): DropKind | null {
  const t = text.trim();
  if (!t) return null;
  const f = lineFeatures(t);
  const pipes = pipeList(t);
  if (pipes) return pipes;
  if (isBreadcrumb(t)) return 'navigation';
  if (isWidget(t)) return 'widget';
  if (isCounter(t)) return 'counter';
  if (isTimestampOnly(t)) return 'timestamp';
  if (isCopyright(t) && t.length <= 160) return 'copyright';
  if (/^[【\[（(]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|校对|校對|审核|審核|审校|審校|监制|監製|编审|編審|值班编辑|值班編輯|翻译|翻譯|核稿|校审|校審)\s*[：:|｜丨/／\s]/u.test(t) && t.length <= 60)
    return 'editor';
  if (/^(?:免责声明|免責聲明|声明|聲明|风险提示|風險提示)\s*[：:]|本文观点仅代表|本文觀點僅代表|不构成任何(?:投资)?建议|不構成任何(?:投資)?建議|仅供参考|僅供參考/u.test(t))
    return 'disclaimer';
  if (/^(?:特别声明|特別聲明|版权声明|版權聲明|温馨提示|溫馨提示|提示|注意|notice|disclaimer)\s*[：:]/iu.test(t)) return 'notice';
  if (/本平台仅提供|本平台僅提供|信息存储服务|資訊儲存服務|转载请注明|轉載請註明|转载请联系|轉載請聯繫|如有侵权|如有侵權|联系删除|聯繫刪除/u.test(t)) return 'notice';
  // Calls to action: only on lines that do not read as prose.
  if (
    (f.fullStops === 0 || f.length <= 30) &&
    /下载.{0,6}(?:APP|客户端|客戶端)|(?:APP|客户端|客戶端).{0,6}下[载載]|扫码|掃碼|二维码|二維碼|关注我们|關注我們|追蹤我們|订阅我们|訂閱我們|立即下[载載]|点击进入|點擊進入|點我看|点我看|加入.{0,8}好友/iu.test(t)
  )
    return 'notice';
  if ((/[\w.-]+@[\w-]+\.[\w.]{2,}/u.test(t) && t.length <= 240) || (/(?:邮箱|郵箱|電郵|电邮|微信|联系电话|聯絡電話|爆料|线索|線索)\s*[：:]|欢迎联系|歡迎聯繫|歡迎聯絡/u.test(t) && t.length <= 160))
    return 'bio';
  if (/^(?:图|圖)片?(?:来源|來源|源)?\s*[：:/／|｜]|^(?:图|圖)\s*[/／]|^[▲△]/u.test(t) && t.length <= 80) return 'other';
  if (/incentive-icons/u.test(t)) return 'publisher';
  if (isMenu(t)) return 'navigation';
  // A foreign-language line on a Chinese page: a notice or a menu.
  if (f.han === 0 && f.latin >= 30) return 'notice';
  return null;
}

/** Short heading that introduces a list of other articles. */
export function isRelatedHeading(text: string): boolean {
  const t = text.trim().replace(/[：:>》›\s]+$/u, '');
  if (t.length > 14 || /[。！？，]/u.test(t)) return false;
  return /^(?:相关|相關|延伸|推荐|推薦|热点|熱點|热门|熱門|精彩|更多|猜你|为你|為你|编辑推荐|編輯推薦|今日|最新|热读|熱讀|人气|人氣|看了本文|大家都在看|你可能|您可能|往期|猜您)/u.test(t) &&
    /相关|相關|阅读|閱讀|推荐|推薦|新闻|新聞|热点|熱點|热门|熱門|文章|报道|報導|喜欢|喜歡|在看|回顾|回顧|排行|要闻|要聞|精选|精選|感兴趣|感興趣|专题|專題/u.test(t);
}

/** `科技要闻`, `头条要闻`, `往期回顾 全部`, `热门排行`: a section label of a headline list. */
export function isSectionLabel(text: string): boolean {
  const t = text.trim();
  if (t.length > 12 || /[。！？，]/u.test(t)) return false;
  return /(?:要闻|要聞|头条|頭條|排行|排行榜|精选|精選|回顾|回顧|专题|專題|原创|原創|快讯|快訊|视频|視頻|影音|图集|圖集|焦点|焦點)(?:\s*(?:全部|更多|>+))?$/u.test(t);
}
