/**
 * The data dictionary of the open data: every field of items.json (and the
 * CSV columns made from it), described by hand in both scripts. A test checks
 * that every field the export holds is described here.
 */

/** One field: its path in items.json and what it holds, in each script. */
export interface FieldDoc {
  /** `items[].countries`, `documents[].years`, … */
  path: string;
  'zh-hans': string;
  'zh-hant': string;
}

/** Every field of items.json, in export order. */
export const DATA_DICTIONARY: readonly FieldDoc[] = [
  { path: 'documents[].id', 'zh-hans': '文件编号，稳定不变，是每个网址的一部分。', 'zh-hant': '文件編號，穩定不變，是每個網址的一部分。' },
  { path: 'documents[].title', 'zh-hans': '文件全称，简体（zh-Hans）和繁体（zh-Hant）。', 'zh-hant': '文件全稱，簡體（zh-Hans）和繁體（zh-Hant）。' },
  { path: 'documents[].issuers', 'zh-hans': '发文单位，照原文。', 'zh-hant': '發文單位，照原文。' },
  { path: 'documents[].date', 'zh-hans': '签署或发布日期（YYYY-MM-DD）；不详时为 null。', 'zh-hant': '簽署或發佈日期（YYYY-MM-DD）；不詳時為 null。' },
  {
    path: 'documents[].years',
    'zh-hans': '文件涵盖的年份 [起, 止]；没有终止年份时“止”为 null。',
    'zh-hant': '文件涵蓋的年份 [起, 止]；沒有終止年份時「止」為 null。',
  },
  { path: 'documents[].urls', 'zh-hans': '文件页面的网址，简体和繁体。', 'zh-hant': '文件頁面的網址，簡體和繁體。' },
  {
    path: 'documents[].titleTranslated',
    'zh-hans': '文件标题的葡文（pt）和英文（en）译名；未有官方译名时为本站所译。',
    'zh-hant': '文件標題的葡文（pt）和英文（en）譯名；未有官方譯名時為本站所譯。',
  },
  {
    path: 'items[].id',
    'zh-hans': '条目编号：文件编号/条目编号，例如 work-list-2024-2028/14。',
    'zh-hant': '條目編號：文件編號/條目編號，例如 work-list-2024-2028/14。',
  },
  { path: 'items[].document', 'zh-hans': '所属文件的编号。', 'zh-hant': '所屬文件的編號。' },
  { path: 'items[].number', 'zh-hans': '原文所印的序号：“14”“（二）”“一”。', 'zh-hant': '原文所印的序號：「14」「（二）」「一」。' },
  { path: 'items[].section', 'zh-hans': '条目所在部分的标题，照原文（含序号）。', 'zh-hant': '條目所在部分的標題，照原文（含序號）。' },
  { path: 'items[].pillar', 'zh-hans': '领域编号（见各领域页面）。', 'zh-hant': '領域編號（見各領域頁面）。' },
  {
    path: 'items[].years',
    'zh-hans': '条目涵盖的年份 [起, 止]；没有终止年份时“止”为 null。',
    'zh-hant': '條目涵蓋的年份 [起, 止]；沒有終止年份時「止」為 null。',
  },
  {
    path: 'items[].agencies',
    'zh-hans': '负责单位，照原文所印名称，澳门方面（macao）、内地方面（mainland）与香港方面（hong-kong）分列。',
    'zh-hant': '負責單位，照原文所印名稱，澳門方面（macao）、內地方面（mainland）與香港方面（hong-kong）分列。',
  },
  {
    path: 'items[].countries',
    'zh-hans': '条目提及的国家（ISO 3166-1 二字母代码）、城市、地区和国家群体的编号（见 places）；提及城市时也列出其所在的国家或地区。',
    'zh-hant': '條目提及的國家（ISO 3166-1 二字母代碼）、城市、地區和國家群體的編號（見 places）；提及城市時也列出其所在的國家或地區。',
  },
  { path: 'items[].related', 'zh-hans': '其他文件中承载同一承诺的条目编号，关联最强的在前。', 'zh-hant': '其他文件中承載同一承諾的條目編號，關聯最強的在前。' },
  { path: 'items[].text', 'zh-hans': '条文，简体和繁体；段落之间以换行（\\n）分隔。', 'zh-hant': '條文，簡體和繁體；段落之間以換行（\\n）分隔。' },
  { path: 'items[].urls', 'zh-hans': '条目页面的网址，简体和繁体。', 'zh-hant': '條目頁面的網址，簡體和繁體。' },
  {
    path: 'items[].pillarName',
    'zh-hans': '领域名称：简体、繁体、葡文（pt）和英文（en）。',
    'zh-hant': '領域名稱：簡體、繁體、葡文（pt）和英文（en）。',
  },
  {
    path: 'items[].agencyNames',
    'zh-hans': '负责单位的葡文和英文名称及英文简称，按方面分列，次序与 agencies 相同（slug、pt、en、acronyms）。',
    'zh-hant': '負責單位的葡文和英文名稱及英文簡稱，按方面分列，次序與 agencies 相同（slug、pt、en、acronyms）。',
  },
  {
    path: 'items[].countryNames',
    'zh-hans': '涉及地点的葡文和英文名称，次序与 countries 相同（id、pt、en）。',
    'zh-hant': '涉及地點的葡文和英文名稱，次序與 countries 相同（id、pt、en）。',
  },
  {
    path: 'places[].id',
    'zh-hans': '地点编号：国家用 ISO 3166-1 二字母代码，其他用小写英文编号。',
    'zh-hant': '地點編號：國家用 ISO 3166-1 二字母代碼，其他用小寫英文編號。',
  },
  {
    path: 'places[].kind',
    'zh-hans': '类别：country（国家）、city（城市）、region（地区）、group（国家群体）。',
    'zh-hant': '類別：country（國家）、city（城市）、region（地區）、group（國家群體）。',
  },
  { path: 'places[].name', 'zh-hans': '中文名称，简体和繁体。', 'zh-hant': '中文名稱，簡體和繁體。' },
  { path: 'places[].en', 'zh-hans': '英文名称。', 'zh-hant': '英文名稱。' },
  { path: 'places[].pt', 'zh-hans': '葡文名称（澳门所用的欧洲葡文拼写）。', 'zh-hant': '葡文名稱（澳門所用的歐洲葡文拼寫）。' },
  {
    path: 'places[].within',
    'zh-hans': '城市所在的国家或地区；提及该城市的条目也标注这些地点。',
    'zh-hant': '城市所在的國家或地區；提及該城市的條目也標註這些地點。',
  },
  {
    path: 'places[].memberOf',
    'zh-hans': '国家所属的国家群体和地区；提及这些群体的条目经由群体涉及该国。',
    'zh-hant': '國家所屬的國家群體和地區；提及這些群體的條目經由群體涉及該國。',
  },
];
