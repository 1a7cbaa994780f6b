/**
 * Interface strings, written once in simplified and converted per variant by
 * the same converter as the articles, so the chrome matches the text.
 */
import type { VariantId } from '../pipeline/variants.ts';
import { convert } from './variant-text.ts';

const STRINGS = {
  articles: '全部文章',
  noArticles: '还没有文章。',
  skipToContent: '跳到正文',
  switchVariant: '选择字体',
  source: '来源',
  author: '作者',
  published: '发表时间',
  readingTime: '阅读约 {n} 分钟',
  backToList: '返回文章列表',
  notFoundTitle: '找不到此页面',
  notFoundBody: '这个地址没有页面。可以回到文章列表：',
  chooseVariant: '请选择阅读字体',
  search: '搜索',
  pages: '分页',
  newer: '← 较新',
  older: '较旧 →',
  pageOf: '第 {n} 页，共 {total} 页',
  searchLabel: '搜索文章',
  searchPlaceholder: '搜索文章（按 / 键）',
  searchTitle: '搜索',
  searchLoading: '正在搜索…',
  searchCount: '找到 {n} 篇包含“{q}”的文章',
  searchLoose: '没有文章包含完整的“{q}”；这 {n} 篇文章包含其中的词语',
  searchNone: '没有找到包含“{q}”的文章。',
  searchSuggest: '改用{script}写法“{alt}”可以找到 {n} 篇文章。',
  searchError: '搜索暂时无法使用，请稍后再试。',
  searchNoScript: '搜索在浏览器中进行，需要启用 JavaScript。',
  scriptSimplified: '简体',
  scriptTraditional: '繁体',
} as const;

export type UiKey = keyof typeof STRINGS;

export function ui(variant: VariantId, key: UiKey, values: Record<string, string | number> = {}): string {
  const text = STRINGS[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  return convert(variant, text);
}
