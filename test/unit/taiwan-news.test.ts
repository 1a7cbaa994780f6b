/**
 * The Taiwan news dictionary, entry by entry, in both directions: a
 * simplified text shows `tw` on the Taiwan page, and a Taiwan source's `tw`
 * becomes `back` (or `cn`) on zh-Hans. The sentences below are hand-written
 * news usage, checked against what a Taiwan newsroom writes.
 */
import { describe, expect, it } from 'vitest';
import { ConverterBuilder, type LocalePreset } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { TAIWAN_NEWS } from '../../src/pipeline/dictionaries/taiwan-news.ts';
import { toCanonical } from '../../src/pipeline/script.ts';
import { converterFor } from '../../src/pipeline/variants.ts';

const tw = converterFor('zh-tw');

describe('Taiwan news dictionary', () => {
  for (const entry of TAIWAN_NEWS) {
    it(`${entry.cn} → ${entry.tw} → ${entry.back ?? entry.cn}`, () => {
      expect(tw(entry.cn)).toBe(entry.tw);
      expect(toCanonical(entry.tw)).toBe(entry.back ?? entry.cn);
    });
  }

  it('has one entry per word, and a reason for each', () => {
    const words = TAIWAN_NEWS.map((e) => e.cn);
    expect(new Set(words).size).toBe(words.length);
    for (const e of TAIWAN_NEWS) expect(e.why.length, e.cn).toBeGreaterThan(3);
  });

  it('changes what opencc-js s2twp does to ordinary news sentences', () => {
    const plain = ConverterBuilder(Locale as LocalePreset)({ from: 'cn', to: 'twp' });
    const sentences: Array<[string, string]> = [
      ['民调显示他的支持率下降', '民調顯示他的支持率下降'],
      ['和平进程陷入僵局', '和平進程陷入僵局'],
      ['警方查获机密文件', '警方查獲機密文件'],
      ['社区居民设置路障抗议', '社區居民設置路障抗議'],
      ['工厂的生产设备正常运行', '工廠的生產設備正常運行'],
      ['本届奥运会新增三个比赛项目', '本屆奧運會新增三個比賽項目'],
      ['他在高级餐厅看菜单', '他在高級餐廳看菜單'],
      ['外交部发表声明', '外交部發表聲明'],
      ['她刷新了世界纪录', '她刷新了世界紀錄'],
      ['各种类型的局部降雨', '各種類型的局部降雨'],
    ];
    for (const [cn, want] of sentences) {
      expect(tw(cn), cn).toBe(want);
      expect(plain(cn), `opencc-js already gets ${cn} right; the entry is not needed`).not.toBe(want);
    }
  });

  it('keeps the technical reading where the collocation is technical', () => {
    expect(tw('新架构支持FP8，民调支持率上升')).toBe('新架構支援FP8，民調支持率上升');
    expect(tw('把文件保存为新的文件格式')).toBe('把文件保存為新的檔案格式');
    expect(tw('这款软件用于芯片设计，头发以后')).toBe('這款軟體用於晶片設計，頭髮以後');
    expect(tw('打印文件夹里的文件')).toBe('列印資料夾裡的文件');
    expect(tw('量子比特和人工智能')).toBe('量子位元和人工智慧');
  });

  it('reads Taiwan words back as the mainland words on zh-Hans', () => {
    expect(toCanonical('這款軟體用於晶片設計')).toBe('这款软件用于芯片设计');
    expect(toCanonical('請列印資料夾裡的文件')).toBe('请打印文件夹里的文件');
  });
});
