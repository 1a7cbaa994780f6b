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
 * An entry says what the Taiwan page shows for a simplified word:
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

export interface TaiwanNewsEntry {
  cn: string;
  tw: string;
  back?: string;
  why: string;
}

/** Taiwan words that are right in news: kept, and read back to the mainland word. */
const TAIWAN_WORDS: TaiwanNewsEntry[] = [
  { cn: '软件', tw: '軟體', why: 'Taiwan standard; 軟件 reads as Hong Kong or mainland' },
  { cn: '硬件', tw: '硬體', why: 'Taiwan standard' },
  { cn: '芯片', tw: '晶片', why: 'Taiwan standard (台積電 makes 晶片)' },
  { cn: '视频', tw: '影片', back: '影片', why: 'Taiwan video; mainland 影片 is a film, so a Taiwan 影片 stays 影片' },
  { cn: '打印', tw: '列印', why: 'Taiwan standard' },
  { cn: '打印机', tw: '印表機', why: 'Taiwan standard' },
  { cn: '文件夹', tw: '資料夾', why: 'Taiwan standard; needs its own entry because 文件 alone stays 文件' },
  { cn: '默认', tw: '預設', back: '预设', why: 'Taiwan standard for default; 預設 is also mainland 预设 (preset, presuppose), so it is not read back as 默认' },
  { cn: '缺省', tw: '預設', back: '预设', why: 'as 默认' },
  { cn: '量子比特', tw: '量子位元', why: 'Taiwan standard for qubit' },
  { cn: '人工智能', tw: '人工智慧', why: 'Taiwan standard' },
  { cn: '网络', tw: '網路', why: 'Taiwan standard' },
  { cn: '互联网', tw: '網際網路', why: 'Taiwan standard' },
  { cn: '服务器', tw: '伺服器', why: 'Taiwan standard' },
  { cn: '集群', tw: '叢集', why: 'computing cluster, Taiwan standard (萬卡叢集)' },
  { cn: '激光', tw: '雷射', why: 'Taiwan standard' },
  { cn: '纳米', tw: '奈米', why: 'Taiwan standard' },
  { cn: '短信', tw: '簡訊', why: 'Taiwan standard' },
  { cn: '博客', tw: '部落格', why: 'Taiwan standard' },
  { cn: '出租车', tw: '計程車', why: 'Taiwan standard' },
  { cn: '首席执行官', tw: '執行長', why: 'Taiwan standard' },
  { cn: '知识产权', tw: '智慧財產權', why: 'Taiwan standard' },
  { cn: '英伟达', tw: '輝達', why: 'the company name used in Taiwan' },
  { cn: '软体动物', tw: '軟體動物', why: 'mollusc: this 軟體 is not software, so it does not read back as 软件' },
];

/** Ordinary news words: TWPhrases' rewrite is dropped, the word converts by its glyphs. */
const ORDINARY_WORDS: TaiwanNewsEntry[] = [
  { cn: '支持', tw: '支持', why: '支持率, 支持者, 表示支持: 支援 is aid or technical support' },
  { cn: '社区', tw: '社區', why: '社區居民 (neighbourhood); 社群 is an online community' },
  { cn: '设备', tw: '設備', why: '生產設備, 醫療設備; 裝置 is a device in computing' },
  { cn: '项目', tw: '項目', why: '比賽項目, 投資項目; 專案 is a managed project' },
  { cn: '文件', tw: '文件', why: '機密文件, 政府文件 (documents); 檔案 is a computer file' },
  { cn: '运行', tw: '運行', why: '正常運行, 列車運行; 執行 is running a program' },
  { cn: '设置', tw: '設置', why: '設置路障, 設置專區; 設定 is a setting' },
  { cn: '高级', tw: '高級', why: '高級餐廳, 高級官員; 高階 is high-level in computing' },
  { cn: '低级', tw: '低級', why: '低級錯誤; 低階 is low-level in computing' },
  { cn: '菜单', tw: '菜單', why: '餐廳菜單; 選單 is a software menu' },
  { cn: '声明', tw: '聲明', why: '發表聲明; 宣告 is a declaration in code' },
  { cn: '进程', tw: '進程', why: '和平進程, 歷史進程; 程序 is an OS process' },
  { cn: '发布', tw: '發佈', why: '發佈消息, 發佈會; 釋出 is a software release' },
  { cn: '参数', tw: '參數', why: '技術參數 in news; 引數 is a function argument' },
  { cn: '优化', tw: '優化', why: '優化結構, 優化服務; 最佳化 is mathematical optimisation' },
  { cn: '数据', tw: '數據', why: '經濟數據, 統計數據 read naturally in Taiwan news; 資料 would change the register' },
  { cn: '对象', tw: '對象', why: '交往對象, 調查對象; 物件 is a software object' },
  { cn: '程序', tw: '程序', why: '司法程序, 程序正義; 程式 is a computer program' },
  { cn: '消息', tw: '消息', why: '消息人士, 好消息; 訊息 is a message' },
  { cn: '函数', tw: '函數', why: 'mathematics in news; 函式 is programming' },
  { cn: '界面', tw: '界面', why: '界面 as boundary or interface in news; 介面 is a software interface' },
  { cn: '接口', tw: '接口', why: '接口 (joint, contact point); 介面 is a software interface' },
  { cn: '字节', tw: '字節', why: '字節跳動 is the company name; 位元組 is a byte' },
  { cn: '代码', tw: '代碼', why: '股票代碼, 行業代碼; 程式碼 is source code' },
  { cn: '比特', tw: '比特', why: '比特幣 keeps its name; 位元 is a bit' },
  { cn: '比特率', tw: '比特率', why: 'as 比特' },
  { cn: '保存', tw: '保存', why: '保存文物, 保存完好; 儲存 is saving a file' },
  { cn: '刷新', tw: '刷新', why: '刷新紀錄; 重新整理 is reloading a page' },
  { cn: '局部', tw: '局部', why: '局部地區, 局部降雨; 區域性 is a programming term' },
  { cn: '全局', tw: '全局', why: '全局觀念 (the whole situation); 全域性 is a programming term' },
  { cn: '循环', tw: '循環', why: '經濟循環, 血液循環; 迴圈 is a loop in code' },
  { cn: '类型', tw: '類型', why: '各種類型; 型別 is a data type' },
  { cn: '连接', tw: '連接', why: '連接兩岸, 道路連接; 連線 is a network connection' },
  { cn: '远程', tw: '遠程', why: '遠程導彈, 遠程飛行; 遠端 is remote computing' },
  { cn: '调度', tw: '調度', why: '列車調度, 調度中心; 排程 is job scheduling' },
  { cn: '调用', tw: '調用', why: '調用資金, 調用物資; 呼叫 is a function call' },
  { cn: '权限', tw: '權限', why: '權限 is the ordinary word in Taiwan; 許可權 is a software permission' },
  { cn: '实例', tw: '實例', why: '實例 (an example) in news; 例項 is an object instance' },
  { cn: '添加', tw: '添加', why: '添加劑; 新增 is adding an item' },
  { cn: '溢出', tw: '溢出', why: '原油溢出; 溢位 is overflow in computing' },
  { cn: '挂断', tw: '掛斷', why: '掛斷電話; 結束通話 is a phone UI string' },
  { cn: '抛出', tw: '拋出', why: '拋出議題; 丟擲 is throwing an exception' },
  { cn: '触摸', tw: '觸摸', why: '觸摸 (touch) in news; 觸控 is a touch screen' },
  { cn: '禁用', tw: '禁用', why: '禁用塑膠袋 (ban); 停用 is disabling a feature' },
  { cn: '注销', tw: '註銷', why: '註銷戶籍; 登出 is logging out' },
  { cn: '登录', tw: '登錄', why: '登錄為世界遺產 (registered); 登入 is logging in' },
  { cn: '窗口', tw: '窗口', why: '服務窗口, 窗口期; 視窗 is a window on screen' },
  { cn: '队列', tw: '隊列', why: '排成隊列; 佇列 is a data queue' },
  { cn: '扩展', tw: '擴展', why: '擴展業務; 擴充套件 is a software extension' },
  { cn: '导入', tw: '導入', why: '導入新制度; 匯入 is importing data' },
  { cn: '导出', tw: '導出', why: '導出結論; 匯出 is exporting data' },
  { cn: '脚本', tw: '腳本', why: '電影腳本; 指令碼 is a program script' },
  { cn: '指针', tw: '指針', why: '時鐘指針; 指標 is a pointer in code' },
  { cn: '激活', tw: '激活', why: '激活經濟; 啟用 is activating software' },
  { cn: '性能', tw: '性能', why: '車輛性能, 材料性能; 效能 is computing performance' },
  { cn: '批量', tw: '批量', why: '批量生產; 批次 is a batch job' },
  { cn: '屏蔽', tw: '屏蔽', why: '屏蔽訊號, 屏蔽消息; 遮蔽 reads as covering' },
  { cn: '审核', tw: '審核', why: '審核 is the ordinary word in Taiwan; 稽核 is an audit' },
  { cn: '打开', tw: '打開', why: '打開局面, 打開大門; 開啟 is opening a file' },
  { cn: '查看', tw: '查看', why: '查看災情; 檢視 is viewing in software' },
  { cn: '万象', tw: '萬象', why: '包羅萬象, 萬象更新; 永珍 is only the Laotian capital' },
  { cn: '分区', tw: '分區', why: '選舉分區, 分區管制; 分割槽 is a disk partition' },
  { cn: '壁纸', tw: '壁紙', why: '壁紙 on a wall; 桌布 is a desktop wallpaper' },
  { cn: '死机', tw: '死機', why: 'kept as written; 宕機 is not Taiwan usage (Taiwan says 當機)' },
];

/** Collocations where the technical reading is right: the longer match wins over the ordinary word. */
const TECHNICAL_COLLOCATIONS: TaiwanNewsEntry[] = [
  { cn: '技术支持', tw: '技術支援', why: 'technical support' },
  { cn: '硬件支持', tw: '硬體支援', why: 'hardware support' },
  { cn: '架构支持', tw: '架構支援', why: 'an architecture supports a format (架構支援FP8)' },
  { cn: '原生支持', tw: '原生支援', why: 'native support in software' },
  { cn: '文件格式', tw: '檔案格式', why: 'a file format' },
  { cn: '文件名', tw: '檔名', why: 'a file name' },
  { cn: '系统设置', tw: '系統設定', why: 'system settings' },
  { cn: '默认设置', tw: '預設設定', back: '预设设定', why: 'default settings' },
  { cn: '后台运行', tw: '背景執行', why: 'a program running in the background' },
  { cn: '源代码', tw: '原始碼', why: 'source code' },
  { cn: '开源项目', tw: '開源專案', why: 'an open-source project is managed like a software project' },
];

export const TAIWAN_NEWS: readonly TaiwanNewsEntry[] = [...TAIWAN_WORDS, ...ORDINARY_WORDS, ...TECHNICAL_COLLOCATIONS];
