/**
 * Names of registry organisations in Chinese (simplified and traditional), Japanese and Korean,
 * as the presses of those languages write them, merged into the entries of ./registry-data.ts
 * by their id. The conventions of the registry hold: every string belongs to one organisation;
 * people by full name; strings that are also ordinary words (苹果 the fruit, 亚马逊 the river,
 * メタ the prefix) are listed in `ambiguous`, with their context words in ./ambiguity-cjk.ts.
 *
 * Han names match anywhere in a run of Chinese text, so a short name that is also part of common
 * words ("浪潮" in "AI浪潮", "海光") is listed only in a longer form ("浪潮信息", "海光信息").
 * Katakana names end where katakana ends, so compound forms are listed too ("ソフトバンクグループ").
 */
import type { OrgEntry } from './org-entry.ts';

/** The names an entry gains; each list is appended to the entry's own. */
export type LocalNames = Pick<
  OrgEntry,
  'aliases' | 'divisions' | 'products' | 'people' | 'ambiguous'
>;

export const CJK_NAMES: Readonly<Record<string, LocalNames>> = {
  // ───────── Labs ─────────
  openai: {
    aliases: ['オープンAI', '오픈AI', '오픈에이아이'],
    products: ['チャットGPT', '챗GPT', '챗지피티'],
    people: [
      '萨姆·奥尔特曼',
      '山姆·奥特曼',
      '山姆·阿尔特曼',
      '山姆·奧特曼',
      '山姆·阿特曼',
      'サム・アルトマン',
      '샘 올트먼',
      '샘 알트먼',
    ],
  },
  anthropic: {
    aliases: ['アンソロピック', 'アンスロピック', '앤트로픽', '앤스로픽'],
    products: ['클로드', 'クロード'],
    people: [
      '达里奥·阿莫迪',
      '达里奥·阿莫代',
      '達里奧·阿莫代',
      'ダリオ・アモデイ',
      '다리오 아모데이',
    ],
    ambiguous: ['클로드', 'クロード'],
  },
  'mistral-ai': { aliases: ['ミストラルAI', '미스트랄AI', '미스트랄 AI'] },
  deepseek: {
    aliases: ['深度求索', 'ディープシーク', '딥시크'],
    divisions: ['幻方量化'],
    people: ['梁文锋', '梁文鋒'],
  },
  'moonshot-ai': {
    aliases: ['月之暗面'],
    people: ['杨植麟', '楊植麟'],
    ambiguous: ['月之暗面'],
  },
  'zhipu-ai': { aliases: ['智谱', '智譜', '智谱AI', '北京智谱华章科技'], products: ['智谱清言'] },
  minimax: { aliases: ['稀宇科技'], products: ['海螺AI'], people: ['闫俊杰'] },
  '01-ai': { aliases: ['零一万物', '零一萬物'], people: ['李开复', '李開復'] },
  stepfun: { aliases: ['阶跃星辰', '階躍星辰'], people: ['姜大昕'] },
  baichuan: { aliases: ['百川智能'], people: ['王小川'] },
  'sakana-ai': { aliases: ['サカナAI'] },

  // ───────── Big tech ─────────
  google: {
    aliases: ['谷歌', 'グーグル', '구글'],
    divisions: [
      '谷歌云',
      '谷歌雲',
      'グーグル・クラウド',
      'グーグルクラウド',
      '구글 클라우드',
      'ディープマインド',
      '딥마인드',
      'ユーチューブ',
      '유튜브',
    ],
    products: ['ジェミニ', '제미나이'],
    people: [
      '桑达尔·皮查伊',
      '桑德爾·皮查伊',
      'スンダー・ピチャイ',
      '순다르 피차이',
      '德米斯·哈萨比斯',
      'デミス・ハサビス',
      '데미스 허사비스',
    ],
    ambiguous: ['ジェミニ'],
  },
  meta: {
    aliases: ['メタ', '메타', '脸书', '臉書', 'フェイスブック', '페이스북'],
    people: ['马克·扎克伯格', '馬克·祖克柏', 'マーク・ザッカーバーグ', '마크 저커버그'],
    ambiguous: ['メタ', '메타'],
  },
  microsoft: {
    aliases: ['微软', '微軟', 'マイクロソフト', '마이크로소프트'],
    divisions: ['微软研究院'],
    products: ['코파일럿'],
    people: ['萨提亚·纳德拉', '薩蒂亞·納德拉', 'サティア・ナデラ', '사티아 나델라'],
  },
  amazon: {
    aliases: ['亚马逊', '亞馬遜', 'アマゾン', '아마존'],
    divisions: ['亚马逊云科技', 'アマゾン・ウェブ・サービス', '아마존웹서비스'],
    people: ['安迪·贾西', 'アンディ・ジャシー', '앤디 재시'],
    ambiguous: ['亚马逊', '亞馬遜', 'アマゾン', '아마존'],
  },
  apple: {
    aliases: ['苹果', '蘋果', '苹果公司', '蘋果公司', 'アップル', '애플'],
    people: ['蒂姆·库克', '提姆·庫克', 'ティム・クック', '팀 쿡'],
    ambiguous: ['苹果', '蘋果'],
  },
  samsung: {
    aliases: [
      '三星',
      '三星电子',
      '三星電子',
      'サムスン',
      'サムスン電子',
      'サムソン',
      '삼성',
      '삼성전자',
    ],
    products: ['갤럭시'],
    people: ['李在镕', '李在鎔', '이재용'],
    ambiguous: ['三星', '갤럭시'],
  },
  alibaba: {
    aliases: ['阿里巴巴', '阿里巴巴集团', '阿里巴巴集團', '阿里', 'アリババ', '알리바바'],
    divisions: [
      '阿里云',
      '阿里雲',
      '达摩院',
      '達摩院',
      '通义实验室',
      '淘宝',
      '淘寶',
      '天猫',
      '天貓',
    ],
    products: ['通义千问', '通義千問', '通义', '千问'],
    people: ['吴泳铭', '吳泳銘', '蔡崇信', '马云', '馬雲'],
    ambiguous: ['阿里', '千问'],
  },
  baidu: {
    aliases: ['百度', 'バイドゥ', '바이두'],
    divisions: ['昆仑芯', '崑崙芯'],
    products: ['文心一言', '文心大模型', '萝卜快跑', '蘿蔔快跑'],
    people: ['李彦宏'],
  },
  tencent: {
    aliases: ['腾讯', '騰訊', 'テンセント', '텐센트'],
    divisions: ['腾讯云', '騰訊雲'],
    products: ['混元', '腾讯混元', '腾讯元宝'],
    people: ['马化腾', '馬化騰', '刘炽平', '劉熾平'],
    ambiguous: ['混元'],
  },
  bytedance: {
    aliases: ['字节跳动', '字節跳動', '字节', 'バイトダンス', '바이트댄스'],
    divisions: ['抖音', '火山引擎'],
    products: ['豆包'],
    people: ['张一鸣', '張一鳴', '梁汝波'],
    ambiguous: ['字节', '豆包'],
  },
  kuaishou: { aliases: ['快手'], products: ['可灵'] },
  huawei: {
    aliases: ['华为', '華為', 'ファーウェイ', '화웨이'],
    divisions: ['华为云', '華為雲', '海思'],
    products: ['昇腾', '昇騰', '盘古', '盤古', '鸿蒙', '鴻蒙', '麒麟'],
    people: ['任正非'],
    ambiguous: ['盘古', '盤古', '鸿蒙', '鴻蒙', '麒麟'],
  },
  naver: { aliases: ['네이버', 'ネイバー'], products: ['하이퍼클로바X', '하이퍼클로바 X'] },
  oracle: {
    aliases: ['甲骨文', 'オラクル', '오라클'],
    ambiguous: ['甲骨文', 'オラクル', '오라클'],
  },
  salesforce: { aliases: ['セールスフォース', '세일즈포스'] },

  // ───────── Chips ─────────
  nvidia: {
    aliases: ['英伟达', '輝達', '辉达', '英偉達', 'エヌビディア', '엔비디아'],
    people: ['黄仁勋', '黃仁勳', 'ジェンスン・フアン', '젠슨 황'],
  },
  amd: { people: ['苏姿丰', '蘇姿丰', '蘇姿豐', 'リサ・スー', '리사 수'] },
  intel: {
    aliases: ['英特尔', '英特爾', 'インテル', '인텔'],
    people: ['陈立武', '陳立武'],
  },
  tsmc: {
    aliases: ['台积电', '台積電', '台湾积体电路制造', '台灣積體電路製造', '台湾積体電路製造'],
    people: ['魏哲家', '张忠谋', '張忠謀'],
  },
  'sk-hynix': {
    aliases: ['SK하이닉스', 'SK 하이닉스', '하이닉스', 'SKハイニックス', 'SK海力士', '海力士'],
    people: ['곽노정', '최태원', '崔泰源'],
  },
  qualcomm: {
    aliases: ['高通', 'クアルコム', '퀄컴'],
    people: ['安蒙'],
    ambiguous: ['高通'],
  },
  micron: {
    aliases: ['美光', '美光科技', 'マイクロン', 'マイクロン・テクノロジー', '마이크론'],
    ambiguous: ['美光'],
  },
  broadcom: { aliases: ['博通', 'ブロードコム', '브로드컴'], people: ['陈福阳', '陳福陽'] },
  asml: { aliases: ['阿斯麦', '艾司摩爾'] },
  smic: { aliases: ['中芯国际', '中芯國際'] },
  cambricon: {
    aliases: ['寒武纪', '寒武紀', '寒武纪科技'],
    people: ['陈天石', '陳天石'],
    ambiguous: ['寒武纪', '寒武紀'],
  },
  'moore-threads': { aliases: ['摩尔线程', '摩爾線程'] },
  furiosaai: { aliases: ['퓨리오사AI', '퓨리오사에이아이'] },
  foxconn: {
    aliases: ['富士康', '鸿海', '鴻海', 'ホンハイ', '鴻海精密工業', '폭스콘'],
    people: ['刘扬伟', '劉揚偉'],
  },

  // ───────── Clouds, tools, others ─────────
  'hugging-face': { aliases: ['ハギングフェイス', '허깅페이스'] },
  perplexity: { aliases: ['パープレキシティ', '퍼플렉시티'] },
  coreweave: { aliases: ['コアウィーブ', '코어위브'] },
  databricks: { aliases: ['データブリックス', '데이터브릭스'] },
  palantir: { aliases: ['パランティア', '팔란티어'] },
  'scale-ai': { aliases: ['スケールAI', '스케일AI'] },
  tesla: {
    aliases: ['特斯拉', 'テスラ', '테슬라'],
    ambiguous: ['特斯拉', 'テスラ', '테슬라'],
  },
  waymo: { aliases: ['ウェイモ', '웨이모'] },
  unitree: { aliases: ['宇树科技', '宇樹科技', '宇树', '宇樹'], people: ['王兴兴', '王興興'] },
  softbank: {
    aliases: [
      '软银',
      '軟銀',
      'ソフトバンク',
      'ソフトバンクグループ',
      'ソフトバンク・グループ',
      '소프트뱅크',
      '소프트뱅크그룹',
    ],
    divisions: ['ビジョン・ファンド', '비전펀드'],
    people: ['孙正义', '孫正義', '손정의', '손 마사요시'],
  },
  // ───────── Chinese, Japanese and Korean groups and chip makers ─────────
  xiaomi: {
    aliases: ['小米', '小米集团', '小米集團', 'シャオミ', '샤오미'],
    people: ['雷军', '雷軍'],
    ambiguous: ['小米'],
  },
  meituan: { aliases: ['美团', '美團'] },
  'jd-com': {
    aliases: ['京东', '京東', '京东集团', '京東集團'],
    people: ['刘强东', '劉強東'],
    ambiguous: ['京东'],
  },
  'ant-group': {
    aliases: ['蚂蚁集团', '螞蟻集團', 'アント・グループ', '앤트그룹'],
    divisions: ['支付宝', '支付寶'],
  },
  iflytek: {
    aliases: ['科大讯飞', '科大訊飛', '讯飞', '訊飛'],
    products: ['讯飞星火', '訊飛星火'],
    people: ['刘庆峰', '劉慶峰'],
  },
  sensetime: {
    aliases: ['商汤', '商湯', '商汤科技', '商湯科技', 'センスタイム', '센스타임'],
    products: ['日日新'],
    ambiguous: ['商汤', '商湯'],
  },
  lenovo: {
    aliases: ['联想', '聯想', '联想集团', '聯想集團', 'レノボ', '레노버'],
    people: ['杨元庆', '楊元慶'],
    ambiguous: ['联想', '聯想'],
  },
  inspur: { aliases: ['浪潮信息', '浪潮集团', '浪潮集團', '浪潮电子信息'] },
  hygon: { aliases: ['海光信息'] },
  biren: { aliases: ['壁仞科技', '壁仞'] },
  metax: { aliases: ['沐曦', '沐曦股份'] },
  cxmt: { aliases: ['长鑫存储', '長鑫存儲', '长鑫'] },
  'horizon-robotics': {
    aliases: ['地平线', '地平线机器人', '地平線機器人'],
    ambiguous: ['地平线'],
  },
  mediatek: { aliases: ['联发科', '聯發科', 'メディアテック', '미디어텍'] },
  'quanta-computer': { aliases: ['广达', '廣達', '广达电脑', '廣達電腦'] },
  wistron: { aliases: ['纬创', '緯創'] },
  agibot: { aliases: ['智元机器人', '智元機器人'] },
  ubtech: { aliases: ['优必选', '優必選'] },
  ntt: {
    aliases: ['日本電信電話'],
    divisions: ['NTTデータ', 'NTTドコモ', 'ドコモ'],
  },
  fujitsu: { aliases: ['富士通'] },
  nec: { aliases: ['日本電気'] },
  hitachi: { aliases: ['日立', '日立製作所'], ambiguous: ['日立'] },
  rakuten: { aliases: ['楽天', '楽天グループ'], ambiguous: ['楽天'] },
  'ly-corporation': { aliases: ['LINEヤフー'] },
  'preferred-networks': {
    aliases: ['プリファード・ネットワークス', 'プリファードネットワークス'],
  },
  rapidus: { aliases: ['ラピダス', '라피더스'] },
  'tokyo-electron': { aliases: ['東京エレクトロン', '东京电子', '도쿄일렉트론'] },
  advantest: { aliases: ['アドバンテスト', '爱德万测试'] },
  renesas: { aliases: ['ルネサス', 'ルネサスエレクトロニクス', '瑞萨电子', '瑞萨'] },
  kioxia: { aliases: ['キオクシア', '铠侠', '鎧俠', '키옥시아'] },
  'sakura-internet': { aliases: ['さくらインターネット'] },
  lg: {
    aliases: ['LG그룹'],
    divisions: ['LG전자', 'LG AI연구원'],
    products: ['엑사원'],
  },
  kakao: {
    aliases: ['카카오'],
    products: ['카카오톡', '카나나'],
    ambiguous: ['카카오'],
  },
  'sk-telecom': { aliases: ['SK텔레콤'] },
  upstage: { aliases: ['업스테이지'] },
  rebellions: { aliases: ['리벨리온'] },
};

const appended = (own: readonly string[] | undefined, more: readonly string[] | undefined) =>
  more ? [...(own ?? []), ...more] : own;

/** The entries with the names of `names` appended, by id. */
export function withLocalNames(
  entries: readonly OrgEntry[],
  names: Readonly<Record<string, LocalNames>>,
): OrgEntry[] {
  return entries.map((org) => {
    const more = names[org.id];
    if (!more) return org;
    return {
      ...org,
      aliases: appended(org.aliases, more.aliases),
      divisions: appended(org.divisions, more.divisions),
      products: appended(org.products, more.products),
      people: appended(org.people, more.people),
      ambiguous: appended(org.ambiguous, more.ambiguous),
    };
  });
}
