/**
 * Reviewed cue words of page furniture, as data. The extractor only ever sees
 * canonical simplified text (see ../script.ts), so every cue is written in that
 * form (Taiwan and Hong Kong wording included, in simplified glyphs: 复制连结,
 * 登入后发表评论); a unit test checks that each one is its own canonical form
 * and that prose containing them survives. Never a sentence, headline, name or
 * outlet of any one page: only what a page's buttons, labels and widgets say.
 */

/** A line made only of these (space-, bar- or colon-separated) is a share, print or font widget. */
export const WIDGET_WORDS: readonly string[] = [
  // sharing and saving
  '分享', '分享至', '分享到', '分享本文', '转发', '转寄', '转寄朋友', '收藏', '点赞', '赞', '喜欢', '推荐',
  '微信', '微博', '新浪微博', 'QQ空间', 'QQ', 'Qzone', '朋友圈', '易信', '人人', '豆瓣', '开心网', '百度搜藏', '微信分享',
  '复制链接', '复制连结', '复制网址', '扫一扫', '电邮', 'email', 'facebook', 'line', 'twitter', 'x', 'whatsapp', 'wechat', 'plurk', 'print', 'share',
  // print, font size, listen
  '打印', '打印本页', '打印此页', '打印文稿', '友善打印', '字号', '字级', '字型', '文字', '文字大小',
  '小字号', '大字号', '小字型', '中字型', '大字型', '特大', '适中字型', '较大字型', '大', '中', '小', '放大', '缩小', '缩放', '放大字体', '缩小字体',
  '收听', '播放', '暂停', 'A', 'A-', 'A+', 'T', '+', '-',
  // reading and navigation buttons
  '稍后再读', '举报', '纠错', '关注', '加关注', '跟随', '订阅', '更多', '展开全文', '查看全文', '阅读全文', '查看原文', '原文链接', '网页链接',
  '返回', '返回首页', '返回顶部', '回到顶部', '返回最顶', '返回上一页', '上一篇', '下一篇', '上一页', '下一页', '上一则', '下一则', '加载更多', '显示更多',
  'previous', 'next', '×', 'menu', '选单', '展开选单', '搜索', '搜寻', '检索',
  // comments
  '评论', '发表评论', '登录后发表评论', '登入后发表评论', '网友评论', '我要评论', '我要评比', '留言', '留言数', '网友回应', '加入书签', '书签',
  // logins
  '登录', '登入', '注册', '注册登录', '一键登录', '退出',
];

/** Labels of a counter: `1234阅读`, `阅读 1.2万`, `点赞(12)`, `N文章数 N关注度`. */
export const COUNTER_LABELS: readonly string[] = [
  '阅读', '阅读数', '阅读量', '浏览', '点击', '评论', '点赞', '赞', '转发', '收藏', '粉丝', '关注', '关注度', '文章数',
  '人参与', '条评论', '跟帖', '播放', '次', '推荐', '留言', 'views', 'view', 'likes', 'like', 'comments', 'comment',
];

/** Labels of editors, proofreaders and desk staff (not authors): `责任编辑：…`. */
export const EDITOR_LABELS: readonly string[] = [
  '责任编辑', '责编', '编辑', '主编', '校对', '审核', '审校', '监制', '编审', '值班编辑', '翻译', '核稿', '校审', '美术', '美编', '排版', '编辑整理',
];

/** Labels that open a line of tags or keywords under an article. */
export const TAG_LABELS: readonly string[] = ['关键字', '关键词', '标签', '相关标签', '热门关键字', '热门', '热搜', '跟踪', 'tags', 'tag'];

/** Labels of captions' photo credits, at the end of a caption: `……。资料图片`, `（记者某某摄）`. */
export const PHOTO_CREDITS: readonly string[] = [
  '摄', '摄影', '翻摄', '供图', '图', '图片', '照片', '资料图片', '资料图', '资料照片', '资料', '传真', '截图', '视频截图', '图片来源', '来源网络',
];

/**
 * Grammar words that make a short line a clause rather than a label: aspect and
 * sentence particles, copulas, negation, modals, adverbs of scope and time, and the
 * passive and disposal markers. A caption without a credit (`某某家。`,
 * `某某的作业本。`) names what a picture shows and has none of them; a short
 * paragraph of prose (`他哭了。`, `企业并不好干。`) almost always has one.
 */
export const CLAUSE_MARKERS: readonly string[] = [
  '了', '着', '过', '吗', '呢', '吧', '啊', '呀', '是', '有', '说', '称', '不', '没', '也', '都', '就', '还', '又', '才',
  '会', '能', '要', '将', '把', '被', '让', '给', '很', '太', '更', '最', '正在', '已', '曾', '请', '别', '该',
];
