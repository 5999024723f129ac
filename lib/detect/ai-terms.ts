/**
 * Vocabulary of the AI industry's subject matter (not company names: those come from the entity
 * recogniser). Counted per thousand words to tell an article *about* AI from one that mentions
 * it in passing. English first, with the main terms in French, German, Spanish, Italian,
 * Portuguese, Chinese, Japanese and Korean so that non-English AI coverage is recognised too.
 */
import { foldWidth } from '../text/width.ts';

const TERMS = [
  // What AI is
  'artificial[ -]intelligence',
  'generative AI',
  'gen ?AI',
  'superintelligen(?:ce|t)',
  'machine[ -]learning',
  'deep[ -]learning',
  'neural (?:network|net)s?',
  '(?:large )?language models?',
  '(?:foundation|frontier|reasoning|open[ -]weights?|open[ -]source|world|video|image|diffusion) models?',
  'model weights',
  'chatbots?',
  'agents?(?= (?:that|which|can|to|for))',
  'agentic',
  'copilots?',
  'inference',
  'training runs?',
  '(?:pre|post)-?training',
  'fine-?tun(?:e|ed|ing)',
  'tokens? per',
  'parameters',
  'benchmarks?',
  'alignment',
  'compute',
  'multi-?modal',
  'training data(?:sets?)?',
  'datasets?',
  'embeddings?',
  'zero-shot',
  'text-to-(?:image|video|speech)',
  'image generation',
  'speech (?:synthesis|recognition)',
  'voice cloning',
  'reinforcement learning',
  'computer vision',
  'natural language processing',
  // AI products that act in the world: cars that drive themselves, humanoid robots
  'self-driving',
  'driverless',
  'robo-?taxis?',
  'autonomous (?:driving|vehicles?|cars?|trucks?)',
  'humanoids?',
  // Other languages
  'intelligence artificielle',
  'modèles? de langage',
  'künstliche[nr]? Intelligenz',
  'Sprachmodell(?:e|en)?',
  'inteligencia artificial',
  'inteligência artificial',
  'intelligenza artificiale',
  'modelos? de (?:lenguaje|linguagem|IA)',
  'centros? de datos',
  String.raw`modelli? (?:linguistic|di IA)\w*`,
  'autonome[ns]? Fahren',
  'selbstfahrende[nrs]?',
  'voitures? autonomes?',
  'conduite autonome',
  'conducción autónoma',
  'coches? autónomos?',
];

/**
 * Chips and data centres: the AI industry's infrastructure, but also the subject of tech news that
 * is not about AI (a phone's modem, a gaming card, a cloud region). Counted with the rest, and
 * apart (`countInfrastructureTerms`), so the fitted score can tell the two kinds of story apart.
 */
const INFRA_TERMS = [
  'accelerators?',
  '(?:chip|semiconductor)(?:s|maker|makers)?',
  'data[ -]?cent(?:er|re)s?',
  'hyperscalers?',
  'gigawatts?',
  'clusters?',
  'supercomputers?',
  'centres? de données',
  'puces?',
  'Rechenzentr(?:um|en)',
  'Chips?',
  'centros? de datos',
];

/**
 * Chinese (simplified and traditional), Japanese and Korean. These scripts have no spaces (and
 * Korean glues particles on), so the terms are found without word boundaries: Han terms anywhere,
 * katakana terms where katakana ends, Hangul terms where a word starts (see {@link CJK_TERM}).
 */
const HAN_TERMS = [
  // 芯片/晶片 is any chip (a phone's, a modem's, a car's): it speaks of AI only when qualified.
  // First, so that "算力芯片" is read whole rather than as 算力.
  '(?:AI|GPU|算力|加速|训练|訓練|推理|智算|人工智能|人工智慧|大模型)(?:芯片|晶片)',
  '人工智能',
  '人工智慧',
  '人工知能',
  '生成式',
  '生成AI',
  '大模型',
  '(?:大型)?(?:语言|語言|言語)模型',
  '(?:大規模)?言語モデル',
  '基盤モデル',
  '(?:基础|基礎|基座|通用|开源|開源|闭源|閉源|推理|多模态|多模態|视觉|視覺|视频|影片|图像|圖像|世界|前沿|扩散|擴散|嵌入|生成|对话|對話)模型',
  '机器学习',
  '機器學習',
  '機械学習',
  '深度学习',
  '深度學習',
  '深層学習',
  '神经网络',
  '神經網路',
  '算力',
  '智能体',
  '智能體',
  '聊天机器人',
  '聊天機器人',
  '推論',
  '推理',
  '(?:预|預|后|後)(?:训练|訓練)',
  '事前学習',
  '微调',
  '微調',
  '具身智能',
  '自动驾驶',
  '自動駕駛',
  '自動運転',
  '无人驾驶',
  '無人駕駛',
  '人形机器人',
  '人形機器人',
];
const HAN_INFRA = [
  '半导体',
  '半導體',
  '半導体',
  '数据中心',
  '數據中心',
  '資料中心',
  '智算中心',
  '超算',
  '计算资源',
  '計算資源',
];
const KATAKANA_TERMS = [
  'ディープラーニング',
  'ニューラルネットワーク',
  'チャットボット',
  'ファインチューニング',
  'ロボタクシー',
  'ヒューマノイド',
];
const KATAKANA_INFRA = ['データセンター', 'アクセラレーター', 'スーパーコンピューター'];
const HANGUL_TERMS = [
  '인공지능',
  '생성형',
  '초거대',
  '(?:거대|대규모|대형) ?언어 ?모델',
  '언어 ?모델',
  '파운데이션 ?모델',
  '머신 ?러닝',
  '기계 ?학습',
  '딥 ?러닝',
  '신경망',
  '챗봇',
  '추론',
  '자율 ?주행',
  '로보택시',
  '휴머노이드',
];
const HANGUL_INFRA = [
  '반도체',
  '데이터 ?센터',
  '가속기',
  '슈퍼컴퓨터',
  // 칩 (chip) is also the first syllable of other words (칩거): only alone or before a particle.
  '칩(?:셋|들)?(?![가-힣](?<![은는이가을를의과와에도만으]))',
];

/** Acronyms, matched case-sensitively: "AI" and "KI", not "ai" or "ki". */
const ACRONYMS = [
  'AI',
  String.raw`A\.I\.`,
  'AGI',
  'LLMs?',
  'NLP',
  'IA',
  String.raw`KI(?:-\p{L}+)?`,
];
const INFRA_ACRONYMS = ['GPUs?|TPUs?|NPUs?|HBM'];

/**
 * A letter or digit of a spaced script. Chinese, Japanese and Korean letters next to a term do
 * not make it part of a longer word: "AI芯片", "生成AI", "AI는" hold the term "AI".
 */
const SPACED_ALNUM = String.raw`(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}ー])[\p{L}\p{N}])`;

const wordsOf = (terms: readonly string[], flags: string) =>
  new RegExp(`(?<!${SPACED_ALNUM})(?:${terms.join('|')})(?!${SPACED_ALNUM})`, flags);

/** Han anywhere; katakana not inside a longer katakana word; Hangul at the start of a word. */
const cjkOf = (han: readonly string[], katakana: readonly string[], hangul: readonly string[]) =>
  new RegExp(
    [
      `(?:${han.join('|')})`,
      String.raw`(?<![\p{sc=Katakana}ー])(?:${katakana.join('|')})(?![\p{sc=Katakana}ー])`,
      String.raw`(?<!\p{sc=Hangul})(?:${hangul.join('|')})`,
    ].join('|'),
    'gu',
  );

/** Every term (what AI is, and its infrastructure), and the infrastructure alone. */
const ALL = {
  latin: [
    wordsOf([...TERMS, ...INFRA_TERMS], 'giu'),
    wordsOf([...ACRONYMS, ...INFRA_ACRONYMS], 'gu'),
  ],
  cjk: cjkOf(
    [...HAN_TERMS, ...HAN_INFRA],
    [...KATAKANA_TERMS, ...KATAKANA_INFRA],
    [...HANGUL_TERMS, ...HANGUL_INFRA],
  ),
};
const INFRA = {
  latin: [wordsOf(INFRA_TERMS, 'giu'), wordsOf(INFRA_ACRONYMS, 'gu')],
  cjk: cjkOf(HAN_INFRA, KATAKANA_INFRA, HANGUL_INFRA),
};
/** Any Chinese, Japanese or Korean letter: the CJK terms are looked for only in such text. */
const CJK_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

const patternsFor = (text: string, set = ALL) =>
  CJK_LETTER.test(text) ? [...set.latin, set.cjk] : set.latin;

/** Longest text scanned: enough for any article, bounded for hostile pages. */
const MAX_SCAN = 120_000;

function count(text: string, set: typeof ALL): number {
  const scanned = foldWidth(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);
  let hits = 0;
  for (const pattern of patternsFor(scanned, set)) {
    for (const _ of scanned.matchAll(pattern)) hits += 1;
  }
  return hits;
}

/** Number of AI-industry vocabulary hits in the text (infrastructure included). */
export function countAiTerms(text: string): number {
  return count(text, ALL);
}

/** Of those, the chips and data-centre terms. */
export function countInfrastructureTerms(text: string): number {
  return count(text, INFRA);
}

/** The distinct AI terms in a short text (a title or lead), for reasons. */
export function aiTermsIn(text: string): string[] {
  const found = new Set<string>();
  const short = foldWidth(text.slice(0, 2_000));
  for (const pattern of patternsFor(short)) {
    for (const match of short.matchAll(pattern)) found.add(match[0]);
  }
  return [...found];
}
