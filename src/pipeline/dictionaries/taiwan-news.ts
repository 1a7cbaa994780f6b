/**
 * Taiwan vocabulary for general news: the reviewed changes to OpenCC's
 * Taiwan phrase table (TWPhrases), as data. Read by src/pipeline/variants.ts
 * (simplified → Taiwan) and src/pipeline/script.ts (Taiwan → simplified);
 * every entry is tested in both directions (test/unit/taiwan-news.test.ts).
 *
 * OpenCC's TWPhrases was written for software localisation. Much of it is
 * right in Taiwan news too (軟體, 晶片, 網路), but a part rewrites ordinary
 * words as computing jargon: 支持率→支援率, 社區居民→社群居民,
 * 比賽項目→比賽專案 (OpenCC issue #1313 lists most of them as high risk).
 *
 * An entry says what the Taiwan page shows for a simplified word, one a line
 * in the table below (dictionaries/table.ts; `-`: no `back`):
 * - `cn`: the word as canonical simplified text has it;
 * - `tw`: what a Taiwan page shows for it (equal to the glyph conversion
 *   of `cn` for an ordinary word, whose TWPhrases rewrite is dropped);
 * - `back`: what a Taiwan source's `tw` becomes in simplified, when that is
 *   not `cn` (the Taiwan word is also an ordinary mainland word). Without it
 *   the reverse is `cn`, so 軟體 in a Taiwan source reads 软件 on zh-Hans;
 * - `why`: the reason, for the next reviewer.
 * A longer entry wins over a shorter one where both match (技术支持 over
 * 支持): that is how a word that is technical in one collocation and
 * ordinary in another is written.
 */

import { parseTable } from './table.ts';

export interface TaiwanNewsEntry {
  cn: string;
  tw: string;
  back?: string;
  why: string;
}

/** In three parts (the comments); the order is the table's. */
export const TAIWAN_NEWS: readonly TaiwanNewsEntry[] = parseTable(
  'taiwan-news.ts',
  ['cn', 'tw', 'back', 'why'],
  `
  # cn  tw  back  why
  # Taiwan words that are right in news: kept, and read back to the mainland word.
  软件  軟體  -  Taiwan standard; 軟件 reads as Hong Kong or mainland
  硬件  硬體  -  Taiwan standard
  芯片  晶片  -  Taiwan standard (台積電 makes 晶片)
  视频  影片  影片  Taiwan video; mainland 影片 is a film, so a Taiwan 影片 stays 影片
  打印  列印  -  Taiwan standard
  打印机  印表機  -  Taiwan standard
  文件夹  資料夾  -  Taiwan standard; needs its own entry because 文件 alone stays 文件
  默认  預設  预设  Taiwan standard for default; 預設 is also mainland 预设 (preset, presuppose), so it is not read back as 默认
  缺省  預設  预设  as 默认
  量子比特  量子位元  -  Taiwan standard for qubit
  人工智能  人工智慧  -  Taiwan standard
  网络  網路  -  Taiwan standard
  互联网  網際網路  -  Taiwan standard
  服务器  伺服器  -  Taiwan standard
  集群  叢集  -  computing cluster, Taiwan standard (萬卡叢集)
  激光  雷射  -  Taiwan standard
  纳米  奈米  -  Taiwan standard
  短信  簡訊  -  Taiwan standard
  博客  部落格  -  Taiwan standard
  出租车  計程車  -  Taiwan standard
  首席执行官  執行長  -  Taiwan standard
  知识产权  智慧財產權  -  Taiwan standard
  英伟达  輝達  -  the company name used in Taiwan
  软体动物  軟體動物  -  mollusc: this 軟體 is not software, so it does not read back as 软件

  # Ordinary news words: TWPhrases' rewrite is dropped, the word converts by its glyphs.
  支持  支持  -  支持率, 支持者, 表示支持: 支援 is aid or technical support
  社区  社區  -  社區居民 (neighbourhood); 社群 is an online community
  设备  設備  -  生產設備, 醫療設備; 裝置 is a device in computing
  项目  項目  -  比賽項目, 投資項目; 專案 is a managed project
  文件  文件  -  機密文件, 政府文件 (documents); 檔案 is a computer file
  运行  運行  -  正常運行, 列車運行; 執行 is running a program
  设置  設置  -  設置路障, 設置專區; 設定 is a setting
  高级  高級  -  高級餐廳, 高級官員; 高階 is high-level in computing
  低级  低級  -  低級錯誤; 低階 is low-level in computing
  菜单  菜單  -  餐廳菜單; 選單 is a software menu
  声明  聲明  -  發表聲明; 宣告 is a declaration in code
  进程  進程  -  和平進程, 歷史進程; 程序 is an OS process
  发布  發佈  -  發佈消息, 發佈會; 釋出 is a software release
  参数  參數  -  技術參數 in news; 引數 is a function argument
  优化  優化  -  優化結構, 優化服務; 最佳化 is mathematical optimisation
  数据  數據  -  經濟數據, 統計數據 read naturally in Taiwan news; 資料 would change the register
  对象  對象  -  交往對象, 調查對象; 物件 is a software object
  程序  程序  -  司法程序, 程序正義; 程式 is a computer program
  消息  消息  -  消息人士, 好消息; 訊息 is a message
  函数  函數  -  mathematics in news; 函式 is programming
  界面  界面  -  界面 as boundary or interface in news; 介面 is a software interface
  接口  接口  -  接口 (joint, contact point); 介面 is a software interface
  字节  字節  -  字節跳動 is the company name; 位元組 is a byte
  代码  代碼  -  股票代碼, 行業代碼; 程式碼 is source code
  比特  比特  -  比特幣 keeps its name; 位元 is a bit
  比特率  比特率  -  as 比特
  保存  保存  -  保存文物, 保存完好; 儲存 is saving a file
  刷新  刷新  -  刷新紀錄; 重新整理 is reloading a page
  局部  局部  -  局部地區, 局部降雨; 區域性 is a programming term
  全局  全局  -  全局觀念 (the whole situation); 全域性 is a programming term
  循环  循環  -  經濟循環, 血液循環; 迴圈 is a loop in code
  类型  類型  -  各種類型; 型別 is a data type
  连接  連接  -  連接兩岸, 道路連接; 連線 is a network connection
  远程  遠程  -  遠程導彈, 遠程飛行; 遠端 is remote computing
  调度  調度  -  列車調度, 調度中心; 排程 is job scheduling
  调用  調用  -  調用資金, 調用物資; 呼叫 is a function call
  权限  權限  -  權限 is the ordinary word in Taiwan; 許可權 is a software permission
  实例  實例  -  實例 (an example) in news; 例項 is an object instance
  添加  添加  -  添加劑; 新增 is adding an item
  溢出  溢出  -  原油溢出; 溢位 is overflow in computing
  挂断  掛斷  -  掛斷電話; 結束通話 is a phone UI string
  抛出  拋出  -  拋出議題; 丟擲 is throwing an exception
  触摸  觸摸  -  觸摸 (touch) in news; 觸控 is a touch screen
  禁用  禁用  -  禁用塑膠袋 (ban); 停用 is disabling a feature
  注销  註銷  -  註銷戶籍; 登出 is logging out
  登录  登錄  -  登錄為世界遺產 (registered); 登入 is logging in
  窗口  窗口  -  服務窗口, 窗口期; 視窗 is a window on screen
  队列  隊列  -  排成隊列; 佇列 is a data queue
  扩展  擴展  -  擴展業務; 擴充套件 is a software extension
  导入  導入  -  導入新制度; 匯入 is importing data
  导出  導出  -  導出結論; 匯出 is exporting data
  脚本  腳本  -  電影腳本; 指令碼 is a program script
  指针  指針  -  時鐘指針; 指標 is a pointer in code
  激活  激活  -  激活經濟; 啟用 is activating software
  性能  性能  -  車輛性能, 材料性能; 效能 is computing performance
  批量  批量  -  批量生產; 批次 is a batch job
  屏蔽  屏蔽  -  屏蔽訊號, 屏蔽消息; 遮蔽 reads as covering
  审核  審核  -  審核 is the ordinary word in Taiwan; 稽核 is an audit
  打开  打開  -  打開局面, 打開大門; 開啟 is opening a file
  查看  查看  -  查看災情; 檢視 is viewing in software
  万象  萬象  -  包羅萬象, 萬象更新; 永珍 is only the Laotian capital
  分区  分區  -  選舉分區, 分區管制; 分割槽 is a disk partition
  壁纸  壁紙  -  壁紙 on a wall; 桌布 is a desktop wallpaper
  死机  死機  -  kept as written; 宕機 is not Taiwan usage (Taiwan says 當機)

  # Collocations where the technical reading is right: the longer match wins over the ordinary word.
  技术支持  技術支援  -  technical support
  硬件支持  硬體支援  -  hardware support
  架构支持  架構支援  -  an architecture supports a format (架構支援FP8)
  原生支持  原生支援  -  native support in software
  文件格式  檔案格式  -  a file format
  文件名  檔名  -  a file name
  系统设置  系統設定  -  system settings
  默认设置  預設設定  预设设定  default settings
  后台运行  背景執行  -  a program running in the background
  源代码  原始碼  -  source code
  开源项目  開源專案  -  an open-source project is managed like a software project
`,
  ['back'],
);
