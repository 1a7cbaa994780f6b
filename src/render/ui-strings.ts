/**
 * Interface strings, written by hand for each variant rather than converted:
 * conversion gets glyphs right but not usage. Taiwan and Hong Kong say 搜尋
 * where the mainland says 搜索; a converter turns 选择字体 into 選擇字型
 * ("choose a typeface"); traditional text quotes with 「」, simplified with “”.
 * Articles are converted (src/pipeline/variants.ts); the chrome around them
 * is written, in the glyphs the variant's converter gives its articles
 * (Hong Kong's 閲, not 閱), so chrome and text agree.
 */
import type { VariantId } from '../pipeline/variants.ts';

/** One string in each variant: simplified, Taiwan traditional, Hong Kong traditional. */
type Written = Readonly<Record<VariantId, string>>;

const w = (hans: string, tw: string, hk: string): Written => ({ 'zh-hans': hans, 'zh-tw': tw, 'zh-hk': hk });

const STRINGS = {
  articles: w('全部文章', '全部文章', '全部文章'),
  noArticles: w('还没有文章。', '還沒有文章。', '暫時未有文章。'),
  skipToContent: w('跳到正文', '跳到主要內容', '跳至主要內容'),
  switchVariant: w('选择中文版本', '選擇中文版本', '選擇中文版本'),
  source: w('来源', '來源', '來源'),
  author: w('作者', '作者', '作者'),
  published: w('发表时间', '發布時間', '發佈時間'),
  updated: w('更新时间', '更新時間', '更新時間'),
  readingTime: w('阅读约 {n} 分钟', '閱讀約 {n} 分鐘', '閲讀約 {n} 分鐘'),
  backToList: w('返回文章列表', '返回文章列表', '返回文章列表'),
  notFoundTitle: w('找不到此页面', '找不到這個網頁', '找不到此網頁'),
  notFoundBody: w('这个地址没有页面。可以回到文章列表：', '這個網址沒有網頁。可以回到文章列表：', '此網址沒有網頁。可返回文章列表：'),
  search: w('搜索', '搜尋', '搜尋'),
  pages: w('分页', '分頁', '分頁'),
  newer: w('← 较新', '← 較新', '← 較新'),
  older: w('较旧 →', '較舊 →', '較舊 →'),
  // Numbered from the oldest page, which is 1 (src/render/pagination.ts); the first page is the newest.
  pageN: w('第 {n} 页', '第 {n} 頁', '第 {n} 頁'),
  latestPage: w('最新', '最新', '最新'),
  searchLabel: w('搜索文章', '搜尋文章', '搜尋文章'),
  searchKeyHint: w('按 / 键', '按 / 鍵', '按 / 鍵'),
  searchTitle: w('搜索', '搜尋', '搜尋'),
  searchLoading: w('正在搜索……', '正在搜尋……', '正在搜尋……'),
  searchCount: w('找到 {n} 篇包含“{q}”的文章', '找到 {n} 篇包含「{q}」的文章', '找到 {n} 篇包含「{q}」的文章'),
  searchLoose: w(
    '没有文章包含完整的“{q}”；这 {n} 篇文章包含其中的词语',
    '沒有文章包含完整的「{q}」；這 {n} 篇文章包含其中的詞語',
    '沒有文章包含完整的「{q}」；以下 {n} 篇文章包含其中的詞語',
  ),
  searchNone: w('没有找到包含“{q}”的文章。', '沒有找到包含「{q}」的文章。', '找不到包含「{q}」的文章。'),
  searchSuggest: w(
    '改用{script}写法“{alt}”可以找到 {n} 篇文章。',
    '改用{script}寫法「{alt}」可以找到 {n} 篇文章。',
    '改用{script}寫法「{alt}」可找到 {n} 篇文章。',
  ),
  searchSuggestSame: w('{script}页面上有 {n} 篇文章包含“{alt}”。', '{script}頁面上有 {n} 篇文章包含「{alt}」。', '{script}網頁上有 {n} 篇文章包含「{alt}」。'),
  searchMore: w('显示更多结果（还有 {n} 篇）', '顯示更多結果（還有 {n} 篇）', '顯示更多結果（尚有 {n} 篇）'),
  searchCountNewest: w('最新的 {m} 篇文章中有 {n} 篇包含“{q}”', '最新的 {m} 篇文章中有 {n} 篇包含「{q}」', '最新的 {m} 篇文章中有 {n} 篇包含「{q}」'),
  searchMoreOlder: w('显示更多结果（搜索较早的文章）', '顯示更多結果（搜尋較早的文章）', '顯示更多結果（搜尋較早的文章）'),
  searchPhrase: w('“{q}”', '「{q}」', '「{q}」'),
  searchError: w('搜索暂时无法使用，请稍后再试。', '搜尋功能暫時無法使用，請稍後再試。', '搜尋功能暫時未能使用，請稍後再試。'),
  searchNoScript: w(
    '搜索在浏览器中进行，需要启用 JavaScript。没有 JavaScript 时，可以按时间浏览全部文章：',
    '搜尋在瀏覽器中進行，需要啟用 JavaScript。沒有 JavaScript 時，可以依時間瀏覽全部文章：',
    '搜尋在瀏覽器中進行，需要啟用 JavaScript。未啟用 JavaScript 時，可按時間瀏覽全部文章：',
  ),
  latestArticles: w('最新文章', '最新文章', '最新文章'),
  readingSettings: w('阅读设置', '閱讀設定', '閲讀設定'),
  readingSize: w('字号', '字級', '字體大小'),
  'readingSize.s': w('小', '小', '小'),
  'readingSize.m': w('标准', '標準', '標準'),
  'readingSize.l': w('大', '大', '大'),
  'readingSize.xl': w('较大', '較大', '較大'),
  'readingSize.xxl': w('特大', '特大', '特大'),
  readingFont: w('字体', '字型', '字體'),
  'readingFont.sans': w('黑体', '黑體', '黑體'),
  'readingFont.serif': w('宋体', '明體', '明體'),
  readingLeading: w('行距', '行距', '行距'),
  'readingLeading.tight': w('紧凑', '緊湊', '緊密'),
  'readingLeading.normal': w('标准', '標準', '標準'),
  'readingLeading.loose': w('宽松', '寬鬆', '寬鬆'),
  readingTheme: w('主题', '主題', '主題'),
  'readingTheme.auto': w('跟随系统', '跟隨系統', '跟隨系統'),
  'readingTheme.light': w('浅色', '淺色', '淺色'),
  'readingTheme.dark': w('深色', '深色', '深色'),
  'readingTheme.sepia': w('米色', '米色', '米色'),
  readingDirection: w('排版', '排版', '排版'),
  'readingDirection.horizontal': w('横排', '橫式', '橫排'),
  'readingDirection.vertical': w('竖排', '直式', '直排'),
  // Each variant's own reading aid: Hanyu Pinyin, Taiwan's Zhuyin, Hong Kong's Jyutping.
  readingRuby: w('拼音', '注音', '粵拼'),
  'readingRuby.off': w('不显示', '不顯示', '不顯示'),
  'readingRuby.on': w('显示', '顯示', '顯示'),
  feed: w('RSS 订阅（全文）', 'RSS 訂閱（全文）', 'RSS 訂閲（全文）'),
  share: w('分享', '分享', '分享'),
  linkCopied: w('已复制链接', '已複製連結', '已複製連結'),
  related: w('相关文章', '相關文章', '相關文章'),
  tags: w('标签', '標籤', '標籤'),
  browse: w('浏览', '瀏覽', '瀏覽'),
  sourcesTitle: w('新闻来源', '新聞來源', '新聞來源'),
  monthsTitle: w('按月份', '依月份', '按月份'),
  tagsTitle: w('标签', '標籤', '標籤'),
  sourceHeading: w('来源：{name}', '來源：{name}', '來源：{name}'),
  tagHeading: w('标签：{name}', '標籤：{name}', '標籤：{name}'),
  month: w('{y}年{m}月', '{y}年{m}月', '{y}年{m}月'),
  articleCount: w('{n} 篇', '{n} 篇', '{n} 篇'),
  sourcePolicy: w(
    '文章转载自公开的新闻网页，经程序清理版式后以简体、台湾繁体和香港繁体呈现；每篇注明原始来源和作者，版权归原媒体所有。',
    '文章轉載自公開的新聞網頁，經程式清理版面後以簡體、臺灣繁體和香港繁體呈現；每篇註明原始來源和作者，著作權屬於原媒體。',
    '文章轉載自公開的新聞網頁，經程式清理版面後以簡體、台灣繁體及香港繁體呈現；每篇註明原始來源及作者，版權歸原媒體所有。',
  ),
  offerText: w('你之前选择了简体中文。', '你之前選擇了臺灣繁體中文。', '你之前選擇了香港繁體中文。'),
  offerSwitch: w('改看本页的简体版', '改看本頁的臺灣版', '改看本頁的香港版'),
  offerDismiss: w('不再提示', '不再提示', '不再提示'),
  offerLabel: w('中文版本', '中文版本', '中文版本'),
  scriptSimplified: w('简体', '簡體', '簡體'),
  scriptTraditional: w('繁体', '繁體', '繁體'),
} as const satisfies Record<string, Written>;

export type UiKey = keyof typeof STRINGS;

export function ui(variant: VariantId, key: UiKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][variant].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Every key, for tests that review the table. */
export const UI_KEYS = Object.keys(STRINGS) as UiKey[];
