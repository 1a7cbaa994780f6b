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
} as const;

export type UiKey = keyof typeof STRINGS;

export function ui(variant: VariantId, key: UiKey, values: Record<string, string | number> = {}): string {
  const text = STRINGS[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  return convert(variant, text);
}
