/**
 * Per-name data for registry names in Chinese, Japanese and Korean that are also ordinary
 * words or other things (./ambiguity-rules.ts merges it). Keys are the names as the registry
 * writes them; values are space-separated words, looked for as substrings (these scripts do not
 * separate words with spaces).
 */

/** Words near the name that point to its other sense. */
export const AGAINST_CJK: Readonly<Record<string, string>> = {
  苹果: `水果 果园 果农 种植 丰收 苹果树 果汁 香蕉 梨 红富士 采摘 新鲜 吃 烟台 栖霞 洛川 营养
    维生素 果品 果树 斤 糖心 脆甜 产区 收购价 冷库`,
  蘋果: '水果 果園 果農 種植 豐收 蘋果樹 果汁 香蕉 梨 富士 採摘 新鮮 吃 營養 果品 果樹 斤 產區',
  亚马逊: '雨林 热带 河流 流域 森林 巴西 秘鲁 原住民 部落 砍伐 生物多样性 野生 物种',
  亞馬遜: '雨林 熱帶 河流 流域 森林 巴西 秘魯 原住民 部落 砍伐 生物多樣性 野生 物種',
  アマゾン: '熱帯雨林 雨林 流域 森林 先住民 ブラジル ペルー 伐採 生物多様性 川',
  아마존: '열대우림 우림 밀림 유역 원주민 브라질 페루 벌채 생물다양성 강',
  小米: '小米粥 粥 谷子 粮食 杂粮 煮 种植 亩产 营养',
  阿里: '阿里山 穆罕默德 拳王 拳击 阿里地区 西藏',
  三星: '三星堆 遗址 文物 考古 青铜 酒店 星级',
  高通: '通胀 通货 通量 通过率',
  美光: '完美 唯美 光线 光影 光泽 灯光',
  联想: '让人 不禁 容易 自然',
  聯想: '讓人 不禁 容易 自然',
  京东: '河北 燕郊 通州 三河',
  寒武纪: '化石 古生物 大爆发 地质 生物 三叶虫 地层',
  寒武紀: '化石 古生物 大爆發 地質 生物 三葉蟲 地層',
  甲骨文: '殷墟 商代 汉字 漢字 文字 龟甲 龜甲 刻辞 刻辭 书法 書法 考古 卜辞 卜辭',
  特斯拉: '尼古拉 线圈 線圈 交流电 交流電 发明家 發明家',
  地平线: '太阳 日出 日落 远处 视线 天空 海面 尽头',
  商汤: '夏桀 商朝 伊尹 王朝 灭夏 成汤',
  商湯: '夏桀 商朝 伊尹 王朝 滅夏 成湯',
  盘古: '开天辟地 神话 女娲 传说',
  麒麟: '神兽 瑞兽 传说 凤凰',
  鸿蒙: '混沌 太初 天地初开',
  豆包: '馒头 包子 早餐 蒸 豆沙 面点',
  混元: '太极 道家 武术 内功 气功',
  字节: '字符 编码 比特 字节码 字节数 字节流',
  月之暗面: '平克 弗洛伊德 专辑 月球 登月',
  楽天: '楽天的 楽観 性格',
  メタ: '認知 メタデータ 分析 構造',
  메타: '메타데이터 인지 분석',
  オラクル: '神託 予言 占い',
  오라클: '신탁 예언',
  テスラ: 'ニコラ コイル',
  테슬라: '니콜라 코일',
  클로드: '모네 드뷔시 섀넌 인상파 화가',
  クロード: 'モネ ドビュッシー シャノン 印象派 画家',
  카카오: '초콜릿 원두 열매 코코아 재배 농장',
};

/** Text right after the name that makes it part of another word ("三星堆", "联想到"). */
export const NOT_BEFORE_CJK: Readonly<Record<string, string>> = {
  三星: '堆 级 級',
  高通: '胀 脹 量 过 過 道 滤 濾 货 貨 信 讯 訊 知 常 行 车 車 畅 暢',
  美光: '线 線 影 泽 澤 景',
  联想: '到 起 力',
  聯想: '到 起 力',
  阿里: '山 地',
  字节: '码 碼 数 數 序 流 级 級 长 長 对 對',
  京东: '地区 地區',
  日立: '市',
  楽天: '的 家 主義',
  メタ: '認知 分析 情報 的 構造 学習 言語 推論 視点 化 思考',
  地平线: '上 下 以',
};

/** Text right before the name that makes it part of another word ("提高通信", "完美光线"). */
export const NOT_AFTER_CJK: Readonly<Record<string, string>> = {
  高通: '提 最 较 較 更 很 太 超 偏 升 抬 拉 调 調 跳 增 崇 清',
  美光: '完 唯 甜 优 優 精 柔 审 審 健',
  联想: '人 以 易 可 能 会 會',
  聯想: '人 以 易 可 能 會',
  阿里: '·',
  三星: '第',
  小米: '种 種 黄 黃 吃 煮',
  特斯拉: '尼古拉·',
  商汤: '灭',
  商湯: '滅',
};
